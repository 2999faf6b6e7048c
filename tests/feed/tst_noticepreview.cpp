// The editor's preview: the documents as publishing one notice would leave them, merged into what
// is online as the publisher merges, with the notice as the newest revision, and the diff against
// what is online showing only what changes.

#include "feed/noticepreview.h"
#include "feed/textdiff.h"
#include "feedtesthelpers.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;

namespace {

const QUuid idA = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000a"_s);
const QUuid idB = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000b"_s);

AtomFeedSite site()
{
    AtomFeedSite made;
    made.baseUrl = QUrl(u"https://status.example/feed/"_s);
    made.publisher = u"ITDZ"_s;
    return made;
}

StatusFeedDocument online()
{
    StatusFeedDocument document;
    document.generatedAt = utc("2026-11-29T09:00:00Z");
    document.services = {{u"Terminbuchung"_s, PublicServiceState::Disrupted}};
    Notice other = sampleNotice(idB, 2);
    other.title = {u"Andere Störung"_s, u"Other disruption"_s};
    document.notices = {sampleNotice(idA, 3), other};
    return document;
}

} // namespace

class TestNoticePreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newNoticeIntoAnEmptyFeed()
    {
        const QDateTime now = utc("2026-11-29T09:30:00Z");
        Notice notice = sampleNotice(idA);
        notice.publishedAt = QDateTime();
        const auto documents = previewDocuments(notice, StatusFeedDocument(), site(), now);
        const auto parsed = StatusFeed::parse(documents.statusJson);
        QVERIFY(parsed);
        QCOMPARE(parsed->notices.size(), 1);
        QCOMPARE(parsed->notices.constFirst().revision, 1);
        QCOMPARE(parsed->notices.constFirst().publishedAt, now);
        QVERIFY(documents.atomDe.contains(notice.title.de.toUtf8()));
        QVERIFY(!documents.atomDe.contains(notice.title.en.toUtf8()));
        QVERIFY(documents.atomEn.contains(notice.title.en.toUtf8()));
    }

    void changeOfAPublishedNotice()
    {
        const QDateTime now = utc("2026-11-29T09:30:00Z");
        Notice notice = sampleNotice(idA, 3);
        notice.title.de = u"Terminbuchung wieder verfügbar"_s;
        const auto documents = previewDocuments(notice, online(), site(), now);
        const auto parsed = StatusFeed::parse(documents.statusJson);
        QVERIFY(parsed);
        QCOMPARE(parsed->notices.size(), 2);
        QCOMPARE(parsed->services, online().services);
        for (const Notice &shown : parsed->notices) {
            if (shown.id == idA) {
                QCOMPARE(shown.revision, 4);
                QCOMPARE(shown.title.de, u"Terminbuchung wieder verfügbar"_s);
            } else {
                QCOMPARE(shown.title.en, u"Other disruption"_s);
                QCOMPARE(shown.revision, 2);
            }
        }
        const QString diff = unifiedDiff(QString::fromUtf8(StatusFeed::render(online())),
            QString::fromUtf8(documents.statusJson), u"online"_s, u"preview"_s);
        // The changed title is added and the old one removed; the other notice is no part of it.
        const QStringList lines = diff.split(u'\n');
        const auto hasLine = [&lines](QChar sign, const QString &text) {
            return std::ranges::any_of(
                lines, [&](const QString &line) { return line.startsWith(sign) && line.contains(text); });
        };
        QVERIFY2(hasLine(u'+', u"Terminbuchung wieder verfügbar"_s), qPrintable(diff));
        QVERIFY2(hasLine(u'-', u"Terminbuchung gestört"_s), qPrintable(diff));
        QVERIFY2(!diff.contains(u"Other disruption"_s), qPrintable(diff));
    }

    void withdrawalLeavesATombstone()
    {
        const QDateTime now = utc("2026-11-29T09:30:00Z");
        Notice notice = sampleNotice(idA, 3);
        notice.withdrawn = true;
        const auto documents = previewDocuments(notice, online(), site(), now);
        const auto parsed = StatusFeed::parse(documents.statusJson);
        QVERIFY(parsed);
        QCOMPARE(parsed->notices.size(), 1);
        QCOMPARE(parsed->notices.constFirst().id, idB);
        QCOMPARE(parsed->withdrawn.size(), 1);
        QCOMPARE(parsed->withdrawn.constFirst().id, idA);
        QCOMPARE(parsed->withdrawn.constFirst().revision, 4);
        QVERIFY(!documents.atomEn.contains(sampleNotice(idA).title.en.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestNoticePreview)
#include "tst_noticepreview.moc"
