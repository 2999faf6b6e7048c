#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>

#include <expected>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace Leitstand {

class Database;
class DatabaseLocation;
class TranslationInstaller;

// What the command-line tools (leitstand-poller, leitstand import/export) share.
namespace CommandLine {

// Exit codes, as shells and scripts expect them.
constexpr int exitOk = 0;
constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

// "program: message" on stderr.
void printError(const QString &program, const QString &message);
// "program: message" on stderr; returns exitUsage, for a command line that makes no sense.
int usageError(const QString &program, const QString &message);
// A line on stderr as it is.
void printErrorLine(const QString &line);
// A line on stdout, flushed at once so that a log reader or a test sees it immediately.
void printLine(const QString &line);
// Text as it is (UTF-8), flushed.
void printText(const QByteArray &text);

// Applies --lang (or the saved choice) to translations and locale. Returns false, after saying
// why, if --lang names no language Leitstand knows.
bool setUpLanguage(const QString &program, TranslationInstaller &translations);

// --database FILE and --lang CODE, as every command spells them.
QCommandLineOption databaseOption();
QCommandLineOption languageOption();
// Where --database points, or the embedded default; for PostgreSQL with the password from the
// secret store (key DatabaseLocation::secretKey()). Without a stored password, or when the secret
// store cannot be reached (a poller running as a system service), the connection goes without one,
// so that the server may accept a client certificate, peer authentication or a ~/.pgpass entry;
// the warning says so on stderr.
std::expected<DatabaseLocation, QString> databaseLocation(const QString &program, const QCommandLineParser &parser);

// Opens (and if needed creates and migrates) the database that --database names; null after saying why.
std::unique_ptr<Database> openDatabase(const QString &program, const QCommandLineParser &parser);

// Reads a secret from the platform's secret store, waiting for the answer; std::nullopt when
// nothing is stored under key.
std::expected<std::optional<QString>, QString> readSecret(const QString &key);

} // namespace CommandLine
} // namespace Leitstand
