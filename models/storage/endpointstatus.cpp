#include "storage/endpointstatus.h"

#include "storage/database.h"

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
    QString statement = u"SELECT endpoint_id, state, since_ms, last_result_ms, error, last_error, last_error_ms, "
                        "last_error_detail FROM endpoint_status"_s;
    if (endpointId)
        statement += u" WHERE endpoint_id = ?"_s;
    query.prepare(statement + u" ORDER BY endpoint_id"_s);
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
        };
        if (status.lastError != CheckError::Ok)
            status.lastErrorAt = time(query.value(6));
        statuses.append(status);
    }
    return statuses;
}

} // namespace Leitstand
