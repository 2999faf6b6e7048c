#include "config/catalogfile.h"

#include "catalog/maintenancewindowformat.h"
#include "config/endpointfile.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

// A file without teams whose services start at line 4.
QByteArray withServices(QLatin1StringView services)
{
    return "version: 1\nteams: []\nservices:\n"_ba + QByteArray(services.data(), services.size());
}

// A file with one team, Team Portal, whose teams start at line 3; services: [] follows them.
QByteArray withTeams(QLatin1StringView teams)
{
    return "version: 1\nteams:\n"_ba + QByteArray(teams.data(), teams.size()) + "services: []\n"_ba;
}

MaintenanceWindow window(const QVariantMap &fields)
{
    auto window = MaintenanceWindowFormat::fromFields(fields);
    if (!window)
        qFatal("bad window in the test: %s", qPrintable(window.error().join(u"; "_s)));
    return *window;
}

// Every field set, and the values that need quoting in YAML.
ServiceCatalog fullCatalog()
{
    ServiceCatalog catalog;
    Team portal;
    portal.name = u"Team Portal"_s;
    portal.members = {TeamMember {u"Erika Mustermann"_s, u"Leitung"_s, u"erika@example.org"_s, u"+49 30 1234-567"_s},
        TeamMember {u"Max Mustermann"_s, QString(), QString(), QString()}};
    portal.channel.kind = TeamChannel::Kind::Webhook;
    portal.channel.url = QUrl(u"http://127.0.0.1:18080/hooks/team-portal"_s);
    Team data;
    data.name = u"Team Daten: Betrieb"_s;
    data.channel.kind = TeamChannel::Kind::Matrix;
    data.channel.url = QUrl(u"https://matrix.example.org"_s);
    data.channel.room = u"!betrieb:example.org"_s;
    Team quiet;
    quiet.name = u"true"_s;
    catalog.teams = {portal, data, quiet};

    ServiceDefinition portalService;
    portalService.name = u"Bürgerportal"_s;
    portalService.description = u"Das Portal für alle Anträge.\nZweite Zeile: mit \"Zitat\"."_s;
    portalService.team = u"Team Portal"_s;
    portalService.contacts
        = {ServiceContact {u"Erika Mustermann"_s, u"Leitung"_s, u"030 1234"_s, u"erika@example.org"_s, true},
            ServiceContact {u"Service-Desk"_s, QString(), QString(), u"desk@example.org"_s, false}};
    portalService.prerequisites = {u"PostgreSQL-Cluster db-3"_s, u"Zugang zum Verwaltungsnetz, Port 443"_s};
    portalService.dependsOn = {u"Antragsservice"_s, u"Datenhaltung"_s};
    portalService.hours = *ServiceHours::parse(
        u"Mo-Fr 07:00-19:00; Sa 08:00-12:00", ServiceHours::defaultTimeZone(), FederalState::Berlin);
    portalService.availabilityTarget = 99.5;
    portalService.maintenance = {
        window({{u"title"_s, u"Datenbank-Update"_s}, {u"start"_s, u"2026-12-01T22:00"_s}, {u"duration"_s, u"120"_s},
            {u"repeat"_s, u"weekly"_s}, {u"on"_s, QStringList {u"Tu"_s, u"Th"_s}}, {u"until"_s, u"2027-06-30"_s}}),
        window({{u"title"_s, u"Umzug"_s}, {u"start"_s, u"2026-03-29T02:30"_s}, {u"duration"_s, u"30"_s},
            {u"timezone"_s, u"America/New_York"_s}}),
    };
    ServiceDefinition applications;
    applications.name = u"Antragsservice"_s;
    applications.team = u"Team Daten: Betrieb"_s;
    applications.dependsOn = {u"Datenhaltung"_s};
    applications.hours = ServiceHours(WeeklyHours(), QTimeZone("Europe/Vienna"));
    applications.availabilityTarget = 100;
    applications.maintenance = {window({{u"title"_s, u"Monatsabschluss"_s}, {u"start"_s, u"2026-01-31T23:00"_s},
        {u"duration"_s, u"60"_s}, {u"repeat"_s, u"monthly"_s}, {u"weekday"_s, u"Fr"_s}, {u"week"_s, u"last"_s},
        {u"every"_s, u"2"_s}, {u"count"_s, u"10"_s}, {u"timezone"_s, u"Europe/Vienna"_s}})};
    ServiceDefinition storage;
    storage.name = u"Datenhaltung"_s;
    catalog.services = {portalService, applications, storage};
    catalog.sortByName();
    return catalog;
}

