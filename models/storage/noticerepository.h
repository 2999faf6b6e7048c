#pragma once

#include "feed/notice.h"
#include "feed/statusfeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Leitstand {

class Database;

// A notice as the database keeps it: the notice and who changed it when, per language, so that
// the editor can warn when one language was changed after the other.
struct StoredNotice
{
    Notice notice;
    bool published = false; // asked to be in the feed (its publication may still be pending)
    QDateTime withdrawnAt; // UTC; valid when notice.withdrawn
    QDateTime germanChangedAt; // UTC
    QDateTime englishChangedAt;
    QString changedBy;
    QDateTime changedAt;
};

// Stored: never renumber.
enum class PublicationAction {
    Publish = 0, // also every update and the resolution: the notice's current revision goes online
    Withdraw = 1,
};

// One request to bring a notice's revision into the feed: the outbox.
struct NoticePublication
{
    // Stored: never renumber.
    enum class State {
        Pending = 0, // not accepted by the server yet; attempts > 0 means the last one failed
        Published = 1,
    };

    qint64 id = 0;
    QUuid noticeId;
    int revision = 0;
    PublicationAction action = PublicationAction::Publish;
    QString requestedBy;
    QDateTime requestedAt;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError; // the server's reason or why it could not be reached
    QDateTime doneAt;
};

// One line of the append-only audit log: who published which revision when, and what the server
// said.
struct PublicationAuditEntry
{
    // Stored: never renumber.
    enum class Outcome {
        Published = 0,
        Failed = 1,
    };

    qint64 id = 0;
    QDateTime at;
    QString actor;
    QUuid noticeId;
    int revision = 0;
    PublicationAction action = PublicationAction::Publish;
    Outcome outcome = Outcome::Published;
    QString serverAnswer;
};

// Notices, their publication outbox and the audit log. Errors are translated messages.
class NoticeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::NoticeRepository)

public:
    explicit NoticeRepository(const Database &database);

    // Stores a new notice (revision 1) or a change of a stored one, which must still be at
    // basedOnRevision: otherwise someone else changed it meanwhile and nothing is stored. Returns
    // the notice as stored, with its new revision and changed times.
    std::expected<StoredNotice, QString> save(
        const Notice &notice, int basedOnRevision, const QString &actor, const QDateTime &now);
    // Asks for the notice's current revision to be published (or withdrawn, which raises the
    // revision first), in one transaction with the change it publishes.
    std::expected<NoticePublication, QString> requestPublication(
        const QUuid &id, PublicationAction action, const QString &actor, const QDateTime &now);

    std::expected<std::optional<StoredNotice>, QString> notice(const QUuid &id) const;
    // Every notice, newest change first.
    std::expected<QList<StoredNotice>, QString> all() const;
    // What the feed should hold: every published notice that is not withdrawn, and a tombstone for
    // each withdrawn one. The services are the caller's.
    std::expected<StatusFeedDocument, QString> feedContent(const QDateTime &now) const;

    // Pending publications due at now, oldest first.
    std::expected<QList<NoticePublication>, QString> due(const QDateTime &now) const;
    std::expected<std::optional<QDateTime>, QString> nextDue() const;
    // The latest publication of each notice, for showing pending, published or failed.
    std::expected<QList<NoticePublication>, QString> latestPublications() const;
    // The server accepted the feed holding these publications: each is published, and the audit
    // log says so.
    std::expected<void, QString> markPublished(
        const QList<NoticePublication> &publications, const QString &serverAnswer, const QDateTime &at);
    // The attempt failed: each stays pending, retried at nextAttemptAt, and the audit log says so.
    std::expected<void, QString> markFailed(const QList<NoticePublication> &publications, const QString &error,
        const QDateTime &at, const QDateTime &nextAttemptAt);

    std::expected<QList<PublicationAuditEntry>, QString> audit() const;

private:
    const Database &m_database;
};

} // namespace Leitstand
