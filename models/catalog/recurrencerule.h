#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Leitstand {

// Which local calendar days something recurring happens on, counted from a first day (a
// maintenance window's start date). It knows nothing of times of day or time zones, so every rule
// is plain date arithmetic and a year of days costs one step per period, not per minute.
//
// A period is a day, a week (Monday to Sunday, ISO 8601) or a calendar month; `every` N skips to
// every N-th period counted from the one holding the first day. Days before the first day never
// count, even within its period, and the first day itself only counts when the rule names it.
class RecurrenceRule final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::RecurrenceRule)

public:
    enum class Frequency : quint8 {
        Once, // the first day only
        Daily,
        Weekly, // on weekdays()
        Monthly, // on monthDay(), or on the weekOfMonth()-th weekday()
    };
    enum class WeekOfMonth : qint8 {
        None = 0,
        First = 1,
        Second = 2,
        Third = 3,
        Fourth = 4,
        Last = -1,
    };

    static RecurrenceRule once();
    static RecurrenceRule daily(int every = 1);
    static RecurrenceRule weekly(const QList<Qt::DayOfWeek> &days, int every = 1);
    // In months shorter than `day` the rule falls on the month's last day, so that a monthly
    // window happens every month, as whoever asked for "the 31st" means "at the end of the month".
    static RecurrenceRule monthlyOnDay(int day, int every = 1);
    static RecurrenceRule monthlyOnWeekday(WeekOfMonth week, Qt::DayOfWeek day, int every = 1);

    Frequency frequency() const { return m_frequency; }
    void setFrequency(Frequency frequency) { m_frequency = frequency; }
    int every() const { return m_every; }
    void setEvery(int every) { m_every = every; }
    // Monday first, each day once.
    QList<Qt::DayOfWeek> weekdays() const;
    void setWeekdays(const QList<Qt::DayOfWeek> &days);
    // 1 to 31 for Monthly by day; 0 otherwise.
    int monthDay() const { return m_monthDay; }
    void setMonthDay(int day) { m_monthDay = day; }
    // For Monthly by weekday: the week and the day; None and 0 otherwise.
    WeekOfMonth weekOfMonth() const { return m_weekOfMonth; }
    Qt::DayOfWeek monthWeekday() const { return m_monthWeekday; }
    void setMonthWeekday(WeekOfMonth week, Qt::DayOfWeek day);
    void clearMonthWeekday();
    // The last day that may count (inclusive); null for none.
    QDate until() const { return m_until; }
    void setUntil(const QDate &until) { m_until = until; }
    // How many days count in all; 0 for no limit. Excludes until().
    int count() const { return m_count; }
    void setCount(int count) { m_count = count; }

    bool isEndless() const { return m_frequency != Frequency::Once && !m_until.isValid() && m_count == 0; }
    // The length of a period in days, at most: 1, 7 or 31 times every().
    qint64 longestPeriodDays() const;

    // Every inconsistency as "field: message", with the field named as in definition files
    // (repeat, every, on, day, weekday, week, until, count) and the message translated; empty if
    // the rule is usable. firstDay is only used to check until().
    QStringList problems(const QDate &firstDay) const;

    // The days that count in [from, to] (inclusive), ascending; empty for a rule with problems.
    QList<QDate> days(const QDate &firstDay, const QDate &from, const QDate &to) const;
    // The last day that counts; nullopt when the rule is endless or has problems.
    std::optional<QDate> lastDay(const QDate &firstDay) const;

    friend bool operator==(const RecurrenceRule &, const RecurrenceRule &) = default;

private:
    qint64 periodOf(const QDate &firstDay, const QDate &day) const;
    QDate periodStart(const QDate &firstDay, qint64 period) const;
    // The days of a period in ascending order, before the first day ones included.
    QList<QDate> daysOfPeriod(const QDate &firstDay, qint64 period) const;

    Frequency m_frequency = Frequency::Once;
    int m_every = 1;
    quint8 m_weekdayBits = 0; // bit (day - 1) for each Qt::DayOfWeek
    int m_monthDay = 0;
    WeekOfMonth m_weekOfMonth = WeekOfMonth::None;
    Qt::DayOfWeek m_monthWeekday = Qt::DayOfWeek(0);
    QDate m_until;
    int m_count = 0;
};

} // namespace Leitstand
