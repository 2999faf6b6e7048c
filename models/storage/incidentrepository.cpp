#include "storage/incidentrepository.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// A null QString binds as NULL; the text columns are NOT NULL with '' for nothing.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::UTC);
}

// Sorted, so that an unchanged set is written as the same text.
QString idsToJson(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::ranges::sort(sorted);
    QJsonArray array;
    for (const qint64 id : std::as_const(sorted))
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QSet<qint64> idsFromJson(const QString &text)
{
    QSet<qint64> ids;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array)
        ids.insert(qint64(value.toDouble()));
    return ids;
}

const QString incidentColumns = u"id, service_id, title, severity, state, automatic, team_id, cause_service_id, "
                                "opened_ms, acknowledged_ms, acknowledged_by, resolved_ms, affected, down, "
                                "all_up_since_ms"_s;

Incident incidentFrom(const QSqlQuery &query)
{
    Incident incident;
    incident.id = query.value(0).toLongLong();
    incident.serviceId = query.value(1).toLongLong();
    incident.title = query.value(2).toString();
    incident.severity = IncidentSeverity(std::clamp(query.value(3).toInt(), 0, 2));
    incident.state = IncidentState(std::clamp(query.value(4).toInt(), 0, 3));
    incident.automatic = query.value(5).toBool();
    incident.teamId = query.value(6).toLongLong();
    if (!query.value(7).isNull())
        incident.likelyCauseServiceId = query.value(7).toLongLong();
    incident.openedAt = timeOf(query.value(8));
    incident.acknowledgedAt = timeOf(query.value(9));
    incident.acknowledgedBy = query.value(10).toString();
    incident.resolvedAt = timeOf(query.value(11));
    incident.affectedEndpoints = idsFromJson(query.value(12).toString());
    incident.downEndpoints = idsFromJson(query.value(13).toString());
    incident.allUpSince = timeOf(query.value(14));
    return incident;
}

std::expected<void, QString> writeIncident(QSqlDatabase &db, const Incident &incident)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO incidents (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET title = excluded.title, severity = excluded.severity, "
                  "state = excluded.state, team_id = excluded.team_id, cause_service_id = excluded.cause_service_id, "
                  "acknowledged_ms = excluded.acknowledged_ms, acknowledged_by = excluded.acknowledged_by, "
                  "resolved_ms = excluded.resolved_ms, affected = excluded.affected, down = excluded.down, "
                  "all_up_since_ms = excluded.all_up_since_ms"_s.arg(incidentColumns));
    query.addBindValue(incident.id);
    query.addBindValue(incident.serviceId);
    query.addBindValue(text(incident.title));
    query.addBindValue(int(incident.severity));
    query.addBindValue(int(incident.state));
    query.addBindValue(incident.automatic ? 1 : 0);
    query.addBindValue(idOrNull(incident.teamId));
    query.addBindValue(idOrNull(incident.likelyCauseServiceId.value_or(0)));
    query.addBindValue(incident.openedAt.toMSecsSinceEpoch());
    query.addBindValue(msOrNull(incident.acknowledgedAt));
    query.addBindValue(text(incident.acknowledgedBy));
    query.addBindValue(msOrNull(incident.resolvedAt));
    query.addBindValue(idsToJson(incident.affectedEndpoints));
    query.addBindValue(idsToJson(incident.downEndpoints));
    query.addBindValue(msOrNull(incident.allUpSince));
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    return {};
}

std::expected<void, QString> writeEvent(QSqlQuery &query, qint64 incidentId, const IncidentEvent &event)
{
    query.addBindValue(incidentId);
    query.addBindValue(event.at.toMSecsSinceEpoch());
    query.addBindValue(int(event.kind));
    query.addBindValue(text(event.actor));
    query.addBindValue(text(event.text));
    query.addBindValue(int(event.state));
    query.addBindValue(int(event.severity));
    query.addBindValue(idOrNull(event.teamId));
    query.addBindValue(idOrNull(event.endpointId));
    query.addBindValue(
        event.endpointId != 0 ? QVariant(int(event.endpointState)) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(idOrNull(event.serviceId));
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    return {};
}

IncidentEvent eventFrom(const QSqlQuery &query)
{
    IncidentEvent event;
    event.at = timeOf(query.value(0));
    event.kind = IncidentEvent::Kind(query.value(1).toInt());
    event.actor = query.value(2).toString();
    event.text = query.value(3).toString();
    event.state = IncidentState(std::clamp(query.value(4).toInt(), 0, 3));
    event.severity = IncidentSeverity(std::clamp(query.value(5).toInt(), 0, 2));
    event.teamId = query.value(6).toLongLong();
    event.endpointId = query.value(7).toLongLong();
    event.endpointState = EndpointState(query.value(8).toInt());
    event.serviceId = query.value(9).toLongLong();
    return event;
}

} // namespace

