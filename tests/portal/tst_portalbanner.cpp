// The portal banner in Debian's Chromium, headless, driven by playwright-core (banner-probe.js),
// against status.json documents rendered by StatusFeed and served by Apache on 127.0.0.1: notices in
// the page's language with the other as fallback, hostile texts shown literally with no script
// run, each notice reachable by Tab and dismissed by Enter, the service filter, and nothing at all
// (and no script error) when the feed is missing or malformed.

#include "../feed/feedtesthelpers.h"
#include "feed/statusfeed.h"
#include "support/apacheserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;
using Leitstand::Test::ApacheServer;

namespace {

// Markup that would change the page if it were ever inserted as HTML: each sets an attribute on
// <body> that the rendered DOM would show.
const QString imageAttack = u"<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"_s;
const QString scriptAttack = u"<script>document.body.setAttribute('data-pwned','script')</script>"_s;

struct Page
{
    QString dom;
    QString log; // the probe's stderr
    QStringList errors; // what the page threw
    int notices = 0;
    QString pwned; // set by markup that ran
    bool reachedByTab = false;
    bool dismissedByKeyboard = false;
};

QByteArray portalPage(const QString &language, const QString &feed, const QString &services)
{
    QString tag = u"<script src=\"banner/leitstand-banner.js\" data-feed=\"%1\""_s.arg(feed);
    if (!services.isEmpty())
        tag += u" data-services=\"%1\""_s.arg(services);
    tag += u" defer></script>"_s;
    return u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>Portal</title></head>\n"
           "<body><main><h1>Portal</h1></main>\n%2\n</body></html>\n"_s.arg(language, tag)
               .toUtf8();
}

StatusFeedDocument feedWith(const QList<Notice> &notices)
{
    StatusFeedDocument document;
    document.generatedAt = QDateTime::currentDateTimeUtc();
    document.notices = notices;
    return document;
}

} // namespace

class TestPortalBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsNotices_data();
    void showsNotices();
    void showsNothingWhenTheFeedIsUnusable_data();
    void showsNothingWhenTheFeedIsUnusable();

private:
    Page load(const QString &page);

    QTemporaryDir m_directory;
    std::unique_ptr<ApacheServer> m_apache;
    int m_run = 0;
};

