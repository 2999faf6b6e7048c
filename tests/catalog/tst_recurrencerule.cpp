#include "catalog/recurrencerule.h"

#include <QTest>

using namespace Leitstand;

namespace {

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

RecurrenceRule withCount(RecurrenceRule rule, int count)
{
    rule.setCount(count);
    return rule;
}

RecurrenceRule withUntil(RecurrenceRule rule, const QDate &until)
{
    rule.setUntil(until);
    return rule;
}

} // namespace

class TestRecurrenceRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void days_data();
    void days();
    void lastDay_data();
    void lastDay();
    void weekdaysAreASet();
};

void TestRecurrenceRule::days_data()
{
    QTest::addColumn<RecurrenceRule>("rule");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QList<QDate>>("expected");

    using Week = RecurrenceRule::WeekOfMonth;
    QTest::addRow("once") << RecurrenceRule::once() << d(2026, 12, 1) << d(2026, 1, 1) << d(2027, 1, 1)
                          << QList {d(2026, 12, 1)};
    QTest::addRow("once before range") << RecurrenceRule::once() << d(2026, 12, 1) << d(2026, 12, 2) << d(2027, 1, 1)
                                       << QList<QDate> {};
    QTest::addRow("every 3 days, range far after the start")
        << RecurrenceRule::daily(3) << d(2026, 1, 1) << d(2027, 1, 1) << d(2027, 1, 10)
        << QList {d(2027, 1, 2), d(2027, 1, 5), d(2027, 1, 8)};
    // 2026-11-04 is a Wednesday: the Monday of its week does not count.
    QTest::addRow("weekly Mo We Fr from a Wednesday")
        << RecurrenceRule::weekly({Qt::Monday, Qt::Wednesday, Qt::Friday}) << d(2026, 11, 4) << d(2026, 11, 1)
        << d(2026, 11, 13) << QList {d(2026, 11, 4), d(2026, 11, 6), d(2026, 11, 9), d(2026, 11, 11), d(2026, 11, 13)};
    QTest::addRow("every 2 weeks, range in a skipped week")
        << RecurrenceRule::weekly({Qt::Tuesday}, 2) << d(2026, 12, 1) << d(2026, 12, 7) << d(2026, 12, 13)
        << QList<QDate> {};
    QTest::addRow("monthly day 31 falls on the last day")
        << RecurrenceRule::monthlyOnDay(31) << d(2027, 1, 31) << d(2027, 1, 1) << d(2028, 3, 1)
        << QList {d(2027, 1, 31), d(2027, 2, 28), d(2027, 3, 31), d(2027, 4, 30), d(2027, 5, 31), d(2027, 6, 30),
               d(2027, 7, 31), d(2027, 8, 31), d(2027, 9, 30), d(2027, 10, 31), d(2027, 11, 30), d(2027, 12, 31),
               d(2028, 1, 31), d(2028, 2, 29)};
    QTest::addRow("monthly day 15 every 2 from the 20th")
        << RecurrenceRule::monthlyOnDay(15, 2) << d(2026, 1, 20) << d(2026, 1, 1) << d(2026, 8, 1)
        << QList {d(2026, 3, 15), d(2026, 5, 15), d(2026, 7, 15)};
    QTest::addRow("fourth Thursday") << RecurrenceRule::monthlyOnWeekday(Week::Fourth, Qt::Thursday) << d(2026, 11, 1)
                                     << d(2026, 11, 1) << d(2027, 1, 31)
                                     << QList {d(2026, 11, 26), d(2026, 12, 24), d(2027, 1, 28)};
    QTest::addRow("until is inclusive") << withUntil(RecurrenceRule::daily(), d(2026, 6, 3)) << d(2026, 6, 1)
                                        << d(2026, 5, 1) << d(2026, 7, 1)
                                        << QList {d(2026, 6, 1), d(2026, 6, 2), d(2026, 6, 3)};
    QTest::addRow("count from mid-week") << withCount(RecurrenceRule::weekly({Qt::Tuesday, Qt::Thursday}), 3)
                                         << d(2026, 12, 3) << d(2026, 11, 1) << d(2027, 1, 1)
                                         << QList {d(2026, 12, 3), d(2026, 12, 8), d(2026, 12, 10)};
    QTest::addRow("count, range after the last")
        << withCount(RecurrenceRule::daily(2), 3) << d(2026, 1, 1) << d(2026, 1, 6) << d(2026, 2, 1) << QList<QDate> {};
    QTest::addRow("rule with a problem") << RecurrenceRule::weekly({}) << d(2026, 1, 1) << d(2026, 1, 1)
                                         << d(2026, 2, 1) << QList<QDate> {};
}

void TestRecurrenceRule::days()
{
    QFETCH(RecurrenceRule, rule);
    QFETCH(QDate, firstDay);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(rule.days(firstDay, from, to), expected);
}

void TestRecurrenceRule::lastDay_data()
{
    QTest::addColumn<RecurrenceRule>("rule");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<std::optional<QDate>>("expected");

    QTest::addRow("endless") << RecurrenceRule::daily() << d(2026, 1, 1) << std::optional<QDate>();
    QTest::addRow("once") << RecurrenceRule::once() << d(2026, 1, 1) << std::optional(d(2026, 1, 1));
    QTest::addRow("until") << withUntil(RecurrenceRule::daily(), d(2026, 2, 1)) << d(2026, 1, 1)
                           << std::optional(d(2026, 2, 1));
    // Sunday start: the first week holds no Tuesday or Thursday; 1000 = 500 weeks.
    QTest::addRow("count 1000 weekly") << withCount(RecurrenceRule::weekly({Qt::Tuesday, Qt::Thursday}), 1000)
                                       << d(2026, 11, 1) << std::optional(d(2026, 11, 1).addDays(7 * 499 + 4));
    QTest::addRow("count within the first week") << withCount(RecurrenceRule::weekly({Qt::Monday, Qt::Friday}), 1)
                                                 << d(2026, 11, 4) << std::optional(d(2026, 11, 6));
    QTest::addRow("count monthly on the last Friday")
        << withCount(RecurrenceRule::monthlyOnWeekday(RecurrenceRule::WeekOfMonth::Last, Qt::Friday), 4)
        << d(2026, 12, 1) << std::optional(d(2027, 3, 26));
}

void TestRecurrenceRule::lastDay()
{
    QFETCH(RecurrenceRule, rule);
    QFETCH(QDate, firstDay);
    QFETCH(std::optional<QDate>, expected);
    QCOMPARE(rule.lastDay(firstDay), expected);
}

void TestRecurrenceRule::weekdaysAreASet()
{
    const RecurrenceRule rule = RecurrenceRule::weekly({Qt::Friday, Qt::Monday, Qt::Friday});
    QCOMPARE(rule.weekdays(), (QList {Qt::Monday, Qt::Friday}));
}

QTEST_GUILESS_MAIN(TestRecurrenceRule)
#include "tst_recurrencerule.moc"
