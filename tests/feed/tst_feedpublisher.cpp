// FeedPublisher against Apache httpd with mod_dav over TLS (a test CA made for the run) and Basic
// authentication: the three feed files are created and updated with conditional PUTs, concurrent
// publishers all land, and every way it can go wrong is a clear error that destroys nothing.

#include "feed/feedpublisher.h"
#include "feedtesthelpers.h"
#include "support/apacheserver.h"
#include "support/testcertificates.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;
using Leitstand::Test::ApacheServer;
using Leitstand::Test::TestCertificates;

namespace {

const QString user = u"redaktion"_s;
const QString password = u"Geheim: ä & \"ß\""_s;

QUuid numbered(int n)
{
    return QUuid::fromString(u"0b7e7d1e-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
}

// A notice whose single update has an id of its own, so that each shows up in the Atom feeds.
Notice numberedNotice(int n)
{
    Notice notice = sampleNotice(numbered(n));
    notice.updates.first().id = numbered(1000 + n);
    return notice;
}

QByteArray updateId(const Notice &notice)
{
    return notice.updates.constFirst().id.toString(QUuid::WithoutBraces).toUtf8();
}

StatusFeedDocument documentWith(const QList<Notice> &notices)
{
    StatusFeedDocument document;
    document.generatedAt = QDateTime::currentDateTimeUtc();
    document.services = {{u"Terminbuchung"_s, PublicServiceState::Disrupted}};
    document.notices = notices;
    return document;
}

AtomFeedSite site()
{
    return {QUrl(u"https://127.0.0.1/feed/"_s), QUrl(), u"Bezirksamt"_s};
}

} // namespace

class TestFeedPublisher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstPublicationCreatesTheFiles();
    void updateAndWithdrawal();
    void concurrentPublishersAllLand();
    void failures_data();
    void failures();
    void unreadableOnlineFeedIsNotOverwritten();

private:
    FeedServer server() const;
    FeedPublicationResult publish(const FeedServer &server, const StatusFeedDocument &document);
    QByteArray online(const QString &fileName) const;
    std::optional<StatusFeedDocument> onlineStatus() const;

    QTemporaryDir m_directory;
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<ApacheServer> m_apache;
    QList<QSslCertificate> m_authority;
};

void TestFeedPublisher::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_certificates = std::make_unique<TestCertificates>(m_directory.filePath(u"pki"_s));
    const TestCertificates::Files site = m_certificates->issue(u"feed"_s, 30);
    QVERIFY2(m_certificates->errorString().isEmpty(), qPrintable(m_certificates->errorString()));
    m_authority = QSslCertificate::fromPath(m_certificates->authorityFile());
    QCOMPARE(m_authority.size(), 1);
    m_apache = std::make_unique<ApacheServer>(QList {site});
    QVERIFY(m_apache->enableWebDav(u"/feed/"_s, user, password));
    QVERIFY2(m_apache->start(), qPrintable(m_apache->errorString()));
}

void TestFeedPublisher::init()
{
    for (const QString &name : {u"status.json"_s, u"feed.de.atom"_s, u"feed.en.atom"_s})
        QFile::remove(m_apache->documentRoot() + u"/feed/"_s + name);
}

FeedServer TestFeedPublisher::server() const
{
    FeedServer server;
    server.baseUrl = m_apache->httpsUrl(u"/feed/"_s);
    server.authentication = FeedServer::Authentication::Basic;
    server.user = user;
    server.secret = password;
    server.extraAuthorities = m_authority;
    return server;
}

