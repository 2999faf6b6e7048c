// MaintenanceDriver on a real database: endpoints of a service are in maintenance exactly while a
// window of the service is under way, the timer fires at the boundary, a changed catalog or new
// endpoints take effect on reload, and an endpoint that fails inside a window opens no incident.

#include "catalog/maintenancewindowformat.h"
#include "engine/incidentmonitor.h"
#include "engine/maintenancedriver.h"
#include "engine/monitoringengine.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

Endpoint endpointOf(const QString &service, const QString &name)
{
    Endpoint e;
    e.service = service;
    e.name = name;
    e.kind = CheckKind::Tcp;
    e.target = u"127.0.0.1:9"_s;
    return e;
}

const QTimeZone berlin("Europe/Berlin");

QDateTime berlinTime(const QString &text)
{
    QDateTime local = QDateTime::fromString(text, Qt::ISODate);
    local.setTimeZone(berlin);
    return local.toUTC();
}

} // namespace

class TestMaintenanceDriver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void endpointsFollowTheWindow_data();
    void endpointsFollowTheWindow();
    void timerFiresAtTheBoundary();
    void reloadSeesChangedCatalogAndEndpoints();
    void unreadableWindowIsAnError();
    void failureInsideAWindowOpensNoIncident();

private:
    qint64 addWindow(const QString &service, const QVariantMap &fields);
    qint64 serviceId(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_start = 0;
    qint64 m_api = 0;
    qint64 m_smtp = 0;
    QDateTime m_now;
};

void TestMaintenanceDriver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(u"db.sqlite"_s));
    QVERIFY(m_database->open());
    EndpointRepository endpoints(*m_database);
    m_start = endpoints.add(endpointOf(u"Portal"_s, u"Start"_s)).value_or(0);
    m_api = endpoints.add(endpointOf(u"Portal"_s, u"API"_s)).value_or(0);
    m_smtp = endpoints.add(endpointOf(u"Mail"_s, u"SMTP"_s)).value_or(0);
    QVERIFY(m_start && m_api && m_smtp);
}

void TestMaintenanceDriver::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

qint64 TestMaintenanceDriver::serviceId(const QString &name) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id FROM services WHERE name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 TestMaintenanceDriver::addWindow(const QString &service, const QVariantMap &fields)
{
    // As the catalog import stores them: the file's fields as a JSON object.
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO maintenance_windows (service_id, definition) VALUES (?, ?)"_s);
    query.addBindValue(serviceId(service));
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson()));
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

void TestMaintenanceDriver::endpointsFollowTheWindow_data()
{
    QTest::addColumn<QVariantMap>("window");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("portalInMaintenance");
    QTest::addColumn<QDateTime>("nextChange");

    const QVariantMap once {{u"title"_s, u"Update"_s}, {u"start"_s, u"2026-12-01T22:00"_s}, {u"duration"_s, u"120"_s},
        {u"timezone"_s, u"Europe/Berlin"_s}};
    QTest::addRow("one-off, a minute before")
        << once << berlinTime(u"2026-12-01T21:59"_s) << false << berlinTime(u"2026-12-01T22:00"_s);
    QTest::addRow("one-off, at its start")
        << once << berlinTime(u"2026-12-01T22:00"_s) << true << berlinTime(u"2026-12-02T00:00"_s);
    QTest::addRow("one-off, at its last minute")
        << once << berlinTime(u"2026-12-01T23:59"_s) << true << berlinTime(u"2026-12-02T00:00"_s);
    QTest::addRow("one-off, at its end") << once << berlinTime(u"2026-12-02T00:00"_s) << false << QDateTime();

    QVariantMap weekly = once;
    weekly.insert(u"start"_s, u"2026-10-20T01:00"_s); // a Tuesday
    weekly.insert(u"duration"_s, u"240"_s);
    weekly.insert(u"repeat"_s, u"weekly"_s);
    weekly.insert(u"on"_s, QStringList {u"Su"_s});
    // Across the change to winter time: 01:00 to 05:00 local time, five real hours.
    QTest::addRow("weekly, in the fall-back night")
        << weekly << berlinTime(u"2026-10-25T04:30"_s) << true << berlinTime(u"2026-10-25T05:00"_s);
    QTest::addRow("weekly, after it, waits for next week")
        << weekly << berlinTime(u"2026-10-25T05:00"_s) << false << berlinTime(u"2026-11-01T01:00"_s);
}

