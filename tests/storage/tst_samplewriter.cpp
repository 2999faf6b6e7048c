#include "storagetesthelpers.h"

#include "storage/samplestore.h"
#include "storage/samplewriter.h"

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
};

namespace {

qint64 count(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

SampleWriterOptions options(int flushIntervalMs, int maxBatchSamples)
{
    SampleWriterOptions options;
    options.flushIntervalMs = flushIntervalMs;
    options.maxBatchSamples = maxBatchSamples;
    return options;
}

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

QTEST_GUILESS_MAIN(TestSampleWriter)
#include "tst_samplewriter.moc"
