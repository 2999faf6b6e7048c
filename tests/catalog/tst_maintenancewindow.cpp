#include "catalog/maintenancewindow.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Leitstand;

namespace {

using Week = RecurrenceRule::WeekOfMonth;

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::UTC);
}

MaintenanceWindow window(
    const QDate &date, const QTime &time, int minutes, const RecurrenceRule &rule = RecurrenceRule::once())
{
    MaintenanceWindow window;
    window.setTitle(QStringLiteral("Datenbank-Update"));
    window.setStart(date, time);
    window.setDurationMinutes(minutes);
    window.setRecurrence(rule);
    return window;
}

RecurrenceRule withUntil(RecurrenceRule rule, const QDate &until)
{
    rule.setUntil(until);
    return rule;
}

RecurrenceRule withCount(RecurrenceRule rule, int count)
{
    rule.setCount(count);
    return rule;
}

// 2026-12-01 22:00 to 24:00 Berlin (CET) is 21:00 to 23:00 UTC.
MaintenanceWindow oneOff()
{
    return window(QDate(2026, 12, 1), QTime(22, 0), 120);
}

// 01:00 to 05:00 local every night from 2026-03-27 (a Friday before the spring change).
MaintenanceWindow nightly()
{
    return window(QDate(2026, 3, 27), QTime(1, 0), 240, RecurrenceRule::daily());
}

} // namespace

class TestMaintenanceWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occurrences_data();
    void occurrences();
    void isActiveAt_data();
    void isActiveAt();
    void nextChangeAfter_data();
    void nextChangeAfter();
    void problems_data();
    void problems();
    void windowWithAProblemHasNoOccurrences();
    void defaultTimeZoneIsBerlin();
    void oneYearOfADailyWindow();
};

