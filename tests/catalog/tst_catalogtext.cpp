// The catalog in words: service hours with their zone and holidays, maintenance windows by kind
// of recurrence, their next occurrence, targets and durations. Without a translator, in British
// English, so that days, dates and times have one known spelling.

#include "catalog/catalogtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

using Week = RecurrenceRule::WeekOfMonth;

ServiceHours hours(const QString &text, std::optional<FederalState> holidays = {})
{
    auto parsed = ServiceHours::parse(text, ServiceHours::defaultTimeZone(), holidays);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    return *parsed;
}

MaintenanceWindow window(
    const QDate &date, const QTime &time, int minutes, const RecurrenceRule &rule = RecurrenceRule::once())
{
    MaintenanceWindow window;
    window.setTitle(u"Datenbank-Update"_s);
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

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::UTC);
}

} // namespace

class TestCatalogText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void serviceHours_data()
    {
        QTest::addColumn<ServiceHours>("hours");
        QTest::addColumn<QLocale::FormatType>("dayFormat");
        QTest::addColumn<QString>("text");
        QTest::addRow("always") << ServiceHours() << QLocale::LongFormat << u"around the clock"_s;
        QTest::addRow("always but holidays") << hours(u"24/7"_s, FederalState::Bayern) << QLocale::LongFormat
                                             << u"around the clock, closed on public holidays in Bavaria"_s;
        QTest::addRow("office hours")
            << hours(u"Mo-Fr 07:00-19:00; Sa 08:00-12:00"_s, FederalState::Berlin) << QLocale::LongFormat
            << u"Monday to Friday 07:00–19:00; Saturday 08:00–12:00 (Europe/Berlin), closed on public holidays "
               "in Berlin"_s;
        QTest::addRow("short day names") << hours(u"Mo-Fr 07:00-19:00; Sa 08:00-12:00"_s) << QLocale::ShortFormat
                                         << u"Mon to Fri 07:00–19:00; Sat 08:00–12:00 (Europe/Berlin)"_s;
        // Two days are listed, not a range; days apart with the same times share a rule.
        QTest::addRow("lists and split days")
            << hours(u"Mo,Mi,Fr 08:00-12:00,13:00-16:00; Sa,So 10:00-24:00"_s) << QLocale::LongFormat
            << u"Monday, Wednesday and Friday 08:00–12:00 and 13:00–16:00; Saturday and Sunday 10:00–00:00 "
               "(Europe/Berlin)"_s;
        QTest::addRow("overnight") << hours(u"Fr 22:00-06:00"_s) << QLocale::LongFormat
                                   << u"Friday 22:00–06:00 (Europe/Berlin)"_s;
    }

    void serviceHours()
    {
        QFETCH(ServiceHours, hours);
        QFETCH(QLocale::FormatType, dayFormat);
        QFETCH(QString, text);
        QCOMPARE(CatalogText::serviceHours(hours, dayFormat), text);
    }

    void maintenanceWindow_data()
    {
        QTest::addColumn<MaintenanceWindow>("window");
        QTest::addColumn<QString>("text");
        const QDate tuesday(2026, 12, 1);
        QTest::addRow("once") << window(tuesday, QTime(22, 0), 240)
                              << u"once on Tuesday, 1 December 2026, 22:00–02:00 (Europe/Berlin)"_s;
        QTest::addRow("daily") << window(tuesday, QTime(1, 0), 60, RecurrenceRule::daily())
                               << u"daily, 01:00–02:00 (Europe/Berlin)"_s;
        QTest::addRow("weekly to midnight") << window(tuesday, QTime(22, 0), 120, RecurrenceRule::weekly({Qt::Tuesday}))
                                            << u"weekly on Tuesday, 22:00–00:00 (Europe/Berlin)"_s;
        QTest::addRow("weekly on two days until")
            << window(tuesday, QTime(22, 0), 30,
                   withUntil(RecurrenceRule::weekly({Qt::Thursday, Qt::Tuesday}), QDate(2027, 6, 30)))
            << u"weekly on Tuesday and Thursday, 22:00–22:30 (Europe/Berlin), until Wednesday, 30 June 2027"_s;
        QTest::addRow("monthly on a day") << window(tuesday, QTime(6, 0), 90, RecurrenceRule::monthlyOnDay(15))
                                          << u"monthly on day 15, 06:00–07:30 (Europe/Berlin)"_s;
        QTest::addRow("monthly at the end")
            << window(tuesday, QTime(6, 0), 90, RecurrenceRule::monthlyOnDay(31))
            << u"monthly on day 31 or the last day of shorter months, 06:00–07:30 (Europe/Berlin)"_s;
        QTest::addRow("first saturday, longer than a day")
            << window(QDate(2026, 12, 5), QTime(6, 0), 26 * 60,
                   RecurrenceRule::monthlyOnWeekday(Week::First, Qt::Saturday))
            << u"monthly on the first Saturday, 06:00 for 1 day(s), 2 hour(s) (Europe/Berlin)"_s;
        QTest::addRow("last friday") << window(
            QDate(2026, 12, 25), QTime(20, 0), 60, RecurrenceRule::monthlyOnWeekday(Week::Last, Qt::Friday))
                                     << u"monthly on the last Friday, 20:00–21:00 (Europe/Berlin)"_s;
        QTest::addRow("other zone") << [] {
            MaintenanceWindow w = window(QDate(2026, 12, 1), QTime(3, 0), 60, RecurrenceRule::daily());
            w.setTimeZone(QTimeZone("America/New_York"));
            return w;
        }() << u"daily, 03:00–04:00 (America/New_York)"_s;
        QTest::addRow("broken") << window(tuesday, QTime(22, 0), 0)
                                << u"not usable: "_s + window(tuesday, QTime(22, 0), 0).problem();
    }

    void maintenanceWindow()
    {
        QFETCH(MaintenanceWindow, window);
        QFETCH(QString, text);
        QCOMPARE(CatalogText::maintenanceWindow(window), text);
    }

    // Plural forms come from the catalogue; without one, the source says "(s)", so these compare
    // with what tr() gives rather than with a spelling.
    void everyNth()
    {
        const QString weeks = CatalogText::maintenanceWindow(
            window(QDate(2026, 12, 5), QTime(22, 0), 60, RecurrenceRule::weekly({Qt::Saturday}, 2)));
        QCOMPARE(weeks,
            CatalogText::tr("every %n week(s) on %1", nullptr, 2).arg(u"Saturday"_s)
                + u", 22:00–23:00 (Europe/Berlin)"_s);
        QVERIFY(weeks.startsWith(u"every 2 "_s));
        const QString counted = CatalogText::maintenanceWindow(
            window(QDate(2026, 12, 1), QTime(1, 0), 60, withCount(RecurrenceRule::daily(3), 4)));
        QVERIFY2(counted.startsWith(u"every 3 "_s), qPrintable(counted));
        QVERIFY2(counted.contains(u", 4 "_s), qPrintable(counted));
    }

    void nextMaintenance()
    {
        // Tuesdays 22:00-00:00 Berlin, which is 21:00-23:00 UTC in winter.
        const MaintenanceWindow weekly
            = window(QDate(2026, 12, 1), QTime(22, 0), 120, RecurrenceRule::weekly({Qt::Tuesday}));
        QCOMPARE(CatalogText::nextMaintenance(weekly, utc(2026, 12, 2, 12)),
            u"next on "_s + CatalogText::dateTime(utc(2026, 12, 8, 21).toLocalTime()));
        QCOMPARE(CatalogText::nextMaintenance(weekly, utc(2026, 12, 8, 22)),
            u"under way until "_s + CatalogText::dateTime(utc(2026, 12, 8, 23).toLocalTime()));
        const MaintenanceWindow once = window(QDate(2026, 12, 1), QTime(22, 0), 120);
        QCOMPARE(CatalogText::nextMaintenance(once, utc(2027, 1, 1, 0)), u"no further occurrences"_s);
        QCOMPARE(
            CatalogText::dateTime(QDateTime(QDate(2026, 12, 8), QTime(22, 0))), u"Tuesday, 8 December 2026 at 22:00"_s);
    }

    void availabilityTarget_data()
    {
        QTest::addColumn<std::optional<double>>("percent");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::addRow("none") << std::optional<double>() << english << QString();
        QTest::addRow("whole") << std::optional(99.0) << english << u"99 %"_s;
        QTest::addRow("decimal") << std::optional(99.5) << english << u"99.5 %"_s;
        QTest::addRow("german decimal comma") << std::optional(99.95) << german << u"99,95 %"_s;
    }

    void availabilityTarget()
    {
        QFETCH(std::optional<double>, percent);
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QLocale::setDefault(locale);
        const QString made = CatalogText::availabilityTarget(percent);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(made, text);
    }

    // Day names, dates and times follow the locale even where no translator is loaded.
    void germanLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString text = CatalogText::maintenanceWindow(
            window(QDate(2026, 12, 1), QTime(22, 0), 120, RecurrenceRule::weekly({Qt::Tuesday})));
        const QString week = CatalogText::weeklyHours(hours(u"Mo-Fr 07:00-19:00"_s).week());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(text, u"weekly on Dienstag, 22:00–00:00 (Europe/Berlin)"_s);
        QCOMPARE(week, u"Montag to Freitag 07:00–19:00"_s);
    }

    void channelKinds()
    {
        QCOMPARE(CatalogText::channelKind(TeamChannel::Kind::None), u"no channel"_s);
        QCOMPARE(CatalogText::channelKind(TeamChannel::Kind::Webhook), u"webhook"_s);
        QCOMPARE(CatalogText::channelKind(TeamChannel::Kind::Matrix), u"Matrix room"_s);
    }

    void duration()
    {
        QCOMPARE(CatalogText::duration(0), CatalogText::tr("%n minute(s)", nullptr, 0));
        QCOMPARE(CatalogText::duration(90),
            CatalogText::tr("%n hour(s)", nullptr, 1) + u", "_s + CatalogText::tr("%n minute(s)", nullptr, 30));
        QCOMPARE(CatalogText::duration((2 * 24 * 60) + 5),
            CatalogText::tr("%n day(s)", nullptr, 2) + u", "_s + CatalogText::tr("%n minute(s)", nullptr, 5));
    }
};

QTEST_GUILESS_MAIN(TestCatalogText)
#include "tst_catalogtext.moc"
