#include "feed/publicationhost.h"

#include "core/secretstore.h"
#include "feed/feedservices.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

PublicationHost::PublicationHost(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_backoff(&PublicationQueue::defaultBackoff)
    , m_context(std::make_unique<QObject>())
    , m_secrets(std::make_unique<SecretStore>())
{
    m_thread.setObjectName(u"PublicationQueue"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

PublicationHost::~PublicationHost()
{
    // Blocking only here: the worker never waits for this thread.
    QMetaObject::invokeMethod(m_context.get(), [this] { stopInWorker(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PublicationHost::configure(const FeedConfiguration &configuration)
{
    QMetaObject::invokeMethod(
        m_context.get(), [this, configuration] { configureInWorker(configuration); }, Qt::QueuedConnection);
}

void PublicationHost::wake()
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            if (m_queue)
                m_queue->wake();
        },
        Qt::QueuedConnection);
}

void PublicationHost::setBackoff(PublicationQueue::Backoff backoff)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, backoff = std::move(backoff)] {
            m_backoff = backoff;
            if (m_queue)
                m_queue->setBackoff(m_backoff);
        },
        Qt::QueuedConnection);
}

void PublicationHost::configureInWorker(const FeedConfiguration &configuration)
{
    ++m_generation;
    m_queue.reset();
    if (!configuration.isConfigured())
        return;
    if (const QStringList problems = configuration.problems(); !problems.isEmpty()) {
        Q_EMIT configurationFailed(problems.join(u' '));
        return;
    }
    const auto server = configuration.server();
    if (!server) {
        Q_EMIT configurationFailed(server.error());
        return;
    }
    m_queue = std::make_unique<PublicationQueue>(m_database, *server, configuration.site());
    m_queue->setBackoff(m_backoff);
    // QtKeychain crashed when asked from this worker thread: the secret is read in the thread
    // this object lives in and handed back here, unless the queue was replaced meanwhile.
    const quint64 generation = m_generation;
    m_queue->setSecretLoader([this, generation, authentication = server->authentication](
                                 std::function<void(std::expected<QString, QString>)> done) {
        if (authentication == FeedServer::Authentication::None) {
            done(QString());
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, done = std::move(done)] {
                m_secrets->read(FeedServer::secretKey(),
                    [this, generation, done](const std::expected<std::optional<QString>, QString> &read) {
                        QMetaObject::invokeMethod(
                            m_context.get(),
                            [this, generation, done, secret = PublicationQueue::secretFrom(read)] {
                                if (generation == m_generation && m_queue)
                                    done(secret);
                            },
                            Qt::QueuedConnection);
                    });
            },
            Qt::QueuedConnection);
    });
    // The services' states as they are when the feed is rendered, not when the notice was asked
    // to be published; a storage error leaves the list empty rather than stopping the notice.
    m_queue->setServicesProvider([this] {
        auto services = feedServices(m_database);
        if (!services) {
            Q_EMIT storageFailed(services.error());
            return QList<FeedService>();
        }
        return *services;
    });
    connect(m_queue.get(), &PublicationQueue::publicationsChanged, this, &PublicationHost::publicationsChanged);
    connect(m_queue.get(), &PublicationQueue::attemptFailed, this, &PublicationHost::attemptFailed);
    connect(m_queue.get(), &PublicationQueue::storageFailed, this, &PublicationHost::storageFailed);
    m_queue->start();
}

void PublicationHost::stopInWorker()
{
    ++m_generation;
    m_queue.reset();
    // The worker's SQL connection belongs to this thread, which ends now.
    m_database.closeConnection();
}

} // namespace Leitstand