void TestMaintenanceWindow::occurrences_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QList<UtcInterval>>("expected");

    QTest::addRow("one-off") << oneOff() << utc(2026, 11, 1) << utc(2027, 1, 1)
                             << QList<UtcInterval> {{utc(2026, 12, 1, 21), utc(2026, 12, 1, 23)}};
    QTest::addRow("one-off after the range")
        << oneOff() << utc(2026, 11, 1) << utc(2026, 12, 1, 21) << QList<UtcInterval> {};
    QTest::addRow("one-off before the range")
        << oneOff() << utc(2026, 12, 1, 23) << utc(2026, 12, 2) << QList<UtcInterval> {};
    QTest::addRow("overlapping the range start, unclipped")
        << oneOff() << utc(2026, 12, 1, 22, 59) << utc(2026, 12, 2)
        << QList<UtcInterval> {{utc(2026, 12, 1, 21), utc(2026, 12, 1, 23)}};
    QTest::addRow("overlapping the range end, unclipped")
        << oneOff() << utc(2026, 12, 1, 12) << utc(2026, 12, 1, 21, 1)
        << QList<UtcInterval> {{utc(2026, 12, 1, 21), utc(2026, 12, 1, 23)}};
    QTest::addRow("empty range") << oneOff() << utc(2026, 12, 1, 22) << utc(2026, 12, 1, 22) << QList<UtcInterval> {};

    // CET is UTC+1, CEST UTC+2; the clocks go forward at 01:00 UTC on 2026-03-29.
    QTest::addRow("daily across the spring change")
        << nightly() << utc(2026, 3, 27) << utc(2026, 3, 30, 12)
        << QList<UtcInterval> {{utc(2026, 3, 27, 0), utc(2026, 3, 27, 4)}, {utc(2026, 3, 28, 0), utc(2026, 3, 28, 4)},
               {utc(2026, 3, 29, 0), utc(2026, 3, 29, 3)}, {utc(2026, 3, 29, 23), utc(2026, 3, 30, 3)}};
    // And back at 01:00 UTC on 2026-10-25.
    QTest::addRow("daily across the autumn change")
        << window(QDate(2026, 10, 23), QTime(1, 0), 240, RecurrenceRule::daily()) << utc(2026, 10, 23)
        << utc(2026, 10, 26, 12)
        << QList<UtcInterval> {{utc(2026, 10, 22, 23), utc(2026, 10, 23, 3)},
               {utc(2026, 10, 23, 23), utc(2026, 10, 24, 3)}, {utc(2026, 10, 24, 23), utc(2026, 10, 25, 4)},
               {utc(2026, 10, 26, 0), utc(2026, 10, 26, 4)}};
    QTest::addRow("start in the spring gap begins when the clocks jump")
        << window(QDate(2026, 3, 29), QTime(2, 30), 120) << utc(2026, 3, 28) << utc(2026, 3, 30)
        << QList<UtcInterval> {{utc(2026, 3, 29, 1), utc(2026, 3, 29, 2, 30)}};
    QTest::addRow("daily inside the gap hour is empty on the change day")
        << window(QDate(2026, 3, 28), QTime(2, 15), 30, RecurrenceRule::daily()) << utc(2026, 3, 28) << utc(2026, 3, 31)
        << QList<UtcInterval> {
               {utc(2026, 3, 28, 1, 15), utc(2026, 3, 28, 1, 45)}, {utc(2026, 3, 30, 0, 15), utc(2026, 3, 30, 0, 45)}};
    QTest::addRow("start in the repeated hour takes the first")
        << window(QDate(2026, 10, 25), QTime(2, 30), 60) << utc(2026, 10, 24) << utc(2026, 10, 26)
        << QList<UtcInterval> {{utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 2, 30)}};
    QTest::addRow("crossing midnight") << window(QDate(2026, 1, 10), QTime(22, 0), 240, RecurrenceRule::daily())
                                       << utc(2026, 1, 10) << utc(2026, 1, 12)
                                       << QList<UtcInterval> {{utc(2026, 1, 10, 21), utc(2026, 1, 11, 1)},
                                              {utc(2026, 1, 11, 21), utc(2026, 1, 12, 1)}};
    QTest::addRow("crossing midnight into the spring change")
        << window(QDate(2026, 3, 28), QTime(23, 0), 240) << utc(2026, 3, 28) << utc(2026, 3, 30)
        << QList<UtcInterval> {{utc(2026, 3, 28, 22), utc(2026, 3, 29, 1)}};

    QTest::addRow("weekly on Mo We Fr from a Wednesday")
        << window(QDate(2026, 11, 4), QTime(6, 0), 60, RecurrenceRule::weekly({Qt::Monday, Qt::Wednesday, Qt::Friday}))
        << utc(2026, 11, 1) << utc(2026, 11, 10)
        << QList<UtcInterval> {{utc(2026, 11, 4, 5), utc(2026, 11, 4, 6)}, {utc(2026, 11, 6, 5), utc(2026, 11, 6, 6)},
               {utc(2026, 11, 9, 5), utc(2026, 11, 9, 6)}};
    QTest::addRow("every 2 weeks on Tu Th")
        << window(QDate(2026, 12, 1), QTime(22, 0), 120, RecurrenceRule::weekly({Qt::Tuesday, Qt::Thursday}, 2))
        << utc(2026, 12, 1) << utc(2027, 1, 1)
        << QList<UtcInterval> {{utc(2026, 12, 1, 21), utc(2026, 12, 1, 23)},
               {utc(2026, 12, 3, 21), utc(2026, 12, 3, 23)}, {utc(2026, 12, 15, 21), utc(2026, 12, 15, 23)},
               {utc(2026, 12, 17, 21), utc(2026, 12, 17, 23)}, {utc(2026, 12, 29, 21), utc(2026, 12, 29, 23)},
               {utc(2026, 12, 31, 21), utc(2026, 12, 31, 23)}};
    // Summer time from 2027-03-28.
    QTest::addRow("monthly on day 31") << window(QDate(2027, 1, 31), QTime(3, 0), 60, RecurrenceRule::monthlyOnDay(31))
                                       << utc(2027, 1, 1) << utc(2027, 6, 1)
                                       << QList<UtcInterval> {{utc(2027, 1, 31, 2), utc(2027, 1, 31, 3)},
                                              {utc(2027, 2, 28, 2), utc(2027, 2, 28, 3)},
                                              {utc(2027, 3, 31, 1), utc(2027, 3, 31, 2)},
                                              {utc(2027, 4, 30, 1), utc(2027, 4, 30, 2)},
                                              {utc(2027, 5, 31, 1), utc(2027, 5, 31, 2)}};
    QTest::addRow("first Tuesday") << window(
        QDate(2026, 12, 1), QTime(6, 0), 60, RecurrenceRule::monthlyOnWeekday(Week::First, Qt::Tuesday))
                                   << utc(2026, 12, 1) << utc(2027, 4, 1)
                                   << QList<UtcInterval> {{utc(2026, 12, 1, 5), utc(2026, 12, 1, 6)},
                                          {utc(2027, 1, 5, 5), utc(2027, 1, 5, 6)},
                                          {utc(2027, 2, 2, 5), utc(2027, 2, 2, 6)},
                                          {utc(2027, 3, 2, 5), utc(2027, 3, 2, 6)}};
    QTest::addRow("last Friday") << window(
        QDate(2026, 12, 1), QTime(20, 0), 180, RecurrenceRule::monthlyOnWeekday(Week::Last, Qt::Friday))
                                 << utc(2026, 12, 1) << utc(2027, 4, 1)
                                 << QList<UtcInterval> {{utc(2026, 12, 25, 19), utc(2026, 12, 25, 22)},
                                        {utc(2027, 1, 29, 19), utc(2027, 1, 29, 22)},
                                        {utc(2027, 2, 26, 19), utc(2027, 2, 26, 22)},
                                        {utc(2027, 3, 26, 19), utc(2027, 3, 26, 22)}};
    QTest::addRow("until") << window(
        QDate(2026, 6, 1), QTime(3, 0), 30, withUntil(RecurrenceRule::daily(), QDate(2026, 6, 3)))
                           << utc(2026, 5, 1) << utc(2026, 7, 1)
                           << QList<UtcInterval> {{utc(2026, 6, 1, 1), utc(2026, 6, 1, 1, 30)},
                                  {utc(2026, 6, 2, 1), utc(2026, 6, 2, 1, 30)},
                                  {utc(2026, 6, 3, 1), utc(2026, 6, 3, 1, 30)}};
    QTest::addRow("count") << window(
        QDate(2026, 12, 3), QTime(22, 0), 120, withCount(RecurrenceRule::weekly({Qt::Tuesday, Qt::Thursday}), 3))
                           << utc(2026, 11, 1) << utc(2027, 1, 1)
                           << QList<UtcInterval> {{utc(2026, 12, 3, 21), utc(2026, 12, 3, 23)},
                                  {utc(2026, 12, 8, 21), utc(2026, 12, 8, 23)},
                                  {utc(2026, 12, 10, 21), utc(2026, 12, 10, 23)}};
    QTest::addRow("longer than a day, in another zone") << [] {
        MaintenanceWindow w = window(QDate(2026, 7, 1), QTime(12, 0), 36 * 60, RecurrenceRule::weekly({Qt::Wednesday}));
        w.setTimeZone(QTimeZone(QByteArrayLiteral("America/New_York")));
        return w;
    }() << utc(2026, 7, 9) << utc(2026, 7, 10) << QList<UtcInterval> {{utc(2026, 7, 8, 16), utc(2026, 7, 10, 4)}};
}

