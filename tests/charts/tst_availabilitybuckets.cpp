#include "storagetesthelpers.h"

#include "charts/availabilitybuckets.h"
#include "storage/samplequery.h"
#include "storage/samplestore.h"
#include "storage/uptimequery.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

Q_DECLARE_METATYPE(Leitstand::AvailabilityPeriod)
Q_DECLARE_METATYPE(Leitstand::StateSeconds)

using SecondsByHour = QHash<int, Leitstand::StateSeconds>;

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 t0Ms = t0 * 1000;

ChartPoint rollup(qint64 startMs, const StateSeconds &seconds)
{
    ChartPoint point;
    point.time = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::UTC);
    point.seconds = seconds;
    return point;
}

// Hour rollups of one day from t0: all up, but for the given hours.
ChartSeries day(const SecondsByHour &special)
{
    ChartSeries series {.resolution = ChartResolution::Hour, .points = {}};
    for (int hour = 0; hour < 24; ++hour)
        series.points.append(rollup(t0Ms + hour * hourMs, special.value(hour, StateSeconds {.up = 3600})));
    return series;
}

} // namespace

class TestAvailabilityBuckets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodFor_data();
    void periodFor();
    void daily_data();
    void daily();
    void hourly();
    void barsOfRange_data();
    void barsOfRange();
    void unknownAndFuture();
    void rawGivesUnknown();
    void matchesUptimeQuery();
};

void TestAvailabilityBuckets::periodFor_data()
{
    QTest::addColumn<qint64>("range");
    QTest::addColumn<AvailabilityPeriod>("period");
    QTest::newRow("1 h") << hourMs << AvailabilityPeriod::Hour;
    QTest::newRow("24 h") << dayMs << AvailabilityPeriod::Hour;
    QTest::newRow("48 h") << 2 * dayMs << AvailabilityPeriod::Hour;
    QTest::newRow("48 h and a second") << 2 * dayMs + 1000 << AvailabilityPeriod::Day;
    QTest::newRow("7 d") << 7 * dayMs << AvailabilityPeriod::Day;
    QTest::newRow("30 d") << 30 * dayMs << AvailabilityPeriod::Day;
    QTest::newRow("90 d") << 90 * dayMs << AvailabilityPeriod::Day;
}

void TestAvailabilityBuckets::periodFor()
{
    QFETCH(qint64, range);
    QFETCH(AvailabilityPeriod, period);
    QCOMPARE(AvailabilityBuckets::periodFor(range), period);
}

void TestAvailabilityBuckets::daily_data()
{
    QTest::addColumn<SecondsByHour>("special");
    QTest::addColumn<StateSeconds>("seconds");
    QTest::addColumn<double>("availability"); // < 0: none

    QTest::newRow("all up") << SecondsByHour {} << StateSeconds {.up = 86400} << 1.0;
    QTest::newRow("an hour down") << SecondsByHour {{5, StateSeconds {.down = 3600}}}
                                  << StateSeconds {.up = 82800, .down = 3600} << 23.0 / 24;
    QTest::newRow("an hour of maintenance is not down") << SecondsByHour {{5, StateSeconds {.maintenance = 3600}}}
                                                        << StateSeconds {.up = 82800, .maintenance = 3600} << 1.0;
    QTest::newRow("maintenance and down")
        << SecondsByHour {{2, StateSeconds {.maintenance = 3600}}, {3, StateSeconds {.down = 3600}}}
        << StateSeconds {.up = 79200, .down = 3600, .maintenance = 3600} << 22.0 / 23;
    QTest::newRow("degraded counts as available")
        << SecondsByHour {{0, StateSeconds {.degraded = 1800, .down = 1800}}}
        << StateSeconds {.up = 82800, .degraded = 1800, .down = 1800} << (82800.0 + 1800) / 86400;
    QTest::newRow("a silent hour is unknown") << SecondsByHour {{7, StateSeconds {.up = 600}}, {8, StateSeconds {}}}
                                              << StateSeconds {.up = 79800, .unknown = 6600} << 1.0;
    QTest::newRow("paused is unknown") << SecondsByHour {{9, StateSeconds {.unknown = 3600}}}
                                       << StateSeconds {.up = 82800, .unknown = 3600} << 1.0;
    SecondsByHour maintenanceDay;
    for (int hour = 0; hour < 24; ++hour)
        maintenanceDay.insert(hour, StateSeconds {.maintenance = 3600});
    QTest::newRow("only maintenance: nothing measured")
        << maintenanceDay << StateSeconds {.maintenance = 86400} << -1.0;
}

