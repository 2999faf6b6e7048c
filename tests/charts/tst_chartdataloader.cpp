#include "loadstarts.h"
#include "storagetesthelpers.h"

#include "charts/chartdataloader.h"
#include "storage/samplestore.h"

#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::ChartTest;
using namespace Leitstand::StorageTest;

Q_DECLARE_METATYPE(Leitstand::ChartResolution)
Q_DECLARE_METATYPE(Leitstand::AvailabilityPeriod)

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
// Long enough for a loaded machine under the sanitizers; a passing test never waits for it.
constexpr int timeoutMs = 120'000;
// The data: two days of samples a minute apart before `end`, the hour from 30 h on down.
constexpr qint64 start = t0;
constexpr qint64 end = t0 + 2 * 86400;
constexpr qint64 endMs = end * 1000;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

ChartRange lastBefore(qint64 toMs, qint64 spanMs)
{
    return ChartRange::custom(at(toMs - spanMs), at(toMs), at(toMs));
}

// What a loader delivered, in order, and on which thread.
struct Received
{
    QList<ChartData> loaded;
    QList<ChartData> failed;
    bool allOnGuiThread = true;

    void connect(ChartDataLoader &loader)
    {
        QObject::connect(&loader, &ChartDataLoader::loaded, &loader, [this](const ChartData &data) {
            allOnGuiThread = allOnGuiThread && QThread::currentThread() == qApp->thread();
            loaded.append(data);
        });
        QObject::connect(&loader, &ChartDataLoader::failed, &loader, [this](const ChartData &data) {
            allOnGuiThread = allOnGuiThread && QThread::currentThread() == qApp->thread();
            failed.append(data);
        });
    }
    qsizetype size() const { return loaded.size() + failed.size(); }
};

} // namespace

class TestChartDataLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resolutionByRange_data();
    void resolutionByRange();
    void loadsOffTheGuiThread();
    void onlyTheLastOfRapidRequests();
    void resultQueuedForASupersededRequest();
    void unknownEndpoint();
    void destroyedWithPendingRequests();

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_id = 0;
};

void TestChartDataLoader::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    m_id = m_db->addEndpoint(u"e"_s, 60'000);
    QList<Sample> samples;
    // Up to and including `end`, whose sample closes the last minute's segment.
    for (qint64 second = start; second <= end; second += 60) {
        const bool down = second >= start + 30 * 3600 && second < start + 31 * 3600;
        samples.append(sample(
            m_id, second, down ? EndpointState::Down : EndpointState::Up, down ? 3000 : 100 + int(second / 60 % 7)));
    }
    const auto written = SampleStore(*m_db->database).write(samples);
    QVERIFY2(written, errorOf(written).constData());
}

void TestChartDataLoader::cleanupTestCase()
{
    m_db.reset();
}

void TestChartDataLoader::resolutionByRange_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<ChartResolution>("resolution");
    QTest::addColumn<AvailabilityPeriod>("period");
    QTest::addColumn<qsizetype>("bars");
    QTest::addColumn<qsizetype>("columns");
    // 800 px, a sample a minute. Up to 6 h each sample has a column of its own; 24 h has 1.8 minutes
    // a column and no latency in the down hour; 30 d has an hour rollup a column (one down), 90 d
    // 2.7 hours.
    QTest::newRow("1 h: raw") << hourMs << ChartResolution::Raw << AvailabilityPeriod::Hour << qsizetype(1)
                              << qsizetype(60);
    QTest::newRow("6 h: raw") << 6 * hourMs << ChartResolution::Raw << AvailabilityPeriod::Hour << qsizetype(6)
                              << qsizetype(360);
    QTest::newRow("24 h: minutes") << dayMs << ChartResolution::Minute << AvailabilityPeriod::Hour << qsizetype(24)
                                   << qsizetype(800 - 800 / 24);
    QTest::newRow("7 d: minutes") << 7 * dayMs << ChartResolution::Minute << AvailabilityPeriod::Day << qsizetype(7)
                                  << qsizetype(-1);
    QTest::newRow("30 d: hours") << 30 * dayMs << ChartResolution::Hour << AvailabilityPeriod::Day << qsizetype(30)
                                 << qsizetype(47);
    QTest::newRow("90 d: hours") << 90 * dayMs << ChartResolution::Hour << AvailabilityPeriod::Day << qsizetype(90)
                                 << qsizetype(18);
}

void TestChartDataLoader::resolutionByRange()
{
    QFETCH(qint64, span);
    QFETCH(ChartResolution, resolution);
    QFETCH(AvailabilityPeriod, period);
    QFETCH(qsizetype, bars);
    QFETCH(qsizetype, columns);
    ChartDataLoader loader(*m_db->database);
    Received received;
    received.connect(loader);
    const ChartRange range = lastBefore(endMs, span);
    const quint64 serial = loader.request(m_id, range, 800);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeoutMs);
    QVERIFY2(received.failed.isEmpty(), qPrintable(received.failed.value(0).error));
    const ChartData &data = received.loaded.first();
    QCOMPARE(data.serial, serial);
    QCOMPARE(data.endpointId, m_id);
    QCOMPARE(data.range, range);
    QCOMPARE(data.resolution, resolution);
    QVERIFY(data.error.isEmpty());
    QCOMPARE(data.latency.width, 800);
    QCOMPARE(data.latency.fromMs, range.fromMs());
    QVERIFY(data.latency.columns.size() <= 800);
    if (columns >= 0)
        QCOMPARE(data.latency.columns.size(), columns);
    else
        QVERIFY(!data.latency.columns.isEmpty());
    for (const LatencyColumn &column : data.latency.columns)
        QVERIFY(column.maxMs < 3000); // down checks are no latency
    QCOMPARE(data.availability.period, period);
    QCOMPARE(data.availability.bars.size(), bars);

    // The last 24 hours hold the down hour: hour 6 of the hourly bars, day 2 of the daily ones.
    const qint64 downFrom = (start + 30 * 3600) * 1000;
    qint64 down = 0;
    for (const AvailabilityBar &bar : data.availability.bars) {
        down += bar.seconds.down;
        if (bar.startMs <= downFrom && downFrom < bar.endMs && period == AvailabilityPeriod::Day)
            QCOMPARE(bar.availability().value_or(-1), 23.0 / 24);
    }
    QCOMPARE(down, range.fromMs() <= downFrom ? 3600 : 0);
}

