// CatalogRepository: the whole catalog in and out of the database. Teams and services keep their
// ids across imports, services that endpoints (or incidents, or runbooks) need are never deleted,
// nothing is written when nothing changed, and the maintenance windows read back as written.

#include "catalog/maintenancewindowformat.h"
#include "config/catalogfile.h"
#include "storage/catalogrepository.h"
#include "storagetesthelpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

namespace {

using SyncMode = EndpointRepository::SyncMode;

ServiceCatalog parse(const QByteArray &yaml)
{
    const auto catalog = CatalogFile::parse(yaml, u"test.yaml"_s);
    if (!catalog)
        qFatal("bad catalog in the test: %s", qPrintable(catalog.error().front().toString()));
    return *catalog;
}

// Two teams and three services with every kind of part.
QByteArray fullYaml()
{
    return "version: 1\n"
           "teams:\n"
           "  - name: Team Portal\n"
           "    members:\n"
           "      - {name: Erika Mustermann, role: Leitung, email: erika@example.org, phone: 030 1}\n"
           "      - {name: Max Schulz}\n"
           "    channel: {kind: webhook, url: \"http://127.0.0.1:18080/hooks/team-portal\"}\n"
           "  - name: Team Daten\n"
           "    channel: {kind: matrix, homeserver: \"https://m.example.org\", room: \"!d:example.org\"}\n"
           "services:\n"
           "  - name: Bürgerportal\n"
           "    description: Anträge online\n"
           "    team: Team Portal\n"
           "    contacts:\n"
           "      - {name: Max Schulz, phone: 030 2, on_call: true}\n"
           "      - {name: Desk, email: desk@example.org}\n"
           "    prerequisites: [PostgreSQL db-3, Verwaltungsnetz]\n"
           "    depends_on: [Antragsservice, Datenhaltung]\n"
           "    hours: {weekly: \"Mo-Fr 07:00-19:00\", holidays: BE}\n"
           "    availability_target: 99.5\n"
           "    maintenance:\n"
           "      - {title: Update, start: \"2026-12-01T22:00\", duration: 120, repeat: weekly, on: [Tu]}\n"
           "      - {title: Umzug, start: \"2026-03-29T02:30\", duration: 30, timezone: America/New_York}\n"
           "  - name: Antragsservice\n"
           "    team: Team Daten\n"
           "    depends_on: [Datenhaltung]\n"
           "    hours: {timezone: Europe/Vienna}\n"
           "  - name: Datenhaltung\n"_ba;
}

// The full catalog with one piece of text replaced.
QByteArray fullYamlWith(const QString &before, const QString &after)
{
    return QString::fromUtf8(fullYaml()).replace(before, after).toUtf8();
}

qint64 execScalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

void exec(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

QHash<QString, qint64> serviceIds(const Database &database)
{
    QHash<QString, qint64> ids;
    const auto names = CatalogRepository(database).serviceNames();
    for (auto it = names->cbegin(); it != names->cend(); ++it)
        ids.insert(it.value(), it.key());
    return ids;
}

QHash<QString, qint64> teamIds(const Database &database)
{
    QHash<QString, qint64> ids;
    const auto teams = CatalogRepository(database).teams();
    for (const TeamRecord &team : *teams)
        ids.insert(team.name, team.id);
    return ids;
}

ImportSummary counts(int added, int changed, int removed, int unchanged)
{
    ImportSummary summary;
    summary.added = added;
    summary.changed = changed;
    summary.removed = removed;
    summary.unchanged = unchanged;
    return summary;
}

ServiceDefinition nameOnly(const QString &name)
{
    ServiceDefinition service;
    service.name = name;
    return service;
}

} // namespace

class TestCatalogRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabase();
    void roundTrip();
    void reimportChangesNothing();
    void changesKeepIds_data();
    void changesKeepIds();
    void removal();
    void servicesThatAreStillNeeded_data();
    void servicesThatAreStillNeeded();
    void merge();
    void dryRun();
    void maintenanceWindowsReadWhatWasWritten();
    void inconsistentCatalogIsRefused();
    void endpointNamesByService();
};

void TestCatalogRepository::emptyDatabase()
{
    TestDatabase db;
    const auto catalog = CatalogRepository(*db.database).catalog();
    QVERIFY2(catalog.has_value(), errorOf(catalog).constData());
    QCOMPARE(*catalog, ServiceCatalog());
}

