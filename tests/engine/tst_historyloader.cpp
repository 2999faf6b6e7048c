// Recent history for the console: the newest samples and failures of an endpoint, read in the
// loader's own thread, in batches, with newer requests abandoning older ones.

#include "../storage/storagetesthelpers.h"
#include "engine/historyloader.h"
#include "storage/recentsamplequery.h"
#include "storage/samplestore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

class TestHistoryLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_id = m_db->addEndpoint(u"a"_s);
        m_other = m_db->addEndpoint(u"b"_s);
        // Recent enough for the failure window: the last 100 minutes, every 20th a timeout, every
        // 25th slow.
        const qint64 start = QDateTime::currentSecsSinceEpoch() - 100 * 60;
        QList<Sample> samples;
        for (int i = 0; i < 100; ++i) {
            CheckError error = CheckError::Ok;
            EndpointState state = EndpointState::Up;
            if (i % 20 == 0) {
                error = CheckError::Timeout;
                state = EndpointState::Down;
            } else if (i % 25 == 0) {
                error = CheckError::SlowResponse;
                state = EndpointState::Degraded;
            }
            samples.append(sample(m_id, start + i * 60, state, 100 + i, error));
            samples.append(sample(m_other, start + i * 60, EndpointState::Up, 50));
        }
        QVERIFY(SampleStore(*m_db->database).write(samples));
        m_start = start;
    }

    void cleanup() { m_db.reset(); }

    void latestIsNewestFirstAndLimited()
    {
        const auto latest = RecentSampleQuery(*m_db->database).latest(m_id, 30);
        QVERIFY2(latest, errorOf(latest).constData());
        QCOMPARE(latest->size(), 30);
        QCOMPARE(latest->constFirst().timeMs, (m_start + 99 * 60) * 1000);
        QCOMPARE(latest->constLast().timeMs, (m_start + 70 * 60) * 1000);
        QCOMPARE(latest->constFirst().latencyMs, 199);
        QVERIFY(std::ranges::all_of(*latest, [this](const Sample &s) { return s.endpointId == m_id; }));
    }

    void failuresAreTheSamplesWithAnError()
    {
        const QDateTime since = QDateTime::fromSecsSinceEpoch(m_start, QTimeZone::UTC);
        const auto failures = RecentSampleQuery(*m_db->database).failures(m_id, since, 100);
        QVERIFY2(failures, errorOf(failures).constData());
        // Minutes 0, 20, 40, 60 and 80 time out; 25, 50 and 75 are slow.
        QCOMPARE(failures->size(), 8);
        QCOMPARE(failures->constFirst().timeMs, (m_start + 80 * 60) * 1000);
        QCOMPARE(failures->constFirst().error, CheckError::Timeout);
        QCOMPARE(failures->constFirst().state, EndpointState::Down);
        QCOMPARE(failures->at(1).error, CheckError::SlowResponse);
        // The window and the limit both bound it.
        const auto recent = RecentSampleQuery(*m_db->database).failures(m_id, since.addSecs(61 * 60), 100);
        QCOMPARE(recent->size(), 2); // minutes 75 and 80
        const auto limited = RecentSampleQuery(*m_db->database).failures(m_id, since, 3);
        QCOMPARE(limited->size(), 3);
        QCOMPARE(limited->constLast().timeMs, (m_start + 60 * 60) * 1000);
    }

    void heartbeatsComeInBatchesFromTheWorker()
    {
        HistoryLoader loader(*m_db->database);
        QSignalSpy batches(&loader, &HistoryLoader::heartbeatsLoaded);
        QList<qint64> ids;
        for (qint64 id = 1000; id <= 1000 + HistoryLoader::batchSize + 10; ++id)
            ids.append(id); // mostly unknown ids: they yield nothing
        ids.append(m_id);
        ids.append(m_other);
        loader.loadHeartbeats(ids, 30);
        QTRY_VERIFY_WITH_TIMEOUT(!batches.isEmpty(), 10'000);
        QList<EndpointSamples> all;
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                all.clear();
                for (const auto &arguments : std::as_const(batches))
                    all += arguments.at(0).value<QList<EndpointSamples>>();
                return all.size();
            }(),
            2, 10'000);
        for (const EndpointSamples &each : std::as_const(all)) {
            QVERIFY(each.endpointId == m_id || each.endpointId == m_other);
            QCOMPARE(each.samples.size(), 30);
        }
    }

    void onlyTheLatestFailureRequestIsAnswered()
    {
        HistoryLoader loader(*m_db->database);
        QSignalSpy failures(&loader, &HistoryLoader::failuresLoaded);
        loader.loadFailures(m_other);
        loader.loadFailures(m_id);
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10'000);
        QTest::qWait(100); // a stale answer would be queued behind it by now
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.constFirst().at(0).toLongLong(), m_id);
        QCOMPARE(failures.constFirst().at(1).value<QList<Sample>>().size(), 8);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_id = 0;
    qint64 m_other = 0;
    qint64 m_start = 0;
};

QTEST_GUILESS_MAIN(TestHistoryLoader)
#include "tst_historyloader.moc"
