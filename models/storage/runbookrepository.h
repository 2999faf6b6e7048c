#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <expected>
#include <optional>

namespace Leitstand {

class Database;

// One stored version of a service's runbook, the Markdown plan for remedying its disruptions.
struct RunbookVersion
{
    qint64 serviceId = 0;
    int version = 0; // 1, 2, ... per service; 0: no runbook yet
    QString markdown;
    QString author;
    QDateTime savedAt; // UTC

    bool operator==(const RunbookVersion &) const = default;
};

// A line of a runbook's history, without its text.
struct RunbookVersionInfo
{
    int version = 0;
    QString author;
    QDateTime savedAt; // UTC
    qint64 length = 0; // in characters

    bool operator==(const RunbookVersionInfo &) const = default;
};

// What an editor asks to store: the text, who wrote it, and which version it started from.
struct RunbookEdit
{
    qint64 serviceId = 0;
    // The latest version when the editor opened the runbook; 0 if there was none. Saving fails
    // with Conflict when another version was saved since, so that nobody overwrites a colleague's
    // change without having seen it.
    int basedOnVersion = 0;
    QString markdown;
    QString author;
};

struct RunbookSaveOutcome
{
    // No underlying type given: lupdate loses the namespace after `enum class X : T`.
    enum class Status {
        Saved, // `latest` is the new version
        Unchanged, // the text is the latest version's (or empty with no runbook): nothing stored
        Conflict, // someone saved `latest` after basedOnVersion: nothing stored
    };
    Status status = Status::Saved;
    RunbookVersion latest; // the latest version after the call; version 0 if there is none
};

// The runbooks of the services in the database, each kept as every version ever saved. Each call
// uses the calling thread's connection and either succeeds or changes nothing; errors are
// translated messages.
//
// Concurrency: save() is optimistic. It reads the latest version and inserts the next one in one
// write transaction (which SQLite serialises), and refuses when the latest version is no longer
// the one the edit is based on. Two consoles that save at once therefore never lose a version:
// the first gets N+1, the second a Conflict naming that version, and may save again based on it.
class RunbookRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::RunbookRepository)

public:
    // Generous for a plan read during an outage; it keeps a pasted log file out of the history.
    static constexpr qsizetype maximumLength = 1'000'000;

    explicit RunbookRepository(const Database &database);

    // `now` is the time the version is stored with (UTC).
    std::expected<RunbookSaveOutcome, QString> save(const RunbookEdit &edit, const QDateTime &now);

    // std::nullopt: the service has no runbook yet.
    std::expected<std::optional<RunbookVersion>, QString> latest(qint64 serviceId) const;
    std::expected<std::optional<RunbookVersion>, QString> version(qint64 serviceId, int version) const;
    // Newest first.
    std::expected<QList<RunbookVersionInfo>, QString> versions(qint64 serviceId) const;

private:
    const Database &m_database;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::RunbookVersion)
Q_DECLARE_METATYPE(Leitstand::RunbookSaveOutcome)
