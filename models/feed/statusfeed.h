#pragma once

#include "feed/notice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <expected>

namespace Leitstand {

// A service's state as portals see it.
enum class PublicServiceState {
    Operational = 0,
    Degraded = 1,
    Disrupted = 2,
    Maintenance = 3,
};

QString publicServiceStateName(PublicServiceState state);
std::optional<PublicServiceState> publicServiceStateFromName(QStringView name);

struct FeedService
{
    QString name;
    PublicServiceState state = PublicServiceState::Operational;

    friend bool operator==(const FeedService &, const FeedService &) = default;
};

// A withdrawn notice leaves only this behind, so that a workstation that still knows an older
// revision of it cannot bring it back by merging.
struct NoticeTombstone
{
    QUuid id;
    int revision = 0;
    QDateTime withdrawnAt; // UTC

    friend bool operator==(const NoticeTombstone &, const NoticeTombstone &) = default;
};

// What status.json holds: docs/status-feed.md describes it, docs/status-feed.schema.json is its
// JSON Schema.
struct StatusFeedDocument
{
    static constexpr int schemaVersion = 1;

    QDateTime generatedAt; // UTC
    QList<FeedService> services; // ordered by name
    // Current and scheduled notices, and resolved ones for a while, so that portals can say "fixed"
    // and a merge does not reopen them. Ordered by start, then id.
    QList<Notice> notices;
    QList<NoticeTombstone> withdrawn; // ordered by id

    friend bool operator==(const StatusFeedDocument &, const StatusFeedDocument &) = default;
};

// Renders, reads and merges status.json.
class StatusFeed final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::StatusFeed)

public:
    // How long resolved notices and tombstones stay in the feed.
    static constexpr std::chrono::hours keepResolved {24};
    static constexpr std::chrono::hours keepWithdrawn {24 * 7};

    // UTF-8 JSON, indented, keys in alphabetical order (as QJsonObject keeps them), so that the same document renders
    // to the same bytes and a diff against what is online shows only what changed.
    static QByteArray render(const StatusFeedDocument &document);
    // Reads what render() wrote (also by another Leitstand version with the same schema version).
    // A document that does not follow the schema is an error naming where, translated.
    static std::expected<StatusFeedDocument, QString> parse(const QByteArray &json);

    // One notice as status.json holds it; also how the database keeps notices.
    static QJsonObject noticeToJson(const Notice &notice);
    static std::expected<Notice, QString> noticeFromJson(const QJsonObject &json);

    // Both documents together, as when two workstations published at once: every notice in its
    // highest revision, a withdrawal winning over every revision up to its own; the services as
    // `local` says (it was rendered last, from the current states); generatedAt the later one.
    static StatusFeedDocument merge(const StatusFeedDocument &online, const StatusFeedDocument &local);
    // Leaves out resolved notices and tombstones older than their keep time at `now`, and the
    // notices sorted as StatusFeedDocument says.
    static StatusFeedDocument pruned(const StatusFeedDocument &document, const QDateTime &now);
};

} // namespace Leitstand
