#include "storagetesthelpers.h"

#include "storage/endpointrepository.h"
#include "storage/endpointstatus.h"
#include "storage/latencyhistogram.h"
#include "storage/rollup.h"
#include "storage/samplestore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

Q_DECLARE_METATYPE(Leitstand::Sample)
Q_DECLARE_METATYPE(Leitstand::StateSeconds)
Q_DECLARE_METATYPE(Leitstand::RollupPeriod)
Q_DECLARE_METATYPE(Leitstand::SampleRowPath)

class TestRollups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void histogramBuckets();
    void histogramPrecision_data();
    void histogramPrecision();
    void histogramBlobRoundTrip();
    void secondsByState();
    void rollup_data();
    void rollup();
    void batchesAndRestartsGiveTheSameRollups_data();
    void batchesAndRestartsGiveTheSameRollups();
    void portableAndNativePathsStoreTheSame();
    void staleAndUnknownSamplesAreRejected();
    void latestStateIsKept();
    void endpointChangesReachARunningStore();

private:
    void compareRollups(const Database &expectedDatabase, const Database &actualDatabase);
};

namespace {

using Spec = std::tuple<qint64, EndpointState, int>; // second offset, state, latency

QList<Sample> samplesOf(const QList<Spec> &specs, qint64 endpointId = 1)
{
    QList<Sample> samples;
    for (const auto &[offset, state, latency] : specs)
        samples.append(sample(endpointId, t0 + offset, state, latency));
    return samples;
}

std::optional<Rollup> readRollup(const Database &database, RollupPeriod period, qint64 id, qint64 bucket)
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT %1 FROM %2 WHERE endpoint_id = ? AND bucket = ?"_s.arg(rollupColumns, rollupTable(period)));
    query.bindValue(0, id);
    query.bindValue(1, bucket);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rollupFromQuery(query, 0);
}

QList<std::pair<qint64, Rollup>> allRollups(const Database &database, RollupPeriod period)
{
    QSqlQuery query(database.connection());
    query.exec(u"SELECT endpoint_id * 100000000000 + bucket, %1 FROM %2 ORDER BY endpoint_id, bucket"_s.arg(
        rollupColumns, rollupTable(period)));
    QList<std::pair<qint64, Rollup>> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), rollupFromQuery(query, 1)});
    return rows;
}

// Every row of a query as text, NULL told apart from empty, for comparing whole tables.
QStringList rowsOf(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement))
        return {u"failed: "_s + statement};
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

int exactPercentile(QList<int> values, double q)
{
    std::ranges::sort(values);
    const auto rank = std::max<qsizetype>(1, qsizetype(std::ceil(q * double(values.size()))));
    return values.at(rank - 1);
}

bool withinPrecision(int actual, int exact)
{
    return std::abs(actual - exact) <= exact / 16 + 1;
}

} // namespace

void TestRollups::histogramBuckets()
{
    int previousUpper = 0;
    for (int bucket = 0; bucket < LatencyHistogram::bucketCount; ++bucket) {
        const int lower = LatencyHistogram::lowerBound(bucket);
        const int upper = LatencyHistogram::upperBound(bucket);
        QCOMPARE(lower, previousUpper); // contiguous, no gaps
        QVERIFY(upper > lower);
        QVERIFY2(upper - lower <= std::max(1, lower / 8), qPrintable(QString::number(bucket)));
        QCOMPARE(LatencyHistogram::bucketOf(lower), bucket);
        QCOMPARE(LatencyHistogram::bucketOf(upper - 1), bucket);
        previousUpper = upper;
    }
    QCOMPARE(previousUpper, LatencyHistogram::maximumLatencyMs + 1);
    QCOMPARE(LatencyHistogram::bucketOf(-5), 0);
    QCOMPARE(LatencyHistogram::bucketOf(std::numeric_limits<int>::max()), LatencyHistogram::bucketCount - 1);
}

void TestRollups::histogramPrecision_data()
{
    QTest::addColumn<QList<int>>("latencies");
    QTest::addRow("single") << QList<int> {250};
    QTest::addRow("exact below 16") << QList<int> {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 15, 15, 15, 15, 15};
    QList<int> spread;
    for (int i = 0; i < 1000; ++i)
        spread.append(20 + (i * 7919) % 9000);
    QTest::addRow("spread") << spread;
    QList<int> spikes(97, 80);
    spikes << 10'000 << 12'000 << 30'000;
    QTest::addRow("few slow") << spikes;
    QList<int> slow(19, 5);
    slow << 60'000;
    QTest::addRow("one in twenty") << slow;
}

