// PublicationQueue: the outbox of the status feed against Apache httpd with mod_dav over TLS, with
// the feed password in gnome-keyring. Five notices published while the feed server is down, the
// console restarted in between, the server back: all five arrive, in order, each once, and the
// audit log tells the story.

#include "core/secretstore.h"
#include "feed/publicationqueue.h"
#include "feedtesthelpers.h"
#include "storage/database.h"
#include "storage/noticerepository.h"
#include "support/apacheserver.h"
#include "support/testcertificates.h"

#include <QFile>
#include <QSignalSpy>
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
const QString password = u"Feed-Passwort 2026"_s;

QUuid numbered(int n)
{
    return QUuid::fromString(u"0b7e7d1e-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
}

std::chrono::milliseconds quickBackoff(int)
{
    return std::chrono::milliseconds(300);
}

} // namespace

class TestPublicationQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingSecretIsAClearFailure();
    void outageAndRestartLoseNothing();

private:
    std::unique_ptr<PublicationQueue> makeQueue() const;
    QByteArray online(const QString &fileName) const;
    bool storeSecret(const QString &secret);

    QTemporaryDir m_directory;
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<ApacheServer> m_apache;
    std::unique_ptr<Database> m_database;
    QList<QSslCertificate> m_authority;
};

void TestPublicationQueue::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_certificates = std::make_unique<TestCertificates>(m_directory.filePath(u"pki"_s));
    const TestCertificates::Files site = m_certificates->issue(u"feed"_s, 30);
    QVERIFY2(m_certificates->errorString().isEmpty(), qPrintable(m_certificates->errorString()));
    m_authority = QSslCertificate::fromPath(m_certificates->authorityFile());
    m_apache = std::make_unique<ApacheServer>(QList {site});
    QVERIFY(m_apache->enableWebDav(u"/feed/"_s, user, password));
    QVERIFY2(m_apache->start(), qPrintable(m_apache->errorString()));
    m_database = std::make_unique<Database>(m_directory.filePath(u"db.sqlite"_s));
    QVERIFY(m_database->open());
}

std::unique_ptr<PublicationQueue> TestPublicationQueue::makeQueue() const
{
    FeedServer server;
    server.baseUrl = m_apache->httpsUrl(u"/feed/"_s);
    server.authentication = FeedServer::Authentication::Basic;
    server.user = user;
    server.extraAuthorities = m_authority;
    auto queue = std::make_unique<PublicationQueue>(
        *m_database, server, AtomFeedSite {server.baseUrl, QUrl(), u"Bezirksamt"_s});
    queue->setBackoff(quickBackoff);
    queue->setServicesProvider([] { return QList<FeedService> {{u"Terminbuchung"_s, PublicServiceState::Disrupted}}; });
    return queue;
}

QByteArray TestPublicationQueue::online(const QString &fileName) const
{
    QFile file(m_apache->documentRoot() + u"/feed/"_s + fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestPublicationQueue::storeSecret(const QString &secret)
{
    SecretStore store;
    bool stored = false;
    bool done = false;
    store.write(FeedServer::secretKey(), secret, [&](std::expected<void, QString> written) {
        stored = written.has_value();
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 30'000) && stored;
}

void TestPublicationQueue::missingSecretIsAClearFailure()
{
    NoticeRepository repository(*m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(repository.save(sampleNotice(numbered(100)), 0, u"anna"_s, now));
    QVERIFY(repository.requestPublication(numbered(100), PublicationAction::Publish, u"anna"_s, now));

    auto queue = makeQueue();
    QSignalSpy failed(queue.get(), &PublicationQueue::attemptFailed);
    queue->start();
    QVERIFY(failed.wait(30'000));
    QVERIFY2(failed.constFirst().at(0).toString().contains(u"leitstand secret set"_s),
        qPrintable(failed.constFirst().at(0).toString()));
    QVERIFY(online(u"status.json"_s).isEmpty());
    QCOMPARE(repository.latestPublications()->constFirst().state, NoticePublication::State::Pending);
    queue.reset();

    // Withdrawn again, so that the next test starts from an outbox that only it fills.
    QVERIFY(repository.requestPublication(numbered(100), PublicationAction::Withdraw, u"anna"_s, now));
    QVERIFY(repository.markPublished(*repository.due(now.addDays(1)), u"test"_s, now));
}

void TestPublicationQueue::outageAndRestartLoseNothing()
{
    QVERIFY(storeSecret(password));
    m_apache->stop();

    NoticeRepository repository(*m_database);
    const QDateTime base = QDateTime::currentDateTimeUtc();
    for (int n = 1; n <= 5; ++n) {
        Notice notice = sampleNotice(numbered(n));
        notice.publishedAt = QDateTime();
        notice.expectedEnd = QDateTime();
        notice.start = base.addSecs(-3600 + n * 60);
        notice.start.setTime(QTime(notice.start.time().hour(), notice.start.time().minute()));
        notice.updates.first().id = numbered(1000 + n);
        notice.title.de = u"Meldung %1"_s.arg(n);
        QVERIFY(repository.save(notice, 0, u"anna"_s, base));
        QVERIFY(repository.requestPublication(numbered(n), PublicationAction::Publish, u"anna"_s, base));
    }

    // The feed server is down: attempts fail and are recorded, nothing is dropped.
    {
        auto queue = makeQueue();
        QSignalSpy failed(queue.get(), &PublicationQueue::attemptFailed);
        queue->start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, 30'000);
        QVERIFY2(failed.constFirst().at(0).toString().contains(u"No answer"_s),
            qPrintable(failed.constFirst().at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!queue->isPublishing(), 30'000);
    } // the console quits

    QCOMPARE(repository.due(base.addDays(1))->size(), 5); // still pending
    QVERIFY2(m_apache->restart(), qPrintable(m_apache->errorString()));

    // A new console: the outbox is worked off.
    auto queue = makeQueue();
    QSignalSpy changed(queue.get(), &PublicationQueue::publicationsChanged);
    queue->start();
    QTRY_VERIFY_WITH_TIMEOUT(!repository.nextDue()->has_value(), 60'000);

    const auto status = StatusFeed::parse(online(u"status.json"_s));
    QVERIFY2(status, status ? "" : qPrintable(status.error()));
    QCOMPARE(status->notices.size(), 5);
    for (int n = 1; n <= 5; ++n)
        QCOMPARE(status->notices.at(n - 1).title.de, u"Meldung %1"_s.arg(n)); // in the order of their start
    QCOMPARE(status->withdrawn.size(), 1); // the one of the first test
    for (const QString &feed : {u"feed.de.atom"_s, u"feed.en.atom"_s}) {
        const QByteArray atom = online(feed);
        for (int n = 1; n <= 5; ++n) {
            const QByteArray entry = "urn:uuid:" + numbered(1000 + n).toString(QUuid::WithoutBraces).toUtf8();
            QCOMPARE(atom.count(entry), 1);
        }
    }

    const auto audit = repository.audit();
    QVERIFY(audit);
    int failures = 0;
    int published = 0;
    for (const PublicationAuditEntry &entry : *audit) {
        if (entry.noticeId == numbered(100))
            continue;
        (entry.outcome == PublicationAuditEntry::Outcome::Failed ? failures : published) += 1;
        QCOMPARE(entry.actor, u"anna"_s);
    }
    QVERIFY(failures >= 10); // at least two failed attempts of five publications
    QCOMPARE(published, 5);
}

QTEST_GUILESS_MAIN(TestPublicationQueue)
#include "tst_publicationqueue.moc"
