#include "catalog/utcinterval.h"

#include <algorithm>

namespace Leitstand {

QList<UtcInterval> normalizedIntervals(QList<UtcInterval> intervals)
{
    intervals.removeIf([](const UtcInterval &interval) { return interval.isEmpty(); });
    std::ranges::sort(intervals, {}, &UtcInterval::start);
    QList<UtcInterval> merged;
    for (const UtcInterval &interval : std::as_const(intervals)) {
        if (!merged.isEmpty() && interval.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, interval.end);
        else
            merged.append(interval);
    }
    return merged;
}

QList<UtcInterval> clippedIntervals(const QList<UtcInterval> &intervals, const QDateTime &from, const QDateTime &to)
{
    QList<UtcInterval> clipped;
    for (const UtcInterval &interval : intervals) {
        const UtcInterval part {std::max(interval.start, from), std::min(interval.end, to)};
        if (!part.isEmpty())
            clipped.append(part);
    }
    return clipped;
}

qint64 totalSeconds(const QList<UtcInterval> &intervals)
{
    qint64 total = 0;
    for (const UtcInterval &interval : intervals)
        total += interval.seconds();
    return total;
}

} // namespace Leitstand