void TestCatalogRepository::roundTrip()
{
    TestDatabase db;
    CatalogRepository repository(*db.database);
    const ServiceCatalog full = parse(fullYaml());
    const auto summary = repository.replaceCatalog(full);
    QVERIFY2(summary.has_value(), errorOf(summary).constData());
    QCOMPARE(summary->teams, counts(2, 0, 0, 0));
    QCOMPARE(summary->services, counts(3, 0, 0, 0));

    const auto stored = repository.catalog();
    QVERIFY2(stored.has_value(), errorOf(stored).constData());
    QCOMPARE(*stored, full);
    // What the console's incident logic reads agrees: Bürgerportal depends on both, in order.
    const auto topology = repository.incidentTopology();
    const auto ids = serviceIds(*db.database);
    QCOMPARE(topology->dependenciesOf.value(ids.value(u"Bürgerportal"_s)),
        (QList {ids.value(u"Antragsservice"_s), ids.value(u"Datenhaltung"_s)}));
    QCOMPARE(topology->teamOf.value(ids.value(u"Antragsservice"_s)), teamIds(*db.database).value(u"Team Daten"_s));
}

void TestCatalogRepository::reimportChangesNothing()
{
    TestDatabase db;
    CatalogRepository repository(*db.database);
    QVERIFY(repository.replaceCatalog(parse(fullYaml())).has_value());
    const qint64 revision = *repository.revision();

    const auto again = repository.replaceCatalog(parse(fullYaml()));
    QVERIFY2(again.has_value(), errorOf(again).constData());
    QCOMPARE(again->teams, counts(0, 0, 0, 2));
    QCOMPARE(again->services, counts(0, 0, 0, 3));
    QCOMPARE(*repository.revision(), revision);
}

void TestCatalogRepository::changesKeepIds_data()
{
    QTest::addColumn<QByteArray>("changed");
    // added, changed, removed, unchanged
    QTest::addColumn<QList<int>>("teams");
    QTest::addColumn<QList<int>>("services");

    QTest::addRow("a member's phone") << fullYamlWith(u"phone: 030 1"_s, u"phone: 030 9"_s) << QList {0, 1, 0, 1}
                                      << QList {0, 0, 0, 3};
    QTest::addRow("a channel") << fullYamlWith(u"!d:example.org"_s, u"!e:example.org"_s) << QList {0, 1, 0, 1}
                               << QList {0, 0, 0, 3};
    QTest::addRow("a description") << fullYamlWith(u"Anträge online"_s, u"Anträge"_s) << QList {0, 0, 0, 2}
                                   << QList {0, 1, 0, 2};
    QTest::addRow("a contact") << fullYamlWith(u"on_call: true"_s, u"on_call: false"_s) << QList {0, 0, 0, 2}
                               << QList {0, 1, 0, 2};
    QTest::addRow("the order of dependencies")
        << fullYamlWith(u"[Antragsservice, Datenhaltung]"_s, u"[Datenhaltung, Antragsservice]"_s) << QList {0, 0, 0, 2}
        << QList {0, 1, 0, 2};
    QTest::addRow("a maintenance window")
        << fullYamlWith(u"duration: 120"_s, u"duration: 90"_s) << QList {0, 0, 0, 2} << QList {0, 1, 0, 2};
    QTest::addRow("service hours") << fullYamlWith(u"holidays: BE"_s, u"holidays: BB"_s) << QList {0, 0, 0, 2}
                                   << QList {0, 1, 0, 2};
    QTest::addRow("another team") << fullYamlWith(u"    team: Team Daten\n"_s, u"    team: Team Portal\n"_s)
                                  << QList {0, 0, 0, 2} << QList {0, 1, 0, 2};
    QTest::addRow("a new service") << fullYaml() + "  - name: Kartendienst\n    team: Team Portal\n"_ba
                                   << QList {0, 0, 0, 2} << QList {1, 0, 0, 3};
}

void TestCatalogRepository::changesKeepIds()
{
    QFETCH(QByteArray, changed);
    QFETCH(QList<int>, teams);
    QFETCH(QList<int>, services);
    TestDatabase db;
    CatalogRepository repository(*db.database);
    QVERIFY(repository.replaceCatalog(parse(fullYaml())).has_value());
    const auto servicesBefore = serviceIds(*db.database);
    const auto teamsBefore = teamIds(*db.database);
    const qint64 revision = *repository.revision();

    const ServiceCatalog wanted = parse(changed);
    const auto summary = repository.replaceCatalog(wanted);
    QVERIFY2(summary.has_value(), errorOf(summary).constData());
    QCOMPARE(summary->teams, counts(teams[0], teams[1], teams[2], teams[3]));
    QCOMPARE(summary->services, counts(services[0], services[1], services[2], services[3]));
    QCOMPARE(*repository.catalog(), wanted);
    QVERIFY(*repository.revision() > revision);
    const auto servicesAfter = serviceIds(*db.database);
    for (auto it = servicesBefore.cbegin(); it != servicesBefore.cend(); ++it)
        QCOMPARE(servicesAfter.value(it.key()), it.value());
    const auto teamsAfter = teamIds(*db.database);
    for (auto it = teamsBefore.cbegin(); it != teamsBefore.cend(); ++it)
        QCOMPARE(teamsAfter.value(it.key()), it.value());
}

