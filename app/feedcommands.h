#pragma once

#include <QStringList>

namespace Leitstand {

// `leitstand feed configure` and `leitstand feed show`: where the status feed is published
// (FeedConfiguration in the user's settings file), for setting up a machine from a script. The
// password or token is never an option: `leitstand secret set feed/publisher` reads it from
// standard input into the secret store.
namespace FeedCommands {

// True if the first argument is `feed`, so main() needs no GUI.
bool handles(const QStringList &arguments);
// Runs the command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace FeedCommands
} // namespace Leitstand
