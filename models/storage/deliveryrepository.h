#pragma once

#include "incidents/incident.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <expected>
#include <optional>

namespace Leitstand {

class Database;

// One message to a team about one incident event, kept until the receiver accepted it: the team
// notifications' outbox and their log at once.
struct NotificationDelivery
{
    // Stored: never renumber.
    // No underlying type given: lupdate loses the namespace after `enum class X : T`.
    enum class State {
        Pending = 0, // waiting for its (next) attempt
        Delivered = 1,
        Failed = 2, // every attempt failed; shown, never dropped
    };

    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 teamId = 0;
    IncidentEvent::Kind eventKind = IncidentEvent::Kind::Opened;
    QString channel; // TeamChannel::kindName()
    // The request as rendered when the event happened (method, URL, secret key, body), so that a
    // later change of the team's channel does not change what an old event said or where.
    QByteArray request;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC
    QString lastError;
    QDateTime createdAt;
    QDateTime deliveredAt;
};

class DeliveryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::DeliveryRepository)

public:
    explicit DeliveryRepository(const Database &database);

    // Stores a new pending delivery; returns its id.
    std::expected<qint64, QString> enqueue(const NotificationDelivery &delivery);
    // Pending deliveries whose attempt is due at now, oldest first.
    std::expected<QList<NotificationDelivery>, QString> due(const QDateTime &now, int limit) const;
    // When the next pending delivery is due, if any is pending, leaving out those in excluding
    // (those being sent right now).
    std::expected<std::optional<QDateTime>, QString> nextDue(const QSet<qint64> &excluding = {}) const;
    std::expected<void, QString> markDelivered(qint64 id, int attempts, const QDateTime &at);
    // Another attempt at nextAttemptAt, or, without one, Failed for good.
    std::expected<void, QString> markAttemptFailed(
        qint64 id, int attempts, const QString &error, const std::optional<QDateTime> &nextAttemptAt);
    // A Failed delivery back to Pending, due at now, its attempts and last error kept: one more
    // attempt, asked for by a person. Returns the delivery as it is now, or std::nullopt if it is
    // not (or no longer) Failed.
    std::expected<std::optional<NotificationDelivery>, QString> retry(qint64 id, const QDateTime &now);
    // Oldest first.
    std::expected<QList<NotificationDelivery>, QString> forIncident(qint64 incidentId) const;

private:
    const Database &m_database;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::NotificationDelivery)