void TestRollups::histogramPrecision()
{
    QFETCH(QList<int>, latencies);
    LatencyHistogram whole;
    LatencyHistogram first;
    LatencyHistogram second;
    for (qsizetype i = 0; i < latencies.size(); ++i) {
        whole.add(latencies.at(i));
        (i % 3 == 0 ? first : second).add(latencies.at(i));
    }
    first.merge(second);
    QCOMPARE(first, whole);
    for (const double q : {0.5, 0.95, 0.99, 1.0}) {
        const int exact = exactPercentile(latencies, q);
        const int estimate = whole.percentile(q);
        QVERIFY2(withinPrecision(estimate, exact), qPrintable(u"q %1: %2 for %3"_s.arg(q).arg(estimate).arg(exact)));
        if (exact < 16)
            QCOMPARE(estimate, exact);
    }
}

void TestRollups::histogramBlobRoundTrip()
{
    LatencyHistogram histogram;
    QCOMPARE(histogram.toBlob().size(), 0);
    histogram.add(3);
    histogram.add(150, 300);
    histogram.add(20'000, 70'000);
    const QByteArray blob = histogram.toBlob();
    QCOMPARE(blob.size(), 2 + 3 + 4); // bucket byte + varint of 1, 300 and 70000
    QCOMPARE(LatencyHistogram::fromBlob(blob), histogram);
}

void TestRollups::secondsByState()
{
    // What add() puts in is what inState() gives back, Paused counting as unknown both ways.
    for (int i = 0; i <= int(EndpointState::Maintenance); ++i) {
        const auto state = EndpointState(i);
        StateSeconds seconds;
        seconds.add(state, 7);
        QCOMPARE(seconds.inState(state), qint64(7));
        QCOMPARE(seconds.total(), qint64(7));
    }
    StateSeconds paused;
    paused.add(EndpointState::Paused, 3);
    QCOMPARE(paused.unknown, qint64(3));
    QCOMPARE(paused.inState(EndpointState::Unknown), qint64(3));
}

