// The roles of team mode against a real PostgreSQL server (tests/support/with-postgresql): users
// that log in as themselves, each a member of one of the roles `leitstand database roles` sets up,
// do what their role allows through the real repositories and are refused the rest by the server;
// nobody may change the audit log; DatabasePermissions tells each what they may do; the real poller
// runs as its role; and the command run again changes nothing.

#include "../feed/feedtesthelpers.h"
#include "engine/leasekeeper.h"
#include "incidents/incidentbook.h"
#include "storage/catalogrepository.h"
#include "storage/databasepermissions.h"
#include "storage/databaseroles.h"
#include "storage/deliveryrepository.h"
#include "storage/incidentrepository.h"
#include "storage/noticerepository.h"
#include "storage/retention.h"
#include "storage/runbookrepository.h"
#include "storage/samplestore.h"
#include "storagetesthelpers.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>

#include <map>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

namespace {

using Role = DatabaseRoles::Role;
using Action = DatabasePermissions::Action;

const QString prefix = DatabaseRoles::defaultPrefix();

// The users of the test, one per role; they log in by trust authentication, without a password.
const std::map<Role, QString> users {{Role::Poller, u"paul"_s}, {Role::Operator, u"anna"_s},
    {Role::Publisher, u"petra"_s}, {Role::Administrator, u"adam"_s}};

// What a user tries, each through the repository that the console, the poller or a command uses.
enum class Attempt {
    AddEndpoint,
    ChangeEndpoint,
    ImportCatalog,
    SaveRunbook,
    HandleIncident,
    NotifyTeam,
    SaveNotice,
    PublishNotice,
    WriteSamples,
    TakeLeases,
    ApplyRetention,
};

struct AttemptCase
{
    const char *name;
    Attempt attempt;
    QList<Role> allowedTo;
};

const QList<AttemptCase> attemptCases {
    {"add endpoint", Attempt::AddEndpoint, {Role::Administrator}},
    // The poller may lock endpoint rows (UPDATE of the id column), but not change them.
    {"change endpoint", Attempt::ChangeEndpoint, {Role::Administrator}},
    {"import catalog", Attempt::ImportCatalog, {Role::Administrator}},
    {"save runbook", Attempt::SaveRunbook, {Role::Administrator}},
    {"handle incident", Attempt::HandleIncident, {Role::Poller, Role::Operator, Role::Administrator}},
    {"notify team", Attempt::NotifyTeam, {Role::Poller, Role::Operator, Role::Administrator}},
    {"save notice", Attempt::SaveNotice, {Role::Publisher, Role::Administrator}},
    {"publish notice", Attempt::PublishNotice, {Role::Publisher, Role::Administrator}},
    {"write samples", Attempt::WriteSamples, {Role::Poller}},
    {"take leases", Attempt::TakeLeases, {Role::Poller}},
    {"apply retention", Attempt::ApplyRetention, {Role::Poller}},
};

const char *roleTag(Role role)
{
    switch (role) {
    case Role::Poller:
        return "poller";
    case Role::Operator:
        return "operator";
    case Role::Publisher:
        return "publisher";
    case Role::Administrator:
        return "administrator";
    }
    Q_UNREACHABLE();
}

const QUuid noticeId = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-0000000000a1"_s);

// The second at which the month of 2024-03 begins: a partition older than any retention keeps.
constexpr qint64 march2024 = 1709251200;

bool isRefusal(const QString &error)
{
    return error.contains("permission denied"_L1);
}

} // namespace

Q_DECLARE_METATYPE(Attempt)
Q_DECLARE_METATYPE(Leitstand::DatabaseRoles::Role)
Q_DECLARE_METATYPE(QList<Leitstand::DatabasePermissions::Action>)

class TestDatabaseRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void embeddedDatabaseAllowsEverything();
    void attempts_data();
    void attempts();
    void auditLogIsAppendOnly_data();
    void auditLogIsAppendOnly();
    void permissionsReported_data();
    void permissionsReported();
    void everyTableIsReadable_data();
    void everyTableIsReadable();
    void pollerRunsAsItsRole();
    void ownerSetsUpWithoutBeingSuperuser();
    void rolesCommandTwiceChangesNothing();