void TestMaintenanceWindow::occurrences()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QList<UtcInterval>, expected);
    QCOMPARE(window.problem(), QString());
    QCOMPARE(window.occurrences(from, to), expected);
}

void TestMaintenanceWindow::isActiveAt_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("expected");

    QTest::addRow("before the start") << oneOff() << utc(2026, 12, 1, 21).addMSecs(-1) << false;
    QTest::addRow("at the start") << oneOff() << utc(2026, 12, 1, 21) << true;
    QTest::addRow("just before the end") << oneOff() << utc(2026, 12, 1, 23).addMSecs(-1) << true;
    QTest::addRow("at the end") << oneOff() << utc(2026, 12, 1, 23) << false;
    QTest::addRow("gap start, before the jump")
        << window(QDate(2026, 3, 29), QTime(2, 30), 120) << utc(2026, 3, 29, 0, 59) << false;
    QTest::addRow("gap start, at the jump")
        << window(QDate(2026, 3, 29), QTime(2, 30), 120) << utc(2026, 3, 29, 1) << true;
    QTest::addRow("after midnight of a crossing window")
        << window(QDate(2026, 1, 10), QTime(22, 0), 240, RecurrenceRule::daily()) << utc(2026, 1, 11, 0, 30) << true;
    QTest::addRow("local 04:30 on the spring night") << nightly() << utc(2026, 3, 29, 2, 30) << true;
    QTest::addRow("local 05:30 on the spring night") << nightly() << utc(2026, 3, 29, 3, 30) << false;
}

void TestMaintenanceWindow::isActiveAt()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QDateTime, at);
    QFETCH(bool, expected);
    QCOMPARE(window.isActiveAt(at), expected);
}

