#pragma once

#include "storage/latencyhistogram.h"
#include "storage/sample.h"

#include <QLatin1StringView>

#include <functional>

namespace Leitstand {

// The samples of one endpoint in one minute or hour, and the seconds of that bucket spent in each
// state. Latency statistics cover the answered checks (Up and Degraded, upCount of them): the time a
// check took to fail says how patient the check was, not how fast the service is.
struct Rollup
{
    qint64 sampleCount = 0;
    qint64 upCount = 0;
    int latencyMinMs = 0; // meaningful when upCount > 0
    int latencyMaxMs = 0;
    qint64 latencySumMs = 0;
    LatencyHistogram histogram;
    StateSeconds seconds;

    void addSample(EndpointState state, int latencyMs);
    void merge(const Rollup &other);
    double meanLatencyMs() const { return upCount > 0 ? double(latencySumMs) / double(upCount) : 0.0; }
    // Within the histogram's precision, and never outside [min, max].
    int p95LatencyMs() const;
};

enum class RollupPeriod : quint8 {
    Minute,
    Hour,
};

constexpr qint64 rollupSeconds(RollupPeriod period)
{
    return period == RollupPeriod::Minute ? 60 : 3600;
}
QLatin1StringView rollupTable(RollupPeriod period);

constexpr qint64 floorTo(qint64 seconds, qint64 step)
{
    return seconds >= 0 ? seconds - seconds % step : seconds - ((seconds % step) + step) % step;
}
constexpr qint64 ceilTo(qint64 seconds, qint64 step)
{
    return floorTo(seconds + step - 1, step);
}

// Calls visit(bucketStart, seconds) for each bucket that [start, end) overlaps.
void forEachBucket(qint64 start, qint64 end, qint64 bucketSeconds, const std::function<void(qint64, qint64)> &visit);

} // namespace Leitstand

class QSqlQuery;

namespace Leitstand {

// The columns of a rollup table after endpoint_id and bucket, in the order rollupFromQuery() reads.
inline constexpr QLatin1StringView rollupColumns {
    "sample_count, up_count, latency_min, latency_max, latency_sum, histogram, up_s, degraded_s, down_s, "
    "maintenance_s, unknown_s"};
Rollup rollupFromQuery(const QSqlQuery &query, int firstColumn);

} // namespace Leitstand
