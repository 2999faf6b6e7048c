// A real console on a shared PostgreSQL database (tests/support/with-postgresql), watching rather
// than checking: what another program (here the test, writing as a poller does) stores shows up by
// LISTEN/NOTIFY; when the server goes away the window says so and keeps the last known state, and
// once it is back everything flows again without the user doing anything.
#include "console.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "itemmodels/endpointtreemodel.h"
#include "itemmodels/incidentlistmodel.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/samplestore.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

Endpoint tcpEndpoint(const QString &name)
{
    Endpoint endpoint;
    endpoint.service = u"Bürgerportal"_s;
    endpoint.name = name;
    endpoint.kind = CheckKind::Tcp;
    endpoint.target = u"127.0.0.1:9"_s;
    return endpoint;
}

bool pgctl(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("LEITSTAND_TEST_PGCTL"), arguments);
    return process.waitForFinished(120'000) && process.exitCode() == 0;
}

} // namespace

class TestLiveConsole final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(UiLanguage::English));
        const auto location = DatabaseLocation::parse(qEnvironmentVariable("LEITSTAND_TEST_POSTGRESQL"));
        QVERIFY2(location, "run by ctest as pg.tst_liveconsole, with tests/support/with-postgresql");
        m_location = *location;
    }

    void showsWhatOthersStoreAndSurvivesTheServerGoingAway()
    {
        // The "poller": another program on the same database.
        auto poller = std::make_unique<Database>(m_location);
        QVERIFY(poller->open());
        const auto first = EndpointRepository(*poller).add(tcpEndpoint(u"Startseite"_s));
        QVERIFY(first);
        const auto second = EndpointRepository(*poller).add(tcpEndpoint(u"Anmeldung"_s));
        QVERIFY(second);

        Database database(m_location);
        QVERIFY(database.open());
        Settings settings(m_dir.filePath(u"leitstand.conf"_s));
        Console console(
            settings, database, m_location.displayName(), Console::Options {.trayIcon = false, .engine = {}});
        console.start();
        QVERIFY(QTest::qWaitForWindowActive(&console.window()));
        EndpointTreeModel &model = console.endpoints();
        QTRY_COMPARE(model.endpointCount(), 2);
        const auto stateOf = [&](qint64 id) {
            return EndpointState(model.indexOfEndpoint(id).data(EndpointTreeModel::StateRole).toInt());
        };
        // The console checks nothing itself: the pollers do.
        QTest::qWait(1500);
        QCOMPARE(stateOf(*first), EndpointState::Unknown);

        // A result stored elsewhere arrives by notification (nothing here reads the statuses on a
        // timer).
        QElapsedTimer latency;
        latency.start();
        QVERIFY(storeResult(*poller, *first, EndpointState::Down));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*first), EndpointState::Down, 10'000);
        qInfo("a stored result showed after %lld ms", latency.elapsed());

        // So does an incident that a poller opened.
        QSqlQuery incident(poller->connection());
        QVERIFY(incident.exec(u"INSERT INTO incidents (id, service_id, title, severity, state, automatic, opened_ms) "
                              "SELECT 1, id, 'Startseite antwortet nicht', 1, 0, 1, %1 FROM services "
                              "WHERE name = 'Bürgerportal'"_s.arg(QDateTime::currentMSecsSinceEpoch())));
        QTRY_COMPARE_WITH_TIMEOUT(console.incidents().rowCount(), 1, 10'000);
        incident.finish();

        // "Check now" checks from this workstation (nothing listens on port 9) and shows the result,
        // which is not stored: that is the pollers' business.
        QCOMPARE(stateOf(*second), EndpointState::Unknown);
        Q_EMIT console.window().checkNowRequested({*second});
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*second), EndpointState::Down, 10'000);
        QSqlQuery stored(poller->connection());
        QVERIFY(stored.exec(u"SELECT COUNT(*) FROM samples WHERE endpoint_id = %1"_s.arg(*second)) && stored.next());
        QCOMPARE(stored.value(0).toInt(), 0);
        stored.finish();

        // The server goes away: the window says so, in words, and keeps the last known state.
        auto *banner = console.window().findChild<QWidget *>(u"databaseBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QVERIFY(pgctl({u"stop"_s, u"-m"_s, u"immediate"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20'000);
        const QString text = console.window().findChild<QLabel *>(u"databaseBannerText"_s)->text();
        QVERIFY2(text.contains(u"cannot be reached"_s), qPrintable(text));
        QVERIFY(!banner->accessibleName().isEmpty());
        QCOMPARE(stateOf(*first), EndpointState::Down);
        QCOMPARE(console.incidents().rowCount(), 1);

        // It comes back by itself, and notifications flow again on the new connection.
        QVERIFY(pgctl({u"start"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30'000);
        poller->closeConnection();
        QVERIFY(storeResult(*poller, *first, EndpointState::Up));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*first), EndpointState::Up, 10'000);
        // With the latency of the stored check.
        QCOMPARE(
            model.indexOfEndpoint(*first, EndpointTreeModel::Latency).data(EndpointTreeModel::SortRole).toInt(), 42);
    }

private:
    static bool storeResult(const Database &database, qint64 endpointId, EndpointState state)
    {
        SampleStore store(database);
        Sample sample {.endpointId = endpointId,
            .timeMs = QDateTime::currentMSecsSinceEpoch(),
            .latencyMs = 42,
            .state = state,
            .error = state == EndpointState::Down ? CheckError::ConnectionRefused : CheckError::Ok,
            .detail = {}};
        const auto written = store.write({sample});
        if (!written)
            qWarning("%s", qPrintable(written.error()));
        return written.has_value();
    }

    TranslationInstaller m_translations;
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
};

QTEST_MAIN(TestLiveConsole)
#include "tst_liveconsole.moc"
