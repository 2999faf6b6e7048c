#include "catalog/maintenancewindowformat.h"

#include <QTest>

using namespace Leitstand;
using namespace Qt::StringLiterals;

namespace {

// The example of the issue, in the canonical form toFields() writes.
QVariantMap example()
{
    return {{u"title"_s, u"Datenbank-Update"_s}, {u"start"_s, u"2026-12-01T22:00"_s}, {u"duration"_s, u"120"_s},
        {u"repeat"_s, u"weekly"_s}, {u"on"_s, QStringList {u"Tu"_s, u"Th"_s}}, {u"until"_s, u"2027-06-30"_s},
        {u"timezone"_s, u"Europe/Berlin"_s}};
}

QVariantMap with(QVariantMap fields, const QVariantMap &changes, const QStringList &removed = {})
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        fields.insert(it.key(), it.value());
    for (const QString &key : removed)
        fields.remove(key);
    return fields;
}

} // namespace

class TestMaintenanceWindowFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void example();
    void roundTrip_data();
    void roundTrip();
    void lenientInput_data();
    void lenientInput();
    void problems_data();
    void problems();
};

void TestMaintenanceWindowFormat::example()
{
    const auto window = MaintenanceWindowFormat::fromFields(::example());
    QVERIFY2(window.has_value(), qPrintable(window.error().join(u'\n')));
    QCOMPARE(window->title(), u"Datenbank-Update"_s);
    QCOMPARE(window->startDate(), QDate(2026, 12, 1));
    QCOMPARE(window->startTime(), QTime(22, 0));
    QCOMPARE(window->durationMinutes(), 120);
    QCOMPARE(window->timeZone().id(), "Europe/Berlin");
    QCOMPARE(window->recurrence().frequency(), RecurrenceRule::Frequency::Weekly);
    QCOMPARE(window->recurrence().weekdays(), (QList {Qt::Tuesday, Qt::Thursday}));
    QCOMPARE(window->recurrence().until(), QDate(2027, 6, 30));
    QCOMPARE(window->recurrence().count(), 0);
}

void TestMaintenanceWindowFormat::roundTrip_data()
{
    QTest::addColumn<QVariantMap>("fields");

    QTest::addRow("weekly until") << ::example();
    QTest::addRow("one-off in New York") << QVariantMap {{u"title"_s, u"Umzug"_s}, {u"start"_s, u"2026-03-29T02:30"_s},
        {u"duration"_s, u"30"_s}, {u"timezone"_s, u"America/New_York"_s}};
    QTest::addRow("daily") << with(::example(), {{u"repeat"_s, u"daily"_s}}, {u"on"_s});
    QTest::addRow("monthly on day 15, every 2, count 10") << with(::example(),
        {{u"repeat"_s, u"monthly"_s}, {u"day"_s, u"15"_s}, {u"every"_s, u"2"_s}, {u"count"_s, u"10"_s}},
        {u"on"_s, u"until"_s});
    QTest::addRow("first Tuesday") << with(
        ::example(), {{u"repeat"_s, u"monthly"_s}, {u"weekday"_s, u"Tu"_s}, {u"week"_s, u"first"_s}}, {u"on"_s});
    QTest::addRow("last Friday") << with(
        ::example(), {{u"repeat"_s, u"monthly"_s}, {u"weekday"_s, u"Fr"_s}, {u"week"_s, u"last"_s}}, {u"on"_s});
}

void TestMaintenanceWindowFormat::roundTrip()
{
    QFETCH(QVariantMap, fields);
    const auto window = MaintenanceWindowFormat::fromFields(fields);
    QVERIFY2(window.has_value(), qPrintable(window.error().join(u'\n')));
    QCOMPARE(MaintenanceWindowFormat::toFields(*window), fields);
    QCOMPARE(MaintenanceWindowFormat::fromFields(MaintenanceWindowFormat::toFields(*window)), window);
}

void TestMaintenanceWindowFormat::lenientInput_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QVariantMap>("written");

    QTest::addRow("one weekday as a scalar, lower case")
        << with(::example(), {{u"on"_s, u"th"_s}}) << with(::example(), {{u"on"_s, QStringList {u"Th"_s}}});
    QTest::addRow("weekdays out of order")
        << with(::example(), {{u"on"_s, QStringList {u"Th"_s, u"Tu"_s}}}) << ::example();
    QTest::addRow("repeat none, no timezone") << with(::example(), {{u"repeat"_s, u"none"_s}},
        {u"on"_s, u"until"_s, u"timezone"_s}) << with(::example(), {}, {u"repeat"_s, u"on"_s, u"until"_s});
    QTest::addRow("numbers as numbers") << with(::example(), {{u"duration"_s, 120}}) << ::example();
}

void TestMaintenanceWindowFormat::lenientInput()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QVariantMap, written);
    const auto window = MaintenanceWindowFormat::fromFields(fields);
    QVERIFY2(window.has_value(), qPrintable(window.error().join(u'\n')));
    QCOMPARE(MaintenanceWindowFormat::toFields(*window), written);
}

