// The whole pipeline in one process: endpoints from a real SQLite database, real tcp checks against
// sockets of this test on 127.0.0.1, confirmations, and samples written by the SampleWriter.

#include "engine/monitoringengine.h"
#include "enginetesthelpers.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/endpointstatus.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

using EngineTest::tcpEndpoint;

class TestMonitoringEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_directory = std::make_unique<QTemporaryDir>();
        QVERIFY(m_directory->isValid());
        m_database = std::make_unique<Database>(m_directory->filePath(u"engine.sqlite"_s));
        QVERIFY(m_database->open());
        QVERIFY(m_listening.listen(QHostAddress::LocalHost));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_closedPort = closed.serverPort();
    }

    void cleanup()
    {
        m_listening.close();
        m_database.reset();
        m_directory.reset();
    }

    void checkAllOnceReportsEveryEndpoint()
    {
        EndpointRepository repository(*m_database);
        const qint64 up = *repository.add(tcpEndpoint(u"up"_s, m_listening.serverPort()));
        const qint64 down = *repository.add(tcpEndpoint(u"down"_s, m_closedPort));
        Endpoint pausedEndpoint = tcpEndpoint(u"paused"_s, m_listening.serverPort());
        pausedEndpoint.paused = true;
        const qint64 paused = *repository.add(pausedEndpoint);

        MonitoringEngine engine(*m_database);
        QVERIFY(engine.loadEndpoints());
        QSignalSpy results(&engine, &MonitoringEngine::resultReady);
        QSignalSpy finished(&engine, &MonitoringEngine::allChecksFinished);
        engine.checkAllOnce();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(results.size(), 2);
        QHash<qint64, CheckResult> byEndpoint;
        for (const QList<QVariant> &arguments : std::as_const(results)) {
            const auto result = arguments.at(0).value<CheckResult>();
            byEndpoint.insert(result.endpointId, result);
        }
        QCOMPARE(byEndpoint.value(up).status, EndpointState::Up);
        QCOMPARE(byEndpoint.value(down).status, EndpointState::Down);
        QCOMPARE(byEndpoint.value(down).error, CheckError::ConnectionRefused);
        QVERIFY(!byEndpoint.contains(paused));
        QCOMPARE(engine.state(paused)->state, EndpointState::Paused);
    }

    // DOWN only after the confirmations; every result is stored with the state it left behind.
    void confirmationsDecideTheStoredState()
    {
        EndpointRepository repository(*m_database);
        const qint64 id = *repository.add(tcpEndpoint(u"flaky"_s, m_closedPort, 2));
        MonitoringEngine engine(*m_database);
        QVERIFY(engine.loadEndpoints());
        QSignalSpy changes(&engine, &MonitoringEngine::stateChanged);
        QSignalSpy results(&engine, &MonitoringEngine::resultReady);
        QSignalSpy finished(&engine, &MonitoringEngine::allChecksFinished);

        engine.checkAllOnce();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(results.constLast().at(1).value<EndpointState>(), EndpointState::Unknown);
        QCOMPARE(changes.size(), 0);

        // Samples are stored to the second, one per endpoint and second.
        QTest::qWait(1010 - QDateTime::currentDateTimeUtc().time().msec());
        engine.checkAllOnce();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(results.constLast().at(1).value<EndpointState>(), EndpointState::Down);
        QCOMPARE(changes.size(), 1);
        const auto transition = changes.constFirst().at(0).value<StateTransition>();
        QCOMPARE(transition.endpointId, id);
        QCOMPARE(transition.from, EndpointState::Unknown);
        QCOMPARE(transition.to, EndpointState::Down);
        QVERIFY(transition.cause);
        QCOMPARE(transition.cause->error, CheckError::ConnectionRefused);

        engine.shutdown();
        QCOMPARE(engine.storageStatistics().samplesWritten, 2);
        const auto status = EndpointStatusQuery(*m_database).byEndpoint(id);
        QVERIFY(status && *status);
        QCOMPARE((*status)->state, EndpointState::Down);
        QCOMPARE((*status)->lastError, CheckError::ConnectionRefused);
    }

    void dryRunStoresNothing()
    {
        EndpointRepository repository(*m_database);
        QVERIFY(repository.add(tcpEndpoint(u"up"_s, m_listening.serverPort())));
        MonitoringEngineOptions options;
        options.storeSamples = false;
        MonitoringEngine engine(*m_database, options);
        QVERIFY(engine.loadEndpoints());
        QSignalSpy finished(&engine, &MonitoringEngine::allChecksFinished);
        engine.checkAllOnce();
        QVERIFY(finished.wait(10'000));
        engine.shutdown();
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM samples"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // Running on its schedule; shutdown() stops it and keeps every result received.
    void runsOnScheduleUntilShutdown()
    {
        EndpointRepository repository(*m_database);
        QVERIFY(repository.add(tcpEndpoint(u"up"_s, m_listening.serverPort())));
        MonitoringEngine engine(*m_database);
        QVERIFY(engine.loadEndpoints());
        QSignalSpy results(&engine, &MonitoringEngine::resultReady);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 2, 10'000);
        engine.shutdown();
        QVERIFY(!engine.isRunning());
        const qsizetype received = results.size();
        QCOMPARE(engine.storageStatistics().samplesWritten + engine.storageStatistics().samplesRejected, received);
        QTest::qWait(1500);
        QCOMPARE(results.size(), received);
    }

    // An endpoint removed while its check runs: the late result belongs to nothing.
    void resultOfARemovedEndpointIsDropped()
    {
        EndpointRepository repository(*m_database);
        const qint64 id = *repository.add(tcpEndpoint(u"up"_s, m_listening.serverPort()));
        MonitoringEngine engine(*m_database);
        QVERIFY(engine.loadEndpoints());
        QSignalSpy results(&engine, &MonitoringEngine::resultReady);
        QSignalSpy finished(&engine, &MonitoringEngine::allChecksFinished);
        engine.checkAllOnce();
        engine.removeEndpoint(id);
        QTest::qWait(500);
        QCOMPARE(results.size(), 0);
        QVERIFY(!engine.state(id));
        QVERIFY(engine.endpoints().isEmpty());
    }

    void reloadPicksUpImportedChanges()
    {
        EndpointRepository repository(*m_database);
        QVERIFY(repository.add(tcpEndpoint(u"a"_s, m_listening.serverPort())));
        MonitoringEngine engine(*m_database);
        QVERIFY(engine.loadEndpoints());
        QCOMPARE(engine.endpoints().size(), 1);
        // Nothing changed in the database: no reload, so what was set by hand stays.
        engine.setEndpoints({});
        QVERIFY(engine.reloadIfChanged());
        QCOMPARE(engine.endpoints().size(), 0);
        QVERIFY(repository.sync({tcpEndpoint(u"b"_s, m_listening.serverPort()), tcpEndpoint(u"c"_s, m_closedPort)}));
        QVERIFY(engine.reloadIfChanged());
        QStringList names;
        for (const Endpoint &endpoint : engine.endpoints())
            names.append(endpoint.name);
        names.sort();
        QCOMPARE(names, QStringList({u"b"_s, u"c"_s}));
        QCOMPARE(engine.schedulerStatistics().scheduled, 0); // not started
    }

    // Results wait in memory while the database cannot be reached, and the engine says so; a
    // poller logs both.
    void reportsWhenTheDatabaseIsAwayAndBack()
    {
        const QString folder = m_directory->filePath(u"data"_s);
        const QString away = m_directory->filePath(u"away"_s);
        Database database(folder + u"/engine.sqlite"_s);
        QVERIFY(database.open());
        const qint64 id = *EndpointRepository(database).add(tcpEndpoint(u"up"_s, m_listening.serverPort()));
        MonitoringEngineOptions options;
        options.writer.flushIntervalMs = 100;
        MonitoringEngine engine(database, options);
        QVERIFY(engine.loadEndpoints());
        // The writer opens its connection with its first write, and then finds no file; this
        // thread's connection keeps the moved file open, as SQLite's connections do.
        QVERIFY(QDir().rename(folder, away));
        QSignalSpy lost(&engine, &MonitoringEngine::databaseLost);
        QSignalSpy back(&engine, &MonitoringEngine::databaseBack);
        QSignalSpy finished(&engine, &MonitoringEngine::allChecksFinished);
        engine.checkAllOnce();
        QVERIFY(finished.wait(10'000));
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 20'000);
        QVERIFY2(lost.at(0).at(0).toString().contains(u"engine.sqlite"_s), qPrintable(lost.at(0).at(0).toString()));
        QCOMPARE(engine.storageStatistics().pending, 1);

        QVERIFY(QDir().rename(away, folder));
        QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 20'000);
        QCOMPARE(back.at(0).at(0).toLongLong(), 1);
        QCOMPARE(back.at(0).at(1).toLongLong(), 0);
        QCOMPARE(lost.size(), 1);
        const auto status = EndpointStatusQuery(database).byEndpoint(id);
        QVERIFY(status && *status);
        QCOMPARE((*status)->state, EndpointState::Up);
    }

private:
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Database> m_database;
    QTcpServer m_listening;
    quint16 m_closedPort = 0;
};

QTEST_GUILESS_MAIN(TestMonitoringEngine)
#include "tst_monitoringengine.moc"
