#include "storage/databasepermissions.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr auto insert = "INSERT"_L1;
constexpr auto update = "UPDATE"_L1;
constexpr auto remove = "DELETE"_L1;

bool DatabasePermissions::*flagOf(DatabasePermissions::Action action)
{
    using Action = DatabasePermissions::Action;
    switch (action) {
    case Action::EditEndpoints:
        return &DatabasePermissions::editEndpoints;
    case Action::EditCatalog:
        return &DatabasePermissions::editCatalog;
    case Action::EditRunbooks:
        return &DatabasePermissions::editRunbooks;
    case Action::HandleIncidents:
        return &DatabasePermissions::handleIncidents;
    case Action::EditNotices:
        return &DatabasePermissions::editNotices;
    case Action::PublishNotices:
        return &DatabasePermissions::publishNotices;
    }
    Q_UNREACHABLE();
}

} // namespace

bool DatabasePermissions::allows(Action action) const
{
    return this->*flagOf(action);
}

void DatabasePermissions::setAllowed(Action action, bool allowed)
{
    this->*flagOf(action) = allowed;
}

DatabasePermissions DatabasePermissions::all()
{
    DatabasePermissions permissions;
    for (const Action action : actions)
        permissions.setAllowed(action, true);
    return permissions;
}

QList<TablePrivilege> DatabasePermissions::privilegesFor(Action action)
{
    // The repositories' statements and what the triggers of postgresqldialect.cpp do on their
    // behalf: every change of endpoints raises endpoints_revision and makes its service exist,
    // every change of the catalog raises catalog_revision. UPDATE of a counter also reads it.
    switch (action) {
    case Action::EditEndpoints:
        return {{"endpoints"_L1, insert}, {"endpoints"_L1, update}, {"endpoints"_L1, remove},
            {"endpoints_revision"_L1, update}, {"services"_L1, insert}, {"catalog_revision"_L1, update}};
    case Action::EditCatalog:
        return {{"teams"_L1, insert}, {"teams"_L1, update}, {"teams"_L1, remove}, {"team_members"_L1, insert},
            {"team_members"_L1, remove}, {"services"_L1, insert}, {"services"_L1, update}, {"services"_L1, remove},
            {"service_contacts"_L1, insert}, {"service_contacts"_L1, remove}, {"service_dependencies"_L1, insert},
            {"service_dependencies"_L1, remove}, {"maintenance_windows"_L1, insert}, {"maintenance_windows"_L1, remove},
            {"catalog_revision"_L1, update}};
    case Action::EditRunbooks:
        return {{"runbook_versions"_L1, insert}};
    case Action::HandleIncidents:
        // Incidents are written as upserts; every change of one may notify its team.
        return {{"incidents"_L1, insert}, {"incidents"_L1, update}, {"incident_events"_L1, insert},
            {"notification_deliveries"_L1, insert}, {"notification_deliveries"_L1, update}};
    case Action::EditNotices:
        return {{"notices"_L1, insert}, {"notices"_L1, update}};
    case Action::PublishNotices:
        // Publishing marks the notice published (withdrawing raises its revision), queues the
        // publication, and the queue records each attempt in the audit log.
        return {{"notices"_L1, update}, {"notice_publications"_L1, insert}, {"notice_publications"_L1, update},
            {"publication_audit"_L1, insert}};
    }
    Q_UNREACHABLE();
}

std::expected<DatabasePermissions, QString> DatabasePermissions::read(const Database &database)
{
    if (!database.location().isShared())
        return all();

    // One round trip: every privilege any action needs, then each action is the AND of its own.
    QList<std::pair<QLatin1StringView, QLatin1StringView>> asked;
    QStringList columns;
    for (const Action action : actions) {
        for (const TablePrivilege &needed : privilegesFor(action)) {
            const std::pair key {needed.table, needed.privilege};
            if (asked.contains(key))
                continue;
            asked.append(key);
            columns.append(u"has_table_privilege('%1', '%2')"_s.arg(needed.table, needed.privilege));
        }
    }
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT "_s + columns.join(", "_L1)) || !query.next())
        return std::unexpected(tr("Cannot ask the database what you may change: %1").arg(sqlErrorMessage(query)));
    DatabasePermissions permissions;
    for (const Action action : actions) {
        bool allowed = true;
        for (const TablePrivilege &needed : privilegesFor(action))
            allowed = allowed && query.value(int(asked.indexOf(std::pair {needed.table, needed.privilege}))).toBool();
        permissions.setAllowed(action, allowed);
    }
    return permissions;
}

} // namespace Leitstand