void TestChartDataLoader::loadsOffTheGuiThread()
{
    LoadStarts starts;
    ChartDataLoader loader(*m_db->database);
    loader.setLoadStartedHook(starts.hook());
    Received received;
    received.connect(loader);
    loader.request(m_id, lastBefore(endMs, dayMs), 1600);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeoutMs);
    QCOMPARE(received.loaded.size(), 1);
    QCOMPARE(starts.threads.size(), 1);
    QVERIFY(starts.threads.first() != QThread::currentThread());
    QVERIFY(received.allOnGuiThread);
}

void TestChartDataLoader::onlyTheLastOfRapidRequests()
{
    // Before the loader, whose worker calls into it until the loader is gone.
    LoadStarts starts;
    starts.holdAt = 1;
    ChartDataLoader loader(*m_db->database);
    loader.setLoadStartedHook(starts.hook());
    Received received;
    received.connect(loader);

    const quint64 first = loader.request(m_id, lastBefore(endMs, 7 * dayMs), 1600);
    QCOMPARE(first, quint64(1));
    // Never leave the worker held, or the loader's destructor would wait for ever.
    const auto unblock = qScopeGuard([&starts] { starts.release.release(); });
    // The worker is busy with the first request while two more come.
    QVERIFY(starts.held.tryAcquire(1, timeoutMs));
    const quint64 second = loader.request(m_id, lastBefore(endMs, dayMs), 1600);
    const quint64 third = loader.request(m_id, lastBefore(endMs, hourMs), 1600);
    QCOMPARE(loader.latestSerial(), third);
    starts.release.release();

    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeoutMs);
    QCOMPARE(received.loaded.size(), 1);
    QCOMPARE(received.loaded.first().serial, third);
    QCOMPARE(received.loaded.first().range.spanMs(), hourMs);
    // The first ran (it was under way), the second was skipped before its query.
    QCOMPARE(starts.startedSerials(), (QList<quint64> {first, third}));
    Q_UNUSED(second)
    // Whatever the worker had sent for the first came before the third's result: nothing is left.
    QCoreApplication::processEvents();
    QCOMPARE(received.size(), 1);
}

void TestChartDataLoader::resultQueuedForASupersededRequest()
{
    LoadStarts starts;
    ChartDataLoader loader(*m_db->database);
    Received received;
    received.connect(loader);
    const quint64 first = loader.request(m_id, lastBefore(endMs, dayMs), 400);
    // Setting the hook waits until the worker is between loads: the first one's result is queued
    // for this thread by now, and a newer request comes before it is delivered.
    loader.setLoadStartedHook(starts.hook());
    QCOMPARE(starts.startedSerials(), QList<quint64> {});
    const quint64 second = loader.request(m_id, lastBefore(endMs, 6 * hourMs), 400);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeoutMs);
    QCOMPARE(received.loaded.first().serial, second);
    QCOMPARE(starts.startedSerials(), QList<quint64> {second});
    QVERIFY(first < second);
}

void TestChartDataLoader::unknownEndpoint()
{
    ChartDataLoader loader(*m_db->database);
    Received received;
    received.connect(loader);
    const quint64 serial = loader.request(m_id + 1000, lastBefore(endMs, dayMs), 800);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, timeoutMs);
    QCOMPARE(received.failed.size(), 1);
    QCOMPARE(received.failed.first().serial, serial);
    QVERIFY(!received.failed.first().error.isEmpty());
    QVERIFY(received.failed.first().latency.columns.isEmpty());

    // The loader goes on after a failure.
    loader.request(m_id, lastBefore(endMs, hourMs), 800);
    QTRY_COMPARE_WITH_TIMEOUT(received.loaded.size(), 1, timeoutMs);
}

void TestChartDataLoader::destroyedWithPendingRequests()
{
    Received received;
    {
        ChartDataLoader loader(*m_db->database);
        received.connect(loader);
        for (int i = 0; i < 20; ++i)
            loader.request(m_id, lastBefore(endMs - i * hourMs, 90 * dayMs), 1600);
    }
    QCoreApplication::processEvents();
    QCOMPARE(received.size(), 0);
    // Its thread closed its connection: the database still works for the next loader.
    ChartDataLoader loader(*m_db->database);
    received.connect(loader);
    loader.request(m_id, lastBefore(endMs, hourMs), 800);
    QTRY_COMPARE_WITH_TIMEOUT(received.loaded.size(), 1, timeoutMs);
}

QTEST_GUILESS_MAIN(TestChartDataLoader)
#include "tst_chartdataloader.moc"
