// The Atom feeds: well-formed RFC 4287 in each language whatever people typed, one entry per
// notice update with ids that never change, newest first, and the feed's updated time the newest
// entry's.

#include "feed/atomfeed.h"
#include "feedtesthelpers.h"

#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;

namespace {

const QString atomNs = u"http://www.w3.org/2005/Atom"_s;

struct ParsedEntry
{
    QString id;
    QString title;
    QString content;
    QString updated;
};

struct ParsedFeed
{
    QString error;
    QString language;
    QString id;
    QString updated;
    QString author;
    QList<ParsedEntry> entries;
};

ParsedFeed parse(const QByteArray &xml)
{
    ParsedFeed feed;
    QXmlStreamReader reader(xml);
    ParsedEntry *entry = nullptr;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.namespaceUri() != atomNs) {
            feed.error = u"element outside the Atom namespace: "_s + reader.name();
            break;
        }
        const QStringView name = reader.name();
        if (name == u"feed") {
            feed.language = reader.attributes().value(u"http://www.w3.org/XML/1998/namespace"_s, u"lang"_s).toString();
        } else if (name == u"entry") {
            feed.entries.append(ParsedEntry {});
            entry = &feed.entries.last();
        } else if (name == u"id") {
            (entry ? entry->id : feed.id) = reader.readElementText();
        } else if (name == u"updated") {
            (entry ? entry->updated : feed.updated) = reader.readElementText();
        } else if (name == u"title" && entry) {
            entry->title = reader.readElementText();
        } else if (name == u"content" && entry) {
            entry->content = reader.readElementText();
        } else if (name == u"name" && !entry) {
            feed.author = reader.readElementText();
        }
    }
    if (reader.hasError())
        feed.error = reader.errorString();
    return feed;
}

AtomFeedSite site()
{
    return {QUrl(u"https://status.example.org/feed/"_s), QUrl(u"https://portal.example.org/stoerungen"_s),
        u"ITDZ & Partner <Berlin>"_s};
}

Notice twoUpdates()
{
    Notice notice = sampleNotice(QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000a"_s));
    NoticeUpdate identified;
    identified.id = QUuid::fromString(u"6f1c0a64-3f0d-4d8e-9a51-0a7c2a1f3b02"_s);
    identified.at = utc("2026-11-29T09:05:00Z");
    identified.phase = NoticePhase::Identified;
    identified.text = {u"Ursache gefunden."_s, u"Cause found."_s};
    notice.updates.append(identified);
    return notice;
}

} // namespace

class TestAtomFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesPerUpdateNewestFirst_data();
    void entriesPerUpdateNewestFirst();
    void idsAreStableAndUnique();
    void anyTypedTextStaysWellFormed_data();
    void anyTypedTextStaysWellFormed();
    void withdrawnNoticesAreLeftOut();
    void emptyFeedIsValid();
};

void TestAtomFeed::entriesPerUpdateNewestFirst_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("newestTitle");
    QTest::addColumn<QString>("newestContent");
    QTest::addRow("de") << u"de"_s << u"Terminbuchung gestört – Ursache erkannt"_s << u"Ursache gefunden."_s;
    QTest::addRow("en") << u"en"_s << u"Appointment booking disrupted – Identified"_s << u"Cause found."_s;
}

void TestAtomFeed::entriesPerUpdateNewestFirst()
{
    QFETCH(QString, language);
    QFETCH(QString, newestTitle);
    QFETCH(QString, newestContent);

    const QByteArray xml = AtomFeed::render({twoUpdates()}, language, site(), utc("2026-11-29T10:00:00Z"));
    const ParsedFeed feed = parse(xml);
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.language, language);
    QCOMPARE(feed.id, u"https://status.example.org/feed/feed.%1.atom"_s.arg(language));
    QCOMPARE(feed.author, u"ITDZ & Partner <Berlin>"_s);
    QCOMPARE(feed.entries.size(), 2);
    QCOMPARE(feed.entries.at(0).title, newestTitle);
    QCOMPARE(feed.entries.at(0).content, newestContent);
    QCOMPARE(feed.entries.at(0).updated, u"2026-11-29T09:05:00Z"_s);
    QCOMPARE(feed.entries.at(1).updated, u"2026-11-29T08:20:00Z"_s);
    // The feed changed when its newest entry did, not when it was rendered.
    QCOMPARE(feed.updated, u"2026-11-29T09:05:00Z"_s);
}