void TestAvailabilityBuckets::daily()
{
    QFETCH(SecondsByHour, special);
    QFETCH(StateSeconds, seconds);
    QFETCH(double, availability);
    // Three days, so that the day in the middle is one whole bar; the rollups are all on it.
    const AvailabilityBars bars = AvailabilityBuckets::bars(
        day(special), t0Ms - dayMs, t0Ms + 2 * dayMs, AvailabilityPeriod::Day, t0Ms + 10 * dayMs);
    QCOMPARE(bars.period, AvailabilityPeriod::Day);
    QCOMPARE(bars.bars.size(), 3);
    const AvailabilityBar &bar = bars.bars.at(1);
    QCOMPARE(bar.startMs, t0Ms);
    QCOMPARE(bar.endMs, t0Ms + dayMs);
    QCOMPARE(bar.seconds, seconds);
    QCOMPARE(bar.seconds.total(), 86400);
    if (availability < 0)
        QVERIFY(!bar.availability());
    else
        QCOMPARE(bar.availability().value_or(-1), availability);
    // The days around it have no rollups: unknown.
    QCOMPARE(bars.bars.at(0).seconds, StateSeconds {.unknown = 86400});
    QVERIFY(!bars.bars.at(2).availability());
}

void TestAvailabilityBuckets::hourly()
{
    const ChartSeries series = day({{5, StateSeconds {.up = 1200, .down = 600, .maintenance = 1800}}});
    const AvailabilityBars bars
        = AvailabilityBuckets::bars(series, t0Ms, t0Ms + dayMs, AvailabilityPeriod::Hour, t0Ms + dayMs);
    QCOMPARE(bars.period, AvailabilityPeriod::Hour);
    QCOMPARE(bars.bars.size(), 24);
    for (int hour = 0; hour < 24; ++hour) {
        QCOMPARE(bars.bars.at(hour).startMs, t0Ms + hour * hourMs);
        QCOMPARE(bars.bars.at(hour).seconds.total(), 3600);
    }
    QCOMPARE(bars.bars.at(5).seconds, (StateSeconds {.up = 1200, .down = 600, .maintenance = 1800}));
    QCOMPARE(bars.bars.at(5).availability().value_or(-1), 2.0 / 3);
    QCOMPARE(bars.bars.at(6).availability().value_or(-1), 1.0);

    // Minute rollups add up to the same bars.
    ChartSeries minutes {.resolution = ChartResolution::Minute, .points = {}};
    for (int minute = 0; minute < 60; ++minute)
        minutes.points.append(rollup(t0Ms + 5 * hourMs + minute * 60'000,
            minute < 20       ? StateSeconds {.up = 60}
                : minute < 30 ? StateSeconds {.down = 60}
                              : StateSeconds {.maintenance = 60}));
    const AvailabilityBars fromMinutes = AvailabilityBuckets::bars(
        minutes, t0Ms + 5 * hourMs, t0Ms + 6 * hourMs, AvailabilityPeriod::Hour, t0Ms + dayMs);
    QCOMPARE(fromMinutes.bars.size(), 1);
    QCOMPARE(fromMinutes.bars.first(), bars.bars.at(5));
}

void TestAvailabilityBuckets::barsOfRange_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<AvailabilityPeriod>("period");
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<qint64>("firstStart");
    QTest::newRow("1 h on the hour") << t0Ms << t0Ms + hourMs << AvailabilityPeriod::Hour << qsizetype(1) << t0Ms;
    QTest::newRow("1 h across two hours")
        << t0Ms + 60'000 << t0Ms + hourMs + 60'000 << AvailabilityPeriod::Hour << qsizetype(2) << t0Ms;
    QTest::newRow("24 h off the hour") << t0Ms - 1 << t0Ms + dayMs - 1 << AvailabilityPeriod::Hour << qsizetype(25)
                                       << t0Ms - hourMs;
    QTest::newRow("7 d on the day") << t0Ms << t0Ms + 7 * dayMs << AvailabilityPeriod::Day << qsizetype(7) << t0Ms;
    QTest::newRow("90 d off the day") << t0Ms + hourMs << t0Ms + 90 * dayMs + hourMs << AvailabilityPeriod::Day
                                      << qsizetype(91) << t0Ms;
    QTest::newRow("empty") << t0Ms << t0Ms << AvailabilityPeriod::Day << qsizetype(0) << qint64(0);
}

