#include "storage/databasewatcher.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

const QString channel = u"leitstand"_s;

DatabaseWatcher::Topics topicOf(const QString &payload)
{
    using Topic = DatabaseWatcher::Topic;
    if (payload == "results"_L1)
        return Topic::Results;
    if (payload == "incidents"_L1)
        return Topic::Incidents;
    if (payload == "notices"_L1)
        return Topic::Notices;
    if (payload == "endpoints"_L1)
        return Topic::Endpoints;
    if (payload == "catalog"_L1)
        return Topic::Catalog;
    // From a newer Leitstand: reading everything again is always right.
    return DatabaseWatcher::everything;
}

} // namespace

DatabaseWatcher::DatabaseWatcher(const Database &database, std::chrono::milliseconds healthInterval, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<Leitstand::DatabaseWatcher::Topics>();
    m_health.setInterval(healthInterval);
    connect(&m_health, &QTimer::timeout, this, &DatabaseWatcher::checkHealth);
    // Long enough to gather the notifications of one batch of results, short against the second
    // within which a console is to show them.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, [this] { Q_EMIT changed(std::exchange(m_pending, {})); });
}

DatabaseWatcher::~DatabaseWatcher() = default;

void DatabaseWatcher::start()
{
    if (!m_database.location().isShared())
        return;
    QString error;
    m_connected = listen(&error);
    if (!m_connected)
        Q_EMIT connectionLost(error);
    m_health.start();
}

bool DatabaseWatcher::listen(QString *error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlDriver *driver = db.driver();
    connect(driver, &QSqlDriver::notification, this, &DatabaseWatcher::onNotification, Qt::UniqueConnection);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel)) {
        *error = driver->lastError().text();
        return false;
    }
    return true;
}

void DatabaseWatcher::checkHealth()
{
    QString error;
    bool healthy = false;
    {
        QSqlDatabase db = m_database.connection();
        QSqlQuery probe(db);
        healthy = db.isOpen() && probe.exec(u"SELECT 1"_s);
        if (!healthy)
            error = db.isOpen() ? probe.lastError().text() : db.lastError().text();
    }
    if (healthy && m_connected)
        return;
    if (!healthy) {
        // A dead connection does not come back by itself, and its subscription with it: the next
        // attempt opens a new one and listens again.
        m_database.closeConnection();
        if (m_connected) {
            m_connected = false;
            Q_EMIT connectionLost(error.trimmed());
        }
        return;
    }
    if (!listen(&error)) {
        m_database.closeConnection();
        return;
    }
    m_connected = true;
    Q_EMIT connectionRestored();
    m_pending = everything;
    m_coalesce.start();
}

void DatabaseWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != channel)
        return;
    m_pending |= topicOf(payload.toString());
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

} // namespace Leitstand