void TestCatalogRepository::removal()
{
    TestDatabase db;
    CatalogRepository repository(*db.database);
    QVERIFY(repository.replaceCatalog(parse(fullYaml())).has_value());
    const qint64 portalId = serviceIds(*db.database).value(u"Bürgerportal"_s);

    // Team Daten and Antragsservice go; Bürgerportal loses its dependency on Antragsservice.
    const ServiceCatalog smaller = parse("version: 1\n"
                                         "teams:\n"
                                         "  - name: Team Portal\n"
                                         "services:\n"
                                         "  - name: Bürgerportal\n"
                                         "    team: Team Portal\n"
                                         "    depends_on: [Datenhaltung]\n"
                                         "  - name: Datenhaltung\n"_ba);
    const auto summary = repository.replaceCatalog(smaller);
    QVERIFY2(summary.has_value(), errorOf(summary).constData());
    QCOMPARE(summary->teams, counts(0, 1, 1, 0));
    QCOMPARE(summary->services, counts(0, 1, 1, 1));
    QCOMPARE(*repository.catalog(), smaller);
    QCOMPARE(serviceIds(*db.database).value(u"Bürgerportal"_s), portalId);
    QCOMPARE(execScalar(*db.database, u"SELECT COUNT(*) FROM team_members"_s), 0);
    QCOMPARE(execScalar(*db.database, u"SELECT COUNT(*) FROM service_contacts"_s), 0);
    QCOMPARE(execScalar(*db.database, u"SELECT COUNT(*) FROM maintenance_windows"_s), 0);
    QCOMPARE(execScalar(*db.database, u"SELECT COUNT(*) FROM service_dependencies"_s), 1);

    const auto emptied = repository.replaceCatalog({});
    QVERIFY2(emptied.has_value(), errorOf(emptied).constData());
    QCOMPARE(emptied->teams, counts(0, 0, 1, 0));
    QCOMPARE(emptied->services, counts(0, 0, 2, 0));
    QCOMPARE(*repository.catalog(), ServiceCatalog());
}

void TestCatalogRepository::servicesThatAreStillNeeded_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addRow("an endpoint") << u"INSERT INTO endpoints (service, name, kind, target, interval_ms, timeout_ms, "
                                    "confirmations_down, confirmations_up) VALUES ('Antragsservice', 'Start', "
                                    "'tcp', 'h:1', 60000, 1000, 3, 1)"_s;
    QTest::addRow("an incident") << u"INSERT INTO incidents (id, service_id, severity, state, automatic, opened_ms) "
                                    "SELECT 1, id, 2, 0, 1, 0 FROM services WHERE name = 'Antragsservice'"_s;
    QTest::addRow("a runbook") << u"INSERT INTO runbook_versions (service_id, version, markdown, saved_ms) "
                                  "SELECT id, 1, '# Plan', 0 FROM services WHERE name = 'Antragsservice'"_s;
}

void TestCatalogRepository::servicesThatAreStillNeeded()
{
    QFETCH(QString, reference);
    TestDatabase db;
    CatalogRepository repository(*db.database);
    QVERIFY(repository.replaceCatalog(parse(fullYaml())).has_value());
    exec(*db.database, reference);
    const qint64 id = serviceIds(*db.database).value(u"Antragsservice"_s);

    const ServiceCatalog withoutIt = parse("version: 1\nteams: []\nservices:\n  - name: Datenhaltung\n"_ba);
    const auto summary = repository.replaceCatalog(withoutIt);
    QVERIFY2(summary.has_value(), errorOf(summary).constData());
    QCOMPARE(summary->services, counts(0, 0, 2, 1));

    // It stays with its id and without its catalog fields; the other one is gone.
    QCOMPARE(serviceIds(*db.database).value(u"Antragsservice"_s), id);
    ServiceCatalog expected = withoutIt;
    expected.services.prepend(nameOnly(u"Antragsservice"_s));
    QCOMPARE(*repository.catalog(), expected);

    // Already blank, it counts no more.
    const auto again = repository.replaceCatalog(withoutIt);
    QVERIFY2(again.has_value(), errorOf(again).constData());
    QCOMPARE(again->services, counts(0, 0, 0, 1));
}

