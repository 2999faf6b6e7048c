#pragma once

#include <QStringList>

namespace Leitstand {

// `leitstand database roles`: sets up the roles of team mode on a shared PostgreSQL database
// (DatabaseRoles, docs/team-mode.md). Run by the owner of Leitstand's tables or a DBA; users are
// then made members of the roles with GRANT.
namespace DatabaseCommands {

// True if the first argument is `database`, so main() needs no GUI.
bool handles(const QStringList &arguments);
// Runs the command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace DatabaseCommands
} // namespace Leitstand
