#pragma once

#include <QStringList>

namespace Leitstand {

// `leitstand secret set KEY` and `leitstand secret delete KEY`: the tokens Leitstand keeps in the
// platform's secret store (the Secret Service on Linux), such as a team's notification token
// under team/<name>/notifications (`--team NAME` for short). The secret is read from standard
// input, one line, without echo on a terminal; never from the command line, where other users
// and the shell's history would see it.
namespace SecretCommands {

// True if the first argument is `secret`, so main() needs no GUI.
bool handles(const QStringList &arguments);
// Runs the command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace SecretCommands
} // namespace Leitstand
