#pragma once

#include "feed/atomfeed.h"
#include "feed/feedpublisher.h"
#include "feed/statusfeed.h"
#include "feed/webdavclient.h"
#include "storage/noticerepository.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <expected>
#include <functional>
#include <memory>

namespace Leitstand {

class Database;
class SecretStore;

// The outbox of the status feed: whenever a notice publication is pending in the database, it
// publishes what the notices say (NoticeRepository::feedContent) with a FeedPublisher, and records
// the outcome and the server's answer. A publication stays pending until the server accepted it:
// failed attempts are retried with growing waits, also after a restart, and are never dropped.
//
// Lives in one thread with its own database connection (the console's engine thread).
class PublicationQueue final : public QObject
{
    Q_OBJECT

public:
    // Answers with the secret of the feed server (password or token), or why it is not available.
    using SecretLoader = std::function<void(std::function<void(std::expected<QString, QString>)> done)>;
    using ServicesProvider = std::function<QList<FeedService>()>;
    using Backoff = std::function<std::chrono::milliseconds(int attempts)>;

    // `server` without its secret: the secret is read from the SecretStore (FeedServer::secretKey())
    // for every publication, so that a changed password takes effect without a restart.
    PublicationQueue(const Database &database, FeedServer server, AtomFeedSite site, QObject *parent = nullptr);
    ~PublicationQueue() override;
    Q_DISABLE_COPY_MOVE(PublicationQueue)

    void setSecretLoader(SecretLoader loader);
    // What the SecretStore answered, as a SecretLoader answers: nothing stored is an error that
    // says how to store it.
    static std::expected<QString, QString> secretFrom(const std::expected<std::optional<QString>, QString> &read);
    void setServicesProvider(ServicesProvider provider);
    // Tests shorten the waits; the default grows from 5 s to 15 min.
    void setBackoff(Backoff backoff);
    static std::chrono::milliseconds defaultBackoff(int attempts);

    // Looks for due publications now and then whenever the next one is due.
    void start();
    // A publication was just asked for: publish without waiting for the timer.
    void wake();
    bool isPublishing() const { return m_publishing; }

Q_SIGNALS:
    // The outbox changed: a publication went out or an attempt failed.
    void publicationsChanged();
    void attemptFailed(const QString &message);
    void storageFailed(const QString &message);

private:
    void runDue();
    void publish(const QString &secret);
    void finish(const FeedPublicationResult &result);
    void armTimer();

    const Database &m_database;
    FeedServer m_server;
    AtomFeedSite m_site;
    SecretLoader m_secretLoader;
    ServicesProvider m_services;
    Backoff m_backoff;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WebDavClient> m_client;
    std::unique_ptr<FeedPublisher> m_publisher;
    QList<NoticePublication> m_inFlight;
    bool m_publishing = false;
    QTimer m_timer;
};

} // namespace Leitstand
