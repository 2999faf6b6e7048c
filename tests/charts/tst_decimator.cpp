#include "charts/decimator.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Leitstand;

namespace {

// 2024-05-01T00:00:00Z
constexpr qint64 t0Ms = 1714521600000;
constexpr qint64 stepMs = 10'000;

ChartPoint answered(qint64 timeMs, int latencyMs)
{
    ChartPoint point;
    point.time = QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::UTC);
    point.count = 1;
    point.upCount = 1;
    point.minLatencyMs = point.maxLatencyMs = point.p95LatencyMs = latencyMs;
    point.meanLatencyMs = latencyMs;
    point.state = EndpointState::Up;
    return point;
}

ChartPoint down(qint64 timeMs)
{
    ChartPoint point = answered(timeMs, 3000);
    point.upCount = 0;
    point.state = EndpointState::Down;
    return point;
}

// Raw samples every ten seconds from t0, all at 100 ms.
QList<ChartPoint> flat(qsizetype count)
{
    QList<ChartPoint> points;
    points.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        points.append(answered(t0Ms + i * stepMs, 100));
    return points;
}

DecimationOptions options(qint64 fromMs, qint64 toMs, int width, qint64 maxGapMs = 2 * stepMs)
{
    return {.fromMs = fromMs, .toMs = toMs, .width = width, .maxGapMs = maxGapMs, .bucketMs = 0};
}

// Every column lies inside the range, in order, and no two share a pixel.
bool wellFormed(const LatencyBand &band)
{
    for (qsizetype i = 0; i < band.columns.size(); ++i) {
        const LatencyColumn &column = band.columns.at(i);
        if (column.startMs < band.fromMs || column.endMs > band.toMs || column.startMs >= column.endMs)
            return false;
        if (column.minMs > column.maxMs || column.count <= 0)
            return false;
        if (i > 0 && band.columns.at(i - 1).endMs > column.startMs)
            return false;
    }
    return band.columns.size() <= band.width;
}

} // namespace

class TestDecimator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spikeSurvives_data();
    void spikeSurvives();
    void size_data();
    void size();
    void gaps_data();
    void gaps();
    void narrowerRange_data();
    void narrowerRange();
    void empty_data();
    void empty();
    void rollups();
    void columnOf();
};

