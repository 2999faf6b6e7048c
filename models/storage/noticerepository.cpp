#include "storage/noticerepository.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

const QString noticeColumns
    = u"id, revision, document, published, withdrawn_ms, incident_id, de_changed_ms, en_changed_ms, changed_by, "
      "changed_ms"_s;
const QString publicationColumns = u"id, notice_id, revision, action, requested_by, requested_ms, state, attempts, "
                                   "next_attempt_ms, last_error, done_ms"_s;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::UTC);
}

QVariant msOf(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Everything of a notice that is written in one language, to see which language a change touched.
QString languageText(const Notice &notice, QStringView language)
{
    QStringList parts {notice.title.in(language), notice.text.in(language), notice.userAction.in(language),
        notice.contact.hours.in(language), notice.contact.alternative.in(language)};
    for (const NoticeUpdate &update : notice.updates)
        parts.append(update.text.in(language));
    return parts.join(QChar(0x1F));
}

std::expected<StoredNotice, QString> storedFrom(const QSqlQuery &query)
{
    auto notice = StatusFeed::noticeFromJson(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
    if (!notice) {
        return std::unexpected(NoticeRepository::tr("Notice %1 in the database cannot be read: %2")
                .arg(query.value(0).toString(), notice.error()));
    }
    StoredNotice stored;
    stored.notice = *std::move(notice);
    stored.notice.revision = query.value(1).toInt();
    stored.published = query.value(3).toBool();
    stored.notice.withdrawn = !query.value(4).isNull();
    stored.withdrawnAt = timeOf(query.value(4));
    if (!query.value(5).isNull())
        stored.notice.incidentId = query.value(5).toLongLong();
    stored.germanChangedAt = timeOf(query.value(6));
    stored.englishChangedAt = timeOf(query.value(7));
    stored.changedBy = query.value(8).toString();
    stored.changedAt = timeOf(query.value(9));
    return stored;
}

NoticePublication publicationFrom(const QSqlQuery &query)
{
    NoticePublication publication;
    publication.id = query.value(0).toLongLong();
    publication.noticeId = QUuid::fromString(query.value(1).toString());
    publication.revision = query.value(2).toInt();
    publication.action = PublicationAction(query.value(3).toInt());
    publication.requestedBy = query.value(4).toString();
    publication.requestedAt = timeOf(query.value(5));
    publication.state = NoticePublication::State(query.value(6).toInt());
    publication.attempts = query.value(7).toInt();
    publication.nextAttemptAt = timeOf(query.value(8));
    publication.lastError = query.value(9).toString();
    publication.doneAt = timeOf(query.value(10));
    return publication;
}

std::expected<std::optional<StoredNotice>, QString> readNotice(QSqlDatabase &db, const QUuid &id)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT %1 FROM notices WHERE id = ?"_s.arg(noticeColumns));
    query.addBindValue(idText(id));
    if (!query.exec())
        return std::unexpected(NoticeRepository::tr("Cannot read the notices: %1").arg(sqlErrorMessage(query)));
    if (!query.next())
        return std::optional<StoredNotice>();
    auto stored = storedFrom(query);
    if (!stored)
        return std::unexpected(stored.error());
    return std::optional<StoredNotice>(*std::move(stored));
}

std::expected<void, QString> writeNotice(QSqlDatabase &db, const StoredNotice &stored, bool insert)
{
    QSqlQuery query(db);
    query.prepare(insert ? u"INSERT INTO notices (revision, document, published, withdrawn_ms, incident_id, "
                           "de_changed_ms, en_changed_ms, changed_by, changed_ms, id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                         : u"UPDATE notices SET revision = ?, document = ?, published = ?, withdrawn_ms = ?, "
                           "incident_id = ?, de_changed_ms = ?, en_changed_ms = ?, changed_by = ?, changed_ms = ? "
                           "WHERE id = ?"_s);
    query.addBindValue(stored.notice.revision);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(StatusFeed::noticeToJson(stored.notice)).toJson(QJsonDocument::Compact)));
    query.addBindValue(stored.published ? 1 : 0);
    query.addBindValue(stored.notice.withdrawn ? msOf(stored.withdrawnAt) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(
        stored.notice.incidentId ? QVariant(*stored.notice.incidentId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(stored.germanChangedAt.toMSecsSinceEpoch());
    query.addBindValue(stored.englishChangedAt.toMSecsSinceEpoch());
    query.addBindValue(stored.changedBy);
    query.addBindValue(stored.changedAt.toMSecsSinceEpoch());
    query.addBindValue(idText(stored.notice.id));
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    return {};
}

std::expected<void, QString> writeAudit(QSqlDatabase &db, const NoticePublication &publication,
    PublicationAuditEntry::Outcome outcome, const QString &answer, const QDateTime &at)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO publication_audit (at_ms, actor, notice_id, revision, action, outcome, server_answer) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(publication.requestedBy);
    query.addBindValue(idText(publication.noticeId));
    query.addBindValue(publication.revision);
    query.addBindValue(int(publication.action));
    query.addBindValue(int(outcome));
    query.addBindValue(answer);
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    return {};
}

} // namespace

