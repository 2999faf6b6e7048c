#include "feed/publicationqueue.h"

#include "core/secretstore.h"
#include "feed/feedpublisher.h"
#include "storage/database.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Far enough ahead to mean "every pending publication, due or not".
constexpr qint64 everythingPendingDays = qint64(365) * 100;
// A QTimer takes an int of milliseconds; nothing waits longer than the longest backoff anyway.
constexpr qint64 maximumSleepMs = qint64(15) * 60 * 1000;

} // namespace

PublicationQueue::PublicationQueue(const Database &database, FeedServer server, AtomFeedSite site, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_server(std::move(server))
    , m_site(std::move(site))
    , m_backoff(&PublicationQueue::defaultBackoff)
    , m_secrets(std::make_unique<SecretStore>())
{
    m_secretLoader = [this](std::function<void(std::expected<QString, QString>)> done) {
        if (m_server.authentication == FeedServer::Authentication::None) {
            done(QString());
            return;
        }
        m_secrets->read(FeedServer::secretKey(),
            [done = std::move(done)](
                const std::expected<std::optional<QString>, QString> &read) { done(secretFrom(read)); });
    };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublicationQueue::runDue);
}

PublicationQueue::~PublicationQueue() = default;

void PublicationQueue::setSecretLoader(SecretLoader loader)
{
    m_secretLoader = std::move(loader);
}

std::expected<QString, QString> PublicationQueue::secretFrom(const std::expected<std::optional<QString>, QString> &read)
{
    if (!read)
        return std::unexpected(read.error());
    if (!*read) {
        return std::unexpected(
            tr("No password or token for the feed server is stored; set it with leitstand secret set %1.")
                .arg(FeedServer::secretKey()));
    }
    return **read;
}

void PublicationQueue::setServicesProvider(ServicesProvider provider)
{
    m_services = std::move(provider);
}

void PublicationQueue::setBackoff(Backoff backoff)
{
    m_backoff = std::move(backoff);
}

std::chrono::milliseconds PublicationQueue::defaultBackoff(int attempts)
{
    using namespace std::chrono_literals;
    constexpr std::array<std::chrono::milliseconds, 8> waits {5s, 15s, 30s, 60s, 2min, 5min, 10min, 15min};
    return waits.at(std::clamp<std::size_t>(std::size_t(std::max(attempts, 1)) - 1, 0, waits.size() - 1));
}

void PublicationQueue::start()
{
    runDue();
}

void PublicationQueue::wake() // NOLINT(readability-make-member-function-const)
{
    if (!m_publishing)
        QTimer::singleShot(0, this, &PublicationQueue::runDue);
}

void PublicationQueue::runDue()
{
    if (m_publishing)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    NoticeRepository repository(m_database);
    const auto due = repository.due(now);
    if (!due) {
        Q_EMIT storageFailed(due.error());
        m_timer.start(std::chrono::milliseconds(maximumSleepMs));
        return;
    }
    if (due->isEmpty()) {
        armTimer();
        return;
    }
    // The feed is one document: publishing it brings every pending publication online, also those
    // waiting for their next attempt.
    const auto pending = repository.due(now.addDays(everythingPendingDays));
    if (!pending) {
        Q_EMIT storageFailed(pending.error());
        return;
    }
    m_inFlight = *pending;
    m_publishing = true;
    m_secretLoader([this](std::expected<QString, QString> secret) {
        if (!secret) {
            FeedPublicationResult result;
            result.error = secret.error();
            finish(result);
            return;
        }
        publish(*secret);
    });
}

void PublicationQueue::publish(const QString &secret)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto content = NoticeRepository(m_database).feedContent(now);
    if (!content) {
        FeedPublicationResult result;
        result.error = content.error();
        finish(result);
        return;
    }
    if (m_services)
        content->services = m_services();
    FeedServer server = m_server;
    server.secret = secret;
    m_publisher.reset();
    m_client = std::make_unique<WebDavClient>(server);
    m_publisher = std::make_unique<FeedPublisher>(*m_client);
    connect(m_publisher.get(), &FeedPublisher::finished, this, &PublicationQueue::finish, Qt::QueuedConnection);
    m_publisher->publish(*content, m_site);
}

void PublicationQueue::finish(const FeedPublicationResult &result)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    NoticeRepository repository(m_database);
    std::expected<void, QString> recorded;
    if (result.published) {
        recorded = repository.markPublished(m_inFlight, result.serverAnswer, now);
    } else {
        int attempts = 0;
        for (const NoticePublication &publication : std::as_const(m_inFlight))
            attempts = std::max(attempts, publication.attempts + 1);
        const QDateTime next = now.addMSecs(m_backoff(attempts).count());
        recorded = repository.markFailed(m_inFlight, result.error, now, next);
        Q_EMIT attemptFailed(result.error);
    }
    if (!recorded)
        Q_EMIT storageFailed(recorded.error());
    m_inFlight.clear();
    m_publishing = false;
    Q_EMIT publicationsChanged();
    armTimer();
}

void PublicationQueue::armTimer()
{
    const auto next = NoticeRepository(m_database).nextDue();
    if (!next) {
        Q_EMIT storageFailed(next.error());
        m_timer.start(std::chrono::milliseconds(maximumSleepMs));
        return;
    }
    if (!*next) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(**next), 0, maximumSleepMs);
    m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace Leitstand
