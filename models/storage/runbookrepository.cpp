#include "storage/runbookrepository.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

RunbookVersion versionFrom(const QSqlQuery &query, qint64 serviceId)
{
    return RunbookVersion {
        .serviceId = serviceId,
        .version = query.value(0).toInt(),
        .markdown = query.value(1).toString(),
        .author = query.value(2).toString(),
        .savedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::UTC),
    };
}

// The given version, or the newest without one, on this connection (inside whatever transaction it
// has open).
std::expected<std::optional<RunbookVersion>, QString> readVersion(
    const QSqlDatabase &db, qint64 serviceId, std::optional<int> version)
{
    QSqlQuery query(db);
    if (version) {
        query.prepare(u"SELECT version, markdown, author, saved_ms FROM runbook_versions "
                      "WHERE service_id = ? AND version = ?"_s);
        query.addBindValue(serviceId);
        query.addBindValue(*version);
    } else {
        query.prepare(u"SELECT version, markdown, author, saved_ms FROM runbook_versions "
                      "WHERE service_id = ? ORDER BY version DESC LIMIT 1"_s);
        query.addBindValue(serviceId);
    }
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    if (!query.next())
        return std::nullopt;
    return versionFrom(query, serviceId);
}

} // namespace

RunbookRepository::RunbookRepository(const Database &database)
    : m_database(database)
{
}

std::expected<RunbookSaveOutcome, QString> RunbookRepository::save(const RunbookEdit &edit, const QDateTime &now)
{
    if (edit.markdown.size() > maximumLength) {
        return std::unexpected(tr("The runbook is too long: %1 characters, at most %2 are kept.")
                .arg(edit.markdown.size())
                .arg(maximumLength));
    }
    QSqlDatabase db = m_database.connection();
    // The write lock is taken before reading the latest version, so that no other console can
    // store the same version number between the read and the insert.
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return std::unexpected(tr("Cannot save the runbook: %1").arg(transaction.error()));

    QSqlQuery service(db);
    service.prepare(u"SELECT 1 FROM services WHERE id = ?"_s);
    service.addBindValue(edit.serviceId);
    if (!service.exec())
        return std::unexpected(tr("Cannot save the runbook: %1").arg(sqlErrorMessage(service)));
    if (!service.next())
        return std::unexpected(tr("Cannot save the runbook: there is no service with id %1.").arg(edit.serviceId));

    const auto latest = readVersion(db, edit.serviceId, std::nullopt);
    if (!latest)
        return std::unexpected(tr("Cannot save the runbook: %1").arg(latest.error()));
    RunbookSaveOutcome outcome {
        .status = RunbookSaveOutcome::Status::Saved, .latest = latest->value_or(RunbookVersion {})};
    // Identical text is no new version, even if someone else saved it meanwhile: nothing is lost.
    if (edit.markdown == outcome.latest.markdown) {
        outcome.status = RunbookSaveOutcome::Status::Unchanged;
        return outcome;
    }
    if (outcome.latest.version != edit.basedOnVersion) {
        outcome.status = RunbookSaveOutcome::Status::Conflict;
        return outcome;
    }

    const RunbookVersion saved {
        .serviceId = edit.serviceId,
        .version = outcome.latest.version + 1,
        .markdown = edit.markdown,
        .author = edit.author.trimmed(),
        // Whole milliseconds, as stored, so that the outcome equals what is read back.
        .savedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::UTC),
    };
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO runbook_versions (service_id, version, markdown, author, saved_ms) VALUES (?, ?, ?, ?, ?)"_s);
    insert.addBindValue(saved.serviceId);
    insert.addBindValue(saved.version);
    insert.addBindValue(saved.markdown.isNull() ? u""_s : saved.markdown);
    insert.addBindValue(saved.author.isNull() ? u""_s : saved.author);
    insert.addBindValue(saved.savedAt.toMSecsSinceEpoch());
    if (!insert.exec())
        return std::unexpected(tr("Cannot save the runbook: %1").arg(sqlErrorMessage(insert)));
    if (const auto committed = transaction.commit(); !committed)
        return std::unexpected(tr("Cannot save the runbook: %1").arg(committed.error()));
    outcome.latest = saved;
    return outcome;
}

std::expected<std::optional<RunbookVersion>, QString> RunbookRepository::latest(qint64 serviceId) const
{
    auto found = readVersion(m_database.connection(), serviceId, std::nullopt);
    if (!found)
        return std::unexpected(tr("Cannot read the runbook: %1").arg(found.error()));
    return found;
}

std::expected<std::optional<RunbookVersion>, QString> RunbookRepository::version(qint64 serviceId, int version) const
{
    auto found = readVersion(m_database.connection(), serviceId, version);
    if (!found)
        return std::unexpected(tr("Cannot read the runbook: %1").arg(found.error()));
    return found;
}

std::expected<QList<RunbookVersionInfo>, QString> RunbookRepository::versions(qint64 serviceId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT version, author, saved_ms, length(markdown) FROM runbook_versions "
                  "WHERE service_id = ? ORDER BY version DESC"_s);
    query.addBindValue(serviceId);
    if (!query.exec())
        return std::unexpected(tr("Cannot read the runbook's versions: %1").arg(sqlErrorMessage(query)));
    QList<RunbookVersionInfo> versions;
    while (query.next()) {
        versions.append(RunbookVersionInfo {
            .version = query.value(0).toInt(),
            .author = query.value(1).toString(),
            .savedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::UTC),
            .length = query.value(3).toLongLong(),
        });
    }
    return versions;
}

} // namespace Leitstand
