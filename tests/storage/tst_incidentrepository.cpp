// IncidentRepository and the catalog tables of migration 4: incidents written from the book's
// changes read back the same, the working set survives a restart, services exist for every
// endpoint's service name.

#include "storage/catalogrepository.h"
#include "storage/incidentrepository.h"
#include "storagetesthelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

namespace {

const QDateTime start(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::UTC);

QDateTime at(int seconds)
{
    return start.addSecs(seconds);
}

} // namespace

class TestIncidentRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicesFollowEndpoints();
    void topologyFromTheCatalog();
    void namesForTheConsole();
    void roundTrip();
    void workingSetAfterRestart();
    void listFilters();
};

void TestIncidentRepository::servicesFollowEndpoints()
{
    TestDatabase db;
    EndpointRepository endpoints(*db.database);
    QVERIFY(endpoints.add(endpoint(u"Bürgerportal"_s, u"Start"_s)));
    QVERIFY(endpoints.add(endpoint(u"Bürgerportal"_s, u"Login"_s)));
    const auto id = endpoints.add(endpoint(u"Wohngeld"_s, u"Antrag"_s));
    QVERIFY(id);
    CatalogRepository catalog(*db.database);
    auto names = catalog.serviceNames();
    QVERIFY2(names, errorOf(names).constData());
    QCOMPARE(QSet<QString>(names->cbegin(), names->cend()), (QSet<QString> {u"Bürgerportal"_s, u"Wohngeld"_s}));

    // Moving an endpoint to a new service makes that service exist too.
    auto moved = endpoints.byId(*id);
    QVERIFY(moved && *moved);
    Endpoint changed = **moved;
    changed.service = u"Elterngeld"_s;
    QVERIFY(endpoints.update(changed));
    names = catalog.serviceNames();
    QVERIFY(names->values().contains(u"Elterngeld"_s));
}

void TestIncidentRepository::topologyFromTheCatalog()
{
    TestDatabase db;
    EndpointRepository endpoints(*db.database);
    const auto portal = endpoints.add(endpoint(u"Portal"_s, u"Start"_s));
    const auto auth = endpoints.add(endpoint(u"Anmeldung"_s, u"Login"_s));
    QVERIFY(portal && auth);
    const auto before = CatalogRepository(*db.database).revision();
    QVERIFY(before);

    QSqlQuery query(db.database->connection());
    QVERIFY(query.exec(u"INSERT INTO teams (id, name) VALUES (7, 'Team Portal')"_s));
    QVERIFY(query.exec(u"UPDATE services SET team_id = 7 WHERE name = 'Portal'"_s));
    QVERIFY(query.exec(u"INSERT INTO service_dependencies (service_id, depends_on_id, position) SELECT p.id, a.id, 0 "
                       "FROM services p, services a WHERE p.name = 'Portal' AND a.name = 'Anmeldung'"_s));

    const auto topology = CatalogRepository(*db.database).incidentTopology();
    QVERIFY2(topology, errorOf(topology).constData());
    const qint64 portalService = topology->serviceOfEndpoint.value(*portal);
    const qint64 authService = topology->serviceOfEndpoint.value(*auth);
    QVERIFY(portalService != 0 && authService != 0 && portalService != authService);
    QCOMPARE(topology->dependenciesOf.value(portalService), QList<qint64> {authService});
    QCOMPARE(topology->teamOf.value(portalService), 7);
    QVERIFY(!topology->teamOf.contains(authService));
    QVERIFY(*CatalogRepository(*db.database).revision() > *before);
}

void TestIncidentRepository::namesForTheConsole()
{
    TestDatabase db;
    const auto start = EndpointRepository(*db.database).add(endpoint(u"Portal"_s, u"Startseite"_s));
    QVERIFY(start);
    QSqlQuery query(db.database->connection());
    QVERIFY(query.exec(u"INSERT INTO teams (id, name) VALUES (7, 'Team Portal')"_s));
    const auto names = CatalogRepository(*db.database).names();
    QVERIFY2(names, errorOf(names).constData());
    QCOMPARE(names->endpoints.value(*start), u"Startseite"_s);
    QCOMPARE(names->teams, (QHash<qint64, QString> {{7, u"Team Portal"_s}}));
    QCOMPARE(names->services.values(), QList<QString> {u"Portal"_s});
}

