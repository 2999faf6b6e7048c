#include "feed/feedpublisher.h"

#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array atomLanguages {u"de", u"en"};
constexpr int notFound = 404;
constexpr int preconditionFailed = 412;
constexpr int locked = 423;
constexpr int methodNotAllowed = 405;
constexpr int notImplemented = 501;

} // namespace

FeedPublisher::FeedPublisher(WebDavClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<Leitstand::FeedPublicationResult>();
}

void FeedPublisher::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void FeedPublisher::publish(const StatusFeedDocument &local, const AtomFeedSite &site)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_local = local;
    m_site = site;
    m_result = {};
    m_lockToken.clear();
    m_lockAttempts = 0;
    m_lockWait.start();
    acquireLock();
}

void FeedPublisher::acquireLock()
{
    m_client.lock(statusFileName(), [this](const WebDavReply &reply) {
        if (reply.isSuccess() && !reply.lockToken.isEmpty()) {
            m_lockToken = reply.lockToken;
            fetchStatus();
            return;
        }
        if (reply.status == methodNotAllowed || reply.status == notImplemented) {
            fetchStatus(); // no locking there: If-Match alone
            return;
        }
        if (reply.status != locked) {
            fail(tr("Cannot lock %1 on the feed server: %2").arg(statusFileName(), reply.summary()));
            return;
        }
        if (m_lockWait.elapsed() > maximumLockWaitMs) {
            fail(tr("Another publisher has held the feed for more than %n second(s); try again later.", nullptr,
                maximumLockWaitMs / 1000));
            return;
        }
        // Growing waits with a random part, so that publishers waiting together do not knock
        // together again.
        const int base = std::min(2000, 100 << std::min(++m_lockAttempts, 5));
        QTimer::singleShot(base + int(QRandomGenerator::global()->bounded(base)), this, [this] { acquireLock(); });
    });
}

void FeedPublisher::fetchStatus()
{
    m_client.get(statusFileName(), [this](const WebDavReply &reply) { putStatus(reply); });
}

void FeedPublisher::putStatus(const WebDavReply &online)
{
    if (!online.error.isEmpty()) {
        fail(tr("Cannot read %1 from the feed server: %2").arg(statusFileName(), online.error));
        return;
    }
    StatusFeedDocument onlineDocument;
    WebDavClient::Precondition precondition = WebDavClient::Precondition::absent();
    if (online.status == notFound) {
        onlineDocument.generatedAt = m_clock();
        // mod_dav keeps a locked file that does not exist yet as a lock-null resource: If-None-Match
        // fails on it although GET finds nothing. The lock already keeps everybody else out.
        if (!m_lockToken.isEmpty())
            precondition = {};
    } else if (online.isSuccess() && online.body.isEmpty() && !m_lockToken.isEmpty()) {
        // Locking a file that did not exist created it empty (RFC 4918, section 9.10.4).
        onlineDocument.generatedAt = m_clock();
        precondition = WebDavClient::Precondition::match(online.etag);
    } else if (online.isSuccess()) {
        if (online.etag.isEmpty()) {
            fail(tr("The feed server sends no ETag for %1, so Leitstand cannot publish without risking "
                    "overwriting a colleague's notices.")
                    .arg(statusFileName()));
            return;
        }
        if (online.etag.startsWith("W/")) {
            fail(tr("The feed server sends a weak ETag for %1, which cannot protect a change. Configure it "
                    "to send strong ones (Apache: FileETag Digest).")
                    .arg(statusFileName()));
            return;
        }
        auto parsed = StatusFeed::parse(online.body);
        if (!parsed) {
            fail(tr("%1 on the feed server cannot be read, so it was not overwritten: %2")
                    .arg(statusFileName(), parsed.error()));
            return;
        }
        onlineDocument = *std::move(parsed);
        precondition = WebDavClient::Precondition::match(online.etag);
    } else {
        fail(tr("The feed server refused to give %1: %2").arg(statusFileName(), online.summary()));
        return;
    }

    const QDateTime now = m_clock();
    StatusFeedDocument merged = StatusFeed::pruned(StatusFeed::merge(onlineDocument, m_local), now);
    merged.generatedAt = now;
    m_result.online = merged;
    const QByteArray body = StatusFeed::render(merged);
    precondition.lockToken = m_lockToken;
    m_client.put(
        statusFileName(), body, "application/json; charset=utf-8", precondition, [this](const WebDavReply &reply) {
            m_result.serverAnswer = reply.summary();
            if (reply.status == preconditionFailed) {
                if (conflict())
                    retryLocked();
                return;
            }
            if (!reply.isSuccess()) {
                fail(tr("The feed server did not accept %1: %2").arg(statusFileName(), reply.summary()));
                return;
            }
            publishAtom(0);
        });
}

