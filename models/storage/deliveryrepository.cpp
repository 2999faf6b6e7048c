#include "storage/deliveryrepository.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

const QString columns = u"id, incident_id, team_id, event_kind, channel, payload, state, attempts, next_attempt_ms, "
                        "last_error, created_ms, delivered_ms"_s;

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::UTC);
}

NotificationDelivery deliveryFrom(const QSqlQuery &query)
{
    NotificationDelivery delivery;
    delivery.id = query.value(0).toLongLong();
    delivery.incidentId = query.value(1).toLongLong();
    delivery.teamId = query.value(2).toLongLong();
    delivery.eventKind = IncidentEvent::Kind(query.value(3).toInt());
    delivery.channel = query.value(4).toString();
    delivery.request = query.value(5).toString().toUtf8();
    delivery.state = NotificationDelivery::State(query.value(6).toInt());
    delivery.attempts = query.value(7).toInt();
    delivery.nextAttemptAt = timeOf(query.value(8));
    delivery.lastError = query.value(9).toString();
    delivery.createdAt = timeOf(query.value(10));
    delivery.deliveredAt = timeOf(query.value(11));
    return delivery;
}

// Every reading query selects `columns`; prepared and bound by the caller.
std::expected<QList<NotificationDelivery>, QString> readAll(QSqlQuery &query)
{
    if (!query.exec())
        return std::unexpected(
            DeliveryRepository::tr("Cannot read the team notifications: %1").arg(sqlErrorMessage(query)));
    QList<NotificationDelivery> deliveries;
    while (query.next())
        deliveries.append(deliveryFrom(query));
    return deliveries;
}

} // namespace

DeliveryRepository::DeliveryRepository(const Database &database)
    : m_database(database)
{
}

std::expected<qint64, QString> DeliveryRepository::enqueue(const NotificationDelivery &delivery)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO notification_deliveries (incident_id, team_id, event_kind, channel, payload, state, "
                  "attempts, next_attempt_ms, last_error, created_ms) VALUES (?, ?, ?, ?, ?, 0, 0, ?, '', ?) "
                  "RETURNING id"_s);
    query.addBindValue(delivery.incidentId);
    query.addBindValue(delivery.teamId != 0 ? QVariant(delivery.teamId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(int(delivery.eventKind));
    query.addBindValue(delivery.channel);
    query.addBindValue(QString::fromUtf8(delivery.request));
    query.addBindValue(delivery.nextAttemptAt.toMSecsSinceEpoch());
    query.addBindValue(delivery.createdAt.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return std::unexpected(tr("Cannot store a team notification: %1").arg(sqlErrorMessage(query)));
    return query.value(0).toLongLong();
}

std::expected<QList<NotificationDelivery>, QString> DeliveryRepository::due(const QDateTime &now, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM notification_deliveries WHERE state = 0 AND next_attempt_ms <= ? "
                  "ORDER BY next_attempt_ms, id LIMIT ?"_s.arg(columns));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    return readAll(query);
}

std::expected<std::optional<QDateTime>, QString> DeliveryRepository::nextDue(const QSet<qint64> &excluding) const
{
    QString sql = u"SELECT MIN(next_attempt_ms) FROM notification_deliveries WHERE state = 0"_s;
    if (!excluding.isEmpty()) {
        QStringList ids;
        for (const qint64 id : excluding)
            ids.append(QString::number(id));
        sql += u" AND id NOT IN (%1)"_s.arg(ids.join(u','));
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(sql) || !query.next())
        return std::unexpected(tr("Cannot read the team notifications: %1").arg(sqlErrorMessage(query)));
    if (query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(timeOf(query.value(0)));
}

std::expected<void, QString> DeliveryRepository::markDelivered(qint64 id, int attempts, const QDateTime &at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE notification_deliveries SET state = 1, attempts = ?, last_error = '', delivered_ms = ? "
                  "WHERE id = ?"_s);
    query.addBindValue(attempts);
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(tr("Cannot store a team notification: %1").arg(sqlErrorMessage(query)));
    return {};
}

std::expected<void, QString> DeliveryRepository::markAttemptFailed(
    qint64 id, int attempts, const QString &error, const std::optional<QDateTime> &nextAttemptAt)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"UPDATE notification_deliveries SET state = ?, attempts = ?, last_error = ?, "
                  "next_attempt_ms = COALESCE(?, next_attempt_ms) WHERE id = ?"_s);
    query.addBindValue(nextAttemptAt ? 0 : 2);
    query.addBindValue(attempts);
    query.addBindValue(error.isNull() ? u""_s : error);
    query.addBindValue(
        nextAttemptAt ? QVariant(nextAttemptAt->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(tr("Cannot store a team notification: %1").arg(sqlErrorMessage(query)));
    return {};
}

std::expected<std::optional<NotificationDelivery>, QString> DeliveryRepository::retry(qint64 id, const QDateTime &now)
{
    QSqlQuery update(m_database.connection());
    update.prepare(u"UPDATE notification_deliveries SET state = 0, next_attempt_ms = ? WHERE id = ? AND state = 2"_s);
    update.addBindValue(now.toMSecsSinceEpoch());
    update.addBindValue(id);
    if (!update.exec())
        return std::unexpected(tr("Cannot store a team notification: %1").arg(sqlErrorMessage(update)));
    if (update.numRowsAffected() != 1)
        return std::optional<NotificationDelivery>();
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM notification_deliveries WHERE id = ?"_s.arg(columns));
    query.addBindValue(id);
    const auto read = readAll(query);
    if (!read)
        return std::unexpected(read.error());
    return read->isEmpty() ? std::optional<NotificationDelivery>() : std::optional(read->constFirst());
}

std::expected<QList<NotificationDelivery>, QString> DeliveryRepository::forIncident(qint64 incidentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM notification_deliveries WHERE incident_id = ? ORDER BY id"_s.arg(columns));
    query.addBindValue(incidentId);
    return readAll(query);
}

} // namespace Leitstand
