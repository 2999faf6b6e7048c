#include "catalog/maintenancecalendar.h"

#include <QTest>

using namespace Leitstand;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::UTC);
}

MaintenanceWindow window(qint64 serviceId, const QTime &time, int minutes, const RecurrenceRule &rule)
{
    MaintenanceWindow window;
    window.setServiceId(serviceId);
    window.setTitle(QStringLiteral("Wartung"));
    window.setStart(QDate(2026, 12, 1), time);
    window.setDurationMinutes(minutes);
    window.setRecurrence(rule);
    return window;
}

// All times CET (UTC+1), starting on Tuesday 2026-12-01.
// Service 1: Tuesdays 22:00-24:00, and once 23:00-01:00 on top: 21:00Z to 00:00Z that night.
// Service 2: daily 23:30-00:30, 22:30Z to 23:30Z.
// Service 3: a window with a problem, never active. Service 4 has none.
QList<MaintenanceWindow> windows()
{
    return {window(1, QTime(22, 0), 120, RecurrenceRule::weekly({Qt::Tuesday})),
        window(2, QTime(23, 30), 60, RecurrenceRule::daily()), window(1, QTime(23, 0), 120, RecurrenceRule::once()),
        window(3, QTime(1, 0), 60, RecurrenceRule::weekly({}))};
}

MaintenanceCalendar calendar()
{
    MaintenanceCalendar calendar;
    calendar.setWindows(windows());
    return calendar;
}

} // namespace

class TestMaintenanceCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsOf_data();
    void windowsOf();
    void servicesInMaintenanceAt_data();
    void servicesInMaintenanceAt();
    void nextChangeAfter_data();
    void nextChangeAfter();
    void setWindowsReplaces();
};

void TestMaintenanceCalendar::windowsOf_data()
{
    QTest::addColumn<qint64>("serviceId");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QList<UtcInterval>>("expected");

    QTest::addRow("overlapping windows merged")
        << qint64(1) << utc(2026, 12, 1) << utc(2026, 12, 9)
        << QList<UtcInterval> {{utc(2026, 12, 1, 21), utc(2026, 12, 2)}, {utc(2026, 12, 8, 21), utc(2026, 12, 8, 23)}};
    QTest::addRow("daily") << qint64(2) << utc(2026, 12, 1) << utc(2026, 12, 3)
                           << QList<UtcInterval> {{utc(2026, 12, 1, 22, 30), utc(2026, 12, 1, 23, 30)},
                                  {utc(2026, 12, 2, 22, 30), utc(2026, 12, 2, 23, 30)}};
    QTest::addRow("unclipped") << qint64(2) << utc(2026, 12, 1, 23) << utc(2026, 12, 1, 23, 1)
                               << QList<UtcInterval> {{utc(2026, 12, 1, 22, 30), utc(2026, 12, 1, 23, 30)}};
    QTest::addRow("window with a problem") << qint64(3) << utc(2026, 12, 1) << utc(2027, 1, 1) << QList<UtcInterval> {};
    QTest::addRow("no windows") << qint64(4) << utc(2026, 12, 1) << utc(2027, 1, 1) << QList<UtcInterval> {};
}

void TestMaintenanceCalendar::windowsOf()
{
    QFETCH(qint64, serviceId);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QList<UtcInterval>, expected);
    QCOMPARE(calendar().windowsOf(serviceId, from, to), expected);
}

void TestMaintenanceCalendar::servicesInMaintenanceAt_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QSet<qint64>>("expected");

    QTest::addRow("before") << utc(2026, 12, 1, 20, 59) << QSet<qint64> {};
    QTest::addRow("first starts") << utc(2026, 12, 1, 21) << QSet<qint64> {1};
    QTest::addRow("both") << utc(2026, 12, 1, 22, 45) << QSet<qint64> {1, 2};
    QTest::addRow("second ends") << utc(2026, 12, 1, 23, 30) << QSet<qint64> {1};
    QTest::addRow("first's one-off ends") << utc(2026, 12, 2) << QSet<qint64> {};
    QTest::addRow("next evening") << utc(2026, 12, 2, 22, 30) << QSet<qint64> {2};
}

void TestMaintenanceCalendar::servicesInMaintenanceAt()
{
    QFETCH(QDateTime, at);
    QFETCH(QSet<qint64>, expected);
    QCOMPARE(calendar().servicesInMaintenanceAt(at), expected);
}

void TestMaintenanceCalendar::nextChangeAfter_data()
{
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<std::optional<QDateTime>>("expected");

    QTest::addRow("first start") << utc(2026, 12, 1, 12) << std::optional(utc(2026, 12, 1, 21));
    // Service 1's one-off starts inside its weekly window, and the weekly one ends inside the
    // one-off: changes of a window, not of the set.
    QTest::addRow("start inside another window") << utc(2026, 12, 1, 21) << std::optional(utc(2026, 12, 1, 22));
    QTest::addRow("second service starts") << utc(2026, 12, 1, 22) << std::optional(utc(2026, 12, 1, 22, 30));
    QTest::addRow("end inside another window") << utc(2026, 12, 1, 22, 30) << std::optional(utc(2026, 12, 1, 23));
    QTest::addRow("next evening") << utc(2026, 12, 2) << std::optional(utc(2026, 12, 2, 22, 30));
}

void TestMaintenanceCalendar::nextChangeAfter()
{
    QFETCH(QDateTime, after);
    QFETCH(std::optional<QDateTime>, expected);
    QCOMPARE(calendar().nextChangeAfter(after), expected);
}

void TestMaintenanceCalendar::setWindowsReplaces()
{
    MaintenanceCalendar calendar = ::calendar();
    calendar.setWindows({windows().at(1)});
    QCOMPARE(calendar.servicesInMaintenanceAt(utc(2026, 12, 1, 21)), QSet<qint64> {});
    QCOMPARE(calendar.windowsOf(1, utc(2026, 12, 1), utc(2027, 1, 1)), QList<UtcInterval> {});
    calendar.setWindows({});
    QCOMPARE(calendar.nextChangeAfter(utc(2026, 12, 1)), std::optional<QDateTime>());
}

QTEST_GUILESS_MAIN(TestMaintenanceCalendar)
#include "tst_maintenancecalendar.moc"