NoticeRepository::NoticeRepository(const Database &database)
    : m_database(database)
{
}

std::expected<StoredNotice, QString> NoticeRepository::save(
    const Notice &notice, int basedOnRevision, const QString &actor, const QDateTime &now)
{
    const auto failed = [](const QString &reason) {
        return std::unexpected(tr("Cannot store the notice: %1").arg(reason));
    };
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return failed(transaction.error());
    const auto existing = readNotice(db, notice.id);
    if (!existing)
        return std::unexpected(existing.error());
    StoredNotice stored;
    stored.notice = notice;
    stored.changedBy = actor;
    stored.changedAt = now;
    if (!*existing) {
        if (basedOnRevision != 0)
            return failed(tr("it was deleted meanwhile"));
        stored.notice.revision = 1;
        stored.germanChangedAt = now;
        stored.englishChangedAt = now;
    } else {
        const StoredNotice &before = **existing;
        if (before.notice.revision != basedOnRevision) {
            return failed(tr("%1 changed it at %2; reload it and apply your change again")
                    .arg(before.changedBy.isEmpty() ? tr("someone else") : before.changedBy,
                        QLocale().toString(before.changedAt.toLocalTime(), QLocale::ShortFormat)));
        }
        stored.published = before.published;
        stored.notice.withdrawn = before.notice.withdrawn;
        stored.withdrawnAt = before.withdrawnAt;
        stored.notice.revision = before.notice.revision + 1;
        stored.germanChangedAt
            = languageText(before.notice, u"de") == languageText(notice, u"de") ? before.germanChangedAt : now;
        stored.englishChangedAt
            = languageText(before.notice, u"en") == languageText(notice, u"en") ? before.englishChangedAt : now;
    }
    if (const auto written = writeNotice(db, stored, !*existing); !written)
        return failed(written.error());
    if (const auto committed = transaction.commit(); !committed)
        return failed(committed.error());
    return stored;
}

std::expected<NoticePublication, QString> NoticeRepository::requestPublication(
    const QUuid &id, PublicationAction action, const QString &actor, const QDateTime &now)
{
    const auto failed = [](const QString &reason) {
        return std::unexpected(tr("Cannot publish the notice: %1").arg(reason));
    };
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return failed(transaction.error());
    const auto existing = readNotice(db, id);
    if (!existing)
        return std::unexpected(existing.error());
    if (!*existing)
        return failed(tr("it does not exist"));
    StoredNotice stored = **existing;
    if (action == PublicationAction::Publish) {
        if (stored.notice.withdrawn)
            return failed(tr("it was withdrawn"));
        if (const QStringList problems = stored.notice.problemsBeforePublishing(); !problems.isEmpty())
            return failed(problems.join(u' '));
        stored.published = true;
        if (!stored.notice.publishedAt.isValid())
            stored.notice.publishedAt = now;
    } else {
        if (stored.notice.withdrawn)
            return failed(tr("it is withdrawn already"));
        stored.notice.withdrawn = true;
        stored.withdrawnAt = now;
        stored.notice.revision += 1;
        stored.changedBy = actor;
        stored.changedAt = now;
    }
    stored.notice.updatedAt = now;
    if (const auto written = writeNotice(db, stored, false); !written)
        return failed(written.error());

    NoticePublication publication;
    publication.noticeId = id;
    publication.revision = stored.notice.revision;
    publication.action = action;
    publication.requestedBy = actor;
    publication.requestedAt = now;
    publication.nextAttemptAt = now;
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO notice_publications (notice_id, revision, action, requested_by, requested_ms, state, "
                  "attempts, next_attempt_ms) VALUES (?, ?, ?, ?, ?, 0, 0, ?) RETURNING id"_s);
    query.addBindValue(idText(id));
    query.addBindValue(publication.revision);
    query.addBindValue(int(action));
    query.addBindValue(actor);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return failed(sqlErrorMessage(query));
    publication.id = query.value(0).toLongLong();
    query.finish();
    if (const auto committed = transaction.commit(); !committed)
        return failed(committed.error());
    return publication;
}

std::expected<std::optional<StoredNotice>, QString> NoticeRepository::notice(const QUuid &id) const
{
    QSqlDatabase db = m_database.connection();
    return readNotice(db, id);
}

std::expected<QList<StoredNotice>, QString> NoticeRepository::all() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT %1 FROM notices ORDER BY changed_ms DESC, id"_s.arg(noticeColumns)))
        return std::unexpected(tr("Cannot read the notices: %1").arg(sqlErrorMessage(query)));
    QList<StoredNotice> notices;
    while (query.next()) {
        auto stored = storedFrom(query);
        if (!stored)
            return std::unexpected(stored.error());
        notices.append(*std::move(stored));
    }
    return notices;
}

