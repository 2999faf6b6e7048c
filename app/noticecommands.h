#pragma once

#include <QStringList>

namespace Leitstand {

// `leitstand notice publish FILE`, `leitstand notice withdraw ID` and `leitstand notice list`:
// outage notices from scripts. A notice is stored in the database and its publication asked for
// as the console's editor does it; the command then works the outbox off (PublicationQueue) until
// the feed server accepted the publication or the first attempt failed. A failed publication stays
// in the outbox, where the console retries it.
namespace NoticeCommands {

// True if the first argument is `notice`, so main() needs no GUI.
bool handles(const QStringList &arguments);
// Runs the command; returns the process exit code.
int run(const QStringList &arguments);

} // namespace NoticeCommands
} // namespace Leitstand