private:
    static QString urlOf(const QString &user, const QString &schema);
    Database &as(Role role);
    std::expected<void, QString> tryAs(Role role, Attempt attempt);
    QString snapshot(const QString &schema, const QString &rolePrefix);
    QByteArray runRolesCommand(const QString &schema, const QString &rolePrefix, int *exitCode);

    std::unique_ptr<TestDatabase> m_test;
    std::map<Role, std::unique_ptr<Database>> m_users;
    qint64 m_endpointId = 0;
    qint64 m_serviceId = 0;
    qint64 m_incidentId = 0;
    qint64 m_second = QDateTime::currentSecsSinceEpoch();
};

void TestDatabaseRoles::initTestCase()
{
    QVERIFY2(!postgresqlUrl().isEmpty(), "run by ctest as pg.tst_databaseroles, with tests/support/with-postgresql");
    m_test = std::make_unique<TestDatabase>();
    const auto setUp = DatabaseRoles::setUp(*m_test->database, prefix);
    QVERIFY2(setUp, errorOf(setUp).constData());
    QCOMPARE(setUp->size(), qsizetype(DatabaseRoles::roles.size()));

    QStringList statements;
    for (const auto &[role, user] : users) {
        statements << u"CREATE ROLE %1 LOGIN"_s.arg(user)
                   << u"GRANT %1 TO %2"_s.arg(DatabaseRoles::roleName(prefix, role), user);
    }
    administer(statements);

    // What the users work on, made by the owner.
    m_endpointId = m_test->addEndpoint(u"seed"_s);
    const auto topology = CatalogRepository(*m_test->database).incidentTopology();
    QVERIFY(topology);
    m_serviceId = topology->serviceOfEndpoint.value(m_endpointId);
    IncidentBook book(*topology, std::chrono::seconds(300));
    const QList<IncidentChange> outage
        = book.endpointStateChanged(m_endpointId, EndpointState::Down, QDateTime::currentDateTimeUtc(), u"HTTP 503"_s);
    QVERIFY(!outage.isEmpty());
    m_incidentId = outage.constFirst().incidentId;
    QVERIFY(IncidentRepository(*m_test->database).apply(outage));
    NoticeRepository notices(*m_test->database);
    QVERIFY(notices.save(FeedTest::sampleNotice(noticeId), 0, u"owner"_s, QDateTime::currentDateTimeUtc()));
    const auto requested
        = notices.requestPublication(noticeId, PublicationAction::Publish, u"owner"_s, QDateTime::currentDateTimeUtc());
    QVERIFY(requested);
    QVERIFY(notices.markPublished({*requested}, u"201"_s, QDateTime::currentDateTimeUtc()));

    for (const Role role : DatabaseRoles::roles) {
        const auto location = DatabaseLocation::parse(urlOf(users.at(role), m_test->schema));
        QVERIFY2(location, errorOf(location).constData());
        auto database = std::make_unique<Database>(*location);
        // Opening needs no right to create anything once the schema is up to date.
        const auto opened = database->open();
        QVERIFY2(opened, errorOf(opened).constData());
        m_users[role] = std::move(database);
    }
}

void TestDatabaseRoles::cleanupTestCase()
{
    m_users.clear();
    m_test.reset();
}

// The test server's database as another user, in a schema of the test.
QString TestDatabaseRoles::urlOf(const QString &user, const QString &schema)
{
    const auto server = DatabaseLocation::parse(postgresqlUrl());
    if (!server)
        qFatal("%s", qPrintable(server.error()));
    return u"postgresql://%1@%2:%3/%4?schema=%5"_s.arg(
        user, server->host(), QString::number(server->port()), server->databaseName(), schema);
}

Database &TestDatabaseRoles::as(Role role)
{
    return *m_users.at(role);
}

void TestDatabaseRoles::embeddedDatabaseAllowsEverything()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"local.sqlite"_s));
    QVERIFY(database.open());
    const auto permissions = DatabasePermissions::read(database);
    QVERIFY2(permissions, errorOf(permissions).constData());
    QVERIFY(*permissions == DatabasePermissions::all());
    const auto setUp = DatabaseRoles::setUp(database, prefix);
    QVERIFY(!setUp);
}

