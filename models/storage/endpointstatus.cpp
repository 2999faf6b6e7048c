#include "storage/endpointstatus.h"

#include "storage/database.h"
#include "storage/sample.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

EndpointStatusQuery::EndpointStatusQuery(const Database &database)
    : m_database(database)
{
}

std::expected<QList<EndpointStatus>, QString> EndpointStatusQuery::all() const
{
    return select(std::nullopt);
}

std::expected<std::optional<EndpointStatus>, QString> EndpointStatusQuery::byEndpoint(qint64 endpointId) const
{
    auto statuses = select(endpointId);
    if (!statuses)
        return std::unexpected(statuses.error());
    if (statuses->isEmpty())
        return std::optional<EndpointStatus>();
    return statuses->constFirst();
}

std::expected<QList<EndpointStatus>, QString> EndpointStatusQuery::select(std::optional<qint64> endpointId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The latest sample by its primary key, for the latency of the latest answered check.
    QString statement = u"SELECT e.endpoint_id, e.state, e.since_ms, e.last_result_ms, e.error, e.last_error, "
                        "e.last_error_ms, e.last_error_detail, s.latency_ms, s.code FROM endpoint_status e "
                        "LEFT JOIN samples s ON s.endpoint_id = e.endpoint_id AND s.t = e.last_result_ms / 1000"_s;
    if (endpointId)
        statement += u" WHERE e.endpoint_id = ?"_s;
    query.prepare(statement + u" ORDER BY e.endpoint_id"_s);
    if (endpointId)
        query.bindValue(0, *endpointId);
    if (!query.exec())
        return std::unexpected(tr("Cannot read the endpoint states: %1").arg(sqlErrorMessage(query)));

    const auto time = [](const QVariant &ms) {
        return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::UTC);
    };
    QList<EndpointStatus> statuses;
    while (query.next()) {
        EndpointStatus status {
            .endpointId = query.value(0).toLongLong(),
            .state = EndpointState(query.value(1).toInt()),
            .since = time(query.value(2)),
            .lastResultAt = time(query.value(3)),
            .error = CheckError(query.value(4).toInt()),
            .lastError = CheckError(query.value(5).toInt()),
            .lastErrorAt = {},
            .lastErrorDetail = query.value(7).toString(),
            .latencyMs = {},
        };
        if (status.lastError != CheckError::Ok)
            status.lastErrorAt = time(query.value(6));
        if (!query.value(9).isNull()) {
            const EndpointState answered = Sample::stateOfCode(query.value(9).toLongLong());
            if (answered == EndpointState::Up || answered == EndpointState::Degraded)
                status.latencyMs = query.value(8).toInt();
        }
        statuses.append(status);
    }
    return statuses;
}

} // namespace Leitstand
