#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>

#include <array>
#include <expected>

namespace Leitstand {

class Database;

// One privilege on one table of Leitstand's schema, as GRANT and has_table_privilege() spell them.
struct TablePrivilege
{
    QLatin1StringView table;
    QLatin1StringView privilege;
};

// What the signed-in user may change in the database, so that the console can disable what would
// be refused anyway. On a shared database the server is asked by privilege, not by role name: a
// DBA may grant privileges without Leitstand's roles (docs/team-mode.md), and the owner of the
// tables may do everything. The embedded database allows everything.
class DatabasePermissions final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::DatabasePermissions)

public:
    // No underlying type given: lupdate loses the namespace after `enum class X : T`.
    enum class Action {
        EditEndpoints, // add, change, pause and remove endpoints, import the endpoint file
        EditCatalog, // teams, services, contacts, dependencies, maintenance windows
        EditRunbooks, // save a new version of a service's runbook
        HandleIncidents, // open, acknowledge, change, annotate and resolve incidents; notify the teams
        EditNotices, // write and change outage notices
        PublishNotices, // publish and withdraw notices: the outbox and the audit log
    };
    static constexpr std::array actions {Action::EditEndpoints, Action::EditCatalog, Action::EditRunbooks,
        Action::HandleIncidents, Action::EditNotices, Action::PublishNotices};

    bool editEndpoints = false;
    bool editCatalog = false;
    bool editRunbooks = false;
    bool handleIncidents = false;
    bool editNotices = false;
    bool publishNotices = false;

    bool allows(Action action) const;
    void setAllowed(Action action, bool allowed);

    static DatabasePermissions all();
    // Asks the server what the user of this thread's connection may do; on SQLite, all().
    static std::expected<DatabasePermissions, QString> read(const Database &database);
    // The privileges an action needs, triggers included: what `leitstand database roles` grants
    // for it (DatabaseRoles) and what read() checks. Reading is not among them.
    static QList<TablePrivilege> privilegesFor(Action action);

    friend bool operator==(const DatabasePermissions &, const DatabasePermissions &) = default;
};

} // namespace Leitstand