std::expected<void, QString> TestDatabaseRoles::tryAs(Role role, Attempt attempt)
{
    Database &database = as(role);
    const QString user = users.at(role);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'-');
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto done = [](const auto &result) -> std::expected<void, QString> {
        if (!result)
            return std::unexpected(result.error());
        return {};
    };
    switch (attempt) {
    case Attempt::AddEndpoint:
        return done(EndpointRepository(database).add(endpoint(u"svc"_s, tag)));
    case Attempt::ChangeEndpoint: {
        Endpoint changed = endpoint(u"svc"_s, u"seed"_s);
        changed.id = m_endpointId;
        changed.target = u"https://%1.example.org/"_s.arg(user);
        return done(EndpointRepository(database).update(changed));
    }
    case Attempt::ImportCatalog: {
        Team team;
        team.name = tag;
        TeamMember member;
        member.name = user;
        team.members = {member};
        ServiceDefinition service;
        service.name = tag;
        service.team = tag;
        ServiceCatalog catalog;
        catalog.teams = {team};
        catalog.services = {service};
        return done(CatalogRepository(database).replaceCatalog(catalog, EndpointRepository::SyncMode::Merge));
    }
    case Attempt::SaveRunbook: {
        RunbookRepository runbooks(database);
        const auto latest = runbooks.latest(m_serviceId);
        if (!latest)
            return std::unexpected(latest.error());
        return done(runbooks.save({.serviceId = m_serviceId,
                                      .basedOnVersion = *latest ? (*latest)->version : 0,
                                      .markdown = u"# Neustart\n\n"_s + tag,
                                      .author = user},
            now));
    }
    case Attempt::HandleIncident: {
        IncidentRepository incidents(database);
        const auto stored = incidents.byId(m_incidentId);
        if (!stored || !*stored)
            return std::unexpected(stored ? u"no incident"_s : stored.error());
        Incident incident = **stored;
        incident.acknowledgedAt = now;
        incident.acknowledgedBy = user;
        IncidentEvent acknowledged;
        acknowledged.at = now;
        acknowledged.kind = IncidentEvent::Kind::Acknowledged;
        acknowledged.actor = user;
        acknowledged.state = incident.state;
        acknowledged.severity = incident.severity;
        return incidents.apply({{.incidentId = m_incidentId, .incident = incident, .events = {acknowledged}}});
    }
    case Attempt::NotifyTeam: {
        DeliveryRepository deliveries(database);
        NotificationDelivery delivery;
        delivery.incidentId = m_incidentId;
        delivery.channel = u"webhook"_s;
        delivery.request = tag.toUtf8();
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        const auto id = deliveries.enqueue(delivery);
        if (!id)
            return std::unexpected(id.error());
        return deliveries.markDelivered(*id, 1, now);
    }
    case Attempt::SaveNotice:
        return done(NoticeRepository(database).save(FeedTest::sampleNotice(QUuid::createUuid()), 0, user, now));
    case Attempt::PublishNotice: {
        NoticeRepository notices(database);
        const auto requested = notices.requestPublication(noticeId, PublicationAction::Publish, user, now);
        if (!requested)
            return std::unexpected(requested.error());
        return notices.markPublished({*requested}, u"201"_s, now);
    }
    case Attempt::WriteSamples: {
        SampleStore store(database);
        const auto written = store.write({sample(m_endpointId, ++m_second, EndpointState::Up)});
        if (written && written->written != 1)
            return std::unexpected(u"%1 samples written"_s.arg(written->written));
        return done(written);
    }
    case Attempt::TakeLeases: {
        LeaseKeeper leases(database, LeaseKeeper::newPollerId(), std::chrono::seconds(8));
        if (const auto round = leases.renew(now); !round)
            return std::unexpected(round.error());
        return leases.release();
    }
    case Attempt::ApplyRetention: {
        // A month long gone, made by the owner: only the poller's retention may drop it.
        administer({u"SELECT %1.leitstand_sample_partition(%2)"_s.arg(m_test->schema).arg(march2024)});
        const auto applied = Retention::apply(database, RetentionPolicy(), now);
        if (!applied)
            return std::unexpected(applied.error());
        QSqlQuery query(m_test->database->connection());
        if (!query.exec(u"SELECT to_regclass('samples_2024_03') IS NULL"_s) || !query.next()
            || !query.value(0).toBool())
            return std::unexpected(u"samples_2024_03 is still there"_s);
        return {};
    }
    }
    Q_UNREACHABLE();
}

