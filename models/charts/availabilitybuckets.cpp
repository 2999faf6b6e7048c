#include "charts/availabilitybuckets.h"

#include "storage/rollup.h"

#include <algorithm>

namespace Leitstand {

std::optional<double> AvailabilityBar::availability() const
{
    const qint64 measured = seconds.up + seconds.degraded + seconds.down;
    if (measured == 0)
        return std::nullopt;
    return double(seconds.up + seconds.degraded) / double(measured);
}

namespace AvailabilityBuckets {

AvailabilityPeriod periodFor(qint64 rangeMs)
{
    return rangeMs <= qint64(48) * 3'600'000 ? AvailabilityPeriod::Hour : AvailabilityPeriod::Day;
}

qint64 alignedStartMs(qint64 fromMs, AvailabilityPeriod period)
{
    return floorTo(fromMs, periodMs(period));
}

qint64 alignedEndMs(qint64 toMs, AvailabilityPeriod period)
{
    return ceilTo(toMs, periodMs(period));
}

AvailabilityBars bars(const ChartSeries &rollups, qint64 fromMs, qint64 toMs, AvailabilityPeriod period, qint64 nowMs)
{
    AvailabilityBars result {.period = period, .bars = {}};
    if (toMs <= fromMs)
        return result;
    const qint64 length = periodMs(period);
    const qint64 first = alignedStartMs(fromMs, period);
    const qint64 last = alignedEndMs(toMs, period);
    result.bars.reserve((last - first) / length);
    for (qint64 start = first; start < last; start += length)
        result.bars.append(AvailabilityBar {.startMs = start, .endMs = start + length, .seconds = {}});

    if (rollups.resolution != ChartResolution::Raw) {
        for (const ChartPoint &point : rollups.points) {
            const qint64 timeMs = point.time.toMSecsSinceEpoch();
            if (timeMs < first || timeMs >= last)
                continue;
            result.bars[(timeMs - first) / length].seconds += point.seconds;
        }
    }
    for (AvailabilityBar &bar : result.bars) {
        // The rollups' unknown holds only the Unknown and Paused states; silences are not stored.
        const qint64 elapsed = (std::clamp(nowMs, bar.startMs, bar.endMs) - bar.startMs) / 1000;
        bar.seconds.unknown = 0;
        bar.seconds.unknown = std::max<qint64>(0, elapsed - bar.seconds.total());
    }
    return result;
}

} // namespace AvailabilityBuckets

} // namespace Leitstand