IncidentRepository::IncidentRepository(const Database &database)
    : m_database(database)
{
}

std::expected<void, QString> IncidentRepository::apply(const QList<IncidentChange> &changes)
{
    if (changes.isEmpty())
        return {};
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return std::unexpected(tr("Cannot store the incidents: %1").arg(transaction.error()));
    QSqlQuery events(db);
    events.prepare(u"INSERT INTO incident_events (incident_id, at_ms, kind, actor, text, state, severity, team_id, "
                   "endpoint_id, endpoint_state, service_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const IncidentChange &change : changes) {
        if (const auto written = writeIncident(db, change.incident); !written)
            return std::unexpected(tr("Cannot store incident %1: %2").arg(change.incidentId).arg(written.error()));
        for (const IncidentEvent &event : change.events) {
            if (const auto written = writeEvent(events, change.incidentId, event); !written)
                return std::unexpected(tr("Cannot store incident %1: %2").arg(change.incidentId).arg(written.error()));
        }
    }
    if (const auto committed = transaction.commit(); !committed)
        return std::unexpected(tr("Cannot store the incidents: %1").arg(committed.error()));
    return {};
}

std::expected<IncidentRepository::WorkingSet, QString> IncidentRepository::workingSet(
    const QDateTime &now, std::chrono::seconds holdTime) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT %1 FROM incidents WHERE resolved_ms IS NULL OR resolved_ms > ? ORDER BY id"_s.arg(incidentColumns));
    query.addBindValue(now.addSecs(-holdTime.count()).toMSecsSinceEpoch());
    if (!query.exec())
        return std::unexpected(tr("Cannot read the incidents: %1").arg(sqlErrorMessage(query)));
    WorkingSet set;
    while (query.next())
        set.incidents.append(incidentFrom(query));
    for (Incident &incident : set.incidents) {
        auto events = timeline(incident.id);
        if (!events)
            return std::unexpected(events.error());
        incident.timeline = std::move(*events);
    }
    QSqlQuery next(m_database.connection());
    if (!next.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM incidents"_s) || !next.next())
        return std::unexpected(tr("Cannot read the incidents: %1").arg(sqlErrorMessage(next)));
    set.nextId = next.value(0).toLongLong();
    return set;
}

std::expected<QList<Incident>, QString> IncidentRepository::list(const IncidentFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.openOnly)
        conditions.append(u"resolved_ms IS NULL"_s);
    if (filter.openedFrom.isValid()) {
        conditions.append(u"opened_ms >= ?"_s);
        values.append(filter.openedFrom.toMSecsSinceEpoch());
    }
    if (filter.openedBefore.isValid()) {
        conditions.append(u"opened_ms < ?"_s);
        values.append(filter.openedBefore.toMSecsSinceEpoch());
    }
    if (filter.serviceId) {
        conditions.append(u"service_id = ?"_s);
        values.append(*filter.serviceId);
    }
    QString sql = u"SELECT %1 FROM incidents"_s.arg(incidentColumns);
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY opened_ms DESC, id DESC"_s;
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(tr("Cannot read the incidents: %1").arg(sqlErrorMessage(query)));
    QList<Incident> incidents;
    while (query.next())
        incidents.append(incidentFrom(query));
    return incidents;
}

std::expected<std::optional<Incident>, QString> IncidentRepository::byId(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM incidents WHERE id = ?"_s.arg(incidentColumns));
    query.addBindValue(id);
    if (!query.exec())
        return std::unexpected(tr("Cannot read the incidents: %1").arg(sqlErrorMessage(query)));
    if (!query.next())
        return std::optional<Incident>();
    Incident incident = incidentFrom(query);
    auto events = timeline(id);
    if (!events)
        return std::unexpected(events.error());
    incident.timeline = std::move(*events);
    return incident;
}

std::expected<QList<IncidentEvent>, QString> IncidentRepository::timeline(qint64 incidentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT at_ms, kind, actor, text, state, severity, team_id, endpoint_id, endpoint_state, service_id "
                  "FROM incident_events WHERE incident_id = ? ORDER BY id"_s);
    query.addBindValue(incidentId);
    if (!query.exec())
        return std::unexpected(
            tr("Cannot read the timeline of incident %1: %2").arg(incidentId).arg(sqlErrorMessage(query)));
    QList<IncidentEvent> events;
    while (query.next())
        events.append(eventFrom(query));
    return events;
}

} // namespace Leitstand