FeedPublicationResult TestFeedPublisher::publish(const FeedServer &server, const StatusFeedDocument &document)
{
    WebDavClient client(server);
    FeedPublisher publisher(client);
    QSignalSpy finished(&publisher, &FeedPublisher::finished);
    publisher.publish(document, site());
    if (!finished.wait(60'000))
        return {};
    return finished.constFirst().at(0).value<FeedPublicationResult>();
}

QByteArray TestFeedPublisher::online(const QString &fileName) const
{
    QFile file(m_apache->documentRoot() + u"/feed/"_s + fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<StatusFeedDocument> TestFeedPublisher::onlineStatus() const
{
    auto parsed = StatusFeed::parse(online(u"status.json"_s));
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

void TestFeedPublisher::firstPublicationCreatesTheFiles()
{
    Notice notice = sampleNotice(numbered(1));
    notice.title = {hostileText(), u"Appointment booking disrupted"_s};
    const FeedPublicationResult result = publish(server(), documentWith({notice}));
    QVERIFY2(result.published, qPrintable(result.error));
    QCOMPARE(result.conflicts, 0);

    const auto status = onlineStatus();
    QVERIFY(status);
    QCOMPARE(status->notices.size(), 1);
    QCOMPARE(status->notices.constFirst(), notice);
    QCOMPARE(status->services, documentWith({}).services);
    QVERIFY(online(u"feed.de.atom"_s).contains("xml:lang=\"de\""));
    QVERIFY(online(u"feed.en.atom"_s).contains("Appointment booking disrupted"));
    QVERIFY(online(u"feed.de.atom"_s).contains("&lt;script&gt;"));
}

void TestFeedPublisher::updateAndWithdrawal()
{
    Notice first = numberedNotice(1);
    Notice second = numberedNotice(2);
    QVERIFY(publish(server(), documentWith({first, second})).published);

    // A later revision of the first replaces it; the second, not mentioned, stays online.
    Notice revised = first;
    revised.revision = 2;
    NoticeUpdate resolved;
    resolved.id = numbered(99);
    resolved.at = utc("2026-11-29T09:30:00Z");
    resolved.phase = NoticePhase::Resolved;
    resolved.text = {u"Behoben."_s, u"Fixed."_s};
    revised.updates.append(resolved);
    StatusFeedDocument update = documentWith({revised});
    const FeedPublicationResult updated = publish(server(), update);
    QVERIFY2(updated.published, qPrintable(updated.error));
    auto status = onlineStatus();
    QVERIFY(status);
    QCOMPARE(status->notices.size(), 2);
    QVERIFY(online(u"feed.de.atom"_s).contains(updateId(second)));
    QVERIFY(status->notices.contains(revised));
    QVERIFY(status->notices.contains(second));
    QVERIFY(online(u"feed.en.atom"_s).contains("urn:uuid:0b7e7d1e-0000-4000-8000-000000000099"));

    // Withdrawn: gone from the notices and the feeds, remembered as a tombstone.
    StatusFeedDocument withdrawal = documentWith({});
    withdrawal.withdrawn = {{second.id, 2, QDateTime::currentDateTimeUtc()}};
    QVERIFY(publish(server(), withdrawal).published);
    status = onlineStatus();
    QVERIFY(status);
    QCOMPARE(status->notices.size(), 1);
    QCOMPARE(status->withdrawn.size(), 1);
    QVERIFY(online(u"feed.de.atom"_s).contains(updateId(first)));
    QVERIFY(!online(u"feed.de.atom"_s).contains(updateId(second)));
}

// Four workstations publish their own notices at the same moment, three times each: every notice
// ends up online, whoever was quicker.
void TestFeedPublisher::concurrentPublishersAllLand()
{
    constexpr int publishers = 4;
    constexpr int rounds = 3;
    std::vector<std::unique_ptr<WebDavClient>> clients;
    std::vector<std::unique_ptr<FeedPublisher>> running;
    int conflicts = 0;
    int failures = 0;
    for (int round = 0; round < rounds; ++round) {
        int pending = publishers;
        for (int p = 0; p < publishers; ++p) {
            clients.push_back(std::make_unique<WebDavClient>(server()));
            running.push_back(std::make_unique<FeedPublisher>(*clients.back()));
            connect(running.back().get(), &FeedPublisher::finished, this, [&](const FeedPublicationResult &result) {
                conflicts += result.conflicts;
                failures += result.published ? 0 : 1;
                if (!result.published)
                    qWarning("%s", qPrintable(result.error));
                --pending;
            });
        }
        for (int p = 0; p < publishers; ++p) {
            const int n = round * publishers + p + 1;
            running.at(running.size() - publishers + p)->publish(documentWith({numberedNotice(n)}), site());
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 60'000);
    }
    QCOMPARE(failures, 0);
    const auto status = onlineStatus();
    QVERIFY(status);
    QCOMPARE(status->notices.size(), publishers * rounds);
    for (const QString &feed : {u"feed.de.atom"_s, u"feed.en.atom"_s}) {
        const QByteArray atom = online(feed);
        for (int n = 1; n <= publishers * rounds; ++n)
            QVERIFY2(atom.contains(updateId(numberedNotice(n))), qPrintable(feed));
    }
    qInfo("%d conflicts resolved by merging", conflicts);
}

void TestFeedPublisher::failures_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("expected");

    QTest::addRow("wrong password") << 0 << u"401"_s;
    QTest::addRow("untrusted certificate") << 1 << u"certificate"_s;
    QTest::addRow("server not running") << 2 << u"No answer from 127.0.0.1"_s;
    QTest::addRow("not a WebDAV collection") << 3 << u"405"_s;
}

void TestFeedPublisher::failures()
{
    QFETCH(int, breakage);
    QFETCH(QString, expected);
    QVERIFY(publish(server(), documentWith({sampleNotice(numbered(1))})).published);
    const QByteArray before = online(u"status.json"_s);

    FeedServer broken = server();
    QTcpServer closed;
    switch (breakage) {
    case 0:
        broken.secret = u"falsch"_s;
        break;
    case 1:
        broken.extraAuthorities.clear();
        break;
    case 2:
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        broken.baseUrl = QUrl(u"https://127.0.0.1:%1/feed/"_s.arg(closed.serverPort()));
        closed.close();
        break;
    case 3:
        broken.baseUrl = m_apache->httpsUrl(u"/"_s);
        break;
    default:
        QFAIL("unknown breakage");
    }
    const FeedPublicationResult result = publish(broken, documentWith({sampleNotice(numbered(2))}));
    QVERIFY(!result.published);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QCOMPARE(online(u"status.json"_s), before);
}

void TestFeedPublisher::unreadableOnlineFeedIsNotOverwritten()
{
    const QByteArray garbage = "{\"schema\": \"leitstand.status-feed/1\", \"notices\": [";
    QVERIFY(m_apache->writeFile(u"feed/status.json"_s, garbage));
    const FeedPublicationResult result = publish(server(), documentWith({sampleNotice(numbered(1))}));
    QVERIFY(!result.published);
    QVERIFY2(result.error.contains(u"not overwritten"_s), qPrintable(result.error));
    QCOMPARE(online(u"status.json"_s), garbage);
}

QTEST_GUILESS_MAIN(TestFeedPublisher)
#include "tst_feedpublisher.moc"
