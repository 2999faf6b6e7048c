#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <expected>

namespace Leitstand {

class Database;

// The roles of team mode (docs/team-mode.md): the group roles PREFIX_poller, PREFIX_operator,
// PREFIX_publisher and PREFIX_administrator, which cannot log in and own nothing, each granted
// exactly what its work needs on the tables of Leitstand's schema (DatabasePermissions names the
// privileges of each kind of change). People and pollers log in as users of their own that are made
// members, e.g. GRANT leitstand_operator TO anna;
class DatabaseRoles final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::DatabaseRoles)

public:
    // No underlying type given: lupdate loses the namespace after `enum class X : T`.
    enum class Role {
        Poller, // checks, samples, leases, automatic incidents and team notifications
        Operator, // reads everything, handles incidents
        Publisher, // reads everything, writes and publishes outage notices
        Administrator, // both, and endpoints, the service catalog and runbooks
    };
    static constexpr std::array roles {Role::Poller, Role::Operator, Role::Publisher, Role::Administrator};

    static QString defaultPrefix();
    // A prefix is a plain lower-case SQL name that leaves room for the longest role name.
    static std::expected<void, QString> checkPrefix(const QString &prefix);
    // PREFIX_poller and so on.
    static QString roleName(const QString &prefix, Role role);

    struct Outcome
    {
        QString role;
        bool created = false;
    };
    // Creates the roles that are missing and makes each role's privileges on Leitstand's tables and
    // functions in the schema of the database's connection exactly its own, in one transaction:
    // whatever these roles held there before is revoked first, so a second run changes nothing.
    // Runs as the owner of the tables (or a superuser), with CREATEROLE while a role is missing.
    static std::expected<QList<Outcome>, QString> setUp(const Database &database, const QString &prefix);
};

} // namespace Leitstand