void TestRollups::rollup_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<QList<Spec>>("specs");
    QTest::addColumn<RollupPeriod>("period");
    QTest::addColumn<qint64>("bucket"); // offset from t0
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("upCount");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<double>("meanMs");
    QTest::addColumn<int>("p95Ms"); // exact nearest rank; the rollup's is within the precision
    QTest::addColumn<StateSeconds>("seconds");

    using S = EndpointState;
    const QList<Spec> allUp {{0, S::Up, 10}, {10, S::Up, 20}, {20, S::Up, 30}, {30, S::Up, 40}, {40, S::Up, 50},
        {50, S::Up, 60}, {60, S::Up, 500}};
    QTest::addRow("all up in one minute") << 10'000 << allUp << RollupPeriod::Minute << qint64(0) << qint64(6)
                                          << qint64(6) << 10 << 60 << 35.0 << 60 << StateSeconds {.up = 60};
    QTest::addRow("next minute holds the closing sample")
        << 10'000 << allUp << RollupPeriod::Minute << qint64(60) << qint64(1) << qint64(1) << 500 << 500 << 500.0 << 500
        << StateSeconds {};

    const QList<Spec> mixed {{0, S::Up, 100}, {10, S::Down, 3000}, {20, S::Down, 10'000}, {30, S::Degraded, 900},
        {40, S::Up, 200}, {50, S::Up, 300}, {60, S::Up, 100}};
    QTest::addRow("down and degraded") << 10'000 << mixed << RollupPeriod::Minute << qint64(0) << qint64(6) << qint64(4)
                                       << 100 << 900 << 375.0 << 900
                                       << StateSeconds {.up = 30, .degraded = 10, .down = 20};

    const QList<Spec> gap {{0, S::Up, 100}, {50, S::Up, 100}, {60, S::Up, 100}};
    // The silence itself is not stored: the queries count time that no sample covers as unknown.
    QTest::addRow("silence beyond two intervals is not up")
        << 10'000 << gap << RollupPeriod::Minute << qint64(0) << qint64(2) << qint64(2) << 100 << 100 << 100.0 << 100
        << StateSeconds {.up = 30};

    const QList<Spec> crossing {{30, S::Down, 10'000}, {90, S::Up, 120}, {150, S::Up, 80}};
    QTest::addRow("segment across a minute, first")
        << 60'000 << crossing << RollupPeriod::Minute << qint64(0) << qint64(1) << qint64(0) << 0 << 0 << 0.0 << 0
        << StateSeconds {.down = 30};
    QTest::addRow("segment across a minute, second")
        << 60'000 << crossing << RollupPeriod::Minute << qint64(60) << qint64(1) << qint64(1) << 120 << 120 << 120.0
        << 120 << StateSeconds {.up = 30, .down = 30};

    const QList<Spec> states {
        {0, S::Maintenance, 100}, {10, S::Unknown, 0}, {20, S::Paused, 0}, {30, S::Up, 70}, {60, S::Up, 70}};
    QTest::addRow("maintenance, unknown and paused")
        << 10'000 << states << RollupPeriod::Minute << qint64(0) << qint64(4) << qint64(1) << 70 << 70 << 70.0 << 70
        << StateSeconds {.up = 20, .maintenance = 10, .unknown = 20};

    QList<Spec> hour;
    for (int i = 0; i <= 60; ++i)
        hour.append({i * 60, S::Up, i * 10});
    QTest::addRow("hour of minutes") << 60'000 << hour << RollupPeriod::Hour << qint64(0) << qint64(60) << qint64(60)
                                     << 0 << 590 << 295.0 << 560 << StateSeconds {.up = 3600};

    QList<Spec> crossingHour {{3590, S::Down, 5000}, {3620, S::Down, 5000}, {3650, S::Up, 40}};
    QTest::addRow("segment across an hour") << 30'000 << crossingHour << RollupPeriod::Hour << qint64(0) << qint64(1)
                                            << qint64(0) << 0 << 0 << 0.0 << 0 << StateSeconds {.down = 10};
    QTest::addRow("segment across an hour, second")
        << 30'000 << crossingHour << RollupPeriod::Hour << qint64(3600) << qint64(2) << qint64(1) << 40 << 40 << 40.0
        << 40 << StateSeconds {.down = 50};

    QList<Spec> spread;
    QList<int> latencies;
    for (int i = 0; i < 120; ++i) {
        const int latency = 20 + (i * 7919) % 4000;
        spread.append({i * 30, S::Up, latency});
        latencies.append(latency);
    }
    spread.append({3600, S::Up, 1});
    const auto [minimum, maximum] = std::ranges::minmax(latencies);
    double sum = 0;
    for (const int latency : std::as_const(latencies))
        sum += latency;
    QTest::addRow("p95 of a spread hour")
        << 30'000 << spread << RollupPeriod::Hour << qint64(0) << qint64(120) << qint64(120) << minimum << maximum
        << sum / 120 << exactPercentile(latencies, 0.95) << StateSeconds {.up = 3600};
}

void TestRollups::rollup()
{
    QFETCH(int, intervalMs);
    QFETCH(QList<Spec>, specs);
    QFETCH(RollupPeriod, period);
    QFETCH(qint64, bucket);

    StorageTest::TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s, intervalMs);
    SampleStore store(*db.database);
    const auto written = store.write(samplesOf(specs, id));
    QVERIFY2(written, StorageTest::errorOf(written).constData());
    QCOMPARE(written->written, specs.size());

    const auto rollup = readRollup(*db.database, period, id, t0 + bucket);
    QVERIFY(rollup);
    QTEST(rollup->sampleCount, "count");
    QTEST(rollup->upCount, "upCount");
    if (rollup->upCount > 0) {
        QTEST(rollup->latencyMinMs, "minMs");
        QTEST(rollup->latencyMaxMs, "maxMs");
        QTEST(rollup->meanLatencyMs(), "meanMs");
    }
    QFETCH(int, p95Ms);
    QVERIFY2(withinPrecision(rollup->p95LatencyMs(), p95Ms), qPrintable(QString::number(rollup->p95LatencyMs())));
    QTEST(rollup->seconds, "seconds");
}

void TestRollups::batchesAndRestartsGiveTheSameRollups_data()
{
    QTest::addColumn<SampleRowPath>("path");
    QTest::addRow("native") << SampleRowPath::Native;
    QTest::addRow("portable") << SampleRowPath::Portable;
}

void TestRollups::batchesAndRestartsGiveTheSameRollups()
{
    QFETCH(SampleRowPath, path);
    QList<Sample> samples;
    for (int i = 0; i < 400; ++i) {
        const auto state
            = i % 17 == 0 ? EndpointState::Down : (i % 5 == 0 ? EndpointState::Degraded : EndpointState::Up);
        // Irregular spacing with an occasional long silence.
        const qint64 second = t0 + i * 23 + (i > 200 ? 900 : 0);
        samples.append(sample(1, second, state, 30 + (i * 37) % 700));
        samples.append(sample(2, second + 7, EndpointState::Up, 50));
    }

    StorageTest::TestDatabase once;
    once.addEndpoint(u"a"_s, 20'000);
    once.addEndpoint(u"b"_s, 20'000);
    QVERIFY(SampleStore(*once.database).write(samples));

    // In batches to one store, and in batches each to a new store, as after restarts: then
    // nothing is in memory and everything comes from the database.
    for (const bool restartEveryBatch : {false, true}) {
        StorageTest::TestDatabase pieces;
        pieces.addEndpoint(u"a"_s, 20'000);
        pieces.addEndpoint(u"b"_s, 20'000);
        std::optional<SampleStore> store;
        for (qsizetype start = 0; start < samples.size(); start += 37) {
            if (!store || restartEveryBatch)
                store.emplace(*pieces.database, path);
            QVERIFY(store->write(samples.mid(start, 37)));
        }
        compareRollups(*once.database, *pieces.database);
        if (QTest::currentTestFailed())
            return;
    }
}

// The SQLite fast path and the Qt SQL path that other engines use store the same rows, to the byte.
void TestRollups::portableAndNativePathsStoreTheSame()
{
    QList<Sample> samples;
    for (int i = 0; i < 300; ++i) {
        const bool failed = i % 13 == 0;
        Sample a = sample(1, t0 + i * 41, failed ? EndpointState::Down : EndpointState::Up, 20 + (i * 53) % 900,
            failed ? CheckError::Timeout : CheckError::Ok);
        if (failed)
            a.detail = u"no answer after %1 s"_s.arg(i);
        samples.append(a);
        // Minutes without an answered check (a NULL histogram), and no error detail ever.
        samples.append(sample(2, t0 + i * 41 + 3, i % 7 == 0 ? EndpointState::Maintenance : EndpointState::Degraded));
    }
    samples.append(sample(3, t0, EndpointState::Down, 0, CheckError::ConnectionRefused));

    std::array<StorageTest::TestDatabase, 2> databases;
    for (const SampleRowPath path : {SampleRowPath::Native, SampleRowPath::Portable}) {
        StorageTest::TestDatabase &db = databases[int(path)];
        for (const auto &name : {u"a"_s, u"b"_s, u"c"_s})
            db.addEndpoint(name, 60'000);
        std::optional<SampleStore> store;
        for (qsizetype start = 0; start < samples.size(); start += 71) {
            // A new store now and then, so that rows are also updated that the store did not write.
            if (!store || start % 3 == 0)
                store.emplace(*db.database, path);
            const auto written = store->write(samples.mid(start, 71));
            QVERIFY2(written, errorOf(written).constData());
        }
    }
    // The stored types too: a NULL is not an empty text or blob.
    const bool postgresql = !StorageTest::postgresqlUrl().isEmpty();
    const QString typeOf = postgresql ? u"pg_typeof(%1)::text"_s : u"typeof(%1)"_s;
    const QString hexOf = postgresql ? u"encode(%1, 'hex')"_s : u"hex(%1)"_s;
    const QString rollupQuery = u"SELECT endpoint_id, bucket, %1, %2, %3 FROM %4 ORDER BY endpoint_id, bucket"_s;
    for (const QString &statement : {u"SELECT * FROM samples ORDER BY endpoint_id, t"_s,
             rollupQuery.arg(rollupColumns, typeOf.arg("histogram"_L1), hexOf.arg("histogram"_L1),
                 rollupTable(RollupPeriod::Minute)),
             rollupQuery.arg(
                 rollupColumns, typeOf.arg("histogram"_L1), hexOf.arg("histogram"_L1), rollupTable(RollupPeriod::Hour)),
             u"SELECT *, %1 FROM endpoint_status ORDER BY endpoint_id"_s.arg(typeOf.arg("last_error_detail"_L1))}) {
        const QStringList native = rowsOf(*databases[0].database, statement);
        QVERIFY2(native.size() > 2, qPrintable(statement));
        QCOMPARE(rowsOf(*databases[1].database, statement), native);
    }
}

void TestRollups::compareRollups(const Database &expectedDatabase, const Database &actualDatabase)
{
    for (const RollupPeriod period : {RollupPeriod::Minute, RollupPeriod::Hour}) {
        const auto expected = allRollups(expectedDatabase, period);
        const auto actual = allRollups(actualDatabase, period);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual.at(i).first, expected.at(i).first);
            const Rollup &a = actual.at(i).second;
            const Rollup &e = expected.at(i).second;
            QCOMPARE(a.sampleCount, e.sampleCount);
            QCOMPARE(a.upCount, e.upCount);
            QCOMPARE(a.latencyMinMs, e.latencyMinMs);
            QCOMPARE(a.latencyMaxMs, e.latencyMaxMs);
            QCOMPARE(a.latencySumMs, e.latencySumMs);
            QCOMPARE(a.histogram, e.histogram);
            QCOMPARE(a.seconds, e.seconds);
        }
    }
}

void TestRollups::staleAndUnknownSamplesAreRejected()
{
    StorageTest::TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s);
    SampleStore store(*db.database);
    auto result = store.write({sample(id, t0 + 100, EndpointState::Up), sample(id + 1, t0, EndpointState::Up)});
    QVERIFY(result);
    QCOMPARE(result->written, 1);
    QCOMPARE(result->rejected, 1);
    // Same second, and older.
    Sample sameSecond = sample(id, t0 + 100, EndpointState::Down);
    sameSecond.timeMs += 500;
    result
        = store.write({sameSecond, sample(id, t0 + 50, EndpointState::Down), sample(id, t0 + 160, EndpointState::Up)});
    QVERIFY(result);
    QCOMPARE(result->written, 1);
    QCOMPARE(result->rejected, 2);
    const auto minute = readRollup(*db.database, RollupPeriod::Minute, id, t0 + 60);
    QVERIFY(minute);
    QCOMPARE(minute->sampleCount, 1);
    QCOMPARE(minute->seconds, StateSeconds {.up = 20});
}

void TestRollups::latestStateIsKept()
{
    StorageTest::TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s);
    SampleStore store(*db.database);
    Sample failed = sample(id, t0 + 60, EndpointState::Down, 10'000, CheckError::Timeout);
    failed.detail = u"no answer within 10 s"_s;
    QVERIFY(store.write({sample(id, t0, EndpointState::Up), failed,
        sample(id, t0 + 120, EndpointState::Down, 10, CheckError::ConnectionRefused)}));
    QVERIFY(SampleStore(*db.database).write({sample(id, t0 + 180, EndpointState::Up)}));

    const auto status = EndpointStatusQuery(*db.database).byEndpoint(id);
    QVERIFY(status && status->has_value());
    const EndpointStatus &latest = **status;
    QCOMPARE(latest.state, EndpointState::Up);
    QCOMPARE(latest.since, QDateTime::fromSecsSinceEpoch(t0 + 180, QTimeZone::UTC));
    QCOMPARE(latest.lastResultAt, QDateTime::fromSecsSinceEpoch(t0 + 180, QTimeZone::UTC));
    QCOMPARE(latest.error, CheckError::Ok);
    QCOMPARE(latest.lastError, CheckError::ConnectionRefused);
    QCOMPARE(latest.lastErrorAt, QDateTime::fromSecsSinceEpoch(t0 + 120, QTimeZone::UTC));
    QCOMPARE(latest.lastErrorDetail, QString());

    QVERIFY(SampleStore(*db.database).write({sample(id, t0 + 240, EndpointState::Up)}));
    QCOMPARE((*EndpointStatusQuery(*db.database).byEndpoint(id))->since, latest.since);
    QCOMPARE(EndpointStatusQuery(*db.database).all()->size(), 1);
    QVERIFY(!EndpointStatusQuery(*db.database).byEndpoint(id + 1)->has_value());
}

// The store keeps the endpoints between batches: added, changed and removed ones must still count
// from the next batch on.
void TestRollups::endpointChangesReachARunningStore()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    const qint64 id = db.addEndpoint(u"e"_s, 10'000);
    SampleStore store(*db.database);
    QVERIFY(store.write({sample(id, t0, EndpointState::Up), sample(id, t0 + 50, EndpointState::Up)}));
    // Held for two intervals of 10 s.
    QCOMPARE(readRollup(*db.database, RollupPeriod::Hour, id, t0).value().seconds, StateSeconds {.up = 20});

    auto endpoint = repository.byId(id);
    QVERIFY(endpoint && *endpoint);
    (*endpoint)->intervalMs = 60'000;
    QVERIFY(repository.update(**endpoint));
    const qint64 added = db.addEndpoint(u"added"_s);
    auto result = store.write({sample(id, t0 + 100, EndpointState::Up), sample(added, t0, EndpointState::Up)});
    QVERIFY(result);
    QCOMPARE(result->written, 2);
    QCOMPARE(result->rejected, 0);
    QCOMPARE(readRollup(*db.database, RollupPeriod::Hour, id, t0).value().seconds, StateSeconds {.up = 70});

    QVERIFY(repository.remove(id));
    result = store.write({sample(id, t0 + 150, EndpointState::Up), sample(added, t0 + 60, EndpointState::Up)});
    QVERIFY(result);
    QCOMPARE(result->written, 1);
    QCOMPARE(result->rejected, 1);
}

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