void TestAvailabilityBuckets::barsOfRange()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(AvailabilityPeriod, period);
    QFETCH(qsizetype, count);
    QFETCH(qint64, firstStart);
    const AvailabilityBars bars = AvailabilityBuckets::bars(day({}), from, to, period, to + 365 * dayMs);
    QCOMPARE(bars.bars.size(), count);
    if (count == 0)
        return;
    QCOMPARE(bars.bars.first().startMs, firstStart);
    QCOMPARE(AvailabilityBuckets::alignedStartMs(from, period), firstStart);
    QCOMPARE(bars.bars.last().endMs, AvailabilityBuckets::alignedEndMs(to, period));
    for (qsizetype i = 1; i < bars.bars.size(); ++i)
        QCOMPARE(bars.bars.at(i).startMs, bars.bars.at(i - 1).endMs);
}

void TestAvailabilityBuckets::unknownAndFuture()
{
    // Now is 10:30 on the day: the bar of today knows ten hours up and half an hour of nothing.
    SecondsByHour special;
    for (int hour = 10; hour < 24; ++hour)
        special.insert(hour, StateSeconds {});
    const qint64 now = t0Ms + 10 * hourMs + 30 * 60'000;
    const AvailabilityBars bars
        = AvailabilityBuckets::bars(day(special), now - 7 * dayMs, now, AvailabilityPeriod::Day, now);
    QCOMPARE(bars.bars.size(), 8);
    QCOMPARE(bars.bars.last().seconds, (StateSeconds {.up = 36000, .unknown = 1800}));
    QCOMPARE(bars.bars.last().availability().value_or(-1), 1.0);
}

void TestAvailabilityBuckets::rawGivesUnknown()
{
    ChartSeries raw = day({{3, StateSeconds {.down = 3600}}});
    raw.resolution = ChartResolution::Raw;
    const AvailabilityBars bars
        = AvailabilityBuckets::bars(raw, t0Ms, t0Ms + dayMs, AvailabilityPeriod::Day, t0Ms + dayMs);
    QCOMPARE(bars.bars.size(), 1);
    QCOMPARE(bars.bars.first().seconds, StateSeconds {.unknown = 86400});
}

void TestAvailabilityBuckets::matchesUptimeQuery()
{
    // Two days of real samples a minute apart: an hour down, half an hour of maintenance, an hour
    // of silence; the bars of every day and hour agree with UptimeQuery to the second.
    TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s, 60'000);
    QList<Sample> samples;
    // One sample past the range closes the last segment, which the rollups then hold.
    for (qint64 minute = 0; minute <= 2 * 1440; ++minute) {
        if (minute >= 2000 && minute < 2060)
            continue;
        EndpointState state = EndpointState::Up;
        if (minute >= 300 && minute < 360)
            state = EndpointState::Down;
        else if (minute >= 1500 && minute < 1530)
            state = EndpointState::Maintenance;
        samples.append(sample(id, t0 + minute * 60, state));
    }
    QVERIFY(SampleStore(*db.database).write(samples));

    const SampleQuery query(*db.database);
    const auto hours = query.series(id, QDateTime::fromMSecsSinceEpoch(t0Ms, QTimeZone::UTC),
        QDateTime::fromMSecsSinceEpoch(t0Ms + 2 * dayMs, QTimeZone::UTC), ChartResolution::Hour);
    QVERIFY2(hours, errorOf(hours).constData());
    const UptimeQuery uptime(*db.database);
    const qint64 now = t0Ms + 2 * dayMs;
    for (const AvailabilityPeriod period : {AvailabilityPeriod::Hour, AvailabilityPeriod::Day}) {
        const AvailabilityBars bars = AvailabilityBuckets::bars(*hours, t0Ms, now, period, now);
        QCOMPARE(bars.bars.size(), period == AvailabilityPeriod::Hour ? 48 : 2);
        for (const AvailabilityBar &bar : bars.bars) {
            const auto expected = uptime.uptime(id, QDateTime::fromMSecsSinceEpoch(bar.startMs, QTimeZone::UTC),
                QDateTime::fromMSecsSinceEpoch(bar.endMs, QTimeZone::UTC));
            QVERIFY2(expected, errorOf(expected).constData());
            QCOMPARE(bar.seconds, expected->seconds);
            QCOMPARE(bar.availability(), expected->availability());
        }
        if (period == AvailabilityPeriod::Day) {
            QCOMPARE(bars.bars.at(0).seconds, (StateSeconds {.up = 82800, .down = 3600}));
            QCOMPARE(bars.bars.at(0).availability().value_or(-1), 23.0 / 24);
        }
    }
}

QTEST_GUILESS_MAIN(TestAvailabilityBuckets)
#include "tst_availabilitybuckets.moc"
