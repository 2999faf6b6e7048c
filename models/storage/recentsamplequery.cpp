#include "storage/recentsamplequery.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

RecentSampleQuery::RecentSampleQuery(const Database &database)
    : m_database(database)
{
}

std::expected<QList<Sample>, QString> RecentSampleQuery::latest(qint64 endpointId, int limit) const
{
    return select(u"SELECT t, latency_ms, code FROM samples WHERE endpoint_id = ? AND t >= ? ORDER BY t DESC LIMIT ?"_s,
        endpointId, 0, limit);
}

std::expected<QList<Sample>, QString> RecentSampleQuery::failures(
    qint64 endpointId, const QDateTime &since, int limit) const
{
    // code >= 8 is every code with an error (Sample::encodeCode keeps the state in the low 3 bits).
    return select(u"SELECT t, latency_ms, code FROM samples WHERE endpoint_id = ? AND t >= ? AND code >= 8 "
                  "ORDER BY t DESC LIMIT ?"_s,
        endpointId, since.toSecsSinceEpoch(), limit);
}

std::expected<QList<Sample>, QString> RecentSampleQuery::select(
    const QString &sql, qint64 endpointId, qint64 sinceSeconds, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(0, endpointId);
    query.bindValue(1, sinceSeconds);
    query.bindValue(2, limit);
    if (!query.exec())
        return std::unexpected(tr("Cannot read the latest results: %1").arg(sqlErrorMessage(query)));
    QList<Sample> samples;
    while (query.next()) {
        const qint64 code = query.value(2).toLongLong();
        samples.append(Sample {.endpointId = endpointId,
            .timeMs = query.value(0).toLongLong() * 1000,
            .latencyMs = query.value(1).toInt(),
            .state = Sample::stateOfCode(code),
            .error = Sample::errorOfCode(code),
            .detail = {}});
    }
    return samples;
}

} // namespace Leitstand