void TestAtomFeed::idsAreStableAndUnique()
{
    Notice planned = sampleNotice(QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000b"_s));
    planned.kind = NoticeKind::PlannedMaintenance;
    planned.updates.clear();
    const QList<Notice> notices {twoUpdates(), planned};
    const ParsedFeed first = parse(AtomFeed::render(notices, u"de", site(), utc("2026-11-29T10:00:00Z")));
    const ParsedFeed later = parse(AtomFeed::render(notices, u"en", site(), utc("2026-11-30T10:00:00Z")));
    QCOMPARE(first.entries.size(), 3);
    QSet<QString> ids;
    for (qsizetype i = 0; i < first.entries.size(); ++i) {
        ids.insert(first.entries.at(i).id);
        // Rendering again, later and in the other language, keeps every entry's id.
        QCOMPARE(later.entries.at(i).id, first.entries.at(i).id);
    }
    QCOMPARE(ids.size(), 3);
    QVERIFY(ids.contains(u"urn:uuid:6f1c0a64-3f0d-4d8e-9a51-0a7c2a1f3b02"_s));
    QVERIFY(ids.contains(u"urn:uuid:0b7e7d1e-0000-4000-8000-00000000000b"_s));
}

void TestAtomFeed::anyTypedTextStaysWellFormed_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");

    QTest::addRow("markup, quotes, right-to-left, every plane") << hostileText() << hostileText();
    QTest::addRow("CDATA end and entities") << u"]]> &lt; &#0; <![CDATA[x]]>"_s << u"]]> &lt; &#0; <![CDATA[x]]>"_s;
    QTest::addRow("control characters are left out")
        << u"a\u0000b\u0001c\u0008d\u000Be\u001Ff\tg\nh"_s << u"abcdef\tg\nh"_s;
    QTest::addRow("lone surrogates and non-characters are left out")
        << (u"x"_s + QChar(0xD800) + u"y"_s + QChar(0xDC00) + u"z\uFFFE\uFFFF!"_s) << u"xyz!"_s;
}

void TestAtomFeed::anyTypedTextStaysWellFormed()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);

    Notice notice = sampleNotice(QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000a"_s));
    notice.title = {typed, typed};
    notice.updates.first().text = {typed, typed};
    for (const QString &language : {u"de"_s, u"en"_s}) {
        const ParsedFeed feed = parse(AtomFeed::render({notice}, language, site(), utc("2026-11-29T10:00:00Z")));
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.entries.size(), 1);
        QCOMPARE(feed.entries.constFirst().content, shown);
        QVERIFY(feed.entries.constFirst().title.startsWith(shown));
    }
}

void TestAtomFeed::withdrawnNoticesAreLeftOut()
{
    Notice withdrawn = twoUpdates();
    withdrawn.withdrawn = true;
    const ParsedFeed feed = parse(AtomFeed::render({withdrawn}, u"de", site(), utc("2026-11-29T10:00:00Z")));
    QVERIFY(feed.error.isEmpty());
    QVERIFY(feed.entries.isEmpty());
}

void TestAtomFeed::emptyFeedIsValid()
{
    const ParsedFeed feed = parse(AtomFeed::render({}, u"en", site(), utc("2026-11-29T10:00:00Z")));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QCOMPARE(feed.updated, u"2026-11-29T10:00:00Z"_s);
    QCOMPARE(feed.language, u"en"_s);
}

QTEST_GUILESS_MAIN(TestAtomFeed)
#include "tst_atomfeed.moc"
