// The console's engine in its worker thread: results reach the thread that owns the host, imports
// are picked up, and destroying the host while checks run stops everything cleanly.

#include "engine/enginehost.h"
#include "engine/uptimeloader.h"
#include "enginetesthelpers.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

using EngineTest::tcpEndpoint;

class TestEngineHost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_directory = std::make_unique<QTemporaryDir>();
        QVERIFY(m_directory->isValid());
        m_database = std::make_unique<Database>(m_directory->filePath(u"host.sqlite"_s));
        QVERIFY(m_database->open());
        QVERIFY(m_listening.listen(QHostAddress::LocalHost));
    }

    void cleanup()
    {
        m_listening.close();
        m_database.reset();
        m_directory.reset();
    }

    void resultsArriveInTheOwningThread()
    {
        EndpointRepository repository(*m_database);
        const qint64 id = *repository.add(tcpEndpoint(u"up"_s, m_listening.serverPort()));

        EngineHost host(*m_database);
        QSignalSpy endpoints(&host, &EngineHost::endpointsChanged);
        QSignalSpy statuses(&host, &EngineHost::statusesLoaded);
        QSignalSpy changes(&host, &EngineHost::stateChanged);
        QList<QThread *> resultThreads;
        QList<CheckResult> results;
        connect(&host, &EngineHost::resultReady, this, [&](const CheckResult &result, EndpointState) {
            resultThreads.append(QThread::currentThread());
            results.append(result);
        });
        host.start();

        QVERIFY(endpoints.wait(10'000));
        const auto loaded = endpoints.constFirst().at(0).value<QList<Endpoint>>();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst().id, id);
        QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 1, 5'000);

        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 2, 10'000);
        QCOMPARE(results.constFirst().endpointId, id);
        QCOMPARE(results.constFirst().status, EndpointState::Up);
        for (QThread *thread : std::as_const(resultThreads))
            QCOMPARE(thread, QThread::currentThread());
        QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 5'000);
        QCOMPARE(changes.constFirst().at(0).value<StateTransition>().to, EndpointState::Up);
    }

    void reloadsAfterAnImport()
    {
        EndpointRepository repository(*m_database);
        QVERIFY(repository.add(tcpEndpoint(u"a"_s, m_listening.serverPort())));
        EngineHost host(*m_database);
        QSignalSpy endpoints(&host, &EngineHost::endpointsChanged);
        host.start();
        QVERIFY(endpoints.wait(10'000));
        QVERIFY(repository.add(tcpEndpoint(u"b"_s, m_listening.serverPort())));
        QTRY_COMPARE_WITH_TIMEOUT(endpoints.size(), 2, EngineHost::reloadIntervalMs + 5'000);
        QCOMPARE(endpoints.constLast().at(0).value<QList<Endpoint>>().size(), 2);
    }

    // An hourly endpoint is checked at once when asked, and an edit is read without waiting for
    // the periodic reload.
    void checkNowAndReloadNow()
    {
        EndpointRepository repository(*m_database);
        Endpoint hourly = tcpEndpoint(u"hourly"_s, m_listening.serverPort());
        hourly.intervalMs = 3'600'000;
        const qint64 id = *repository.add(hourly);
        EngineHost host(*m_database);
        QSignalSpy endpoints(&host, &EngineHost::endpointsChanged);
        QList<CheckResult> results;
        connect(&host, &EngineHost::resultReady, this,
            [&](const CheckResult &result, EndpointState) { results.append(result); });
        host.start();
        QVERIFY(endpoints.wait(10'000));
        const qsizetype before = results.size();
        host.checkNow({id, 4711});
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), before + 1, 5'000);
        QCOMPARE(results.constLast().endpointId, id);
        QCOMPARE(results.constLast().status, EndpointState::Up);

        hourly.id = id;
        hourly.name = u"renamed"_s;
        QVERIFY(repository.update(hourly));
        host.reloadNow();
        QTRY_COMPARE_WITH_TIMEOUT(endpoints.size(), 2, EngineHost::reloadIntervalMs - 1'000);
        QCOMPARE(endpoints.constLast().at(0).value<QList<Endpoint>>().constFirst().name, u"renamed"_s);
    }

    // Destroyed while checks run: the engine stops and stores in its own thread, nothing arrives
    // afterwards, and the samples received so far are in the database.
    void destructionIsClean()
    {
        EndpointRepository repository(*m_database);
        QVERIFY(repository.add(tcpEndpoint(u"up"_s, m_listening.serverPort())));
        int received = 0;
        {
            EngineHost host(*m_database);
            connect(&host, &EngineHost::resultReady, this, [&received] { ++received; });
            host.start();
            QTRY_VERIFY_WITH_TIMEOUT(received >= 1, 10'000);
        }
        const int atDestruction = received;
        QTest::qWait(1'500);
        QCOMPARE(received, atDestruction);
        const auto status = EndpointStatusQuery(*m_database).all();
        QVERIFY(status);
        QCOMPARE(status->size(), 1);
        QCOMPARE(status->constFirst().state, EndpointState::Up);
    }

    // Uptime of what the engine stored, computed off this thread; unmeasured endpoints get none.
    void uptimeOfStoredResults()
    {
        EndpointRepository repository(*m_database);
        const qint64 measured = *repository.add(tcpEndpoint(u"up"_s, m_listening.serverPort()));
        Endpoint pausedEndpoint = tcpEndpoint(u"paused"_s, m_listening.serverPort());
        pausedEndpoint.paused = true;
        const qint64 unmeasured = *repository.add(pausedEndpoint);
        {
            EngineHost host(*m_database);
            QSignalSpy results(&host, &EngineHost::resultReady);
            host.start();
            QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 2, 10'000);
        }

        UptimeLoader loader(*m_database);
        QHash<qint64, EndpointUptime> uptimes;
        QThread *deliveredIn = nullptr;
        connect(&loader, &UptimeLoader::loaded, this, [&](const QList<EndpointUptime> &list) {
            deliveredIn = QThread::currentThread();
            for (const EndpointUptime &uptime : list)
                uptimes.insert(uptime.endpointId, uptime);
        });
        loader.setEndpoints({measured, unmeasured});
        QTRY_COMPARE_WITH_TIMEOUT(uptimes.size(), 2, 10'000);
        QCOMPARE(deliveredIn, QThread::currentThread());
        QCOMPARE(uptimes.value(measured).last24h, std::optional<double>(1.0));
        QCOMPARE(uptimes.value(measured).last30d, std::optional<double>(1.0));
        QCOMPARE(uptimes.value(unmeasured).last24h, std::nullopt);
    }

    // Never started: nothing to stop, and the destructor still returns.
    void destroyedBeforeStart() { EngineHost host(*m_database); }

private:
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Database> m_database;
    QTcpServer m_listening;
};

QTEST_GUILESS_MAIN(TestEngineHost)
#include "tst_enginehost.moc"
