#include "storagetesthelpers.h"

#include "storage/samplequery.h"
#include "storage/samplestore.h"
#include "storage/uptimequery.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

Q_DECLARE_METATYPE(Leitstand::StateSeconds)

class TestUptimeQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void uptime_data();
    void uptime();
    void matchesSecondBySecondCount();
    void unknownEndpoint();
    void chartResolution_data();
    void chartResolution();
    void chartSeries();

private:
    std::unique_ptr<StorageTest::TestDatabase> m_db;
    qint64 m_id = 0;
};

namespace {

QDateTime at(qint64 offset)
{
    return QDateTime::fromSecsSinceEpoch(t0 + offset, QTimeZone::UTC);
}

// Interval 60 s, so a sample holds for at most 120 s:
// [0,120) up, [120,240) down, [240,300) up, [300,360) degraded, [360,480) up, [480,1000) unknown,
// [1000,1060) up, [1060,1120) maintenance, [1120,1240) up (the open end), unknown after.
const QList<std::pair<qint64, EndpointState>> timeline {
    {0, EndpointState::Up},
    {60, EndpointState::Up},
    {120, EndpointState::Down},
    {180, EndpointState::Down},
    {240, EndpointState::Up},
    {300, EndpointState::Degraded},
    {360, EndpointState::Up},
    {1000, EndpointState::Up},
    {1060, EndpointState::Maintenance},
    {1120, EndpointState::Up},
};

} // namespace

void TestUptimeQuery::init()
{
    m_db = std::make_unique<StorageTest::TestDatabase>();
    m_id = m_db->addEndpoint(u"e"_s, 60'000);
    QList<Sample> samples;
    for (const auto &[offset, state] : timeline)
        samples.append(sample(m_id, t0 + offset, state, 100 + int(offset % 50)));
    // Two batches, so that one segment is closed by a later transaction.
    QVERIFY(SampleStore(*m_db->database).write(samples.mid(0, 5)));
    QVERIFY(SampleStore(*m_db->database).write(samples.mid(5)));
}

void TestUptimeQuery::cleanup()
{
    m_db.reset();
}

void TestUptimeQuery::uptime_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<StateSeconds>("expected");

    QTest::addRow("the whole first hour") << qint64(
        0) << qint64(3600) << StateSeconds {.up = 480, .degraded = 60, .down = 120, .maintenance = 60, .unknown = 2880};
    QTest::addRow("before the first sample") << qint64(-30) << qint64(30) << StateSeconds {.up = 30, .unknown = 30};
    QTest::addRow("inside minutes") << qint64(130) << qint64(250) << StateSeconds {.up = 10, .down = 110};
    QTest::addRow("cuts four buckets") << qint64(75) << qint64(335)
                                       << StateSeconds {.up = 105, .degraded = 35, .down = 120};
    QTest::addRow("a silence is unknown") << qint64(450) << qint64(1010) << StateSeconds {.up = 40, .unknown = 520};
    QTest::addRow("the open end holds two intervals")
        << qint64(1100) << qint64(1300) << StateSeconds {.up = 120, .maintenance = 20, .unknown = 60};
    QTest::addRow("within one minute") << qint64(1130) << qint64(1150) << StateSeconds {.up = 20};
    QTest::addRow("hours and minutes and edges")
        << qint64(45) << qint64(7230)
        << StateSeconds {.up = 435, .degraded = 60, .down = 120, .maintenance = 60, .unknown = 6510};
    QTest::addRow("empty range") << qint64(500) << qint64(500) << StateSeconds {};
    QTest::addRow("long before") << qint64(-86400) << qint64(-3600) << StateSeconds {.unknown = 82800};
}

void TestUptimeQuery::uptime()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(StateSeconds, expected);
    const auto summary = UptimeQuery(*m_db->database).uptime(m_id, at(from), at(to));
    QVERIFY2(summary, StorageTest::errorOf(summary).constData());
    const StateSeconds &s = summary->seconds;
    QVERIFY2(s == expected,
        qPrintable(u"up %1 degraded %2 down %3 maintenance %4 unknown %5"_s.arg(s.up)
                .arg(s.degraded)
                .arg(s.down)
                .arg(s.maintenance)
                .arg(s.unknown)));
    QCOMPARE(s.total(), to - from);
    const qint64 measured = expected.up + expected.degraded + expected.down;
    if (measured == 0)
        QVERIFY(!summary->availability());
    else
        QCOMPARE(*summary->availability(), double(expected.up + expected.degraded) / double(measured));
}

