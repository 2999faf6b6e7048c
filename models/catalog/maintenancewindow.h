#pragma once

#include "catalog/recurrencerule.h"
#include "catalog/utcinterval.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Leitstand {

// A planned time in which a service's endpoints are in MAINTENANCE: their failures open no incident
// and do not count against availability. It starts at a local date and time in a time zone and
// lasts a number of minutes of wall-clock time, once or by a RecurrenceRule.
//
// Wall-clock times stay put across daylight saving changes: a weekly window from 01:00 to 05:00
// is 01:00 to 05:00 local time in summer and winter, and lasts three or five real hours on the
// nights the clocks change. Where a local time does not exist or exists twice:
// - A time in the spring-forward gap (02:30 on 2026-03-29 in Europe/Berlin) stands for the moment
//   the clocks jump (03:00 CEST), so a window covers exactly those of its wall-clock times that
//   exist that day; a window wholly inside the gap is empty that day and yields no interval, but
//   still uses up one of count().
// - A time in the repeated hour of the fall-back night stands for its first occurrence (the
//   summer-time one), as in RFC 5545.
class MaintenanceWindow final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::MaintenanceWindow)

public:
    MaintenanceWindow();

    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }
    qint64 serviceId() const { return m_serviceId; }
    void setServiceId(qint64 id) { m_serviceId = id; }
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    // The first day, and the wall-clock time every occurrence starts at, to the minute.
    QDate startDate() const { return m_startDate; }
    QTime startTime() const { return m_startTime; }
    void setStart(const QDate &date, const QTime &time);
    // Europe/Berlin unless set.
    QTimeZone timeZone() const { return m_timeZone; }
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }
    int durationMinutes() const { return m_durationMinutes; }
    void setDurationMinutes(int minutes) { m_durationMinutes = minutes; }
    RecurrenceRule recurrence() const { return m_recurrence; }
    void setRecurrence(const RecurrenceRule &rule) { m_recurrence = rule; }

    // A window longer than this is no maintenance; pausing the endpoints says what is meant.
    static constexpr int maximumDurationMinutes = 366 * 24 * 60;

    // Every problem as "field: message" with the fields named as in definition files and the
    // messages translated; empty when the window is usable. A window with problems has no
    // occurrences.
    QStringList problems() const;
    // The first of problems(), or empty.
    QString problem() const;

    // Every occurrence that overlaps [fromUtc, toUtc), unclipped, in order. They may overlap each
    // other when the duration is longer than the gap between two starts.
    QList<UtcInterval> occurrences(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    // Start inclusive, end exclusive.
    bool isActiveAt(const QDateTime &utc) const;
    // The first instant after utc at which isActiveAt() changes: the next start, or the end of the
    // window under way; nullopt when nothing changes any more.
    std::optional<QDateTime> nextChangeAfter(const QDateTime &utc) const;

    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;

private:
    // The occurrence starting on the local day, empty where it falls wholly into a gap.
    UtcInterval occurrenceOn(const QDate &day) const;
    QDateTime toUtc(const QDate &date, const QTime &time) const;
    // How many days after its first day an occurrence may still last.
    qint64 spanDays() const;

    qint64 m_id = 0;
    qint64 m_serviceId = 0;
    QString m_title;
    QDate m_startDate;
    QTime m_startTime;
    QTimeZone m_timeZone;
    int m_durationMinutes = 0;
    RecurrenceRule m_recurrence;
};

} // namespace Leitstand
