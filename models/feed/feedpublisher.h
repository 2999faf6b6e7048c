#pragma once

#include "feed/atomfeed.h"
#include "feed/statusfeed.h"
#include "feed/webdavclient.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace Leitstand {

// How a publication ended.
struct FeedPublicationResult
{
    bool published = false;
    QString error; // translated; empty when published
    int conflicts = 0; // how often another publisher was quicker (HTTP 412) and Leitstand merged
    StatusFeedDocument online; // what status.json holds now, as far as this publication knows
    QString serverAnswer; // the last answer to a PUT of status.json, for the audit log
};

// Publishes the status feed to a WebDAV collection so that no publisher loses another's work:
//
// 1. LOCK status.json (an exclusive WebDAV write lock that expires by itself), waiting while another
//    publisher holds it. Apache's mod_dav checks If-Match and writes in two steps, so without the
//    lock two PUTs that read the same ETag can both succeed and one publisher's notices vanish (the
//    concurrency test saw it happen). Servers without locking go on with step 2 unlocked;
// 2. GET status.json and its ETag (none yet, or empty: an empty feed);
// 3. merge what is online with what this workstation publishes (StatusFeed::merge), prune, render;
// 4. PUT it with If-Match: the ETag read (If-None-Match: * for a new file). On 412 someone else was
//    quicker after all: back to 2;
// 5. then each Atom feed the same way, rendered from the merged document, and UNLOCK.
//
// A status.json that is online but cannot be read is never overwritten: the publication fails and
// says why, so that a colleague's notices are not lost to a broken file. The server must send
// strong ETags (Apache: `FileETag Digest`; see docs/status-feed.md); weak ones are refused with an
// explanation rather than retried forever.
class FeedPublisher final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static constexpr int maximumConflicts = 8;
    // Longer than WebDavClient::lockTimeoutSeconds, so that the lock of a publisher that died
    // holding it runs out while this one waits.
    static constexpr int maximumLockWaitMs = 90'000;

    explicit FeedPublisher(WebDavClient &client, QObject *parent = nullptr);
    void setClock(Clock clock);

    // One publication at a time; finished() answers it.
    void publish(const StatusFeedDocument &local, const AtomFeedSite &site);
    bool isBusy() const { return m_busy; }

    static QString statusFileName() { return QStringLiteral("status.json"); }

Q_SIGNALS:
    void finished(const Leitstand::FeedPublicationResult &result);

private:
    void acquireLock();
    void fetchStatus();
    void putStatus(const WebDavReply &online);
    void publishAtom(qsizetype index);
    void refetchStatusThenAtom(qsizetype index);
    bool conflict();
    void retryLocked();
    void fail(const QString &error);
    void succeed();
    void finish();

    WebDavClient &m_client;
    Clock m_clock;
    bool m_busy = false;
    StatusFeedDocument m_local;
    AtomFeedSite m_site;
    FeedPublicationResult m_result;
    QByteArray m_lockToken;
    QElapsedTimer m_lockWait;
    int m_lockAttempts = 0;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::FeedPublicationResult)