void TestPortalBanner::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_apache = std::make_unique<ApacheServer>();
    const QDir banner(QStringLiteral(LEITSTAND_PORTAL_BANNER_DIR));
    for (const QString &name : {u"leitstand-banner.js"_s, u"leitstand-banner.css"_s}) {
        QFile file(banner.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(m_apache->writeFile(u"banner/"_s + name, file.readAll()));
    }

    Notice hostile = sampleNotice(QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000a"_s));
    hostile.severity = IncidentSeverity::Critical;
    hostile.title = {imageAttack + u" Terminbuchung gestört \u200F\u05E2\u05D1\u05E8\u05D9\u05EA"_s,
        scriptAttack + u" \"Appointments\" & more"_s};
    hostile.text = {u"Bitte rufen Sie an."_s, u""_s}; // no English text: the German one stands in
    Notice maintenance = sampleNotice(QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000b"_s));
    maintenance.kind = NoticeKind::PlannedMaintenance;
    maintenance.severity = IncidentSeverity::Minor;
    maintenance.services = {u"Kartendienst"_s};
    maintenance.title = {u"Wartung Kartendienst"_s, u"Map service maintenance"_s};
    maintenance.start = QDateTime::currentDateTimeUtc().addDays(2);
    maintenance.expectedEnd = maintenance.start.addSecs(7200);
    maintenance.updates.clear();
    Notice resolved = sampleNotice(QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000c"_s));
    resolved.title = {u"Längst behoben"_s, u"Fixed long ago"_s};
    NoticeUpdate fixed;
    fixed.id = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-0000000000cc"_s);
    fixed.at = QDateTime::currentDateTimeUtc();
    fixed.phase = NoticePhase::Resolved;
    fixed.text = {u"Behoben."_s, u"Fixed."_s};
    resolved.updates.append(fixed);
    QVERIFY(m_apache->writeFile(u"feed/status.json"_s, StatusFeed::render(feedWith({hostile, maintenance, resolved}))));
    QVERIFY(m_apache->writeFile(u"feed/garbage.json"_s, "{\"schema\": \"leitstand.status-feed/1\", \"notices\": [{"));
    QVERIFY(m_apache->writeFile(u"feed/html.json"_s, "<html><body>502 Bad Gateway</body></html>"));
    QVERIFY(m_apache->writeFile(u"feed/wrong-shape.json"_s,
        R"({"schema": "leitstand.status-feed/1", "notices": [{"id": 5, "title": null}, null, "x"]})"));

    const QList<std::tuple<QString, QString, QString, QString>> pages {
        {u"de.html"_s, u"de"_s, u"feed/status.json"_s, QString()},
        {u"en.html"_s, u"en-GB"_s, u"feed/status.json"_s, QString()},
        {u"maps.html"_s, u"de"_s, u"feed/status.json"_s, u"Kartendienst"_s},
        {u"none.html"_s, u"de"_s, u"feed/status.json"_s, u"Melderegister, Wahlen"_s},
        {u"missing.html"_s, u"de"_s, u"feed/none.json"_s, QString()},
        {u"garbage.html"_s, u"de"_s, u"feed/garbage.json"_s, QString()},
        {u"htmlfeed.html"_s, u"en"_s, u"feed/html.json"_s, QString()},
        {u"shape.html"_s, u"en"_s, u"feed/wrong-shape.json"_s, QString()},
        {u"unreachable.html"_s, u"de"_s, u"http://127.0.0.1:9/status.json"_s, QString()},
    };
    for (const auto &[name, language, feed, services] : pages)
        QVERIFY(m_apache->writeFile(name, portalPage(language, feed, services)));
    QVERIFY2(m_apache->start(), qPrintable(m_apache->errorString()));
}

Page TestPortalBanner::load(const QString &page)
{
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The browser's profile and playwright's temporary folders stay in the test's directory.
    const QString temporary = m_directory.filePath(u"tmp-%1"_s.arg(++m_run));
    QDir().mkpath(temporary);
    environment.insert(u"TMPDIR"_s, temporary);
    node.setProcessEnvironment(environment);
    node.start(u"node"_s, {QStringLiteral(LEITSTAND_BANNER_PROBE), m_apache->httpUrl(u"/"_s + page).toString()});
    if (!node.waitForFinished(90'000)) {
        node.kill();
        node.waitForFinished();
        return {};
    }
    Page loaded;
    loaded.log = QString::fromUtf8(node.readAllStandardError());
    const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    loaded.dom = result.value(u"dom"_s).toString();
    for (const QJsonValue &error : result.value(u"errors"_s).toArray())
        loaded.errors.append(error.toString());
    loaded.notices = result.value(u"notices"_s).toInt();
    loaded.pwned = result.value(u"pwned"_s).toString();
    loaded.reachedByTab = result.value(u"reachedByTab"_s).toBool();
    loaded.dismissedByKeyboard = result.value(u"dismissedByKeyboard"_s).toBool();
    return loaded;
}

void TestPortalBanner::showsNotices_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::addRow("German page")
        << u"de.html"_s
        << QStringList {u"aria-label=\"Hinweise zu Störungen und Wartungen\""_s, u"role=\"alert\""_s,
               u"Störung (kritisch)"_s,
               u"&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"&gt; Terminbuchung gestört"_s,
               u"\u200F\u05E2\u05D1\u05E8\u05D9\u05EA"_s, u"Wartung Kartendienst"_s, u"role=\"status\""_s,
               u"href=\"tel:+4930115\""_s, u"Hinweis schließen"_s}
        << QStringList {u"<body data-pwned"_s, u"Längst behoben"_s, u"Map service maintenance"_s};
    QTest::addRow("English page, German fallback")
        << u"en.html"_s
        << QStringList {u"Disruption (critical)"_s,
               u"&lt;script&gt;document.body.setAttribute('data-pwned','script')&lt;/script&gt; \"Appointments\" &amp; more"_s,
               u"Bitte rufen Sie an."_s, u"Map service maintenance"_s, u"Dismiss notice"_s}
        << QStringList {u"<body data-pwned"_s, u"Fixed long ago"_s, u"Terminbuchung gestört"_s};
    QTest::addRow("only the services named")
        << u"maps.html"_s << QStringList {u"Wartung Kartendienst"_s} << QStringList {u"Terminbuchung gestört"_s};
}

void TestPortalBanner::showsNotices()
{
    QFETCH(QString, page);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const Page loaded = load(page);
    QVERIFY2(loaded.dom.contains(u"<h1>Portal</h1>"_s), qPrintable(loaded.log.right(2000)));
    for (const QString &text : std::as_const(present))
        QVERIFY2(loaded.dom.contains(text), qPrintable(text + u"\n"_s + loaded.dom));
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!loaded.dom.contains(text), qPrintable(text + u"\n"_s + loaded.dom));
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
    QVERIFY2(loaded.pwned.isEmpty(), qPrintable(loaded.pwned));
    QVERIFY(loaded.notices > 0);
    QVERIFY(loaded.reachedByTab);
    QVERIFY(loaded.dismissedByKeyboard);
}

void TestPortalBanner::showsNothingWhenTheFeedIsUnusable_data()
{
    QTest::addColumn<QString>("page");
    QTest::addRow("no notice for these services") << u"none.html"_s;
    QTest::addRow("feed missing (404)") << u"missing.html"_s;
    QTest::addRow("feed truncated") << u"garbage.html"_s;
    QTest::addRow("feed is an error page") << u"htmlfeed.html"_s;
    QTest::addRow("notices of the wrong shape") << u"shape.html"_s;
    QTest::addRow("feed server unreachable") << u"unreachable.html"_s;
}

void TestPortalBanner::showsNothingWhenTheFeedIsUnusable()
{
    QFETCH(QString, page);
    const Page loaded = load(page);
    QVERIFY2(loaded.dom.contains(u"<h1>Portal</h1>"_s), qPrintable(loaded.log.right(2000)));
    QVERIFY2(!loaded.dom.contains(u"leitstand-banner__notice"_s), qPrintable(loaded.dom));
    QCOMPARE(loaded.notices, 0);
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPortalBanner)
#include "tst_portalbanner.moc"
