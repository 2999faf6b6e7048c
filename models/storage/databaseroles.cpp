#include "storage/databaseroles.h"

#include "storage/database.h"
#include "storage/databasepermissions.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

using Role = DatabaseRoles::Role;
using Action = DatabasePermissions::Action;

// Every table of the schema (postgresqldialect.cpp). A table that a new migration adds needs its
// place here; tst_databaseroles fails until it has one.
constexpr std::array tables {"schema_version"_L1, "endpoints"_L1, "endpoints_revision"_L1, "samples"_L1,
    "rollup_minute"_L1, "rollup_hour"_L1, "endpoint_status"_L1, "teams"_L1, "team_members"_L1, "services"_L1,
    "service_contacts"_L1, "service_dependencies"_L1, "maintenance_windows"_L1, "runbook_versions"_L1,
    "catalog_revision"_L1, "incidents"_L1, "incident_events"_L1, "notification_deliveries"_L1, "notices"_L1,
    "notice_publications"_L1, "publication_audit"_L1, "pollers"_L1, "endpoint_leases"_L1};

// Pollers have no business with the notices or the runbooks; everyone else reads everything.
constexpr std::array notForPollers {
    "notices"_L1, "notice_publications"_L1, "publication_audit"_L1, "runbook_versions"_L1};

// The functions that run with the owner's rights (schema version 8), for pollers only.
constexpr auto pollerFunctions = "leitstand_sample_partition(BIGINT), leitstand_drop_sample_partition(TEXT)"_L1;

// The longest suffix, so that every role name stays within PostgreSQL's 63 bytes.
constexpr qsizetype longestSuffix = qsizetype(sizeof("_administrator")) - 1;

QList<Action> actionsOf(Role role)
{
    switch (role) {
    case Role::Poller: // opens and resolves the automatic incidents and notifies the teams
    case Role::Operator:
        return {Action::HandleIncidents};
    case Role::Publisher:
        return {Action::EditNotices, Action::PublishNotices};
    case Role::Administrator:
        return {DatabasePermissions::actions.begin(), DatabasePermissions::actions.end()};
    }
    Q_UNREACHABLE();
}

// What a poller writes besides incidents: samples (their monthly partitions through the owner's
// functions), rollups, which retention also deletes, the latest status, and the leases.
QList<TablePrivilege> pollerPrivileges()
{
    return {{"samples"_L1, "INSERT"_L1}, {"rollup_minute"_L1, "INSERT"_L1}, {"rollup_minute"_L1, "UPDATE"_L1},
        {"rollup_minute"_L1, "DELETE"_L1}, {"rollup_hour"_L1, "INSERT"_L1}, {"rollup_hour"_L1, "UPDATE"_L1},
        {"rollup_hour"_L1, "DELETE"_L1}, {"endpoint_status"_L1, "INSERT"_L1}, {"endpoint_status"_L1, "UPDATE"_L1},
        {"pollers"_L1, "INSERT"_L1}, {"pollers"_L1, "UPDATE"_L1}, {"pollers"_L1, "DELETE"_L1},
        {"endpoint_leases"_L1, "INSERT"_L1}, {"endpoint_leases"_L1, "UPDATE"_L1}, {"endpoint_leases"_L1, "DELETE"_L1}};
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', "\"\""_L1) + u'"';
}

// The GRANT statements of one role, in a fixed order.
QStringList grantsOf(Role role, const QString &name)
{
    QStringList reads;
    for (const QLatin1StringView table : tables) {
        if (role != Role::Poller || std::ranges::find(notForPollers, table) == notForPollers.end())
            reads.append(table);
    }
    QStringList statements {u"GRANT SELECT ON %1 TO %2"_s.arg(reads.join(", "_L1), name)};

    QList<TablePrivilege> writes = role == Role::Poller ? pollerPrivileges() : QList<TablePrivilege>();
    for (const Action action : actionsOf(role))
        writes += DatabasePermissions::privilegesFor(action);
    std::map<QLatin1StringView, QStringList> byTable;
    for (const TablePrivilege &write : std::as_const(writes)) {
        QStringList &privileges = byTable[write.table];
        if (!privileges.contains(write.privilege))
            privileges.append(write.privilege);
    }
    for (const auto &[table, privileges] : byTable)
        statements.append(u"GRANT %1 ON %2 TO %3"_s.arg(privileges.join(", "_L1), table, name));

    if (role == Role::Poller) {
        // Taking leases locks the endpoint rows (SELECT ... FOR UPDATE), which PostgreSQL allows
        // only with an UPDATE privilege on some column. The id is the one a poller cannot change
        // either: every UPDATE of endpoints also raises endpoints_revision, which it may not.
        statements.append(u"GRANT UPDATE (id) ON endpoints TO %1"_s.arg(name));
        statements.append(u"GRANT EXECUTE ON FUNCTION %1 TO %2"_s.arg(pollerFunctions, name));
    }
    return statements;
}

} // namespace

