#pragma once

#include <QString>

namespace Leitstand {

// Where Leitstand keeps its files. All of them follow QStandardPaths, so tests that enable
// QStandardPaths::setTestModeEnabled() never touch a user's real data.
namespace Paths {

// ~/.local/share/leitstand on Linux; created on first use.
QString dataDirectory();
// The embedded SQLite database used when no other database is configured.
QString defaultDatabaseFile();
// ~/.config/leitstand/leitstand.conf on Linux.
QString settingsFile();

} // namespace Paths
} // namespace Leitstand
