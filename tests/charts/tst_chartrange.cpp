#include "charts/chartrange.h"

#include <QTest>
#include <QTimeZone>

using namespace Leitstand;

Q_DECLARE_METATYPE(Leitstand::ChartRangePreset)

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
// 2024-05-01T00:00:00Z
constexpr qint64 nowMs = 1714521600000;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

ChartRange range(qint64 fromMs, qint64 toMs)
{
    return ChartRange::custom(at(fromMs), at(toMs), at(nowMs));
}

} // namespace

class TestChartRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data();
    void presets();
    void custom_data();
    void custom();
    void zoom_data();
    void zoom();
    void pan_data();
    void pan();
    void refreshed();
};

void TestChartRange::presets_data()
{
    QTest::addColumn<ChartRangePreset>("preset");
    QTest::addColumn<qint64>("span");
    QTest::newRow("1 h") << ChartRangePreset::LastHour << hour;
    QTest::newRow("24 h") << ChartRangePreset::LastDay << day;
    QTest::newRow("7 d") << ChartRangePreset::LastWeek << 7 * day;
    QTest::newRow("30 d") << ChartRangePreset::Last30Days << 30 * day;
    QTest::newRow("90 d") << ChartRangePreset::Last90Days << 90 * day;
}

void TestChartRange::presets()
{
    QFETCH(ChartRangePreset, preset);
    QFETCH(qint64, span);
    const ChartRange range = ChartRange::preset(preset, at(nowMs));
    QVERIFY(range.isValid());
    QCOMPARE(range.presetKind(), preset);
    QCOMPARE(range.toMs(), nowMs);
    QCOMPARE(range.spanMs(), span);
    QCOMPARE(range.from(), at(nowMs - span));
    QCOMPARE(range.to().timeSpec(), Qt::UTC);
    QCOMPARE(ChartRange::presetSpanMs(preset), span);
}

void TestChartRange::custom_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expectedFrom");
    QTest::addColumn<qint64>("expectedTo");
    QTest::newRow("as asked") << nowMs - 3 * day << nowMs - day << nowMs - 3 * day << nowMs - day;
    QTest::newRow("reversed") << nowMs - day << nowMs - 3 * day << nowMs - 3 * day << nowMs - day;
    QTest::newRow("too short: longer at the end")
        << nowMs - day << nowMs - day + 1000 << nowMs - day << nowMs - day + minute;
    QTest::newRow("empty") << nowMs - day << nowMs - day << nowMs - day << nowMs - day + minute;
    QTest::newRow("too short at now: slides back") << nowMs - 1000 << nowMs << nowMs - minute << nowMs;
    QTest::newRow("too long: shorter at the start")
        << nowMs - 500 * day << nowMs - day << nowMs - day - ChartRange::maximumSpanMs << nowMs - day;
    QTest::newRow("in the future: slides back") << nowMs + hour << nowMs + 3 * hour << nowMs - 2 * hour << nowMs;
    QTest::newRow("across now: slides back") << nowMs - hour << nowMs + hour << nowMs - 2 * hour << nowMs;
}

void TestChartRange::custom()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expectedFrom);
    QFETCH(qint64, expectedTo);
    const ChartRange r = range(from, to);
    QCOMPARE(r.presetKind(), ChartRangePreset::Custom);
    QCOMPARE(r.fromMs(), expectedFrom);
    QCOMPARE(r.toMs(), expectedTo);
}

void TestChartRange::zoom_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("anchor");
    QTest::addColumn<qint64>("expectedFrom");
    QTest::addColumn<qint64>("expectedTo");
    const qint64 from = nowMs - 10 * day;
    const qint64 to = nowMs - 6 * day; // four days
    QTest::newRow("in at the centre") << from << to << 0.5 << from + 2 * day << from + day << from + 3 * day;
    QTest::newRow("in at the start") << from << to << 0.25 << from << from << from + day;
    QTest::newRow("in at a quarter: the anchor stays a quarter in")
        << from << to << 0.5 << from + day << from + day / 2 << from + day / 2 + 2 * day;
    QTest::newRow("anchor outside: the nearest end") << from << to << 0.5 << nowMs << to - 2 * day << to;
    QTest::newRow("out at the centre") << from << to << 2.0 << from + 2 * day << from - 2 * day << to + 2 * day;
    QTest::newRow("out beyond now: slides back") << from << to << 4.0 << from << nowMs - 16 * day << nowMs;
    QTest::newRow("in below a minute") << from << from + 2 * minute << 0.01 << from + minute << from + minute / 2
                                       << from + minute / 2 + minute;
    QTest::newRow("out beyond the maximum")
        << nowMs - 300 * day << nowMs << 10.0 << nowMs << nowMs - ChartRange::maximumSpanMs << nowMs;
    QTest::newRow("no factor") << from << to << 0.0 << from << from << to;
    QTest::newRow("factor 1") << from << to << 1.0 << from + hour << from << to;
}

void TestChartRange::zoom()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(double, factor);
    QFETCH(qint64, anchor);
    QFETCH(qint64, expectedFrom);
    QFETCH(qint64, expectedTo);
    const ChartRange zoomed = range(from, to).zoomed(factor, at(anchor), at(nowMs));
    QCOMPARE(zoomed.fromMs(), expectedFrom);
    QCOMPARE(zoomed.toMs(), expectedTo);
    QVERIFY(zoomed.spanMs() >= ChartRange::minimumSpanMs);
    QVERIFY(zoomed.spanMs() <= ChartRange::maximumSpanMs);
}

void TestChartRange::pan_data()
{
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<qint64>("expectedFrom");
    QTest::addColumn<qint64>("expectedTo");
    const qint64 from = nowMs - 3 * day;
    QTest::newRow("into the past") << -day << from - day << from;
    QTest::newRow("forward") << day << from + day << from + 2 * day;
    QTest::newRow("up to now") << 2 * day << nowMs - day << nowMs;
    QTest::newRow("beyond now: stops at now") << 5 * day << nowMs - day << nowMs;
    QTest::newRow("none") << qint64(0) << from << from + day;
}

void TestChartRange::pan()
{
    QFETCH(qint64, delta);
    QFETCH(qint64, expectedFrom);
    QFETCH(qint64, expectedTo);
    const ChartRange panned = range(nowMs - 3 * day, nowMs - 2 * day).panned(delta, at(nowMs));
    QCOMPARE(panned.fromMs(), expectedFrom);
    QCOMPARE(panned.toMs(), expectedTo);
    QCOMPARE(panned.presetKind(), ChartRangePreset::Custom);
}

void TestChartRange::refreshed()
{
    const ChartRange day1 = ChartRange::preset(ChartRangePreset::LastDay, at(nowMs));
    const ChartRange later = day1.refreshed(at(nowMs + hour));
    QCOMPARE(later.presetKind(), ChartRangePreset::LastDay);
    QCOMPARE(later.toMs(), nowMs + hour);
    QCOMPARE(later.spanMs(), day);

    const ChartRange custom = range(nowMs - 2 * day, nowMs - day);
    QCOMPARE(custom.refreshed(at(nowMs + hour)), custom);
    // Zooming a preset makes it custom: the range no longer follows now.
    QCOMPARE(day1.zoomed(0.5, at(nowMs), at(nowMs)).presetKind(), ChartRangePreset::Custom);
    QVERIFY(!ChartRange().isValid());
}

QTEST_GUILESS_MAIN(TestChartRange)
#include "tst_chartrange.moc"
