#include "catalog/recurrencerule.h"

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

qint64 monthIndex(const QDate &day)
{
    return qint64(day.year()) * 12 + day.month() - 1;
}

QDate nthWeekday(const QDate &monthStart, RecurrenceRule::WeekOfMonth week, Qt::DayOfWeek weekday)
{
    if (week == RecurrenceRule::WeekOfMonth::Last) {
        const QDate last = monthStart.addDays(monthStart.daysInMonth() - 1);
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const int first = (weekday - monthStart.dayOfWeek() + 7) % 7;
    return monthStart.addDays(first + 7 * (int(week) - 1));
}

} // namespace

RecurrenceRule RecurrenceRule::once()
{
    return {};
}

RecurrenceRule RecurrenceRule::daily(int every)
{
    RecurrenceRule rule;
    rule.m_frequency = Frequency::Daily;
    rule.m_every = every;
    return rule;
}

RecurrenceRule RecurrenceRule::weekly(const QList<Qt::DayOfWeek> &days, int every)
{
    RecurrenceRule rule;
    rule.m_frequency = Frequency::Weekly;
    rule.m_every = every;
    rule.setWeekdays(days);
    return rule;
}

RecurrenceRule RecurrenceRule::monthlyOnDay(int day, int every)
{
    RecurrenceRule rule;
    rule.m_frequency = Frequency::Monthly;
    rule.m_every = every;
    rule.m_monthDay = day;
    return rule;
}

RecurrenceRule RecurrenceRule::monthlyOnWeekday(WeekOfMonth week, Qt::DayOfWeek day, int every)
{
    RecurrenceRule rule;
    rule.m_frequency = Frequency::Monthly;
    rule.m_every = every;
    rule.setMonthWeekday(week, day);
    return rule;
}

QList<Qt::DayOfWeek> RecurrenceRule::weekdays() const
{
    QList<Qt::DayOfWeek> days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_weekdayBits & (1u << (day - 1)))
            days.append(Qt::DayOfWeek(day));
    }
    return days;
}

void RecurrenceRule::setWeekdays(const QList<Qt::DayOfWeek> &days)
{
    m_weekdayBits = 0;
    for (Qt::DayOfWeek day : days) {
        if (day >= Qt::Monday && day <= Qt::Sunday)
            m_weekdayBits |= quint8(1u << (day - 1));
    }
}

void RecurrenceRule::setMonthWeekday(WeekOfMonth week, Qt::DayOfWeek day)
{
    m_weekOfMonth = week;
    m_monthWeekday = day;
}

void RecurrenceRule::clearMonthWeekday()
{
    setMonthWeekday(WeekOfMonth::None, Qt::DayOfWeek(0));
}

qint64 RecurrenceRule::longestPeriodDays() const
{
    switch (m_frequency) {
    case Frequency::Once:
        return 1;
    case Frequency::Daily:
        return m_every;
    case Frequency::Weekly:
        return 7 * qint64(m_every);
    case Frequency::Monthly:
        return 31 * qint64(m_every);
    }
    return 1;
}

QStringList RecurrenceRule::problems(const QDate &firstDay) const
{
    // The field names and values such as "repeat: weekly" are written as in the file; only the
    // rest is translated.
    QStringList problems;
    const bool repeats = m_frequency != Frequency::Once;
    if (m_every < 1)
        problems.append(u"every: "_s + tr("must be at least 1"));
    else if (!repeats && m_every != 1)
        problems.append(u"every: "_s + tr("only for a repeating window"));

    if (m_frequency == Frequency::Weekly && m_weekdayBits == 0)
        problems.append(u"on: "_s + tr("a weekly window needs at least one weekday"));
    else if (m_frequency != Frequency::Weekly && m_weekdayBits != 0)
        problems.append(u"on: "_s + tr("only for repeat: weekly"));

    const bool byWeekday = m_weekOfMonth != WeekOfMonth::None || m_monthWeekday != 0;
    if (m_frequency == Frequency::Monthly) {
        if (m_monthDay == 0 && !byWeekday)
            problems.append(u"day: "_s + tr("a monthly window needs a day of the month, or a weekday and a week"));
        else if (m_monthDay != 0 && byWeekday)
            problems.append(u"day: "_s + tr("excludes weekday and week"));
    } else {
        if (m_monthDay != 0)
            problems.append(u"day: "_s + tr("only for repeat: monthly"));
        if (byWeekday)
            problems.append(u"weekday: "_s + tr("only for repeat: monthly"));
    }
    if (m_monthDay < 0 || m_monthDay > 31)
        problems.append(u"day: "_s + tr("must be between 1 and 31"));
    if (byWeekday) {
        if (m_monthWeekday < Qt::Monday || m_monthWeekday > Qt::Sunday)
            problems.append(u"weekday: "_s + tr("missing"));
        const int week = int(m_weekOfMonth);
        if (week == 0 || week < -1 || week > 4)
            problems.append(u"week: "_s + tr("must be first, second, third, fourth or last"));
    }

    if (!repeats && m_until.isValid())
        problems.append(u"until: "_s + tr("only for a repeating window"));
    else if (m_until.isValid() && firstDay.isValid() && m_until < firstDay)
        problems.append(u"until: "_s + tr("is before the start"));
    if (m_count < 0)
        problems.append(u"count: "_s + tr("must be at least 1"));
    else if (!repeats && m_count != 0)
        problems.append(u"count: "_s + tr("only for a repeating window"));
    else if (m_count != 0 && m_until.isValid())
        problems.append(u"count: "_s + tr("excludes until"));
    return problems;
}