void TestDecimator::spikeSurvives_data()
{
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<qsizetype>("spikeAt");
    QTest::addColumn<int>("width");
    QTest::newRow("100k, middle, 1600 px") << qsizetype(100'000) << qsizetype(54'321) << 1600;
    QTest::newRow("100k, first, 1600 px") << qsizetype(100'000) << qsizetype(0) << 1600;
    QTest::newRow("100k, last, 1600 px") << qsizetype(100'000) << qsizetype(99'999) << 1600;
    QTest::newRow("100k, middle, 37 px") << qsizetype(100'000) << qsizetype(77'777) << 37;
    QTest::newRow("100k, middle, 1 px") << qsizetype(100'000) << qsizetype(50'000) << 1;
}

void TestDecimator::spikeSurvives()
{
    QFETCH(qsizetype, count);
    QFETCH(qsizetype, spikeAt);
    QFETCH(int, width);
    QList<ChartPoint> points = flat(count);
    points[spikeAt] = answered(t0Ms + spikeAt * stepMs, 5000);
    const qint64 spikeMs = t0Ms + spikeAt * stepMs;

    const LatencyBand band = Decimator::latencyBand(points, options(t0Ms, t0Ms + count * stepMs, width));
    QVERIFY(wellFormed(band));
    QCOMPARE(band.columns.size(), width);
    int spikes = 0;
    qint64 total = 0;
    for (const LatencyColumn &column : band.columns) {
        QCOMPARE(column.minMs, 100);
        total += column.count;
        if (spikeMs >= column.startMs && spikeMs < column.endMs) {
            ++spikes;
            QCOMPARE(column.maxMs, 5000);
            QCOMPARE(column.p95Ms, 5000);
            // The mean line moves a little; the band shows the spike.
            QVERIFY(column.meanMs > 100 && column.meanMs < 5000);
        } else {
            QCOMPARE(column.maxMs, 100);
            QCOMPARE(column.meanMs, 100.0);
        }
        // One unbroken line: the samples are ten seconds apart and the gap allowed is twenty.
        QCOMPARE(column.startsSegment, &column == &band.columns.first());
    }
    QCOMPARE(spikes, 1);
    QCOMPARE(total, count);
}

void TestDecimator::size_data()
{
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<int>("width");
    QTest::addColumn<qsizetype>("columns");
    QTest::newRow("more points than pixels") << qsizetype(10'000) << 800 << qsizetype(800);
    QTest::newRow("as many") << qsizetype(800) << 800 << qsizetype(800);
    QTest::newRow("fewer points than pixels: one column each") << qsizetype(360) << 1600 << qsizetype(360);
    QTest::newRow("uneven") << qsizetype(1001) << 7 << qsizetype(7);
    QTest::newRow("one point") << qsizetype(1) << 1600 << qsizetype(1);
}

void TestDecimator::size()
{
    QFETCH(qsizetype, count);
    QFETCH(int, width);
    QFETCH(qsizetype, columns);
    const QList<ChartPoint> points = flat(count);
    const LatencyBand band = Decimator::latencyBand(points, options(t0Ms, t0Ms + count * stepMs, width));
    QVERIFY(wellFormed(band));
    QCOMPARE(band.columns.size(), columns);
    // A min/max line of the band has two points a column.
    QVERIFY(2 * band.columns.size() <= 2 * qsizetype(width));
    QCOMPARE(band.columns.first().startMs, t0Ms);
    const qint64 lastMs = t0Ms + (count - 1) * stepMs;
    QVERIFY(band.columns.last().startMs <= lastMs && lastMs < band.columns.last().endMs);
}

void TestDecimator::gaps_data()
{
    // 1000 samples ten seconds apart over 1000 px (one a column); some are missing or down.
    QTest::addColumn<QList<qsizetype>>("missing");
    QTest::addColumn<QList<qsizetype>>("downAt");
    QTest::addColumn<QList<qsizetype>>("segmentStarts"); // sample indices
    QTest::newRow("none") << QList<qsizetype> {} << QList<qsizetype> {} << QList<qsizetype> {0};
    QTest::newRow("one missing sample: within the hold")
        << QList<qsizetype> {500} << QList<qsizetype> {} << QList<qsizetype> {0};
    QTest::newRow("silence") << QList<qsizetype> {500, 501, 502, 503} << QList<qsizetype> {}
                             << QList<qsizetype> {0, 504};
    QTest::newRow("outage") << QList<qsizetype> {} << QList<qsizetype> {300, 301} << QList<qsizetype> {0, 302};
    QTest::newRow("single down sample") << QList<qsizetype> {} << QList<qsizetype> {700} << QList<qsizetype> {0, 701};
    QTest::newRow("starts with an outage")
        << QList<qsizetype> {0, 1, 2} << QList<qsizetype> {3} << QList<qsizetype> {4};
    QTest::newRow("both") << QList<qsizetype> {100, 101, 102} << QList<qsizetype> {900}
                          << QList<qsizetype> {0, 103, 901};
}

void TestDecimator::gaps()
{
    QFETCH(QList<qsizetype>, missing);
    QFETCH(QList<qsizetype>, downAt);
    QFETCH(QList<qsizetype>, segmentStarts);
    constexpr qsizetype count = 1000;
    QList<ChartPoint> points;
    for (qsizetype i = 0; i < count; ++i) {
        if (missing.contains(i))
            continue;
        points.append(downAt.contains(i) ? down(t0Ms + i * stepMs) : answered(t0Ms + i * stepMs, 100));
    }
    const LatencyBand band = Decimator::latencyBand(points, options(t0Ms, t0Ms + count * stepMs, int(count)));
    QVERIFY(wellFormed(band));
    // No column for the missing or down samples: nothing is drawn there, not even interpolated.
    QCOMPARE(band.columns.size(), count - missing.size() - downAt.size());
    QList<qsizetype> starts;
    for (const LatencyColumn &column : band.columns) {
        const qsizetype index = (column.startMs - t0Ms) / stepMs;
        QVERIFY(!missing.contains(index));
        QVERIFY(!downAt.contains(index));
        if (column.startsSegment)
            starts.append(index);
    }
    QCOMPARE(starts, segmentStarts);
}

void TestDecimator::narrowerRange_data()
{
    QTest::addColumn<qsizetype>("first"); // sample indices of [from, to)
    QTest::addColumn<qsizetype>("last");
    QTest::addColumn<int>("width");
    QTest::newRow("middle") << qsizetype(2000) << qsizetype(3000) << 100;
    QTest::newRow("start") << qsizetype(0) << qsizetype(10) << 100;
    QTest::newRow("end") << qsizetype(9000) << qsizetype(10'000) << 1600;
    QTest::newRow("beyond the data") << qsizetype(9990) << qsizetype(12'000) << 200;
    QTest::newRow("before the data") << qsizetype(-500) << qsizetype(-100) << 200;
}

void TestDecimator::narrowerRange()
{
    QFETCH(qsizetype, first);
    QFETCH(qsizetype, last);
    QFETCH(int, width);
    constexpr qsizetype count = 10'000;
    QList<ChartPoint> points = flat(count);
    // Spikes just outside the range must not leak into it.
    if (first > 0 && first <= count)
        points[first - 1] = answered(t0Ms + (first - 1) * stepMs, 9000);
    if (last >= 0 && last < count)
        points[last] = answered(t0Ms + last * stepMs, 9000);

    const LatencyBand band
        = Decimator::latencyBand(points, options(t0Ms + first * stepMs, t0Ms + last * stepMs, width));
    QVERIFY(wellFormed(band));
    qint64 total = 0;
    for (const LatencyColumn &column : band.columns) {
        QCOMPARE(column.maxMs, 100);
        total += column.count;
    }
    QCOMPARE(total, std::max<qsizetype>(0, std::min(last, count) - std::max(first, qsizetype(0))));
}

void TestDecimator::empty_data()
{
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<int>("width");
    QTest::addColumn<qint64>("span");
    QTest::newRow("no points") << qsizetype(0) << 1600 << qint64(3'600'000);
    QTest::newRow("no width") << qsizetype(100) << 0 << qint64(3'600'000);
    QTest::newRow("negative width") << qsizetype(100) << -5 << qint64(3'600'000);
    QTest::newRow("empty range") << qsizetype(100) << 1600 << qint64(0);
    QTest::newRow("only outages") << qsizetype(-100) << 1600 << qint64(3'600'000);
}

void TestDecimator::empty()
{
    QFETCH(qsizetype, count);
    QFETCH(int, width);
    QFETCH(qint64, span);
    QList<ChartPoint> points = flat(std::abs(count));
    if (count < 0)
        std::ranges::transform(
            points, points.begin(), [](const ChartPoint &p) { return down(p.time.toMSecsSinceEpoch()); });
    const LatencyBand band = Decimator::latencyBand(points, options(t0Ms, t0Ms + span, width));
    QVERIFY(band.columns.isEmpty());
}

void TestDecimator::rollups()
{
    // Hour rollups; the range starts in the middle of the first, which still counts.
    QList<ChartPoint> points;
    for (int hour = 0; hour < 4; ++hour) {
        ChartPoint point = answered(t0Ms + hour * 3'600'000LL, 100);
        point.count = point.upCount = 10 * (hour + 1);
        point.minLatencyMs = 50 + hour;
        point.maxLatencyMs = 500 + hour;
        point.meanLatencyMs = 100 * (hour + 1);
        point.p95LatencyMs = 300 - hour;
        points.append(point);
    }
    const DecimationOptions twoColumns {.fromMs = t0Ms + 1'800'000,
        .toMs = t0Ms + 12'600'000,
        .width = 2,
        .maxGapMs = 3'600'000 + 20'000,
        .bucketMs = 3'600'000};
    const LatencyBand band = Decimator::latencyBand(points, twoColumns);
    QVERIFY(wellFormed(band));
    QCOMPARE(band.columns.size(), 2);
    // 1.5 h a column: hours 0 and 1, hours 2 and 3.
    const LatencyColumn &a = band.columns.at(0);
    QCOMPARE(a.count, 30);
    QCOMPARE(a.minMs, 50);
    QCOMPARE(a.maxMs, 501);
    QCOMPARE(a.p95Ms, 300);
    // Weighted by the answered checks: (10 × 100 + 20 × 200) / 30.
    QCOMPARE(a.meanMs, 5000.0 / 30);
    const LatencyColumn &b = band.columns.at(1);
    QCOMPARE(b.count, 70);
    QCOMPARE(b.maxMs, 503);
    QCOMPARE(b.meanMs, (30.0 * 300 + 40.0 * 400) / 70);
    QVERIFY(a.startsSegment);
    QVERIFY(!b.startsSegment);

    // Without bucketMs the first hour lies before the range.
    DecimationOptions raw = twoColumns;
    raw.bucketMs = 0;
    QCOMPARE(Decimator::latencyBand(points, raw).columns.at(0).count, 20);
}

void TestDecimator::columnOf()
{
    QCOMPARE(Decimator::columnOf(0, 0, 1000, 10), 0);
    QCOMPARE(Decimator::columnOf(99, 0, 1000, 10), 0);
    QCOMPARE(Decimator::columnOf(100, 0, 1000, 10), 1);
    QCOMPARE(Decimator::columnOf(999, 0, 1000, 10), 9);
    // Ninety days in milliseconds at a wide screen's width.
    QCOMPARE(Decimator::columnOf(t0Ms + 90 * 86'400'000LL - 1, t0Ms, t0Ms + 90 * 86'400'000LL, 7680), 7679);
}

QTEST_GUILESS_MAIN(TestDecimator)
#include "tst_decimator.moc"