void TestUptimeQuery::matchesSecondBySecondCount()
{
    // Irregular samples over three hours, with silences, written in uneven batches.
    StorageTest::TestDatabase db;
    const qint64 id = db.addEndpoint(u"irregular"_s, 30'000);
    QRandomGenerator random(4711);
    QList<Sample> samples;
    qint64 second = 17;
    while (second < 3 * 3600) {
        const auto state = EndpointState(random.bounded(6));
        samples.append(sample(id, t0 + second, state, random.bounded(2000)));
        second += random.bounded(100) < 5 ? random.bounded(200, 900) : random.bounded(1, 45);
    }
    for (qsizetype start = 0; start < samples.size(); start += 50)
        QVERIFY(SampleStore(*db.database).write(samples.mid(start, 50)));

    const qint64 hold = sampleHoldSeconds(30'000);
    const auto stateAt = [&](qint64 s) -> std::optional<EndpointState> {
        for (qsizetype i = samples.size() - 1; i >= 0; --i) {
            const qint64 time = samples.at(i).timeMs / 1000;
            if (time > s)
                continue;
            const qint64 next
                = i + 1 < samples.size() ? samples.at(i + 1).timeMs / 1000 : std::numeric_limits<qint64>::max();
            if (s < std::min(next, time + hold))
                return samples.at(i).state;
            return std::nullopt;
        }
        return std::nullopt;
    };

    for (int round = 0; round < 40; ++round) {
        const qint64 from = t0 + random.bounded(-600, 3 * 3600);
        const qint64 to = from + random.bounded(0, 4 * 3600);
        StateSeconds expected;
        for (qint64 s = from; s < to; ++s) {
            const auto state = stateAt(s);
            expected.add(state.value_or(EndpointState::Unknown), 1);
        }
        const auto summary = UptimeQuery(*db.database)
                                 .uptime(id, QDateTime::fromSecsSinceEpoch(from, QTimeZone::UTC),
                                     QDateTime::fromSecsSinceEpoch(to, QTimeZone::UTC));
        QVERIFY(summary);
        QVERIFY2(summary->seconds == expected, qPrintable(u"range %1 .. %2"_s.arg(from - t0).arg(to - t0)));
    }
}

void TestUptimeQuery::unknownEndpoint()
{
    QVERIFY(!UptimeQuery(*m_db->database).uptime(m_id + 1, at(0), at(60)));
}

void TestUptimeQuery::chartResolution_data()
{
    QTest::addColumn<qint64>("range");
    QTest::addColumn<ChartResolution>("resolution");
    QTest::addRow("an hour") << qint64(3600) << ChartResolution::Raw;
    QTest::addRow("six hours") << qint64(6 * 3600) << ChartResolution::Raw;
    QTest::addRow("a day") << qint64(86400) << ChartResolution::Minute;
    QTest::addRow("a week") << qint64(7 * 86400) << ChartResolution::Minute;
    QTest::addRow("a month") << qint64(30 * 86400) << ChartResolution::Hour;
}

void TestUptimeQuery::chartResolution()
{
    QFETCH(qint64, range);
    QTEST(SampleQuery::resolutionFor(range), "resolution");
}

void TestUptimeQuery::chartSeries()
{
    SampleQuery query(*m_db->database);
    const auto raw = query.series(m_id, at(0), at(3600));
    QVERIFY(raw);
    QCOMPARE(raw->resolution, ChartResolution::Raw);
    QCOMPARE(raw->points.size(), timeline.size());
    QCOMPARE(raw->points.at(2).state, EndpointState::Down);
    QCOMPARE(raw->points.at(2).time, at(120));
    QCOMPARE(raw->points.at(2).upCount, 0);
    QCOMPARE(raw->points.at(1).maxLatencyMs, 110);

    const auto minutes = query.series(m_id, at(30), at(400), ChartResolution::Minute);
    QVERIFY(minutes);
    QCOMPARE(minutes->points.size(), 7); // buckets 0 .. 360, the one holding `from` included
    QCOMPARE(minutes->points.first().time, at(0));
    QCOMPARE(minutes->points.at(2).state, EndpointState::Down);
    QCOMPARE(minutes->points.at(2).seconds, StateSeconds {.down = 60});
    QCOMPARE(minutes->points.at(5).state, EndpointState::Degraded);

    const auto day = query.series(m_id, at(-3600), at(86400));
    QVERIFY(day);
    QCOMPARE(day->resolution, ChartResolution::Minute);
    const auto month = query.series(m_id, at(-86400), at(30 * 86400));
    QVERIFY(month);
    QCOMPARE(month->resolution, ChartResolution::Hour);
    QCOMPARE(month->points.size(), 1);
    QCOMPARE(month->points.first().count, timeline.size());
    QCOMPARE(month->points.first().upCount, 7);
}

QTEST_GUILESS_MAIN(TestUptimeQuery)
#include "tst_uptimequery.moc"