void TestMaintenanceWindow::nextChangeAfter_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<std::optional<QDateTime>>("expected");

    const auto none = std::optional<QDateTime>();
    QTest::addRow("before a one-off") << oneOff() << utc(2026, 12, 1, 12) << std::optional(utc(2026, 12, 1, 21));
    QTest::addRow("at its start") << oneOff() << utc(2026, 12, 1, 21) << std::optional(utc(2026, 12, 1, 23));
    QTest::addRow("inside") << oneOff() << utc(2026, 12, 1, 22) << std::optional(utc(2026, 12, 1, 23));
    QTest::addRow("at its end") << oneOff() << utc(2026, 12, 1, 23) << none;
    QTest::addRow("years before") << window(QDate(2030, 5, 1), QTime(10, 0), 60) << utc(2026, 1, 1)
                                  << std::optional(utc(2030, 5, 1, 8));
    QTest::addRow("end of the spring night") << nightly() << utc(2026, 3, 29, 3) << std::optional(utc(2026, 3, 29, 23));
    QTest::addRow("a month to the last Friday")
        << window(QDate(2026, 12, 1), QTime(20, 0), 180, RecurrenceRule::monthlyOnWeekday(Week::Last, Qt::Friday))
        << utc(2026, 12, 26) << std::optional(utc(2027, 1, 29, 19));
    QTest::addRow("after the count") << window(
        QDate(2026, 1, 1), QTime(12, 0), 60, withCount(RecurrenceRule::daily(2), 3))
                                     << utc(2026, 1, 5, 12) << none;
    QTest::addRow("touching days, endless")
        << window(QDate(2026, 1, 1), QTime(0, 0), 24 * 60, RecurrenceRule::daily()) << utc(2026, 1, 5, 12) << none;
    QTest::addRow("touching days until a date")
        << window(QDate(2026, 1, 1), QTime(0, 0), 24 * 60, withUntil(RecurrenceRule::daily(), QDate(2026, 1, 10)))
        << utc(2026, 1, 5, 12) << std::optional(utc(2026, 1, 10, 23));
    // The last Sunday in March is always the spring change in the EU.
    QTest::addRow("every occurrence in the gap")
        << window(QDate(2026, 3, 1), QTime(2, 15), 15, RecurrenceRule::monthlyOnWeekday(Week::Last, Qt::Sunday, 12))
        << utc(2026, 1, 1) << none;
}

void TestMaintenanceWindow::nextChangeAfter()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QDateTime, after);
    QFETCH(std::optional<QDateTime>, expected);
    QCOMPARE(window.nextChangeAfter(after), expected);
}

void TestMaintenanceWindow::problems_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QString>("expected");

    const auto changed = [](auto change) {
        MaintenanceWindow w = oneOff();
        change(w);
        return w;
    };
    const auto rule = [&](RecurrenceRule r) {
        return changed([&](MaintenanceWindow &w) { w.setRecurrence(r); });
    };

    QTest::addRow("valid") << oneOff() << QString();
    QTest::addRow("no title") << changed([](MaintenanceWindow &w) { w.setTitle(QStringLiteral("  ")); })
                              << QStringLiteral("title: must not be empty");
    QTest::addRow("no start") << changed([](MaintenanceWindow &w) { w.setStart({}, {}); })
                              << QStringLiteral("start: missing");
    QTest::addRow("seconds") << changed([](MaintenanceWindow &w) { w.setStart(QDate(2026, 1, 1), QTime(1, 0, 30)); })
                             << QStringLiteral("start: must be a whole minute");
    QTest::addRow("unknown zone") << changed([](MaintenanceWindow &w) {
        w.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Nowhere")));
    }) << QStringLiteral("timezone: not a known time zone");
    QTest::addRow("zero duration") << changed([](MaintenanceWindow &w) { w.setDurationMinutes(0); })
                                   << QStringLiteral("duration: must be at least 1 minute");
    QTest::addRow("too long") << changed([](MaintenanceWindow &w) { w.setDurationMinutes(366 * 24 * 60 + 1); })
                              << QStringLiteral("duration: must be at most 527040 minutes (366 days)");
    QTest::addRow("every 0") << rule(RecurrenceRule::daily(0)) << QStringLiteral("every: must be at least 1");
    RecurrenceRule onceEvery2;
    onceEvery2.setEvery(2);
    QTest::addRow("every without repeat") << rule(onceEvery2) << QStringLiteral("every: only for a repeating window");
    QTest::addRow("weekly without weekdays")
        << rule(RecurrenceRule::weekly({})) << QStringLiteral("on: a weekly window needs at least one weekday");
    RecurrenceRule dailyOn = RecurrenceRule::daily();
    dailyOn.setWeekdays({Qt::Monday});
    QTest::addRow("weekdays on a daily window") << rule(dailyOn) << QStringLiteral("on: only for repeat: weekly");
    RecurrenceRule monthly = RecurrenceRule::monthlyOnDay(0);
    QTest::addRow("monthly without a day")
        << rule(monthly) << QStringLiteral("day: a monthly window needs a day of the month, or a weekday and a week");
    RecurrenceRule both = RecurrenceRule::monthlyOnDay(15);
    both.setMonthWeekday(Week::First, Qt::Tuesday);
    QTest::addRow("day and weekday") << rule(both) << QStringLiteral("day: excludes weekday and week");
    QTest::addRow("day 32") << rule(RecurrenceRule::monthlyOnDay(32))
                            << QStringLiteral("day: must be between 1 and 31");
    RecurrenceRule dailyDay = RecurrenceRule::daily();
    dailyDay.setMonthDay(3);
    QTest::addRow("day on a daily window") << rule(dailyDay) << QStringLiteral("day: only for repeat: monthly");
    RecurrenceRule weeklyWeekday = RecurrenceRule::weekly({Qt::Monday});
    weeklyWeekday.setMonthWeekday(Week::Last, Qt::Monday);
    QTest::addRow("month weekday on a weekly window")
        << rule(weeklyWeekday) << QStringLiteral("weekday: only for repeat: monthly");
    QTest::addRow("weekday without a week") << rule(RecurrenceRule::monthlyOnWeekday(Week::None, Qt::Tuesday))
                                            << QStringLiteral("week: must be first, second, third, fourth or last");
    QTest::addRow("week without a weekday")
        << rule(RecurrenceRule::monthlyOnWeekday(Week::Second, Qt::DayOfWeek(0))) << QStringLiteral("weekday: missing");
    QTest::addRow("until without repeat") << rule(withUntil(RecurrenceRule::once(), QDate(2027, 1, 1)))
                                          << QStringLiteral("until: only for a repeating window");
    QTest::addRow("until before the start") << rule(withUntil(RecurrenceRule::daily(), QDate(2026, 11, 30)))
                                            << QStringLiteral("until: is before the start");
    QTest::addRow("count without repeat")
        << rule(withCount(RecurrenceRule::once(), 2)) << QStringLiteral("count: only for a repeating window");
    QTest::addRow("negative count") << rule(withCount(RecurrenceRule::daily(), -1))
                                    << QStringLiteral("count: must be at least 1");
    QTest::addRow("count and until") << rule(withCount(withUntil(RecurrenceRule::daily(), QDate(2027, 1, 1)), 3))
                                     << QStringLiteral("count: excludes until");
}