std::expected<StatusFeedDocument, QString> NoticeRepository::feedContent(const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT %1 FROM notices WHERE published = 1"_s.arg(noticeColumns)))
        return std::unexpected(tr("Cannot read the notices: %1").arg(sqlErrorMessage(query)));
    StatusFeedDocument document;
    document.generatedAt = now;
    while (query.next()) {
        auto stored = storedFrom(query);
        if (!stored)
            return std::unexpected(stored.error());
        if (stored->notice.withdrawn) {
            document.withdrawn.append({stored->notice.id, stored->notice.revision, stored->withdrawnAt});
        } else {
            Notice notice = stored->notice;
            notice.incidentId.reset(); // not part of the feed
            document.notices.append(notice);
        }
    }
    return StatusFeed::pruned(document, now);
}

std::expected<QList<NoticePublication>, QString> NoticeRepository::due(const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM notice_publications WHERE state = 0 AND next_attempt_ms <= ? ORDER BY id"_s.arg(
        publicationColumns));
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return std::unexpected(tr("Cannot read the publication outbox: %1").arg(sqlErrorMessage(query)));
    QList<NoticePublication> publications;
    while (query.next())
        publications.append(publicationFrom(query));
    return publications;
}

std::expected<std::optional<QDateTime>, QString> NoticeRepository::nextDue() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT MIN(next_attempt_ms) FROM notice_publications WHERE state = 0"_s) || !query.next())
        return std::unexpected(tr("Cannot read the publication outbox: %1").arg(sqlErrorMessage(query)));
    if (query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(timeOf(query.value(0)));
}

std::expected<QList<NoticePublication>, QString> NoticeRepository::latestPublications() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            u"SELECT %1 FROM notice_publications WHERE id IN "
            "(SELECT MAX(id) FROM notice_publications GROUP BY notice_id) ORDER BY id"_s.arg(publicationColumns)))
        return std::unexpected(tr("Cannot read the publication outbox: %1").arg(sqlErrorMessage(query)));
    QList<NoticePublication> publications;
    while (query.next())
        publications.append(publicationFrom(query));
    return publications;
}

std::expected<void, QString> NoticeRepository::markPublished(
    const QList<NoticePublication> &publications, const QString &serverAnswer, const QDateTime &at)
{
    const auto failed = [](const QString &reason) {
        return std::unexpected(tr("Cannot record the publication: %1").arg(reason));
    };
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return failed(transaction.error());
    QSqlQuery query(db);
    query.prepare(u"UPDATE notice_publications SET state = 1, attempts = attempts + 1, last_error = '', done_ms = ? "
                  "WHERE id = ?"_s);
    for (const NoticePublication &publication : publications) {
        query.addBindValue(at.toMSecsSinceEpoch());
        query.addBindValue(publication.id);
        if (!query.exec())
            return failed(sqlErrorMessage(query));
        if (const auto audited
            = writeAudit(db, publication, PublicationAuditEntry::Outcome::Published, serverAnswer, at);
            !audited)
            return failed(audited.error());
    }
    if (const auto committed = transaction.commit(); !committed)
        return failed(committed.error());
    return {};
}

std::expected<void, QString> NoticeRepository::markFailed(const QList<NoticePublication> &publications,
    const QString &error, const QDateTime &at, const QDateTime &nextAttemptAt)
{
    const auto failed = [](const QString &reason) {
        return std::unexpected(tr("Cannot record the failed publication: %1").arg(reason));
    };
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return failed(transaction.error());
    QSqlQuery query(db);
    query.prepare(u"UPDATE notice_publications SET attempts = attempts + 1, last_error = ?, next_attempt_ms = ? "
                  "WHERE id = ? AND state = 0"_s);
    for (const NoticePublication &publication : publications) {
        query.addBindValue(error);
        query.addBindValue(nextAttemptAt.toMSecsSinceEpoch());
        query.addBindValue(publication.id);
        if (!query.exec())
            return failed(sqlErrorMessage(query));
        if (const auto audited = writeAudit(db, publication, PublicationAuditEntry::Outcome::Failed, error, at);
            !audited)
            return failed(audited.error());
    }
    if (const auto committed = transaction.commit(); !committed)
        return failed(committed.error());
    return {};
}

std::expected<QList<PublicationAuditEntry>, QString> NoticeRepository::audit() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, at_ms, actor, notice_id, revision, action, outcome, server_answer "
                    "FROM publication_audit ORDER BY id"_s))
        return std::unexpected(tr("Cannot read the publication audit log: %1").arg(sqlErrorMessage(query)));
    QList<PublicationAuditEntry> entries;
    while (query.next()) {
        PublicationAuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = timeOf(query.value(1));
        entry.actor = query.value(2).toString();
        entry.noticeId = QUuid::fromString(query.value(3).toString());
        entry.revision = query.value(4).toInt();
        entry.action = PublicationAction(query.value(5).toInt());
        entry.outcome = PublicationAuditEntry::Outcome(query.value(6).toInt());
        entry.serverAnswer = query.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace Leitstand