void TestIncidentRepository::roundTrip()
{
    TestDatabase db;
    EndpointRepository endpoints(*db.database);
    const auto e1 = endpoints.add(endpoint(u"Portal"_s, u"Start"_s));
    const auto e2 = endpoints.add(endpoint(u"Portal"_s, u"Login"_s));
    QVERIFY(e1 && e2);
    auto topology = CatalogRepository(*db.database).incidentTopology();
    QVERIFY(topology);
    IncidentBook book(*topology, std::chrono::seconds(300));
    IncidentRepository repository(*db.database);

    QList<IncidentChange> changes = book.endpointStateChanged(*e1, EndpointState::Down, at(0), u"HTTP 503"_s);
    changes += book.endpointStateChanged(*e2, EndpointState::Down, at(5), u"timeout"_s);
    const qint64 id = changes.constFirst().incidentId;
    changes.append(*book.acknowledge(id, u"anna"_s, at(60)));
    changes.append(*book.addNote(id, u"Router neu gestartet – \"sic\" <b>"_s, u"anna"_s, at(70)));
    const auto applied = repository.apply(changes);
    QVERIFY2(applied, errorOf(applied).constData());

    const auto stored = repository.byId(id);
    QVERIFY2(stored && *stored, errorOf(stored).constData());
    const Incident &incident = **stored;
    const Incident &expected = *book.incident(id);
    QCOMPARE(incident.serviceId, expected.serviceId);
    QCOMPARE(incident.severity, IncidentSeverity::Critical);
    QCOMPARE(incident.state, expected.state);
    QVERIFY(incident.automatic);
    QCOMPARE(incident.openedAt, at(0));
    QCOMPARE(incident.acknowledgedAt, at(60));
    QCOMPARE(incident.acknowledgedBy, u"anna"_s);
    QVERIFY(!incident.resolvedAt.isValid());
    QCOMPARE(incident.affectedEndpoints, (QSet<qint64> {*e1, *e2}));
    QCOMPARE(incident.downEndpoints, (QSet<qint64> {*e1, *e2}));
    QCOMPARE(incident.timeline, expected.timeline);
    QCOMPARE(incident.timeline.constLast().text, u"Router neu gestartet – \"sic\" <b>"_s);
    QCOMPARE(incident.secondsToAcknowledge(), 60);
}

void TestIncidentRepository::workingSetAfterRestart()
{
    TestDatabase db;
    EndpointRepository endpoints(*db.database);
    const auto e1 = endpoints.add(endpoint(u"Portal"_s, u"Start"_s));
    const auto e2 = endpoints.add(endpoint(u"Mail"_s, u"SMTP"_s));
    const auto e3 = endpoints.add(endpoint(u"Archiv"_s, u"Web"_s));
    QVERIFY(e1 && e2 && e3);
    const auto topology = CatalogRepository(*db.database).incidentTopology();
    IncidentRepository repository(*db.database);
    qint64 portalIncident = 0;
    {
        IncidentBook book(*topology, std::chrono::seconds(300));
        QList<IncidentChange> changes = book.endpointStateChanged(*e1, EndpointState::Down, at(0));
        portalIncident = changes.constFirst().incidentId;
        changes += book.endpointStateChanged(*e2, EndpointState::Down, at(0));
        changes += book.endpointStateChanged(*e2, EndpointState::Up, at(100));
        changes += book.endpointStateChanged(*e3, EndpointState::Down, at(0));
        changes += book.endpointStateChanged(*e3, EndpointState::Up, at(10));
        changes += book.tick(at(400)); // Mail resolved at 400, Archiv at 310
        QVERIFY(repository.apply(changes));
    }
    // At 650: Portal open, Mail resolved 250 s ago (may reopen), Archiv 340 s ago (gone).
    const auto set = repository.workingSet(at(650), std::chrono::seconds(300));
    QVERIFY2(set, errorOf(set).constData());
    QCOMPARE(set->incidents.size(), 2);
    QCOMPARE(set->nextId, 4);

    IncidentBook book(*topology, std::chrono::seconds(300));
    book.load(set->incidents, set->nextId);
    // The outage of Mail returns within the hold time: the stored incident reopens.
    const QList<IncidentChange> changes = book.endpointStateChanged(*e2, EndpointState::Down, at(660));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().events.constFirst().kind, IncidentEvent::Kind::Reopened);
    QVERIFY(repository.apply(changes));
    // Portal's endpoint comes back after the restart: the incident knew it was down.
    QCOMPARE(book.endpointStateChanged(*e1, EndpointState::Up, at(670)).constFirst().incidentId, portalIncident);
    // A new outage of Archiv is a new incident with the next id.
    QCOMPARE(book.endpointStateChanged(*e3, EndpointState::Down, at(680)).constFirst().incidentId, 4);
}

void TestIncidentRepository::listFilters()
{
    TestDatabase db;
    EndpointRepository endpoints(*db.database);
    const auto e1 = endpoints.add(endpoint(u"Portal"_s, u"Start"_s));
    const auto e2 = endpoints.add(endpoint(u"Mail"_s, u"SMTP"_s));
    QVERIFY(e1 && e2);
    const auto topology = CatalogRepository(*db.database).incidentTopology();
    IncidentBook book(*topology, std::chrono::seconds(60));
    IncidentRepository repository(*db.database);
    QList<IncidentChange> changes = book.endpointStateChanged(*e1, EndpointState::Down, at(0));
    changes += book.endpointStateChanged(*e2, EndpointState::Down, at(3600));
    changes.append(*book.resolve(changes.constFirst().incidentId, u"ben"_s, at(1800)));
    QVERIFY(repository.apply(changes));

    const auto open = repository.list({});
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->constFirst().serviceId, topology->serviceOfEndpoint.value(*e2));
    IncidentFilter history;
    history.openOnly = false;
    const auto all = repository.list(history);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->constFirst().openedAt, at(3600)); // newest first
    QCOMPARE(all->constLast().secondsToResolve(), 1800);
    IncidentFilter early = history;
    early.openedBefore = at(60);
    QCOMPARE(repository.list(early)->size(), 1);
    early.openedFrom = at(1);
    QCOMPARE(repository.list(early)->size(), 0);
    IncidentFilter ofPortal = history;
    ofPortal.serviceId = topology->serviceOfEndpoint.value(*e1);
    const auto ofService = repository.list(ofPortal);
    QCOMPARE(ofService->size(), 1);
    QCOMPARE(ofService->constFirst().state, IncidentState::Resolved);
}

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "tst_incidentrepository.moc"