void TestMaintenanceWindow::problems()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QString, expected);
    QCOMPARE(window.problem(), expected);
    QCOMPARE(window.problems().size(), expected.isEmpty() ? 0 : 1);
}

void TestMaintenanceWindow::windowWithAProblemHasNoOccurrences()
{
    MaintenanceWindow weekly = window(QDate(2026, 1, 1), QTime(1, 0), 60, RecurrenceRule::weekly({}));
    QVERIFY(weekly.occurrences(utc(2026, 1, 1), utc(2027, 1, 1)).isEmpty());
    QVERIFY(!weekly.isActiveAt(utc(2026, 1, 1, 0, 30)));
    QCOMPARE(weekly.nextChangeAfter(utc(2025, 1, 1)), std::optional<QDateTime>());
}

void TestMaintenanceWindow::defaultTimeZoneIsBerlin()
{
    QCOMPARE(MaintenanceWindow().timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
}

void TestMaintenanceWindow::oneYearOfADailyWindow()
{
    const MaintenanceWindow daily = window(QDate(2026, 1, 1), QTime(3, 0), 30, RecurrenceRule::daily());
    const QDateTime from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), daily.timeZone());
    const QDateTime to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), daily.timeZone());
    QElapsedTimer timer;
    timer.start();
    const QList<UtcInterval> year = daily.occurrences(from, to);
    // Generous for a shared machine and sanitizers; walking minutes would take seconds.
    QCOMPARE_LT(timer.elapsed(), 250);
    QCOMPARE(year.size(), 365);
    QCOMPARE(totalSeconds(year), 365 * 30 * 60);
    QCOMPARE(year.first(), (UtcInterval {utc(2026, 1, 1, 2), utc(2026, 1, 1, 2, 30)}));
    QCOMPARE(year.at(179), (UtcInterval {utc(2026, 6, 29, 1), utc(2026, 6, 29, 1, 30)}));
    QCOMPARE(year.last(), (UtcInterval {utc(2026, 12, 31, 2), utc(2026, 12, 31, 2, 30)}));
}

QTEST_GUILESS_MAIN(TestMaintenanceWindow)
#include "tst_maintenancewindow.moc"