void TestMaintenanceDriver::endpointsFollowTheWindow()
{
    QFETCH(QVariantMap, window);
    QFETCH(QDateTime, at);
    QFETCH(bool, portalInMaintenance);
    QFETCH(QDateTime, nextChange);

    QVERIFY(addWindow(u"Portal"_s, window));
    MaintenanceDriver driver(*m_database);
    driver.setClock([at] { return at; });
    QSignalSpy changes(&driver, &MaintenanceDriver::maintenanceChanged);
    QVERIFY(driver.start());

    const QSet<qint64> expected = portalInMaintenance ? QSet<qint64> {m_start, m_api} : QSet<qint64> {};
    QCOMPARE(driver.endpointsInMaintenance(), expected);
    QCOMPARE(changes.size(), expected.size());
    for (const QList<QVariant> &change : std::as_const(changes)) {
        QVERIFY(expected.contains(change.at(0).toLongLong()));
        QCOMPARE(change.at(1).toBool(), true);
    }
    QCOMPARE(driver.nextChange().value_or(QDateTime()), nextChange);
}

void TestMaintenanceDriver::timerFiresAtTheBoundary()
{
    QVERIFY(addWindow(u"Mail"_s,
        {{u"title"_s, u"Mailserver"_s}, {u"start"_s, u"2026-12-01T22:00"_s}, {u"duration"_s, u"30"_s},
            {u"timezone"_s, u"Europe/Berlin"_s}}));
    // A clock that runs from 1.5 s before the window's start.
    const QDateTime base = berlinTime(u"2026-12-01T22:00"_s).addMSecs(-1500);
    QElapsedTimer elapsed;
    elapsed.start();
    MaintenanceDriver driver(*m_database);
    driver.setClock([base, elapsed] { return base.addMSecs(elapsed.elapsed()); });
    QSignalSpy changes(&driver, &MaintenanceDriver::maintenanceChanged);
    QVERIFY(driver.start());
    QCOMPARE(changes.size(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 20'000);
    QCOMPARE(changes.constFirst().at(0).toLongLong(), m_smtp);
    QCOMPARE(changes.constFirst().at(1).toBool(), true);
    QCOMPARE(driver.nextChange(), berlinTime(u"2026-12-01T22:30"_s));
}

void TestMaintenanceDriver::reloadSeesChangedCatalogAndEndpoints()
{
    QDateTime at = berlinTime(u"2026-12-01T22:30"_s);
    MaintenanceDriver driver(*m_database);
    driver.setClock([at] { return at; });
    QSignalSpy changes(&driver, &MaintenanceDriver::maintenanceChanged);
    QVERIFY(driver.start());
    QVERIFY(driver.endpointsInMaintenance().isEmpty());
    QVERIFY(driver.reloadIfChanged());
    QCOMPARE(changes.size(), 0);

    const qint64 window = addWindow(u"Portal"_s,
        {{u"title"_s, u"Portal"_s}, {u"start"_s, u"2026-12-01T22:00"_s}, {u"duration"_s, u"60"_s},
            {u"timezone"_s, u"Europe/Berlin"_s}});
    QVERIFY(window);
    QVERIFY(driver.reloadIfChanged());
    QCOMPARE(driver.endpointsInMaintenance(), (QSet<qint64> {m_start, m_api}));
    QCOMPARE(changes.size(), 2);

    // An endpoint added to the service during the window joins it.
    const qint64 added = EndpointRepository(*m_database).add(endpointOf(u"Portal"_s, u"Suche"_s)).value_or(0);
    QVERIFY(added);
    QVERIFY(driver.reloadIfChanged());
    QCOMPARE(driver.endpointsInMaintenance(), (QSet<qint64> {m_start, m_api, added}));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.constLast().at(0).toLongLong(), added);

    // The window cancelled: everything is out again.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"DELETE FROM maintenance_windows WHERE id = %1"_s.arg(window)));
    changes.clear();
    QVERIFY(driver.reloadIfChanged());
    QVERIFY(driver.endpointsInMaintenance().isEmpty());
    QCOMPARE(changes.size(), 3);
    for (const QList<QVariant> &change : std::as_const(changes))
        QCOMPARE(change.at(1).toBool(), false);
    QVERIFY(!driver.nextChange());
}

void TestMaintenanceDriver::unreadableWindowIsAnError()
{
    const qint64 window
        = addWindow(u"Portal"_s, {{u"title"_s, u"Portal"_s}, {u"start"_s, u"tomorrow"_s}, {u"duration"_s, u"60"_s}});
    QVERIFY(window);
    MaintenanceDriver driver(*m_database);
    const auto started = driver.start();
    QVERIFY(!started);
    QVERIFY2(started.error().contains(QString::number(window)), qPrintable(started.error()));
    QVERIFY2(started.error().contains(u"start"_s), qPrintable(started.error()));
}

// The whole way: a window under way, an endpoint of the service failing, the engine reports
// MAINTENANCE instead of DOWN and the incident monitor opens nothing; the other service's failure
// opens its incident as usual.
void TestMaintenanceDriver::failureInsideAWindowOpensNoIncident()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    EndpointRepository repository(*m_database);
    for (const qint64 id : {m_start, m_api, m_smtp}) {
        const auto stored = repository.byId(id);
        QVERIFY(stored && *stored);
        Endpoint endpoint = **stored;
        endpoint.target = u"127.0.0.1:%1"_s.arg(closedPort);
        endpoint.confirmationsDown = 1;
        QVERIFY(repository.update(endpoint));
    }
    // A window around the present, whatever the time of day.
    const QDateTime local = QDateTime::currentDateTimeUtc().toTimeZone(berlin).addSecs(-3600);
    QVERIFY(addWindow(u"Portal"_s,
        {{u"title"_s, u"Portal"_s}, {u"start"_s, local.toString(u"yyyy-MM-ddTHH:mm"_s)}, {u"duration"_s, u"180"_s},
            {u"timezone"_s, u"Europe/Berlin"_s}}));

    MonitoringEngineOptions options;
    options.storeSamples = false;
    MonitoringEngine engine(*m_database, options);
    QVERIFY(engine.loadEndpoints());
    IncidentMonitor incidents(*m_database);
    QVERIFY(incidents.start());
    connect(&engine, &MonitoringEngine::stateChanged, &incidents, &IncidentMonitor::onStateChanged);
    MaintenanceDriver driver(*m_database);
    connect(&driver, &MaintenanceDriver::maintenanceChanged, &engine, &MonitoringEngine::setInMaintenance);
    QVERIFY(driver.start());
    QCOMPARE(engine.state(m_start)->state, EndpointState::Maintenance);

    QSignalSpy finished(&engine, &MonitoringEngine::allChecksFinished);
    engine.checkAllOnce();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(engine.state(m_start)->state, EndpointState::Maintenance);
    QCOMPARE(engine.state(m_api)->state, EndpointState::Maintenance);
    QCOMPARE(engine.state(m_smtp)->state, EndpointState::Down);
    QVERIFY(!incidents.book().openIncidentOf(serviceId(u"Portal"_s)));
    QVERIFY(incidents.book().openIncidentOf(serviceId(u"Mail"_s)));
    QCOMPARE(incidents.book().incidents().size(), 1);
}

QTEST_GUILESS_MAIN(TestMaintenanceDriver)
#include "tst_maintenancedriver.moc"
