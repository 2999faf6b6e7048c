#pragma once

#include "feed/atomfeed.h"
#include "feed/notice.h"
#include "feed/statusfeed.h"

#include <QByteArray>
#include <QDateTime>

namespace Leitstand {

// The status feed's documents as publishing one notice would leave them, for the editor to show
// before anything goes online.
struct NoticePreviewDocuments
{
    QByteArray statusJson;
    QByteArray atomDe; // feed.de.atom
    QByteArray atomEn;
};

// `notice` merged into `online` (what the feed holds now; an empty document when nothing is
// published yet) by StatusFeed::merge, as the publisher merges, then pruned at `now`. The notice
// counts as the newest revision, since publishing it makes it so; a withdrawn one leaves its
// tombstone.
NoticePreviewDocuments previewDocuments(
    const Notice &notice, const StatusFeedDocument &online, const AtomFeedSite &site, const QDateTime &now);

} // namespace Leitstand
