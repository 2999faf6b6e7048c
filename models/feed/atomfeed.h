#pragma once

#include "feed/notice.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Leitstand {

// Where the feeds live and who publishes them; the same for both languages.
struct AtomFeedSite
{
    QUrl baseUrl; // where feed.de.atom and feed.en.atom are published (the WebDAV collection)
    QUrl portalUrl; // a page that shows the notices, linked from every entry; may be empty
    QString publisher; // the atom:author, such as "IT-Dienstleistungszentrum Berlin"
};

// feed.de.atom and feed.en.atom: RFC 4287 feeds of the notices in one language, for people and
// portals that follow feeds instead of reading status.json. Every update of a notice is an entry
// (a notice without updates is one entry of its own), with an id that never changes, so that feed
// readers show each update once.
//
// Person-typed text can hold anything: it is written as text (never as markup), and characters that
// XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE, U+FFFF) are left out,
// so that every feed is well-formed.
class AtomFeed final
{
public:
    // language: "de" or "en". `generatedAt` is the feed's updated time when it has no entries.
    static QByteArray render(
        const QList<Notice> &notices, QStringView language, const AtomFeedSite &site, const QDateTime &generatedAt);
    static QString fileName(QStringView language); // feed.de.atom
    // The entry ids: urn:uuid of the update, or of the notice for its own entry.
    static QString entryId(const QUuid &id);
    // Text without what XML 1.0 forbids.
    static QString xmlSafe(const QString &text);
};

} // namespace Leitstand