// Someone was quicker after all. Under a lock that can only mean the lock is gone: mod_dav lets two
// clients lock a file that does not exist yet, and the first PUT ends the other's lock. So the
// lock is taken anew before reading again.
void FeedPublisher::retryLocked()
{
    if (m_lockToken.isEmpty()) {
        fetchStatus();
        return;
    }
    m_client.unlock(statusFileName(), std::exchange(m_lockToken, {}), [this](const WebDavReply &) { acquireLock(); });
}

bool FeedPublisher::conflict()
{
    if (++m_result.conflicts <= maximumConflicts)
        return true;
    fail(tr("Other publishers changed the feed %n time(s) in a row while Leitstand was publishing; try again.", nullptr,
        m_result.conflicts));
    return false;
}

void FeedPublisher::publishAtom(qsizetype index)
{
    if (index == qsizetype(atomLanguages.size())) {
        succeed();
        return;
    }
    const QStringView language = atomLanguages.at(index);
    const QString fileName = AtomFeed::fileName(language);
    m_client.get(fileName, [this, index, language, fileName](const WebDavReply &online) {
        WebDavClient::Precondition precondition;
        if (online.status == notFound) {
            precondition = WebDavClient::Precondition::absent();
        } else if (online.isSuccess() && !online.etag.isEmpty() && !online.etag.startsWith("W/")) {
            precondition = WebDavClient::Precondition::match(online.etag);
        } else {
            fail(tr("Cannot read %1 from the feed server: %2").arg(fileName, online.summary()));
            return;
        }
        const QByteArray body
            = AtomFeed::render(m_result.online.notices, language, m_site, m_result.online.generatedAt);
        if (online.isSuccess() && online.body == body) {
            publishAtom(index + 1);
            return;
        }
        m_client.put(fileName, body, "application/atom+xml; charset=utf-8", precondition,
            [this, index, fileName](const WebDavReply &reply) {
                if (reply.status == preconditionFailed) {
                    if (conflict())
                        refetchStatusThenAtom(index);
                    return;
                }
                if (!reply.isSuccess()) {
                    fail(tr("The feed server did not accept %1: %2").arg(fileName, reply.summary()));
                    return;
                }
                publishAtom(index + 1);
            });
    });
}

// Another publisher wrote this feed meanwhile, so it also wrote a newer status.json: render the
// feed from that one, which holds this publication's notices too.
void FeedPublisher::refetchStatusThenAtom(qsizetype index)
{
    m_client.get(statusFileName(), [this, index](const WebDavReply &reply) {
        if (!reply.isSuccess()) {
            fail(tr("Cannot read %1 from the feed server: %2").arg(statusFileName(), reply.summary()));
            return;
        }
        auto parsed = StatusFeed::parse(reply.body);
        if (!parsed) {
            fail(tr("%1 on the feed server cannot be read: %2").arg(statusFileName(), parsed.error()));
            return;
        }
        m_result.online = *std::move(parsed);
        publishAtom(index);
    });
}

void FeedPublisher::fail(const QString &error)
{
    m_result.published = false;
    m_result.error = error;
    finish();
}

void FeedPublisher::succeed()
{
    m_result.published = true;
    finish();
}

void FeedPublisher::finish()
{
    const auto announce = [this] {
        m_busy = false;
        Q_EMIT finished(m_result);
    };
    if (m_lockToken.isEmpty()) {
        announce();
        return;
    }
    // A lock that cannot be released runs out by itself; the publication's outcome stands.
    m_client.unlock(statusFileName(), std::exchange(m_lockToken, {}), [announce](const WebDavReply &) { announce(); });
}

} // namespace Leitstand
