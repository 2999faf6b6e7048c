#include "storagetesthelpers.h"

#include "storage/samplestore.h"
#include "storage/samplewriter.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

class TestSampleWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flushWritesEverythingFromManyThreads();
    void writesWithinTheFlushInterval();
    void writesFullBatchesAtOnce();
    void destructionFlushes();
    void samplesOfRemovedEndpointsAreRejected();
    void aSecondWriterLosesNothingNew();
    void aRefusedBatchIsLost();
    void buffersBoundedWhileTheDatabaseCannotBeReached_data();
    void buffersBoundedWhileTheDatabaseCannotBeReached();
    void writesTheBufferAfterAServerRestart_data();
    void writesTheBufferAfterAServerRestart();
};

namespace {

qint64 count(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QList<qint64> seconds(const Database &database)
{
    QList<qint64> seconds;
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT t FROM samples ORDER BY t"_s))
        return {-1};
    while (query.next())
        seconds.append(query.value(0).toLongLong());
    return seconds;
}

QList<qint64> range(qint64 first, qint64 end)
{
    QList<qint64> range;
    for (qint64 second = first; second < end; ++second)
        range.append(second);
    return range;
}

QList<Sample> samples(qint64 endpointId, const QList<qint64> &seconds)
{
    QList<Sample> samples;
    for (const qint64 second : seconds)
        samples.append(sample(endpointId, second, EndpointState::Up));
    return samples;
}

SampleWriterOptions options(int flushIntervalMs, int maxBatchSamples, qsizetype maxBufferedSamples = 500'000)
{
    SampleWriterOptions options;
    options.flushIntervalMs = flushIntervalMs;
    options.maxBatchSamples = maxBatchSamples;
    options.maxBufferedSamples = maxBufferedSamples;
    return options;
}

bool pgctl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(qEnvironmentVariable("LEITSTAND_TEST_PGCTL"), arguments);
    return process.waitForFinished(180'000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Stops the test's PostgreSQL server as a crash would, and starts it again at the latest when it
// goes out of scope, so that a failed check leaves the server to the tests that follow.
class ServerOutage final
{
public:
    ServerOutage()
        : m_stopped(pgctl({u"stop"_s, u"-m"_s, u"immediate"_s}))
    {
    }
    ~ServerOutage() { end(); }
    Q_DISABLE_COPY_MOVE(ServerOutage)

    bool isStopped() const { return m_stopped; }
    bool end()
    {
        if (m_stopped)
            m_stopped = !pgctl({u"start"_s});
        return !m_stopped;
    }

private:
    bool m_stopped;
};

} // namespace

void TestSampleWriter::flushWritesEverythingFromManyThreads()
{
    StorageTest::TestDatabase db;
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(db.addEndpoint(u"e%1"_s.arg(i), 1000));

    SampleWriter writer(*db.database, options(60'000, 300));
    constexpr int perThread = 1000;
    std::vector<std::unique_ptr<QThread>> threads;
    for (const qint64 id : std::as_const(ids)) {
        threads.emplace_back(QThread::create([&writer, id] {
            for (int i = 0; i < perThread; ++i)
                writer.append(sample(id, t0 + i, i % 10 == 0 ? EndpointState::Down : EndpointState::Up, i % 300));
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60'000));
    writer.flush();

    const SampleWriterStatistics statistics = writer.statistics();
    QCOMPARE(statistics.samplesAppended, 4 * perThread);
    QCOMPARE(statistics.samplesWritten, 4 * perThread);
    QCOMPARE(statistics.samplesRejected, 0);
    QCOMPARE(statistics.pending, 0);
    QVERIFY(statistics.batches >= 4 * perThread / 300);
    QVERIFY(statistics.lastFlush.isValid());
    QCOMPARE(count(*db.database, u"SELECT COUNT(*) FROM samples"_s), 4 * perThread);
    QCOMPARE(count(*db.database, u"SELECT SUM(sample_count) FROM rollup_minute"_s), 4 * perThread);
    QCOMPARE(count(*db.database, u"SELECT SUM(sample_count) FROM rollup_hour"_s), 4 * perThread);
    QCOMPARE(count(*db.database, u"SELECT COUNT(*) FROM endpoint_status"_s), 4);
}

void TestSampleWriter::writesWithinTheFlushInterval()
{
    StorageTest::TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s);
    SampleWriter writer(*db.database, options(200, 1000));
    for (int i = 0; i < 10; ++i)
        writer.append(sample(id, t0 + i * 60, EndpointState::Up));
    // No flush(): the timer writes them. Generous, for a loaded machine.
    QTRY_COMPARE_WITH_TIMEOUT(writer.statistics().samplesWritten, 10, 20'000);
    QCOMPARE(count(*db.database, u"SELECT COUNT(*) FROM samples"_s), 10);
}

void TestSampleWriter::writesFullBatchesAtOnce()
{
    StorageTest::TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s, 1000);
    // The timer would take a minute: only the batch size can start these writes.
    SampleWriter writer(*db.database, options(60'000, 100));
    for (int i = 0; i < 250; ++i)
        writer.append(sample(id, t0 + i, EndpointState::Up));
    QTRY_VERIFY_WITH_TIMEOUT(writer.statistics().samplesWritten >= 200, 20'000);
    QVERIFY(writer.statistics().batches >= 2);
    writer.flush();
    QCOMPARE(writer.statistics().samplesWritten, 250);
}

void TestSampleWriter::destructionFlushes()
{
    StorageTest::TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s);
    {
        SampleWriter writer(*db.database, options(60'000, 1000));
        for (int i = 0; i < 25; ++i)
            writer.append(sample(id, t0 + i * 60, EndpointState::Up));
    }
    QCOMPARE(count(*db.database, u"SELECT COUNT(*) FROM samples"_s), 25);
}

void TestSampleWriter::samplesOfRemovedEndpointsAreRejected()
{
    StorageTest::TestDatabase db;
    const qint64 kept = db.addEndpoint(u"kept"_s);
    const qint64 removed = db.addEndpoint(u"removed"_s);
    SampleWriter writer(*db.database, options(60'000, 1000));
    writer.append({sample(kept, t0, EndpointState::Up), sample(removed, t0, EndpointState::Up)});
    writer.flush();
    QVERIFY(EndpointRepository(*db.database).remove(removed));
    writer.append({sample(kept, t0 + 60, EndpointState::Up), sample(removed, t0 + 60, EndpointState::Up)});
    writer.flush();
    const SampleWriterStatistics statistics = writer.statistics();
    QCOMPARE(statistics.samplesWritten, 3);
    QCOMPARE(statistics.samplesRejected, 1);
    QCOMPARE(statistics.lastError, QString());
    QCOMPARE(count(*db.database, u"SELECT COUNT(*) FROM samples"_s), 2);
}

// Two stores on one database write samples of the same endpoint (as two pollers would by
// mistake): the one that finds its memory stale fails once, and the retry stores what is new and
// rejects what the other already stored.
void TestSampleWriter::aSecondWriterLosesNothingNew()
{
    TestDatabase db;
    const qint64 id = db.addEndpoint(u"shared"_s);
    SampleStore first(*db.database);
    SampleStore second(*db.database);
    QVERIFY(first.write({sample(id, t0, EndpointState::Up)}));
    QVERIFY(second.write({sample(id, t0 + 60, EndpointState::Up)}));
    const auto stale = first.write({sample(id, t0 + 60, EndpointState::Up), sample(id, t0 + 120, EndpointState::Up)});
    QVERIFY(!stale);
    const auto retried = first.write({sample(id, t0 + 60, EndpointState::Up), sample(id, t0 + 120, EndpointState::Up)});
    QVERIFY2(retried, errorOf(retried).constData());
    QCOMPARE(retried->written, 1);
    QCOMPARE(retried->rejected, 1);
    QCOMPARE(count(*db.database, u"SELECT COUNT(*) FROM samples"_s), 3);
}

// A batch that a reachable database refuses is given up, not kept: keeping it would retry it forever.
void TestSampleWriter::aRefusedBatchIsLost()
{
    TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s);
    SampleWriter writer(*db.database, options(60'000, 1000));
    writer.append(sample(id, t0, EndpointState::Up));
    writer.flush();
    QSqlQuery drop(db.database->connection());
    QVERIFY(drop.exec(u"DROP TABLE samples"_s));

    QSignalSpy failed(&writer, &SampleWriter::writeFailed);
    QSignalSpy lost(&writer, &SampleWriter::databaseLost);
    writer.append({sample(id, t0 + 60, EndpointState::Up), sample(id, t0 + 120, EndpointState::Up)});
    writer.flush();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(lost.size(), 0);
    const SampleWriterStatistics statistics = writer.statistics();
    QCOMPARE(statistics.samplesWritten, 1);
    QCOMPARE(statistics.samplesLost, 2);
    QCOMPARE(statistics.samplesDropped, 0);
    QCOMPARE(statistics.pending, 0);
    QCOMPARE(statistics.lastError, failed.at(0).at(0).toString());
}

void TestSampleWriter::buffersBoundedWhileTheDatabaseCannotBeReached_data()
{
    QTest::addColumn<int>("maxBatchSamples");
    QTest::addColumn<qsizetype>("maxBufferedSamples");
    QTest::addColumn<qint64>("dropped");

    // Two appends of 30 samples each, with a write attempt after each.
    QTest::addRow("room for all") << 100 << qsizetype(1000) << qint64(0);
    QTest::addRow("room for exactly all") << 100 << qsizetype(60) << qint64(0);
    QTest::addRow("room for 40") << 100 << qsizetype(40) << qint64(20);
    QTest::addRow("batches smaller than the buffer") << 10 << qsizetype(25) << qint64(35);
    QTest::addRow("room for one") << 10 << qsizetype(1) << qint64(59);
}

// Against a database that was never there (SQLite: a file in a folder that does not exist;
// PostgreSQL: a port nothing listens on), so that only the buffer can hold the samples.
void TestSampleWriter::buffersBoundedWhileTheDatabaseCannotBeReached()
{
    QFETCH(int, maxBatchSamples);
    QFETCH(qsizetype, maxBufferedSamples);
    QFETCH(qint64, dropped);

    const QTemporaryDir dir;
    const Database unreachable(postgresqlUrl().isEmpty()
            ? DatabaseLocation::sqliteFile(dir.filePath(u"missing/test.sqlite"_s))
            : *DatabaseLocation::parse(u"postgresql://x@127.0.0.1:1/db"_s));
    SampleWriter writer(unreachable, options(60'000, maxBatchSamples, maxBufferedSamples));
    QSignalSpy lost(&writer, &SampleWriter::databaseLost);
    QSignalSpy back(&writer, &SampleWriter::databaseBack);
    QSignalSpy failed(&writer, &SampleWriter::writeFailed);
    writer.append(samples(1, range(t0, t0 + 30)));
    writer.flush();
    writer.append(samples(1, range(t0 + 30, t0 + 60)));
    writer.flush();

    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.at(0).at(0).toString().contains(unreachable.location().displayName()),
        qPrintable(lost.at(0).at(0).toString()));
    QCOMPARE(back.size(), 0);
    QCOMPARE(failed.size(), 0);
    const SampleWriterStatistics statistics = writer.statistics();
    QCOMPARE(statistics.samplesAppended, 60);
    QCOMPARE(statistics.samplesWritten, 0);
    QCOMPARE(statistics.samplesLost, 0);
    QCOMPARE(statistics.samplesDropped, dropped);
    QCOMPARE(statistics.pending, 60 - dropped);
    QCOMPARE(statistics.lastError, lost.at(0).at(0).toString());
}

void TestSampleWriter::writesTheBufferAfterAServerRestart_data()
{
    QTest::addColumn<qsizetype>("maxBufferedSamples");

    QTest::addRow("room for all") << qsizetype(1000);
    QTest::addRow("room for 5") << qsizetype(5);
}

// Qt's PostgreSQL driver does not reconnect by itself: without a fresh connection the writer would
// fail every batch after a server restart.
void TestSampleWriter::writesTheBufferAfterAServerRestart()
{
    if (postgresqlUrl().isEmpty())
        QSKIP("needs a PostgreSQL server to stop and start (pg.tst_samplewriter)");
    QFETCH(qsizetype, maxBufferedSamples);

    TestDatabase db;
    const qint64 id = db.addEndpoint(u"e"_s, 1000);
    SampleWriter writer(*db.database, options(200, 1000, maxBufferedSamples));
    QSignalSpy lost(&writer, &SampleWriter::databaseLost);
    QSignalSpy back(&writer, &SampleWriter::databaseBack);
    QSignalSpy failed(&writer, &SampleWriter::writeFailed);
    writer.append(samples(id, range(t0, t0 + 5)));
    writer.flush();
    QCOMPARE(writer.statistics().samplesWritten, 5);
    // The test server commits without waiting for its WAL (synchronous_commit = off), and a crash
    // loses what is still in memory: make the first samples durable as a real server's would be.
    administer({u"CHECKPOINT"_s});

    ServerOutage outage;
    QVERIFY(outage.isStopped());
    writer.append(samples(id, range(t0 + 5, t0 + 15)));
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 60'000);
    writer.append(samples(id, range(t0 + 15, t0 + 25)));
    writer.flush();
    QCOMPARE(lost.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(back.size(), 0);
    const qint64 kept = std::min<qint64>(20, maxBufferedSamples);
    SampleWriterStatistics statistics = writer.statistics();
    QCOMPARE(statistics.samplesLost, 0);
    QCOMPARE(statistics.samplesDropped, 20 - kept);
    QCOMPARE(statistics.pending, kept);

    QVERIFY(outage.end());
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 60'000);
    QCOMPARE(back.at(0).at(0).toLongLong(), kept);
    QCOMPARE(back.at(0).at(1).toLongLong(), 20 - kept);
    QCOMPARE(failed.size(), 0);
    statistics = writer.statistics();
    QCOMPARE(statistics.samplesWritten, 5 + kept);
    QCOMPARE(statistics.samplesLost, 0);
    QCOMPARE(statistics.samplesDropped, 20 - kept);
    QCOMPARE(statistics.pending, 0);

    // This thread's connection went down with the server as well.
    db.database->closeConnection();
    // The oldest were dropped: the five stored before the outage stay, then the newest that fit.
    QCOMPARE(seconds(*db.database), range(t0, t0 + 5) + range(t0 + 25 - kept, t0 + 25));
}

QTEST_GUILESS_MAIN(TestSampleWriter)
#include "tst_samplewriter.moc"