void TestMaintenanceWindowFormat::problems_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QStringList>("expected");

    const QVariantMap monthly = with(::example(), {{u"repeat"_s, u"monthly"_s}}, {u"on"_s});
    QTest::addRow("unknown key") << with(::example(), {{u"colour"_s, u"red"_s}})
                                 << QStringList {u"colour: unknown key"_s};
    QTest::addRow("missing title, start and duration")
        << with(::example(), {}, {u"title"_s, u"start"_s, u"duration"_s})
        << QStringList {u"title: missing"_s, u"start: missing"_s, u"duration: missing"_s};
    QTest::addRow("empty title") << with(::example(), {{u"title"_s, u" "_s}})
                                 << QStringList {u"title: must not be empty"_s};
    QTest::addRow("title as a list") << with(::example(), {{u"title"_s, QStringList {u"a"_s}}})
                                     << QStringList {u"title: expected a single value"_s};
    QTest::addRow("start with a space") << with(::example(), {{u"start"_s, u"2026-12-01 22:00"_s}})
                                        << QStringList {u"start: expected a local date and time such as "
                                                        "2026-12-01T22:00, not '2026-12-01 22:00'"_s};
    QTest::addRow("start with seconds") << with(::example(), {{u"start"_s, u"2026-12-01T22:00:30"_s}})
                                        << QStringList {u"start: expected a local date and time such as "
                                                        "2026-12-01T22:00, not '2026-12-01T22:00:30'"_s};
    QTest::addRow("duration with a unit") << with(::example(), {{u"duration"_s, u"2h"_s}})
                                          << QStringList {u"duration: expected a whole number such as 120, not '2h'"_s};
    QTest::addRow("zero duration") << with(::example(), {{u"duration"_s, u"0"_s}})
                                   << QStringList {u"duration: must be at least 1 minute"_s};
    QTest::addRow("unknown zone") << with(::example(), {{u"timezone"_s, u"Mars/Base"_s}})
                                  << QStringList {u"timezone: unknown time zone 'Mars/Base'; expected an IANA name "
                                                  "such as Europe/Berlin"_s};
    QTest::addRow("yearly") << with(::example(), {{u"repeat"_s, u"yearly"_s}}, {u"on"_s, u"until"_s})
                            << QStringList {u"repeat: expected none, daily, weekly or monthly, not 'yearly'"_s};
    QTest::addRow("weekly without on") << with(::example(), {}, {u"on"_s})
                                       << QStringList {u"on: a weekly window needs at least one weekday"_s};
    QTest::addRow("on an empty list") << with(::example(), {{u"on"_s, QStringList {}}})
                                      << QStringList {u"on: a weekly window needs at least one weekday"_s};
    QTest::addRow("unknown weekday") << with(::example(), {{u"on"_s, QStringList {u"Tu"_s, u"Xy"_s}}})
                                     << QStringList {
                                            u"on: unknown weekday 'Xy'; expected Mo, Tu, We, Th, Fr, Sa or Su"_s};
    QTest::addRow("weekday twice") << with(::example(), {{u"on"_s, QStringList {u"Tu"_s, u"tu"_s}}})
                                   << QStringList {u"on: tu is listed twice"_s};
    QTest::addRow("on with daily") << with(::example(), {{u"repeat"_s, u"daily"_s}})
                                   << QStringList {u"on: only for repeat: weekly"_s};
    QTest::addRow("monthly without day") << monthly
                                         << QStringList {u"day: a monthly window needs a day of the month, or a "
                                                         "weekday and a week"_s};
    QTest::addRow("day 32") << with(monthly, {{u"day"_s, u"32"_s}}) << QStringList {u"day: must be between 1 and 31"_s};
    QTest::addRow("day and weekday") << with(
        monthly, {{u"day"_s, u"15"_s}, {u"weekday"_s, u"Tu"_s}, {u"week"_s, u"first"_s}})
                                     << QStringList {u"day: excludes weekday and week"_s};
    QTest::addRow("weekday without week") << with(monthly, {{u"weekday"_s, u"Tu"_s}})
                                          << QStringList {u"week: must be first, second, third, fourth or last"_s};
    QTest::addRow("week without weekday")
        << with(monthly, {{u"week"_s, u"last"_s}}) << QStringList {u"weekday: missing"_s};
    QTest::addRow("fifth week") << with(monthly, {{u"weekday"_s, u"Tu"_s}, {u"week"_s, u"fifth"_s}})
                                << QStringList {u"week: expected first, second, third, fourth or last, not 'fifth'"_s};
    QTest::addRow("German date") << with(::example(), {{u"until"_s, u"30.06.2027"_s}})
                                 << QStringList {u"until: expected a date such as 2027-06-30, not '30.06.2027'"_s};
    QTest::addRow("until before start") << with(::example(), {{u"until"_s, u"2026-11-30"_s}})
                                        << QStringList {u"until: is before the start"_s};
    QTest::addRow("count and until") << with(::example(), {{u"count"_s, u"3"_s}})
                                     << QStringList {u"count: excludes until"_s};
    QTest::addRow("count 0") << with(::example(), {{u"count"_s, u"0"_s}}, {u"until"_s})
                             << QStringList {u"count: must be at least 1"_s};
    QTest::addRow("every 0") << with(::example(), {{u"every"_s, u"0"_s}})
                             << QStringList {u"every: must be at least 1"_s};
    QTest::addRow("negative every") << with(::example(), {{u"every"_s, u"-2"_s}})
                                    << QStringList {u"every: expected a whole number such as 2, not '-2'"_s};
    QTest::addRow("until without repeat")
        << with(::example(), {}, {u"repeat"_s, u"on"_s}) << QStringList {u"until: only for a repeating window"_s};
    QTest::addRow("several at once") << with(::example(), {{u"colour"_s, u"red"_s}, {u"duration"_s, u"2h"_s}})
                                     << QStringList {u"colour: unknown key"_s,
                                            u"duration: expected a whole number such as 120, not '2h'"_s};
}

void TestMaintenanceWindowFormat::problems()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QStringList, expected);
    const auto window = MaintenanceWindowFormat::fromFields(fields);
    QVERIFY(!window.has_value());
    QCOMPARE(window.error(), expected);
}

QTEST_GUILESS_MAIN(TestMaintenanceWindowFormat)
#include "tst_maintenancewindowformat.moc"
