#pragma once

#include "catalog/federalstate.h"
#include "catalog/utcinterval.h"
#include "catalog/weeklyhours.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <expected>
#include <optional>

namespace Leitstand {

// When a service is expected to be available: weekly local hours in a time zone, optionally
// closed on the public holidays of a federal state. A range that starts on a holiday is closed
// that day; one that starts the evening before and runs into the holiday is not.
//
// Local times are the first instant the zone's clocks show them. A time that the clocks skip in
// spring is the moment of the jump, so on 2026-03-29 in Europe/Berlin 02:00-03:00 is empty and
// 02:30-04:00 lasts one hour; a time the clocks show twice in autumn is its first showing, so on
// 2026-10-25 02:00-03:00 lasts two hours and 01:00-02:30 one and a half. A whole day is 23 or
// 25 hours long on those days.
class ServiceHours final
{
public:
    // 24/7 in Europe/Berlin without holidays: what a service without configured hours has.
    ServiceHours();
    // timeZone must be valid.
    explicit ServiceHours(
        WeeklyHours week, QTimeZone timeZone = defaultTimeZone(), std::optional<FederalState> holidays = {});

    static QTimeZone defaultTimeZone();

    // The time zone and holiday state are fields of their own in definition files and the
    // editor, so they are not part of the text. Errors are those of WeeklyHours::parse().
    static std::expected<ServiceHours, QString> parse(
        QStringView text, const QTimeZone &timeZone = defaultTimeZone(), std::optional<FederalState> holidays = {});
    // The weekly hours' canonical text.
    QString toString() const;

    const WeeklyHours &week() const { return m_week; }
    QTimeZone timeZone() const { return m_timeZone; }
    std::optional<FederalState> holidayState() const { return m_holidays; }
    // Open at every moment: 24/7 without holidays.
    bool isAlways() const;

    bool contains(const QDateTime &at) const;
    // The open spans within [from, to), normalized, in UTC.
    QList<UtcInterval> intervals(const QDateTime &from, const QDateTime &to) const;
    qint64 secondsWithin(const QDateTime &from, const QDateTime &to) const;

    friend bool operator==(const ServiceHours &, const ServiceHours &) = default;

private:
    WeeklyHours m_week;
    QTimeZone m_timeZone;
    std::optional<FederalState> m_holidays;
};

} // namespace Leitstand
