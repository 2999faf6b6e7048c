#include "feed/atomfeed.h"

#include <QBuffer>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

const QString atomNamespace = u"http://www.w3.org/2005/Atom"_s;

// A feed speaks its own language, whatever the language of the console that rendered it, so these
// words are data of the feed rather than translations of the user interface.
QString phaseWord(NoticePhase phase, bool german)
{
    switch (phase) {
    case NoticePhase::Scheduled:
        return german ? u"Geplant"_s : u"Scheduled"_s;
    case NoticePhase::Investigating:
        return german ? u"Wird untersucht"_s : u"Investigating"_s;
    case NoticePhase::Identified:
        return german ? u"Ursache erkannt"_s : u"Identified"_s;
    case NoticePhase::Monitoring:
        return german ? u"Wird beobachtet"_s : u"Monitoring"_s;
    case NoticePhase::Resolved:
        return german ? u"Behoben"_s : u"Resolved"_s;
    }
    return {};
}

QString kindWord(NoticeKind kind, bool german)
{
    switch (kind) {
    case NoticeKind::Disruption:
        return german ? u"Störung"_s : u"Disruption"_s;
    case NoticeKind::PlannedMaintenance:
        return german ? u"Geplante Wartung"_s : u"Planned maintenance"_s;
    case NoticeKind::Information:
        return u"Information"_s; // the same word in both languages
    }
    return {};
}

QString atomTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

struct Entry
{
    QString id;
    QString title;
    QString content;
    QDateTime updated;
    QString category;
};

} // namespace

QString AtomFeed::fileName(QStringView language)
{
    return u"feed.%1.atom"_s.arg(language);
}

QString AtomFeed::entryId(const QUuid &id)
{
    return u"urn:uuid:"_s + id.toString(QUuid::WithoutBraces);
}

QString AtomFeed::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe.append(c);
            safe.append(text.at(++i));
            continue;
        }
        const bool allowed
            = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF) || (u >= 0xE000 && u <= 0xFFFD);
        if (allowed)
            safe.append(c);
    }
    return safe;
}

QByteArray AtomFeed::render(
    const QList<Notice> &notices, QStringView language, const AtomFeedSite &site, const QDateTime &generatedAt)
{
    const bool german = language == u"de";
    QList<Entry> entries;
    for (const Notice &notice : notices) {
        if (notice.withdrawn)
            continue;
        const QString title = xmlSafe(notice.title.in(language));
        const QString category = noticeKindName(notice.kind);
        if (notice.updates.isEmpty()) {
            entries.append({entryId(notice.id), u"%1: %2"_s.arg(kindWord(notice.kind, german), title),
                xmlSafe(notice.text.in(language)), notice.updatedAt.isValid() ? notice.updatedAt : notice.start,
                category});
            continue;
        }
        for (const NoticeUpdate &update : notice.updates) {
            entries.append({entryId(update.id), u"%1 – %2"_s.arg(title, phaseWord(update.phase, german)),
                xmlSafe(update.text.in(language)), update.at, category});
        }
    }
    // Newest first, as feed readers expect; ties by id so that the order never wobbles.
    std::ranges::sort(entries,
        [](const Entry &a, const Entry &b) { return a.updated != b.updated ? a.updated > b.updated : a.id < b.id; });
    const QDateTime updated = entries.isEmpty() ? generatedAt : entries.constFirst().updated;

    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter writer(&buffer);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDefaultNamespace(atomNamespace);
    writer.writeStartElement(atomNamespace, u"feed"_s);
    writer.writeAttribute(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s, language.toString());
    const QString self = site.baseUrl.resolved(QUrl(fileName(language))).toString();
    writer.writeTextElement(atomNamespace, u"id"_s, self);
    writer.writeTextElement(atomNamespace, u"title"_s,
        german ? u"Störungsmeldungen: %1"_s.arg(xmlSafe(site.publisher))
               : u"Service notices: %1"_s.arg(xmlSafe(site.publisher)));
    writer.writeTextElement(atomNamespace, u"updated"_s, atomTime(updated));
    writer.writeStartElement(atomNamespace, u"author"_s);
    writer.writeTextElement(atomNamespace, u"name"_s, xmlSafe(site.publisher));
    writer.writeEndElement();
    writer.writeEmptyElement(atomNamespace, u"link"_s);
    writer.writeAttribute(u"rel"_s, u"self"_s);
    writer.writeAttribute(u"type"_s, u"application/atom+xml"_s);
    writer.writeAttribute(u"href"_s, self);
    if (site.portalUrl.isValid()) {
        writer.writeEmptyElement(atomNamespace, u"link"_s);
        writer.writeAttribute(u"rel"_s, u"alternate"_s);
        writer.writeAttribute(u"type"_s, u"text/html"_s);
        writer.writeAttribute(u"href"_s, site.portalUrl.toString());
    }
    for (const Entry &entry : std::as_const(entries)) {
        writer.writeStartElement(atomNamespace, u"entry"_s);
        writer.writeTextElement(atomNamespace, u"id"_s, entry.id);
        writer.writeStartElement(atomNamespace, u"title"_s);
        writer.writeAttribute(u"type"_s, u"text"_s);
        writer.writeCharacters(entry.title);
        writer.writeEndElement();
        writer.writeTextElement(atomNamespace, u"updated"_s, atomTime(entry.updated));
        writer.writeEmptyElement(atomNamespace, u"category"_s);
        writer.writeAttribute(u"term"_s, entry.category);
        if (site.portalUrl.isValid()) {
            writer.writeEmptyElement(atomNamespace, u"link"_s);
            writer.writeAttribute(u"rel"_s, u"alternate"_s);
            writer.writeAttribute(u"href"_s, site.portalUrl.toString());
        }
        writer.writeStartElement(atomNamespace, u"content"_s);
        writer.writeAttribute(u"type"_s, u"text"_s);
        writer.writeCharacters(entry.content);
        writer.writeEndElement();
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

} // namespace Leitstand
