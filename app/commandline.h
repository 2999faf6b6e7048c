#pragma once

#include <QString>

#include <memory>

namespace Leitstand {

class Database;
class TranslationInstaller;

// What the command-line tools (leitstand-poller, leitstand import/export) share.
namespace CommandLine {

// Exit codes, as shells and scripts expect them.
constexpr int exitOk = 0;
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

// "program: message" on stderr.
void printError(const QString &program, const QString &message);
// A line on stdout, flushed at once so that a log reader or a test sees it immediately.
void printLine(const QString &line);

// Applies --lang (or the saved choice) to translations and locale. Returns false, after saying
// why, if --lang names no language Leitstand knows.
bool setUpLanguage(const QString &program, TranslationInstaller &translations);

// Opens (and if needed creates and migrates) the database file; null after saying why.
std::unique_ptr<Database> openDatabase(const QString &program, const QString &fileName);

} // namespace CommandLine
} // namespace Leitstand
