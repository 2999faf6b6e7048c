#include "catalog/catalogtext.h"

#include <QStringList>
#include <QTime>

#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr int minutesPerDay = 24 * 60;

QString clockTime(int minuteOfDay)
{
    // 24:00 ends a day; QTime has no such time, and 00:00 reads the same in every locale.
    return QLocale().toString(QTime((minuteOfDay % minutesPerDay) / 60, minuteOfDay % 60), QLocale::ShortFormat);
}

QString timeRange(int startMinute, int endMinute)
{
    return CatalogText::tr("%1–%2", "time range: start, end").arg(clockTime(startMinute), clockTime(endMinute));
}

QString dayName(int day, QLocale::FormatType format)
{
    return QLocale().dayName(day, format);
}

// The days (Monday first) in words: runs of three or more as a range, the rest listed.
QString dayList(const std::array<bool, 7> &days, QLocale::FormatType format)
{
    QStringList parts;
    for (std::size_t day = 0; day < days.size(); ++day) {
        if (!days.at(day))
            continue;
        std::size_t last = day;
        while (last + 1 < days.size() && days.at(last + 1))
            ++last;
        // Qt numbers the days from Monday = 1.
        if (last - day >= 2) {
            parts.append(CatalogText::tr("%1 to %2", "weekday range: first, last")
                    .arg(dayName(int(day) + 1, format), dayName(int(last) + 1, format)));
        } else {
            for (std::size_t each = day; each <= last; ++each)
                parts.append(dayName(int(each) + 1, format));
        }
        day = last;
    }
    return QLocale().createSeparatedList(parts);
}

QString weekdayList(const QList<Qt::DayOfWeek> &days)
{
    std::array<bool, 7> set {};
    for (const Qt::DayOfWeek day : days)
        set.at(std::size_t(day) - 1) = true;
    return dayList(set, QLocale::LongFormat);
}

QString date(const QDate &day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

// What kind of recurrence, with the days it falls on.
QString recurrenceText(const RecurrenceRule &rule, const QDate &firstDay)
{
    const int every = rule.every();
    switch (rule.frequency()) {
    case RecurrenceRule::Frequency::Once:
        return CatalogText::tr("once on %1").arg(date(firstDay));
    case RecurrenceRule::Frequency::Daily:
        return every == 1 ? CatalogText::tr("daily") : CatalogText::tr("every %n day(s)", nullptr, every);
    case RecurrenceRule::Frequency::Weekly:
        return every == 1 ? CatalogText::tr("weekly on %1").arg(weekdayList(rule.weekdays()))
                          : CatalogText::tr("every %n week(s) on %1", nullptr, every).arg(weekdayList(rule.weekdays()));
    case RecurrenceRule::Frequency::Monthly:
        break;
    }
    QString which;
    if (rule.monthDay() > 0) {
        // Shorter months fall on their last day, as RecurrenceRule says.
        which = rule.monthDay() > 28
            ? CatalogText::tr("on day %1 or the last day of shorter months").arg(rule.monthDay())
            : CatalogText::tr("on day %1", "day of the month").arg(rule.monthDay());
    } else {
        const QString day = QLocale().dayName(rule.monthWeekday(), QLocale::LongFormat);
        switch (rule.weekOfMonth()) {
        case RecurrenceRule::WeekOfMonth::First:
            which = CatalogText::tr("on the first %1", "weekday of the month").arg(day);
            break;
        case RecurrenceRule::WeekOfMonth::Second:
            which = CatalogText::tr("on the second %1", "weekday of the month").arg(day);
            break;
        case RecurrenceRule::WeekOfMonth::Third:
            which = CatalogText::tr("on the third %1", "weekday of the month").arg(day);
            break;
        case RecurrenceRule::WeekOfMonth::Fourth:
            which = CatalogText::tr("on the fourth %1", "weekday of the month").arg(day);
            break;
        case RecurrenceRule::WeekOfMonth::Last:
            which = CatalogText::tr("on the last %1", "weekday of the month").arg(day);
            break;
        case RecurrenceRule::WeekOfMonth::None:
            break;
        }
    }
    return every == 1 ? CatalogText::tr("monthly %1", "monthly on which day").arg(which)
                      : CatalogText::tr("every %n month(s) %1", "every N months on which day", every).arg(which);
}

} // namespace

