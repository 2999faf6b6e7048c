#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <expected>

namespace Leitstand {

// Local clock times of one day in minutes after midnight, [start, end). The end is 1..1440 (24:00);
// an end before the start runs into the next day (22:00-06:00).
struct LocalTimeRange
{
    int startMinute = 0;
    int endMinute = 0;

    bool crossesMidnight() const { return endMinute < startMinute; }
    friend bool operator==(const LocalTimeRange &, const LocalTimeRange &) = default;
};

// The local opening times of each weekday, in the compact text of definition files and the UI:
//
//     Mo-Fr 07:00-19:00; Sa 08:00-12:00
//     Mo,Mi 08:00-12:00,13:00-16:00; Fr 22:00-06:00
//     24/7
//
// Weekdays are the German abbreviations Mo Di Mi Do Fr Sa So, as the people who write these files
// say them; lists and Monday-to-Sunday ranges of them are joined by commas. Times are HH:MM, and
// the end of a day is 24:00. A weekday may appear in one rule only, so that no rule silently
// overrides another, and its ranges must not overlap.
class WeeklyHours final
{
public:
    // Open all the time; "24/7".
    WeeklyHours();

    // The parsed hours, or a translated message naming the offending part, such as
    // "Mo-Fx: unknown weekday Fx; expected one of Mo, Di, Mi, Do, Fr, Sa, So", which an import
    // shows as "file:line: field: message" like the other problems of a definition file.
    static std::expected<WeeklyHours, QString> parse(QStringView text);
    // The canonical text: rules ordered by their first weekday, weekdays with the same ranges
    // in one rule, runs of weekdays as ranges, times ascending. parse() reads it back to an equal
    // value, and canonical text comes back unchanged; "Mo,Di 08:00-12:00" comes back as
    // "Mo-Di 08:00-12:00", and every day from 00:00 to 24:00 as "24/7".
    QString toString() const;

    bool isAlways() const;
    // The ranges that start on the day (Qt::Monday..Qt::Sunday), ascending.
    const QList<LocalTimeRange> &ranges(Qt::DayOfWeek day) const;

    friend bool operator==(const WeeklyHours &, const WeeklyHours &) = default;

private:
    std::array<QList<LocalTimeRange>, 7> m_days; // Monday first
};

} // namespace Leitstand