void TestCatalogRepository::merge()
{
    TestDatabase db;
    CatalogRepository repository(*db.database);
    QVERIFY(repository.replaceCatalog(parse(fullYaml())).has_value());
    const ServiceCatalog addition = parse("version: 1\n"
                                          "teams:\n"
                                          "  - name: Team Geo\n"
                                          "services:\n"
                                          "  - name: Kartendienst\n"
                                          "    team: Team Geo\n"_ba);
    const auto summary = repository.replaceCatalog(addition, SyncMode::Merge);
    QVERIFY2(summary.has_value(), errorOf(summary).constData());
    QCOMPARE(summary->teams, counts(1, 0, 0, 0));
    QCOMPARE(summary->services, counts(1, 0, 0, 0));

    ServiceCatalog expected = parse(fullYaml());
    expected.teams.append(addition.teams);
    expected.services.append(addition.services);
    expected.sortByName();
    QCOMPARE(*repository.catalog(), expected);
}

void TestCatalogRepository::dryRun()
{
    TestDatabase db;
    CatalogRepository repository(*db.database);
    db.addEndpoint(u"Start"_s);
    const qint64 revision = *repository.revision();
    const auto before = repository.catalog();

    const auto summary = repository.replaceCatalog(parse(fullYaml()), SyncMode::Replace, true);
    QVERIFY2(summary.has_value(), errorOf(summary).constData());
    QCOMPARE(summary->teams, counts(2, 0, 0, 0));
    QCOMPARE(summary->services, counts(3, 0, 0, 0));
    QCOMPARE(*repository.revision(), revision);
    QCOMPARE(*repository.catalog(), *before);
}

// maintenanceWindows() is what the engine's calendar reads: it must see every window written,
// with its service's id, in the order of the file.
void TestCatalogRepository::maintenanceWindowsReadWhatWasWritten()
{
    TestDatabase db;
    CatalogRepository repository(*db.database);
    const ServiceCatalog full = parse(fullYaml());
    QVERIFY(repository.replaceCatalog(full).has_value());

    const auto windows = repository.maintenanceWindows();
    QVERIFY2(windows.has_value(), errorOf(windows).constData());
    const QList<MaintenanceWindow> &written = full.service(u"Bürgerportal"_s)->maintenance;
    QCOMPARE(windows->size(), written.size());
    const qint64 portalId = serviceIds(*db.database).value(u"Bürgerportal"_s);
    for (qsizetype i = 0; i < written.size(); ++i) {
        MaintenanceWindow read = windows->at(i);
        QVERIFY(read.id() > 0);
        QCOMPARE(read.serviceId(), portalId);
        read.setId(0);
        read.setServiceId(0);
        QCOMPARE(read, written[i]);
    }
    // A change elsewhere in the service leaves its windows (and their ids) alone.
    const QList<qint64> ids {windows->at(0).id(), windows->at(1).id()};
    QVERIFY(repository.replaceCatalog(parse(fullYamlWith(u"Anträge online"_s, u"Anträge"_s))).has_value());
    const auto again = repository.maintenanceWindows();
    QCOMPARE((QList {again->at(0).id(), again->at(1).id()}), ids);
}

void TestCatalogRepository::inconsistentCatalogIsRefused()
{
    TestDatabase db;
    CatalogRepository repository(*db.database);
    ServiceCatalog catalog = parse(fullYaml());
    catalog.services.front().team = u"Team Nobody"_s;
    const auto refused = repository.replaceCatalog(catalog);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().contains(u"Team Nobody"_s), qPrintable(refused.error()));
    QCOMPARE(*repository.catalog(), ServiceCatalog());
}

void TestCatalogRepository::endpointNamesByService()
{
    TestDatabase db;
    EndpointRepository endpoints(*db.database);
    for (const auto &[service, name] : {std::pair {u"Bürgerportal"_s, u"Startseite"_s},
             std::pair {u"Bürgerportal"_s, u"api"_s}, std::pair {u"Kartendienst"_s, u"Geodaten"_s}})
        QVERIFY(endpoints.add(endpoint(service, name)).has_value());
    const auto names = CatalogRepository(*db.database).endpointNamesByService();
    QVERIFY2(names.has_value(), errorOf(names).constData());
    QCOMPARE(names->size(), 2);
    QCOMPARE(names->value(u"Bürgerportal"_s), (QStringList {u"api"_s, u"Startseite"_s}));
    QCOMPARE(names->value(u"Kartendienst"_s), QStringList {u"Geodaten"_s});
    // The services exist for the endpoints, with nothing described.
    const auto catalog = CatalogRepository(*db.database).catalog();
    QCOMPARE(catalog->services, (QList {nameOnly(u"Bürgerportal"_s), nameOnly(u"Kartendienst"_s)}));
}

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