qint64 RecurrenceRule::periodOf(const QDate &firstDay, const QDate &day) const
{
    switch (m_frequency) {
    case Frequency::Once:
        return 0;
    case Frequency::Daily:
        return floorDiv(firstDay.daysTo(day), m_every);
    case Frequency::Weekly:
        return floorDiv(mondayOf(firstDay).daysTo(mondayOf(day)) / 7, m_every);
    case Frequency::Monthly:
        return floorDiv(monthIndex(day) - monthIndex(firstDay), m_every);
    }
    return 0;
}

QDate RecurrenceRule::periodStart(const QDate &firstDay, qint64 period) const
{
    switch (m_frequency) {
    case Frequency::Once:
        return period == 0 ? firstDay : QDate();
    case Frequency::Daily:
        return firstDay.addDays(period * m_every);
    case Frequency::Weekly:
        return mondayOf(firstDay).addDays(7 * period * m_every);
    case Frequency::Monthly:
        return QDate(firstDay.year(), firstDay.month(), 1).addMonths(int(period * m_every));
    }
    return {};
}

QList<QDate> RecurrenceRule::daysOfPeriod(const QDate &firstDay, qint64 period) const
{
    const QDate start = periodStart(firstDay, period);
    switch (m_frequency) {
    case Frequency::Once:
    case Frequency::Daily:
        return {start};
    case Frequency::Weekly: {
        QList<QDate> days;
        for (Qt::DayOfWeek day : weekdays())
            days.append(start.addDays(day - 1));
        return days;
    }
    case Frequency::Monthly:
        if (m_monthDay != 0)
            return {QDate(start.year(), start.month(), std::min(m_monthDay, start.daysInMonth()))};
        return {nthWeekday(start, m_weekOfMonth, m_monthWeekday)};
    }
    return {};
}

std::optional<QDate> RecurrenceRule::lastDay(const QDate &firstDay) const
{
    if (!firstDay.isValid() || !problems(firstDay).isEmpty() || isEndless())
        return std::nullopt;
    if (m_frequency == Frequency::Once)
        return firstDay;
    if (m_until.isValid())
        return m_until;

    // Every period after the first holds the same number of days, so the count-th day is found
    // by division rather than by walking the days before it.
    QList<QDate> firstPeriod = daysOfPeriod(firstDay, 0);
    firstPeriod.removeIf([&](const QDate &day) { return day < firstDay; });
    if (m_count <= firstPeriod.size())
        return firstPeriod.at(m_count - 1);
    const qint64 perPeriod = m_frequency == Frequency::Weekly ? std::popcount(m_weekdayBits) : 1;
    const qint64 rest = m_count - firstPeriod.size() - 1;
    return daysOfPeriod(firstDay, 1 + rest / perPeriod).at(rest % perPeriod);
}

QList<QDate> RecurrenceRule::days(const QDate &firstDay, const QDate &from, const QDate &to) const
{
    if (!firstDay.isValid() || !problems(firstDay).isEmpty())
        return {};
    QDate last = to;
    if (const auto end = lastDay(firstDay))
        last = std::min(last, *end);
    const QDate first = std::max(from, firstDay);
    QList<QDate> days;
    if (first > last)
        return days;
    for (qint64 period = periodOf(firstDay, first); periodStart(firstDay, period) <= last; ++period) {
        for (const QDate &day : daysOfPeriod(firstDay, period)) {
            if (day >= first && day <= last)
                days.append(day);
        }
        if (m_frequency == Frequency::Once)
            break;
    }
    return days;
}

} // namespace Leitstand
