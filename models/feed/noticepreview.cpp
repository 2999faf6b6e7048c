#include "feed/noticepreview.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

NoticePreviewDocuments previewDocuments(
    const Notice &notice, const StatusFeedDocument &online, const AtomFeedSite &site, const QDateTime &now)
{
    int revision = notice.revision;
    for (const Notice &published : online.notices) {
        if (published.id == notice.id)
            revision = std::max(revision, published.revision + 1);
    }
    for (const NoticeTombstone &tombstone : online.withdrawn) {
        if (tombstone.id == notice.id)
            revision = std::max(revision, tombstone.revision + 1);
    }
    StatusFeedDocument local;
    local.generatedAt = now.toUTC();
    local.services = online.services;
    if (notice.withdrawn) {
        local.withdrawn = {{notice.id, revision, now.toUTC()}};
    } else {
        Notice next = notice;
        next.revision = revision;
        if (!next.publishedAt.isValid())
            next.publishedAt = now.toUTC();
        next.updatedAt = now.toUTC();
        local.notices = {next};
    }
    const StatusFeedDocument merged = StatusFeed::pruned(StatusFeed::merge(online, local), now);
    NoticePreviewDocuments documents;
    documents.statusJson = StatusFeed::render(merged);
    documents.atomDe = AtomFeed::render(merged.notices, u"de", site, merged.generatedAt);
    documents.atomEn = AtomFeed::render(merged.notices, u"en", site, merged.generatedAt);
    return documents;
}

} // namespace Leitstand