QString CatalogText::weeklyHours(const WeeklyHours &week, QLocale::FormatType dayFormat)
{
    if (week.isAlways())
        return tr("around the clock");
    QStringList rules;
    std::array<bool, 7> written {};
    for (int day = 0; day < 7; ++day) {
        const QList<LocalTimeRange> &ranges = week.ranges(Qt::DayOfWeek(day + 1));
        if (written.at(std::size_t(day)) || ranges.isEmpty())
            continue;
        std::array<bool, 7> same {};
        for (int other = day; other < 7; ++other) {
            same.at(std::size_t(other)) = week.ranges(Qt::DayOfWeek(other + 1)) == ranges;
            written.at(std::size_t(other)) = written.at(std::size_t(other)) || same.at(std::size_t(other));
        }
        QStringList times;
        for (const LocalTimeRange &range : ranges)
            times.append(timeRange(range.startMinute, range.endMinute));
        rules.append(
            tr("%1 %2", "weekdays, times of day").arg(dayList(same, dayFormat), QLocale().createSeparatedList(times)));
    }
    if (rules.isEmpty())
        return tr("never");
    return rules.join(u"; "_s);
}

QString CatalogText::serviceHours(const ServiceHours &hours, QLocale::FormatType dayFormat)
{
    const QString week = hours.week().isAlways()
        ? weeklyHours(hours.week(), dayFormat)
        : tr("%1 (%2)", "service hours (time zone)")
              .arg(weeklyHours(hours.week(), dayFormat), QString::fromUtf8(hours.timeZone().id()));
    const QString closed = holidays(hours.holidayState());
    return closed.isEmpty() ? week : tr("%1, %2", "service hours, holidays").arg(week, closed);
}

QString CatalogText::holidays(std::optional<FederalState> state)
{
    if (!state)
        return {};
    return tr("closed on public holidays in %1").arg(federalStateName(*state));
}

QString CatalogText::availabilityTarget(std::optional<double> percent)
{
    if (!percent)
        return {};
    return tr("%1 %", "availability target in percent")
        .arg(QLocale().toString(*percent, 'f', QLocale::FloatingPointShortest));
}

QString CatalogText::channelKind(TeamChannel::Kind kind)
{
    switch (kind) {
    case TeamChannel::Kind::None:
        return tr("no channel");
    case TeamChannel::Kind::Webhook:
        return tr("webhook");
    case TeamChannel::Kind::Matrix:
        return tr("Matrix room");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString CatalogText::maintenanceWindow(const MaintenanceWindow &window)
{
    if (const QString problem = window.problem(); !problem.isEmpty())
        return tr("not usable: %1").arg(problem);
    const RecurrenceRule rule = window.recurrence();
    const int startMinute = (window.startTime().hour() * 60) + window.startTime().minute();
    const int minutes = window.durationMinutes();
    const QString times = minutes < minutesPerDay
        ? timeRange(startMinute, startMinute + minutes)
        : tr("%1 for %2", "start time for a duration").arg(clockTime(startMinute), duration(minutes));
    QString text = tr("%1, %2 (%3)", "recurrence, times (time zone)")
                       .arg(recurrenceText(rule, window.startDate()), times, QString::fromUtf8(window.timeZone().id()));
    if (rule.frequency() == RecurrenceRule::Frequency::Once)
        return text;
    if (rule.until().isValid())
        text = tr("%1, until %2", "maintenance window, last day").arg(text, date(rule.until()));
    else if (rule.count() > 0)
        text = tr("%1, %n time(s) in all", "maintenance window, count", rule.count()).arg(text);
    return text;
}

QString CatalogText::nextMaintenance(const MaintenanceWindow &window, const QDateTime &nowUtc)
{
    const std::optional<QDateTime> change = window.nextChangeAfter(nowUtc);
    if (!change)
        return tr("no further occurrences");
    const QString when = dateTime(change->toLocalTime());
    return window.isActiveAt(nowUtc) ? tr("under way until %1").arg(when) : tr("next on %1").arg(when);
}

QString CatalogText::dateTime(const QDateTime &local)
{
    return tr("%1 at %2", "date at time")
        .arg(date(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString CatalogText::duration(int minutes)
{
    QStringList parts;
    if (const int days = minutes / minutesPerDay; days > 0)
        parts.append(tr("%n day(s)", nullptr, days));
    if (const int hours = (minutes % minutesPerDay) / 60; hours > 0)
        parts.append(tr("%n hour(s)", nullptr, hours));
    if (const int rest = minutes % 60; rest > 0 || parts.isEmpty())
        parts.append(tr("%n minute(s)", nullptr, rest));
    return parts.join(u", "_s);
}

} // namespace Leitstand