QString describe(const QList<EndpointFileProblem> &problems)
{
    QStringList lines;
    for (const EndpointFileProblem &problem : problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

// For QVERIFY2, which evaluates its message even when the check passes.
QByteArray problemsOf(const CatalogFile::Result &result)
{
    return result ? QByteArray() : describe(result.error()).toUtf8();
}

} // namespace

class TestCatalogFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void example()
    {
        const QByteArray yaml = "version: 1\n"
                                "teams:\n"
                                "  - name: Team Portal\n"
                                "    members:\n"
                                "      - {name: Erika Mustermann, role: Leitung, email: erika@example.org, "
                                "phone: \"+49 30 1234\"}\n"
                                "    channel: {kind: webhook, url: \"http://127.0.0.1:18080/hooks/team-portal\"}\n"
                                "services:\n"
                                "  - name: Bürgerportal\n"
                                "    description: Anträge online\n"
                                "    team: Team Portal\n"
                                "    contacts:\n"
                                "      - {name: Erika Mustermann, phone: 030 1234, on_call: true}\n"
                                "    prerequisites: PostgreSQL-Cluster db-3\n"
                                "    depends_on: [Antragsservice]\n"
                                "    hours: {weekly: \"Mo-Fr 07:00-19:00\", timezone: Europe/Berlin, holidays: be}\n"
                                "    availability_target: 99.5\n"
                                "    maintenance:\n"
                                "      - {title: Update, start: \"2026-12-01T22:00\", duration: 120, repeat: weekly, "
                                "on: [Tu]}\n"
                                "  - name: Antragsservice\n"_ba;
        const auto catalog = CatalogFile::parse(yaml, u"catalog.yaml"_s);
        QVERIFY2(catalog.has_value(), problemsOf(catalog).constData());
        QCOMPARE(catalog->teams.size(), 1);
        const Team &team = catalog->teams.front();
        QCOMPARE(team.name, u"Team Portal"_s);
        QCOMPARE(team.members,
            (QList {TeamMember {u"Erika Mustermann"_s, u"Leitung"_s, u"erika@example.org"_s, u"+49 30 1234"_s}}));
        QCOMPARE(team.channel.kind, TeamChannel::Kind::Webhook);
        QCOMPARE(team.channel.url, QUrl(u"http://127.0.0.1:18080/hooks/team-portal"_s));

        // Ordered by name.
        QCOMPARE(catalog->services.size(), 2);
        ServiceDefinition nameOnly;
        nameOnly.name = u"Antragsservice"_s;
        QCOMPARE(catalog->services[0], nameOnly);
        const ServiceDefinition &portal = catalog->services[1];
        QCOMPARE(portal.description, u"Anträge online"_s);
        QCOMPARE(portal.team, u"Team Portal"_s);
        QCOMPARE(portal.contacts,
            (QList {ServiceContact {u"Erika Mustermann"_s, QString(), u"030 1234"_s, QString(), true}}));
        QCOMPARE(portal.prerequisites, QStringList {u"PostgreSQL-Cluster db-3"_s});
        QCOMPARE(portal.dependsOn, QStringList {u"Antragsservice"_s});
        QCOMPARE(portal.hours.toString(), u"Mo-Fr 07:00-19:00"_s);
        QCOMPARE(portal.hours.timeZone(), QTimeZone("Europe/Berlin"));
        QCOMPARE(portal.hours.holidayState(), std::optional(FederalState::Berlin));
        QCOMPARE(portal.availabilityTarget, std::optional(99.5));
        QCOMPARE(portal.maintenance.size(), 1);
        const MaintenanceWindow &update = portal.maintenance.front();
        QCOMPARE(update.title(), u"Update"_s);
        QCOMPARE(update.startDate(), QDate(2026, 12, 1));
        QCOMPARE(update.durationMinutes(), 120);
        QCOMPARE(update.recurrence().weekdays(), QList {Qt::Tuesday});
        QCOMPARE(update.timeZone(), QTimeZone("Europe/Berlin"));
    }

    // A window without a time zone of its own is in its service's.
    void windowTakesTheServiceTimeZone()
    {
        const auto catalog = CatalogFile::parse(
            withServices("  - name: Kartendienst\n"
                         "    hours: {timezone: Europe/Vienna}\n"
                         "    maintenance:\n"
                         "      - {title: Update, start: \"2026-12-01T22:00\", duration: 60}\n"_L1),
            u"catalog.yaml"_s);
        QVERIFY2(catalog.has_value(), problemsOf(catalog).constData());
        QCOMPARE(catalog->services.front().maintenance.front().timeZone(), QTimeZone("Europe/Vienna"));
    }

    // Each expected problem is "line|field|part of the message".
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("empty file") << QByteArray() << QStringList {u"1||empty"_s};
        QTest::addRow("not a mapping") << "- a\n"_ba
                                       << QStringList {u"1||expected a mapping with the keys version, teams"_s};
        QTest::addRow("syntax error") << "version: 1\nteams: [\n"_ba << QStringList {u"3||YAML syntax error"_s};
        QTest::addRow("unknown version") << "version: 2\nteams: 7\n"_ba
                                         << QStringList {u"1|version|version 2 is not supported"_s};
        QTest::addRow("missing keys") << "version: 1\n"_ba
                                      << QStringList {u"1|teams|required"_s, u"1|services|required"_s};
        QTest::addRow("misspelled top-level key")
            << "version: 1\nteams: []\nservice: []\n"_ba
            << QStringList {u"1|services|required"_s, u"3|service|did you mean \"services\""_s};
        QTest::addRow("teams not a list") << "version: 1\nteams: Team Portal\nservices: []\n"_ba
                                          << QStringList {u"2|teams|expected a list of teams"_s};

        QTest::addRow("team without name")
            << withTeams("  - members: []\n"_L1) << QStringList {u"3|teams[0].name|required"_s};
        QTest::addRow("duplicate team") << withTeams("  - name: A\n  - name: B\n  - name: A\n"_L1)
                                        << QStringList {
                                               u"5|teams[2].name|the team \"A\" is already defined at line 3"_s};
        QTest::addRow("member: unknown key")
            << withTeams("  - name: A\n    members:\n      - name: Erika\n        mail: e@example.org\n"_L1)
            << QStringList {u"6|teams[0].members[0].mail|did you mean \"email\""_s};
        QTest::addRow("member: bad e-mail")
            << withTeams("  - name: A\n    members:\n      - {name: Erika, email: erika.example.org}\n"_L1)
            << QStringList {u"5|teams[0].members[0].email|expected an e-mail address"_s};
        QTest::addRow("member: bad phone")
            << withTeams("  - name: A\n    members:\n      - {name: Erika, phone: call me}\n"_L1)
            << QStringList {u"5|teams[0].members[0].phone|expected a phone number"_s};
        QTest::addRow("channel: unknown kind") << withTeams("  - name: A\n    channel:\n      kind: mail\n"_L1)
                                               << QStringList {u"5|teams[0].channel.kind|expected webhook or matrix"_s};
        QTest::addRow("channel: webhook without url") << withTeams("  - name: A\n    channel: {kind: webhook}\n"_L1)
                                                      << QStringList {u"4|teams[0].channel.url|required"_s};
        QTest::addRow("channel: bad url")
            << withTeams("  - name: A\n    channel:\n      kind: webhook\n      url: ftp://example.org/hook\n"_L1)
            << QStringList {u"6|teams[0].channel.url|expected an http(s) URL"_s};
        QTest::addRow("channel: bad room") << withTeams(
            "  - name: A\n    channel:\n      kind: matrix\n      homeserver: https://m.example.org\n"
            "      room: betrieb\n"_L1) << QStringList {u"7|teams[0].channel.room|expected a Matrix room id"_s};
        QTest::addRow("channel: room on a webhook")
            << withTeams("  - name: A\n    channel:\n      kind: webhook\n      url: https://h.example.org/\n"
                         "      room: \"!a:example.org\"\n"_L1)
            << QStringList {u"7|teams[0].channel.room|applies only to kind matrix"_s};
        QTest::addRow("channel: token")
            << withTeams("  - name: A\n    channel:\n      kind: webhook\n      url: https://h.example.org/\n"
                         "      token: s3cr3t\n"_L1)
            << QStringList {u"7|teams[0].channel.token|leitstand secret set\" under the key team/A/notifications"_s};
        QTest::addRow("channel: access token")
            << withTeams("  - name: A\n    channel:\n      kind: matrix\n      homeserver: https://m.example.org\n"
                         "      room: \"!a:example.org\"\n      access_token: s3cr3t\n"_L1)
            << QStringList {u"8|teams[0].channel.access_token|secrets do not belong in the catalog file"_s};

        QTest::addRow("service without name")
            << withServices("  - description: x\n"_L1) << QStringList {u"4|services[0].name|required"_s};
        QTest::addRow("service not a mapping")
            << withServices("  - Bürgerportal\n"_L1) << QStringList {u"4|services[0]|expected a mapping"_s};
        QTest::addRow("duplicate service")
            << withServices("  - name: A\n  - name: A\n"_L1)
            << QStringList {u"5|services[1].name|the service \"A\" is already defined at line 4"_s};
        QTest::addRow("misspelled key") << withServices("  - name: A\n    dependson: [B]\n"_L1)
                                        << QStringList {u"5|services[0].dependson|did you mean \"depends_on\""_s};
        QTest::addRow("description as a list") << withServices("  - name: A\n    description: [a, b]\n"_L1)
                                               << QStringList {u"5|services[0].description|single value"_s};
        QTest::addRow("unknown team") << withServices("  - name: A\n    team: Team Nord\n"_L1)
                                      << QStringList {u"5|services[0].team|there is no team \"Team Nord\""_s};
        QTest::addRow("unknown dependency")
            << withServices("  - name: A\n    depends_on: [B, C]\n  - name: B\n"_L1)
            << QStringList {u"5|services[0].depends_on[1]|there is no service \"C\" in this file"_s};
        QTest::addRow("dependency as a single name") << withServices("  - name: A\n    depends_on: C\n"_L1)
                                                     << QStringList {u"5|services[0].depends_on|no service \"C\""_s};
        QTest::addRow("self-dependency") << withServices("  - name: A\n    depends_on:\n      - A\n"_L1)
                                         << QStringList {u"6|services[0].depends_on[0]|cannot depend on itself"_s};
        QTest::addRow("dependency twice") << withServices("  - name: A\n    depends_on: [B, B]\n  - name: B\n"_L1)
                                          << QStringList {u"5|services[0].depends_on[1]|\"B\" is listed twice"_s};
        QTest::addRow("cycle of two") << withServices(
            "  - name: A\n    depends_on: [B]\n  - name: B\n    depends_on: [A]\n"_L1)
                                      << QStringList {u"5|services[0].depends_on|a cycle: A → B → A"_s};
        QTest::addRow("cycle of three, found from the middle")
            << withServices("  - name: X\n    depends_on: [B]\n  - name: A\n    depends_on: [C]\n"
                            "  - name: B\n    depends_on: [A]\n  - name: C\n    depends_on: [B]\n"_L1)
            << QStringList {u"7|services[1].depends_on|a cycle: A → C → B → A"_s};
        QTest::addRow("contact on call without phone")
            << withServices("  - name: A\n    contacts:\n      - name: Erika\n        on_call: true\n"_L1)
            << QStringList {u"7|services[0].contacts[0].on_call|needs a phone number"_s};
        QTest::addRow("contact: on_call not a boolean")
            << withServices("  - name: A\n    contacts:\n      - {name: Erika, phone: 030 1, on_call: ja}\n"_L1)
            << QStringList {u"6|services[0].contacts[0].on_call|expected true or false"_s};
        QTest::addRow("bad weekly hours")
            << withServices("  - name: A\n    hours:\n      weekly: Mo-Fx 07:00-19:00\n"_L1)
            << QStringList {u"6|services[0].hours.weekly|unknown weekday Fx"_s};
        QTest::addRow("bad time zone") << withServices("  - name: A\n    hours: {timezone: Europe/Atlantis}\n"_L1)
                                       << QStringList {u"5|services[0].hours.timezone|unknown time zone"_s};
        QTest::addRow("bad holiday state") << withServices("  - name: A\n    hours:\n      holidays: XY\n"_L1)
                                           << QStringList {u"6|services[0].hours.holidays|unknown federal state "
                                                           "\"XY\"; expected one of BW, BY, BE"_s};
        QTest::addRow("unknown hours key") << withServices("  - name: A\n    hours:\n      zone: UTC\n"_L1)
                                           << QStringList {u"6|services[0].hours.zone|unknown key"_s};
        QTest::addRow("target 0") << withServices("  - name: A\n    availability_target: 0\n"_L1)
                                  << QStringList {u"5|services[0].availability_target|above 0 and at most 100"_s};
        QTest::addRow("target above 100") << withServices("  - name: A\n    availability_target: 100.1\n"_L1)
                                          << QStringList {u"5|services[0].availability_target|not \"100.1\""_s};
        QTest::addRow("target with a comma") << withServices("  - name: A\n    availability_target: 99,5\n"_L1)
                                             << QStringList {u"5|services[0].availability_target|such as 99.5"_s};
        QTest::addRow("target with a percent sign")
            << withServices("  - name: A\n    availability_target: 99.5%\n"_L1)
            << QStringList {u"5|services[0].availability_target|such as 99.5"_s};
        QTest::addRow("window: problem at its field's line")
            << withServices(
                   "  - name: A\n    maintenance:\n      - title: Update\n        start: \"2026-12-01T22:00\"\n"
                   "        duration: 2h\n"_L1)
            << QStringList {u"8|services[0].maintenance[0].duration|expected a whole number such as 120, not '2h'"_s};
        QTest::addRow("window: missing field at the window's line")
            << withServices("  - name: A\n    maintenance:\n      - {title: Update, duration: 60}\n"_L1)
            << QStringList {u"6|services[0].maintenance[0].start|missing"_s};
        QTest::addRow("window: inconsistent rule")
            << withServices(
                   "  - name: A\n    maintenance:\n      - title: Update\n        start: \"2026-12-01T22:00\"\n"
                   "        duration: 60\n        repeat: weekly\n"_L1)
            << QStringList {u"6|services[0].maintenance[0].on|a weekly window needs at least one weekday"_s};
        QTest::addRow("window: misspelled key")
            << withServices("  - name: A\n    maintenance:\n      - {title: U, start: \"2026-12-01T22:00\", "
                            "duration: 60, repat: daily}\n"_L1)
            << QStringList {u"6|services[0].maintenance[0].repat|did you mean \"repeat\""_s};
        QTest::addRow("window: mapping as a value")
            << withServices("  - name: A\n    maintenance:\n      - {title: {a: b}, start: \"2026-12-01T22:00\", "
                            "duration: 60}\n"_L1)
            << QStringList {u"6|services[0].maintenance[0].title|expected a single value or a list"_s};
        QTest::addRow("several, ordered by line")
            << withServices("  - name: A\n    team: Nobody\n    availability_target: 0\n  - name: A\n"_L1)
            << QStringList {u"5|services[0].team|no team"_s, u"6|services[0].availability_target|above 0"_s,
                   u"7|services[1].name|already defined"_s};
    }

    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);

        const auto result = CatalogFile::parse(yaml, u"catalog.yaml"_s);
        QVERIFY2(!result, "a malformed file must be refused");
        const QString all = describe(result.error());
        QVERIFY2(result.error().size() == expected.size(), qPrintable(all));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList parts = expected[i].split(u'|');
            const EndpointFileProblem &problem = result.error().at(i);
            QVERIFY2(problem.file == u"catalog.yaml"_s, qPrintable(all));
            QVERIFY2(problem.line == parts[0].toInt(), qPrintable(all));
            QVERIFY2(problem.field == parts[1], qPrintable(all));
            QVERIFY2(problem.message.contains(parts[2]), qPrintable(all));
        }
    }

    // The secret keys are refused with their own message, never offered for a typo.
    void secretsAreNotSuggested()
    {
        const auto result = CatalogFile::parse(withTeams("  - name: A\n    channel:\n      kind: webhook\n"
                                                         "      url: https://h.example.org/\n      colour: red\n"_L1),
            u"catalog.yaml"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().size(), 1);
        QCOMPARE(result.error().front().message, u"unknown key; expected one of kind, url, homeserver, room"_s);
    }

    void roundTrip()
    {
        const ServiceCatalog catalog = fullCatalog();
        const QByteArray written = CatalogFile::write(catalog);
        const auto parsed = CatalogFile::parse(written, u"written.yaml"_s);
        QVERIFY2(parsed.has_value(), QByteArray(problemsOf(parsed) + '\n' + written).constData());
        QCOMPARE(*parsed, catalog);
        QCOMPARE(CatalogFile::write(*parsed), written);
    }

    void emptyCatalog()
    {
        const QByteArray written = CatalogFile::write({});
        QVERIFY(written.contains("teams: []\nservices: []\n"));
        const auto parsed = CatalogFile::parse(written, u"empty.yaml"_s);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, ServiceCatalog());
    }

    // The exact form of a written file: defaults left out, block style, ordered by name.
    void writtenForm()
    {
        ServiceCatalog catalog;
        Team team;
        team.name = u"Team Portal"_s;
        team.channel.kind = TeamChannel::Kind::Webhook;
        team.channel.url = QUrl(u"https://hooks.example.org/portal"_s);
        catalog.teams = {team};
        ServiceDefinition portal;
        portal.name = u"Bürgerportal"_s;
        portal.team = team.name;
        portal.dependsOn = {u"Antragsservice"_s};
        portal.hours
            = *ServiceHours::parse(u"Mo-Fr 07:00-19:00", ServiceHours::defaultTimeZone(), FederalState::Berlin);
        portal.availabilityTarget = 99.9;
        portal.maintenance
            = {window({{u"title"_s, u"Update"_s}, {u"start"_s, u"2026-12-01T22:00"_s}, {u"duration"_s, u"120"_s},
                {u"repeat"_s, u"weekly"_s}, {u"on"_s, QStringList {u"Tu"_s}}, {u"timezone"_s, u"Europe/Berlin"_s}})};
        ServiceDefinition applications;
        applications.name = u"Antragsservice"_s;
        catalog.services = {portal, applications};

        QCOMPARE(QString::fromUtf8(CatalogFile::write(catalog)),
            u"# Leitstand service catalog. The format is described in docs/catalog-file.md;\n"
            "# values equal to their defaults are left out.\n"
            "version: 1\n"
            "teams:\n"
            "  - name: Team Portal\n"
            "    channel:\n"
            "      kind: webhook\n"
            "      url: https://hooks.example.org/portal\n"
            "services:\n"
            "  - name: Antragsservice\n"
            "  - name: Bürgerportal\n"
            "    team: Team Portal\n"
            "    depends_on: [Antragsservice]\n"
            "    hours:\n"
            "      weekly: Mo-Fr 07:00-19:00\n"
            "      holidays: BE\n"
            "    availability_target: 99.9\n"
            "    maintenance:\n"
            "      - title: Update\n"
            "        start: \"2026-12-01T22:00\"\n"
            "        duration: 120\n"
            "        repeat: weekly\n"
            "        on: [Tu]\n"_s);
    }

    void readAndWriteFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"catalog.yaml"_s);
        QString error;
        QVERIFY(CatalogFile::writeFile(path, fullCatalog(), &error));
        const auto read = CatalogFile::read(path);
        QVERIFY(read.has_value());
        QCOMPARE(*read, fullCatalog());

        const auto missing = CatalogFile::read(dir.filePath(u"none.yaml"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().size(), 1);
        QCOMPARE(missing.error().front().line, 0);
        QVERIFY(missing.error().front().message.contains(u"cannot read the file"_s));

        QVERIFY(!CatalogFile::writeFile(dir.filePath(u"no/such/folder/catalog.yaml"_s), fullCatalog(), &error));
        QVERIFY(!error.isEmpty());
    }

    // The demo's catalog describes every service of the demo fleet.
    void demoCatalog()
    {
        const QString demo = QStringLiteral(LEITSTAND_SOURCE_DIR) + u"/packaging/demo/"_s;
        const auto catalog = CatalogFile::read(demo + u"demo-catalog.yaml"_s);
        QVERIFY2(catalog.has_value(), problemsOf(catalog).constData());
        const auto fleet = EndpointFile::read(demo + u"demo-fleet.yaml"_s);
        QVERIFY(fleet.has_value());
        QSet<QString> fleetServices;
        for (const Endpoint &endpoint : *fleet)
            fleetServices.insert(endpoint.service);
        for (const QString &service : std::as_const(fleetServices)) {
            const ServiceDefinition *definition = catalog->service(service);
            QVERIFY2(definition, qPrintable(service));
            QVERIFY2(!definition->team.isEmpty(), qPrintable(service));
            QVERIFY2(!definition->contacts.isEmpty(), qPrintable(service));
        }
        for (const Team &team : catalog->teams) {
            QCOMPARE(team.channel.kind, TeamChannel::Kind::Webhook);
            QCOMPARE(team.channel.url.host(), u"127.0.0.1"_s);
        }
        QVERIFY(!catalog->dependentsOf(u"Antragsservice"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogFile)
#include "tst_catalogfile.moc"
