#pragma once

#include <QStringList>

namespace Leitstand {

// `leitstand import FILE` and `leitstand export FILE`: the endpoint file on the command line, for
// scripts and for setting up a machine without opening the console.
namespace EndpointCommands {

// True if the first argument names one of these commands, so main() needs no GUI.
bool handles(const QStringList &arguments);
// Runs the command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace EndpointCommands
} // namespace Leitstand
