#include "storage/rollup.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

void Rollup::addSample(EndpointState state, int latencyMs)
{
    ++sampleCount;
    if (state != EndpointState::Up && state != EndpointState::Degraded)
        return;
    latencyMs = std::clamp(latencyMs, 0, LatencyHistogram::maximumLatencyMs);
    latencyMinMs = upCount == 0 ? latencyMs : std::min(latencyMinMs, latencyMs);
    latencyMaxMs = upCount == 0 ? latencyMs : std::max(latencyMaxMs, latencyMs);
    ++upCount;
    latencySumMs += latencyMs;
    histogram.add(latencyMs);
}

void Rollup::merge(const Rollup &other)
{
    if (other.upCount > 0) {
        latencyMinMs = upCount == 0 ? other.latencyMinMs : std::min(latencyMinMs, other.latencyMinMs);
        latencyMaxMs = upCount == 0 ? other.latencyMaxMs : std::max(latencyMaxMs, other.latencyMaxMs);
    }
    sampleCount += other.sampleCount;
    upCount += other.upCount;
    latencySumMs += other.latencySumMs;
    histogram.merge(other.histogram);
    seconds += other.seconds;
}

int Rollup::p95LatencyMs() const
{
    if (upCount == 0)
        return 0;
    return std::clamp(histogram.percentile(0.95), latencyMinMs, latencyMaxMs);
}

QLatin1StringView rollupTable(RollupPeriod period)
{
    return period == RollupPeriod::Minute ? "rollup_minute"_L1 : "rollup_hour"_L1;
}

void forEachBucket(qint64 start, qint64 end, qint64 bucketSeconds, const std::function<void(qint64, qint64)> &visit)
{
    while (start < end) {
        const qint64 bucket = floorTo(start, bucketSeconds);
        const qint64 stop = std::min(end, bucket + bucketSeconds);
        visit(bucket, stop - start);
        start = stop;
    }
}

} // namespace Leitstand

#include <QSqlQuery>
#include <QVariant>

namespace Leitstand {

Rollup rollupFromQuery(const QSqlQuery &query, int firstColumn)
{
    const auto value = [&](int i) {
        return query.value(firstColumn + i);
    };
    Rollup rollup;
    rollup.sampleCount = value(0).toLongLong();
    rollup.upCount = value(1).toLongLong();
    rollup.latencyMinMs = value(2).toInt();
    rollup.latencyMaxMs = value(3).toInt();
    rollup.latencySumMs = value(4).toLongLong();
    rollup.histogram = LatencyHistogram::fromBlob(value(5).toByteArray());
    rollup.seconds = {
        .up = value(6).toLongLong(),
        .degraded = value(7).toLongLong(),
        .down = value(8).toLongLong(),
        .maintenance = value(9).toLongLong(),
        .unknown = value(10).toLongLong(),
    };
    return rollup;
}

} // namespace Leitstand
