#include "charts/decimator.h"

#include <algorithm>

namespace Leitstand::Decimator {

namespace {

qint64 columnStart(int column, const DecimationOptions &options)
{
    // Rounded up, so that columnOf() of a column's start is that column.
    const qint64 span = options.toMs - options.fromMs;
    return options.fromMs + (qint64(column) * span + options.width - 1) / options.width;
}

} // namespace

LatencyBand latencyBand(QSpan<const ChartPoint> points, const DecimationOptions &options)
{
    LatencyBand band {.fromMs = options.fromMs, .toMs = options.toMs, .width = options.width, .columns = {}};
    if (options.width <= 0 || options.toMs <= options.fromMs)
        return band;

    int current = -1; // the column being filled, the last of band.columns
    double weightedSum = 0;
    bool hasAnswered = false;
    qint64 lastAnsweredMs = 0;
    bool outageSinceAnswered = false;
    const auto finishColumn = [&] {
        if (current >= 0) {
            LatencyColumn &column = band.columns.last();
            column.meanMs = weightedSum / double(column.count);
        }
    };

    for (const ChartPoint &point : points) {
        const qint64 timeMs = point.time.toMSecsSinceEpoch();
        if (timeMs < options.fromMs && timeMs + options.bucketMs <= options.fromMs)
            continue;
        if (timeMs >= options.toMs)
            break;
        if (point.upCount <= 0) {
            if (point.count > 0)
                outageSinceAnswered = true;
            continue;
        }
        const int index = columnOf(std::max(timeMs, options.fromMs), options.fromMs, options.toMs, options.width);
        if (index != current) {
            finishColumn();
            current = index;
            weightedSum = 0;
            const bool joined = hasAnswered && !outageSinceAnswered
                && (options.maxGapMs <= 0 || timeMs - lastAnsweredMs <= options.maxGapMs);
            band.columns.append(LatencyColumn {
                .startMs = columnStart(index, options),
                .endMs = columnStart(index + 1, options),
                .minMs = point.minLatencyMs,
                .maxMs = point.maxLatencyMs,
                .meanMs = 0,
                .p95Ms = point.p95LatencyMs,
                .count = 0,
                .startsSegment = !joined,
            });
        }
        LatencyColumn &column = band.columns.last();
        column.minMs = std::min(column.minMs, point.minLatencyMs);
        column.maxMs = std::max(column.maxMs, point.maxLatencyMs);
        column.p95Ms = std::max(column.p95Ms, point.p95LatencyMs);
        column.count += point.upCount;
        weightedSum += point.meanLatencyMs * double(point.upCount);
        hasAnswered = true;
        lastAnsweredMs = timeMs;
        outageSinceAnswered = false;
    }
    finishColumn();
    return band;
}

} // namespace Leitstand::Decimator
