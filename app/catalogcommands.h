#pragma once

#include <QStringList>

namespace Leitstand {

// `leitstand catalog import FILE` and `leitstand catalog export FILE`: the service catalog file
// (docs/catalog-file.md) on the command line, for scripts and for setting up a machine.
namespace CatalogCommands {

// True if the first argument is `catalog`, so main() needs no GUI.
bool handles(const QStringList &arguments);
// Runs the command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace CatalogCommands
} // namespace Leitstand