QString DatabaseRoles::defaultPrefix()
{
    return u"leitstand"_s;
}

std::expected<void, QString> DatabaseRoles::checkPrefix(const QString &prefix)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]*$"_s);
    if (!plain.match(prefix).hasMatch())
        return std::unexpected(
            tr("The role prefix %1 is not a plain lower-case name (letters a-z, digits and _).").arg(prefix));
    if (prefix.size() + longestSuffix > 63)
        return std::unexpected(
            tr("The role prefix %1 is too long: at most %2 characters.").arg(prefix).arg(63 - longestSuffix));
    return {};
}

QString DatabaseRoles::roleName(const QString &prefix, Role role)
{
    switch (role) {
    case Role::Poller:
        return prefix + u"_poller"_s;
    case Role::Operator:
        return prefix + u"_operator"_s;
    case Role::Publisher:
        return prefix + u"_publisher"_s;
    case Role::Administrator:
        return prefix + u"_administrator"_s;
    }
    Q_UNREACHABLE();
}

std::expected<QList<DatabaseRoles::Outcome>, QString> DatabaseRoles::setUp(
    const Database &database, const QString &prefix)
{
    const auto failed = [](const QString &reason) {
        return std::unexpected(tr("Cannot set up the roles: %1").arg(reason));
    };
    if (!database.location().isShared())
        return failed(tr("roles exist only on a shared PostgreSQL database, not in an SQLite file"));
    if (const auto checked = checkPrefix(prefix); !checked)
        return failed(checked.error());

    QSqlDatabase db = database.connection();
    WriteTransaction transaction(db, database.dialect());
    if (!transaction.isActive())
        return failed(transaction.error());
    QSqlQuery query(db);
    if (!query.exec(u"SELECT current_schema(), current_database(), current_user"_s) || !query.next())
        return failed(sqlErrorMessage(query));
    const QString schema = query.value(0).toString();
    const QString databaseName = query.value(1).toString();
    const QString user = query.value(2).toString();
    query.finish();

    // Only the owner grants on a table without a warning instead of an error; say so at once.
    const QStringList tableNames(tables.begin(), tables.end());
    query.prepare(u"SELECT COUNT(*), COUNT(*) FILTER (WHERE NOT pg_has_role(c.relowner, 'USAGE')) FROM pg_class c "
                  "JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE n.nspname = current_schema() AND c.relname = ANY (string_to_array(?, ','))"_s);
    query.addBindValue(tableNames.join(u','));
    if (!query.exec() || !query.next())
        return failed(sqlErrorMessage(query));
    if (query.value(0).toInt() != tableNames.size())
        return failed(
            tr("the schema %1 of the database %2 does not hold all of Leitstand's tables").arg(schema, databaseName));
    if (query.value(1).toInt() != 0)
        return failed(tr("%1 does not own Leitstand's tables in the schema %2; run this as their owner or as a "
                         "superuser")
                .arg(user, schema));
    query.finish();

    QList<Outcome> outcomes;
    for (const Role role : roles) {
        const QString name = roleName(prefix, role);
        query.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
        query.addBindValue(name);
        if (!query.exec())
            return failed(sqlErrorMessage(query));
        const bool exists = query.next();
        query.finish();
        if (!exists && !query.exec(u"CREATE ROLE %1 NOLOGIN"_s.arg(quoted(name))))
            return failed(sqlErrorMessage(query));
        outcomes.append({name, !exists});
    }

    // The schema's owner may let the roles in; where PUBLIC may use the schema (public, by
    // default), that is not needed.
    query.prepare(u"SELECT has_schema_privilege(current_schema(), 'USAGE WITH GRANT OPTION')"_s);
    if (!query.exec() || !query.next())
        return failed(sqlErrorMessage(query));
    const bool grantsUsage = query.value(0).toBool();
    query.finish();

    for (const Role role : roles) {
        const QString name = quoted(roleName(prefix, role));
        QStringList statements {u"REVOKE ALL ON %1 FROM %2"_s.arg(tableNames.join(", "_L1), name),
            u"REVOKE ALL ON FUNCTION %1 FROM %2"_s.arg(pollerFunctions, name)};
        if (grantsUsage)
            statements.append(u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(quoted(schema), name));
        statements += grantsOf(role, name);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement))
                return failed(sqlErrorMessage(query));
        }
        query.prepare(u"SELECT has_schema_privilege(?, current_schema(), 'USAGE')"_s);
        query.addBindValue(roleName(prefix, role));
        if (!query.exec() || !query.next())
            return failed(sqlErrorMessage(query));
        if (!query.value(0).toBool())
            return failed(tr("%1 may not use the schema %2, and %3 may not allow it; ask its owner for "
                             "GRANT USAGE ON SCHEMA %2 TO %1")
                    .arg(roleName(prefix, role), schema, user));
        query.finish();
    }
    if (const auto committed = transaction.commit(); !committed)
        return failed(committed.error());
    return outcomes;
}

} // namespace Leitstand
