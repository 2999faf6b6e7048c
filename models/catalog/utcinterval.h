#pragma once

#include <QDateTime>
#include <QList>

namespace Leitstand {

// A half-open span of time [start, end) in UTC, as service hours and maintenance windows hand
// them to the incident logic and the reports. Empty when end <= start.
struct UtcInterval
{
    QDateTime start;
    QDateTime end;

    bool isEmpty() const { return !(start < end); }
    bool contains(const QDateTime &at) const { return start <= at && at < end; }
    qint64 seconds() const { return isEmpty() ? 0 : start.secsTo(end); }
    friend bool operator==(const UtcInterval &, const UtcInterval &) = default;
};

// Sorts, then merges overlapping and touching intervals and drops empty ones.
QList<UtcInterval> normalizedIntervals(QList<UtcInterval> intervals);
// The parts of intervals inside [from, to); intervals must be normalized.
QList<UtcInterval> clippedIntervals(const QList<UtcInterval> &intervals, const QDateTime &from, const QDateTime &to);
qint64 totalSeconds(const QList<UtcInterval> &intervals);

} // namespace Leitstand
