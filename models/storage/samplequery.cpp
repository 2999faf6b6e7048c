#include "storage/samplequery.h"

#include "storage/database.h"
#include "storage/rollup.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

EndpointState worstState(const StateSeconds &seconds)
{
    if (seconds.down > 0)
        return EndpointState::Down;
    if (seconds.degraded > 0)
        return EndpointState::Degraded;
    if (seconds.up > 0)
        return EndpointState::Up;
    if (seconds.maintenance > 0)
        return EndpointState::Maintenance;
    return EndpointState::Unknown;
}

} // namespace

SampleQuery::SampleQuery(const Database &database)
    : m_database(database)
{
}

ChartResolution SampleQuery::resolutionFor(qint64 rangeSeconds)
{
    if (rangeSeconds <= qint64(6) * 3600)
        return ChartResolution::Raw;
    if (rangeSeconds <= qint64(7) * 86400)
        return ChartResolution::Minute;
    return ChartResolution::Hour;
}

std::expected<ChartSeries, QString> SampleQuery::series(
    qint64 endpointId, const QDateTime &from, const QDateTime &to) const
{
    return series(endpointId, from, to, resolutionFor(from.secsTo(to)));
}

std::expected<ChartSeries, QString> SampleQuery::series(
    qint64 endpointId, const QDateTime &from, const QDateTime &to, ChartResolution resolution) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (resolution == ChartResolution::Raw) {
        query.prepare(
            u"SELECT t, latency_ms, code FROM samples WHERE endpoint_id = ? AND t >= ? AND t < ? ORDER BY t"_s);
    } else {
        const RollupPeriod period = resolution == ChartResolution::Minute ? RollupPeriod::Minute : RollupPeriod::Hour;
        // The bucket that holds `from` belongs to the range too.
        query.prepare(
            u"SELECT bucket, %1 FROM %2 WHERE endpoint_id = ? AND bucket > ? AND bucket < ? ORDER BY bucket"_s.arg(
                rollupColumns, rollupTable(period)));
    }
    const qint64 start = from.toSecsSinceEpoch();
    query.bindValue(0, endpointId);
    query.bindValue(1,
        resolution == ChartResolution::Raw
            ? start
            : start - rollupSeconds(resolution == ChartResolution::Minute ? RollupPeriod::Minute : RollupPeriod::Hour));
    query.bindValue(2, to.toSecsSinceEpoch());
    if (!query.exec())
        return std::unexpected(tr("Cannot read the chart data: %1").arg(sqlErrorMessage(query)));

    ChartSeries series {.resolution = resolution, .points = {}};
    while (query.next()) {
        ChartPoint point;
        point.time = QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::UTC);
        if (resolution == ChartResolution::Raw) {
            const int latency = query.value(1).toInt();
            point.state = Sample::stateOfCode(query.value(2).toLongLong());
            point.count = 1;
            point.upCount = point.state == EndpointState::Up || point.state == EndpointState::Degraded ? 1 : 0;
            point.minLatencyMs = point.maxLatencyMs = point.p95LatencyMs = latency;
            point.meanLatencyMs = latency;
        } else {
            const Rollup rollup = rollupFromQuery(query, 1);
            point.count = rollup.sampleCount;
            point.upCount = rollup.upCount;
            point.minLatencyMs = rollup.latencyMinMs;
            point.maxLatencyMs = rollup.latencyMaxMs;
            point.meanLatencyMs = rollup.meanLatencyMs();
            point.p95LatencyMs = rollup.p95LatencyMs();
            point.seconds = rollup.seconds;
            point.state = worstState(rollup.seconds);
        }
        series.points.append(point);
    }
    return series;
}

} // namespace Leitstand
