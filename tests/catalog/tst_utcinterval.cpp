#include "catalog/utcinterval.h"

#include <QTest>

using namespace Leitstand;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 2), QTime(hour, minute), QTimeZone::UTC);
}

} // namespace

class TestUtcInterval final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void clip();
};

void TestUtcInterval::normalize_data()
{
    QTest::addColumn<QList<UtcInterval>>("input");
    QTest::addColumn<QList<UtcInterval>>("expected");

    QTest::addRow("empty") << QList<UtcInterval> {} << QList<UtcInterval> {};
    QTest::addRow("drops empty") << QList<UtcInterval> {{at(5), at(5)}, {at(7), at(6)}} << QList<UtcInterval> {};
    QTest::addRow("sorts") << QList<UtcInterval> {{at(8), at(9)}, {at(1), at(2)}}
                           << QList<UtcInterval> {{at(1), at(2)}, {at(8), at(9)}};
    QTest::addRow("merges overlap") << QList<UtcInterval> {{at(1), at(3)}, {at(2), at(4)}}
                                    << QList<UtcInterval> {{at(1), at(4)}};
    QTest::addRow("merges touching") << QList<UtcInterval> {{at(1), at(2)}, {at(2), at(3)}}
                                     << QList<UtcInterval> {{at(1), at(3)}};
    QTest::addRow("contained") << QList<UtcInterval> {{at(1), at(9)}, {at(2), at(3)}}
                               << QList<UtcInterval> {{at(1), at(9)}};
}

void TestUtcInterval::normalize()
{
    QFETCH(QList<UtcInterval>, input);
    QFETCH(QList<UtcInterval>, expected);
    QCOMPARE(normalizedIntervals(input), expected);
}

void TestUtcInterval::clip()
{
    const QList<UtcInterval> intervals {{at(1), at(3)}, {at(5), at(8)}, {at(10), at(11)}};
    const QList<UtcInterval> clipped = clippedIntervals(intervals, at(2), at(6, 30));
    QCOMPARE(clipped, (QList<UtcInterval> {{at(2), at(3)}, {at(5), at(6, 30)}}));
    QCOMPARE(totalSeconds(clipped), 3600 + 5400);
    const UtcInterval hour {at(1), at(2)};
    QVERIFY(hour.contains(at(1)));
    QVERIFY(!hour.contains(at(2)));
    QCOMPARE(hour.seconds(), 3600);
}

QTEST_GUILESS_MAIN(TestUtcInterval)
#include "tst_utcinterval.moc"
