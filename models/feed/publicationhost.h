#pragma once

#include "feed/feedconfiguration.h"
#include "feed/publicationqueue.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Leitstand {

class Database;
class SecretStore;

// Runs the status feed's outbox (PublicationQueue) in a worker thread of its own, so that reading
// the secret, rendering the feed and talking to the server never hold up the GUI, and a slow feed
// server never holds up the checks. What the outbox reports arrives as this object's signals in the
// thread it lives in.
//
// Without a usable feed server nothing is published, and nothing is lost either: publications
// wait in the database until configure() is given one.
class PublicationHost final : public QObject
{
    Q_OBJECT

public:
    // `database` must be open and outlive this object.
    explicit PublicationHost(const Database &database, QObject *parent = nullptr);
    // Stops the outbox (an attempt under way is abandoned and made again next time) and joins the
    // worker.
    ~PublicationHost() override;
    Q_DISABLE_COPY_MOVE(PublicationHost)

    // Starts the outbox for this server, or restarts it after a change; one that is not configured
    // stops it, one with problems stops it and says why by configurationFailed().
    void configure(const FeedConfiguration &configuration);
    // A publication was just asked for: publish now rather than at the next timer.
    void wake();
    // Tests shorten the waits between attempts; from the next attempt on.
    void setBackoff(PublicationQueue::Backoff backoff);

Q_SIGNALS:
    // A publication went out or an attempt failed; already stored.
    void publicationsChanged();
    void attemptFailed(const QString &message);
    void storageFailed(const QString &message);
    void configurationFailed(const QString &message);

private:
    void configureInWorker(const FeedConfiguration &configuration);
    void stopInWorker();

    const Database &m_database;
    PublicationQueue::Backoff m_backoff; // touched only in m_thread after construction
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    std::unique_ptr<PublicationQueue> m_queue; // touched only in m_thread
    quint64 m_generation = 0; // of m_queue; touched only in m_thread
    std::unique_ptr<SecretStore> m_secrets; // in this object's thread
};

} // namespace Leitstand