void TestDatabaseRoles::attempts_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    for (const AttemptCase &row : attemptCases) {
        for (const Role role : DatabaseRoles::roles)
            QTest::addRow("%s/%s", roleTag(role), row.name) << row.attempt << role << row.allowedTo.contains(role);
    }
}

void TestDatabaseRoles::attempts()
{
    QFETCH(Attempt, attempt);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const auto result = tryAs(role, attempt);
    if (allowed) {
        QVERIFY2(result, errorOf(result).constData());
    } else {
        QVERIFY2(!result, "allowed, but the role may not");
        QVERIFY2(isRefusal(result.error()), qPrintable(result.error()));
    }
}

void TestDatabaseRoles::auditLogIsAppendOnly_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("statement");
    for (const Role role : DatabaseRoles::roles) {
        QTest::addRow("%s/update", roleTag(role)) << role << u"UPDATE publication_audit SET actor = 'nobody'"_s;
        QTest::addRow("%s/delete", roleTag(role)) << role << u"DELETE FROM publication_audit"_s;
        QTest::addRow("%s/truncate", roleTag(role)) << role << u"TRUNCATE publication_audit"_s;
    }
}

void TestDatabaseRoles::auditLogIsAppendOnly()
{
    QFETCH(Role, role);
    QFETCH(QString, statement);
    QSqlQuery query(as(role).connection());
    QVERIFY(!query.exec(statement));
    // Refused by the grants before the append-only trigger would be asked.
    QVERIFY2(query.lastError().text().contains("permission denied for table publication_audit"_L1),
        qPrintable(query.lastError().text()));
    QSqlQuery count(m_test->database->connection());
    QVERIFY(count.exec(u"SELECT COUNT(*) FROM publication_audit WHERE actor = 'owner'"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestDatabaseRoles::permissionsReported_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QList<Action>>("allowed");
    QTest::addRow("poller") << Role::Poller << QList<Action> {Action::HandleIncidents};
    QTest::addRow("operator") << Role::Operator << QList<Action> {Action::HandleIncidents};
    QTest::addRow("publisher") << Role::Publisher << QList<Action> {Action::EditNotices, Action::PublishNotices};
    QTest::addRow("administrator") << Role::Administrator
                                   << QList<Action>(
                                          DatabasePermissions::actions.begin(), DatabasePermissions::actions.end());
}

void TestDatabaseRoles::permissionsReported()
{
    QFETCH(Role, role);
    QFETCH(QList<Action>, allowed);
    const auto permissions = DatabasePermissions::read(as(role));
    QVERIFY2(permissions, errorOf(permissions).constData());
    for (const Action action : DatabasePermissions::actions)
        QVERIFY2(permissions->allows(action) == allowed.contains(action), qPrintable(QString::number(int(action))));

    // The owner of the tables may do everything.
    const auto owner = DatabasePermissions::read(*m_test->database);
    QVERIFY2(owner, errorOf(owner).constData());
    QVERIFY(*owner == DatabasePermissions::all());
}

void TestDatabaseRoles::everyTableIsReadable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("readable");
    // Every table the schema holds, so that one a new migration adds cannot be forgotten.
    QSqlQuery query(m_test->database->connection());
    QVERIFY(query.exec(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
                       "ORDER BY c.relname"_s));
    const QStringList notForPollers {
        u"notices"_s, u"notice_publications"_s, u"publication_audit"_s, u"runbook_versions"_s};
    int tables = 0;
    while (query.next()) {
        const QString table = query.value(0).toString();
        ++tables;
        for (const Role role : DatabaseRoles::roles) {
            QTest::addRow("%s/%s", roleTag(role), qPrintable(table))
                << role << table << (role != Role::Poller || !notForPollers.contains(table));
        }
    }
    QVERIFY(tables >= 23);
}

void TestDatabaseRoles::everyTableIsReadable()
{
    QFETCH(Role, role);
    QFETCH(QString, table);
    QFETCH(bool, readable);
    QSqlQuery query(as(role).connection());
    const bool read = query.exec(u"SELECT * FROM %1 LIMIT 1"_s.arg(table));
    if (readable)
        QVERIFY2(read, qPrintable(query.lastError().text()));
    else
        QVERIFY2(!read && isRefusal(query.lastError().text()), qPrintable(query.lastError().text()));
}

void TestDatabaseRoles::pollerRunsAsItsRole()
{
    // A schema of its own with one endpoint that answers and one that does not.
    TestDatabase fleet;
    QVERIFY(DatabaseRoles::setUp(*fleet.database, prefix));
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    connect(&listener, &QTcpServer::pendingConnectionAvailable, &listener, [&listener] {
        while (QTcpSocket *socket = listener.nextPendingConnection())
            socket->deleteLater();
    });
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    EndpointRepository endpoints(*fleet.database);
    for (const auto &[name, port] : {std::pair {u"up"_s, listener.serverPort()}, std::pair {u"down"_s, closedPort}}) {
        Endpoint e = endpoint(u"Amt"_s, name, 1000);
        e.kind = CheckKind::Tcp;
        e.target = u"127.0.0.1:%1"_s.arg(port);
        e.timeoutMs = 500;
        e.confirmationsDown = 1;
        QVERIFY(endpoints.add(e));
    }

    QProcess poller;
    poller.start(QStringLiteral(LEITSTAND_POLLER),
        {u"--database"_s, urlOf(users.at(Role::Poller), fleet.schema), u"--status-interval"_s, u"3600"_s});
    QVERIFY(poller.waitForStarted());

    const auto scalar = [&fleet](const QString &statement) {
        QSqlQuery query(fleet.database->connection());
        return query.exec(statement) && query.next() ? query.value(0).toLongLong() : -1;
    };
    // It takes the endpoints, stores samples and opens the incident of the one that is down.
    QTRY_VERIFY_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM endpoint_leases"_s) == 2, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM incidents WHERE resolved_ms IS NULL"_s) == 1, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(scalar(u"SELECT COUNT(DISTINCT endpoint_id) FROM endpoint_status"_s) == 2, 30'000);
    poller.terminate();
    QVERIFY(poller.waitForFinished(10'000));
    const QByteArray errors = poller.readAllStandardError();
    QCOMPARE(poller.exitCode(), 0);
    QVERIFY2(!errors.contains("permission denied"), errors.constData());
    QVERIFY(scalar(u"SELECT COUNT(*) FROM samples"_s) >= 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM endpoint_leases"_s), 0);
}

void TestDatabaseRoles::ownerSetsUpWithoutBeingSuperuser()
{
    // As it is meant to be: the tables belong to a user that may create roles, in a schema of its own.
    const QString schema = u"owned_%1"_s.arg(QCoreApplication::applicationPid());
    administer({u"CREATE ROLE olga LOGIN CREATEROLE"_s, u"CREATE SCHEMA %1 AUTHORIZATION olga"_s.arg(schema)});
    {
        Database owner(*DatabaseLocation::parse(urlOf(u"olga"_s, schema)));
        const auto opened = owner.open();
        QVERIFY2(opened, errorOf(opened).constData());
        const auto setUp = DatabaseRoles::setUp(owner, u"ops"_s);
        QVERIFY2(setUp, errorOf(setUp).constData());
        QVERIFY(setUp->constFirst().created);
        // Whoever created the roles may make users members.
        QSqlQuery grant(owner.connection());
        QVERIFY2(grant.exec(u"GRANT ops_publisher TO anna"_s), qPrintable(grant.lastError().text()));

        // Anna may now use the schema, as a publisher (her operator role holds nothing there).
        Database anna(*DatabaseLocation::parse(urlOf(users.at(Role::Operator), schema)));
        QVERIFY(anna.open());
        const auto permissions = DatabasePermissions::read(anna);
        QVERIFY2(permissions, errorOf(permissions).constData());
        QVERIFY(permissions->editNotices && permissions->publishNotices);
        QVERIFY(!permissions->handleIncidents && !permissions->editEndpoints);

        // Nor may anybody else, who does not own the tables, hand out privileges on them.
        const auto refused = DatabaseRoles::setUp(anna, u"ops"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains("does not own"_L1), qPrintable(refused.error()));
    }
    administer({u"DROP SCHEMA %1 CASCADE"_s.arg(schema)});
}

QString TestDatabaseRoles::snapshot(const QString &schema, const QString &rolePrefix)
{
    // Every privilege in the schema (tables, partitions, columns, functions, the schema itself),
    // the roles and their members.
    const QStringList statements {
        u"SELECT c.relname || ' ' || COALESCE(c.relacl::TEXT, '') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '%1' ORDER BY c.relname"_s,
        u"SELECT c.relname || '.' || a.attname || ' ' || a.attacl::TEXT FROM pg_attribute a "
        "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = '%1' AND a.attacl IS NOT NULL ORDER BY 1"_s,
        u"SELECT p.oid::regprocedure::TEXT || ' ' || COALESCE(p.proacl::TEXT, '') || ' ' || p.prosecdef::TEXT "
        "|| ' ' || COALESCE(p.proconfig::TEXT, '') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = '%1' ORDER BY 1"_s,
        u"SELECT COALESCE(nspacl::TEXT, '') FROM pg_namespace WHERE nspname = '%1'"_s,
        u"SELECT rolname || ' ' || rolcanlogin::TEXT || ' ' || rolinherit::TEXT || ' ' || rolsuper::TEXT "
        "FROM pg_roles WHERE rolname LIKE '%2\\_%' ORDER BY rolname"_s,
        u"SELECT r.rolname || ' > ' || m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
        "JOIN pg_roles m ON m.oid = a.member WHERE r.rolname LIKE '%2\\_%' ORDER BY 1"_s,
    };
    QStringList lines;
    for (const QString &statement : statements) {
        QSqlQuery query(m_test->database->connection());
        if (!query.exec(QString(statement).replace("%1"_L1, schema).replace("%2"_L1, rolePrefix)))
            return query.lastError().text();
        while (query.next())
            lines.append(query.value(0).toString());
    }
    return lines.join(u'\n');
}

QByteArray TestDatabaseRoles::runRolesCommand(const QString &schema, const QString &rolePrefix, int *exitCode)
{
    QProcess command;
    command.start(QStringLiteral(LEITSTAND_EXECUTABLE),
        {u"database"_s, u"roles"_s, u"--database"_s, postgresqlUrl() + u"?schema="_s + schema, u"--prefix"_s,
            rolePrefix, u"--lang"_s, u"en"_s});
    if (!command.waitForFinished(60'000))
        return "did not finish";
    *exitCode = command.exitCode();
    return command.readAllStandardOutput() + command.readAllStandardError();
}

void TestDatabaseRoles::rolesCommandTwiceChangesNothing()
{
    // Over the roles that setUp() made: the command grants the same.
    const QString before = snapshot(m_test->schema, prefix);
    QVERIFY(before.contains(u"publication_audit "_s));
    int exitCode = -1;
    QByteArray output = runRolesCommand(m_test->schema, prefix, &exitCode);
    QVERIFY2(exitCode == 0, output.constData());
    QVERIFY2(output.contains("leitstand_operator: already there"), output.constData());
    QVERIFY2(output.contains("GRANT leitstand_operator TO anna;"), output.constData());
    QCOMPARE(snapshot(m_test->schema, prefix), before);

    // New roles with another prefix: made once, then left as they are.
    output = runRolesCommand(m_test->schema, u"team"_s, &exitCode);
    QVERIFY2(exitCode == 0, output.constData());
    QVERIFY2(output.contains("team_publisher: created"), output.constData());
    const QString first = snapshot(m_test->schema, u"team"_s);
    QVERIFY(first.contains(u"team_poller false"_s));
    QVERIFY(first.contains(u"team_administrator=arwd/"_s));
    output = runRolesCommand(m_test->schema, u"team"_s, &exitCode);
    QVERIFY2(exitCode == 0, output.constData());
    QVERIFY2(output.contains("team_publisher: already there"), output.constData());
    QCOMPARE(snapshot(m_test->schema, u"team"_s), first);

    // And a prefix that cannot be a role name is refused before anything happens.
    output = runRolesCommand(m_test->schema, u"Team-2"_s, &exitCode);
    QCOMPARE(exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDatabaseRoles)
#include "tst_databaseroles.moc"
