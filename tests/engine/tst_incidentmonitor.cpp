// IncidentMonitor on a real database: state changes become stored incidents, hand commands are
// stored and announced, the catalog is re-read after it changed, and changes the database
// refused are written with the next ones.

#include "engine/incidentmonitor.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
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

StateTransition transition(qint64 endpoint, EndpointState to, const QDateTime &at)
{
    return {.endpointId = endpoint, .from = EndpointState::Up, .to = to, .at = at, .cause = std::nullopt};
}

IncidentCommand command(IncidentCommand::Kind kind, qint64 incidentId, const QString &text = {})
{
    IncidentCommand command;
    command.kind = kind;
    command.incidentId = incidentId;
    command.text = text;
    command.actor = u"ben"_s;
    return command;
}

qint64 count(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestIncidentMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void outageIsStoredAndAnnounced();
    void handCommands();
    void newEndpointsAreSeen();
    void refusedWritesAreRetried();
    void restartCarriesOn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_portal = 0;
    qint64 m_mail = 0;
};

void TestIncidentMonitor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(u"db.sqlite"_s));
    QVERIFY(m_database->open());
    EndpointRepository endpoints(*m_database);
    m_portal = endpoints.add(endpointOf(u"Portal"_s, u"Start"_s)).value_or(0);
    m_mail = endpoints.add(endpointOf(u"Mail"_s, u"SMTP"_s)).value_or(0);
    QVERIFY(m_portal && m_mail);
}

void TestIncidentMonitor::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestIncidentMonitor::outageIsStoredAndAnnounced()
{
    IncidentMonitor monitor(*m_database, std::chrono::seconds(60));
    QVERIFY(monitor.start());
    QSignalSpy announced(&monitor, &IncidentMonitor::incidentsChanged);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    monitor.onStateChanged(transition(m_portal, EndpointState::Down, now));
    QCOMPARE(announced.size(), 1);
    QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM incidents WHERE resolved_ms IS NULL"_s), 1);
    QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM incident_events"_s), 2);

    monitor.onStateChanged(transition(m_portal, EndpointState::Up, now.addSecs(10)));
    monitor.tick(now.addSecs(69));
    QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM incidents WHERE resolved_ms IS NULL"_s), 1);
    monitor.tick(now.addSecs(70));
    QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM incidents WHERE resolved_ms IS NULL"_s), 0);
    QCOMPARE(count(*m_database, u"SELECT resolved_ms FROM incidents"_s), now.addSecs(70).toMSecsSinceEpoch());
    QCOMPARE(announced.size(), 3);
}

void TestIncidentMonitor::handCommands()
{
    IncidentMonitor monitor(*m_database);
    QVERIFY(monitor.start());
    QSignalSpy announced(&monitor, &IncidentMonitor::incidentsChanged);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT id FROM services WHERE name = 'Mail'"_s) && query.next());
    const qint64 mail = query.value(0).toLongLong();

    IncidentCommand open = command(IncidentCommand::Kind::Open, 0, u"Post kommt verspätet an"_s);
    open.serviceId = mail;
    open.severity = IncidentSeverity::Minor;
    open.actor = u"anna"_s;
    const auto opened = monitor.execute(open);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    const qint64 id = opened->incidentId;
    QVERIFY(monitor.execute(command(IncidentCommand::Kind::Acknowledge, id)));
    QVERIFY(monitor.execute(command(IncidentCommand::Kind::AddNote, id, u"Warteschlange voll"_s)));
    IncidentCommand identified = command(IncidentCommand::Kind::SetState, id);
    identified.state = IncidentState::Identified;
    QVERIFY(monitor.execute(identified));
    const auto refused = monitor.execute(command(IncidentCommand::Kind::AddNote, id));
    QVERIFY(!refused);
    QVERIFY(!refused.error().isEmpty());
    QVERIFY(monitor.execute(command(IncidentCommand::Kind::Resolve, id)));

    QCOMPARE(announced.size(), 5);
    const auto stored = IncidentRepository(*m_database).byId(id);
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->title, u"Post kommt verspätet an"_s);
    QCOMPARE((*stored)->acknowledgedBy, u"ben"_s);
    QCOMPARE((*stored)->state, IncidentState::Resolved);
    QCOMPARE((*stored)->timeline.size(), 5);
    QCOMPARE((*stored)->timeline.at(2).text, u"Warteschlange voll"_s);
}

void TestIncidentMonitor::newEndpointsAreSeen()
{
    IncidentMonitor monitor(*m_database);
    QVERIFY(monitor.start());
    const auto added = EndpointRepository(*m_database).add(endpointOf(u"Wohngeld"_s, u"Antrag"_s));
    QVERIFY(added);
    monitor.onStateChanged(transition(*added, EndpointState::Down, QDateTime::currentDateTimeUtc()));
    QCOMPARE(
        count(*m_database,
            u"SELECT COUNT(*) FROM incidents i JOIN services s ON s.id = i.service_id WHERE s.name = 'Wohngeld'"_s),
        1);
}

void TestIncidentMonitor::refusedWritesAreRetried()
{
    IncidentMonitor monitor(*m_database);
    QVERIFY(monitor.start());
    QSignalSpy failed(&monitor, &IncidentMonitor::storageFailed);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"ALTER TABLE incident_events RENAME TO incident_events_away"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    monitor.onStateChanged(transition(m_portal, EndpointState::Down, now));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(monitor.unsavedChanges(), 1);
    QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM incidents"_s), 0); // nothing half-written

    QVERIFY(query.exec(u"ALTER TABLE incident_events_away RENAME TO incident_events"_s));
    monitor.onStateChanged(transition(m_mail, EndpointState::Down, now.addSecs(1)));
    QCOMPARE(monitor.unsavedChanges(), 0);
    QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM incidents"_s), 2);
    QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM incident_events"_s), 4);
}

void TestIncidentMonitor::restartCarriesOn()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        IncidentMonitor monitor(*m_database);
        QVERIFY(monitor.start());
        monitor.onStateChanged(transition(m_portal, EndpointState::Down, now.addSecs(-30)));
    }
    IncidentMonitor monitor(*m_database);
    QVERIFY(monitor.start());
    QCOMPARE(monitor.book().incidents().size(), 1);
    // The endpoint was down before the restart; coming back now belongs to the same incident.
    monitor.onStateChanged(transition(m_portal, EndpointState::Up, now));
    QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM incidents"_s), 1);
    QVERIFY(monitor.book().incidents().first().allUpSince.isValid());
}

QTEST_GUILESS_MAIN(TestIncidentMonitor)
#include "tst_incidentmonitor.moc"
