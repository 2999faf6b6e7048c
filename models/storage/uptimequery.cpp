#include "storage/uptimequery.h"

#include "storage/database.h"
#include "storage/rollup.h"

#include <QList>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

struct TimedState
{
    qint64 second = 0;
    EndpointState state = EndpointState::Unknown;
};

// The seconds of [start, end) that each state covers, from the raw samples.
std::expected<StateSeconds, QString> rawSeconds(QSqlDatabase &db, qint64 id, qint64 hold, qint64 start, qint64 end)
{
    QList<TimedState> samples;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT t, code FROM samples WHERE endpoint_id = ? AND t < ? ORDER BY t DESC LIMIT 1"_s);
    query.bindValue(0, id);
    query.bindValue(1, start);
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    if (query.next())
        samples.append({query.value(0).toLongLong(), Sample::stateOfCode(query.value(1).toLongLong())});

    query.prepare(u"SELECT t, code FROM samples WHERE endpoint_id = ? AND t >= ? AND t < ? ORDER BY t"_s);
    query.bindValue(0, id);
    query.bindValue(1, start);
    query.bindValue(2, end);
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    while (query.next())
        samples.append({query.value(0).toLongLong(), Sample::stateOfCode(query.value(1).toLongLong())});

    query.prepare(u"SELECT t FROM samples WHERE endpoint_id = ? AND t >= ? ORDER BY t LIMIT 1"_s);
    query.bindValue(0, id);
    query.bindValue(1, end);
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    const std::optional<qint64> next = query.next() ? std::optional(query.value(0).toLongLong()) : std::nullopt;

    StateSeconds seconds;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const TimedState &sample = samples.at(i);
        qint64 stop = sample.second + hold;
        if (i + 1 < samples.size())
            stop = std::min(stop, samples.at(i + 1).second);
        else if (next)
            stop = std::min(stop, *next);
        const qint64 from = std::max(sample.second, start);
        const qint64 to = std::min(stop, end);
        if (to > from)
            seconds.add(sample.state, to - from);
    }
    return seconds;
}

std::expected<StateSeconds, QString> rollupSeconds(
    QSqlDatabase &db, RollupPeriod period, qint64 id, qint64 start, qint64 end)
{
    StateSeconds seconds;
    if (start >= end)
        return seconds;
    QSqlQuery query(db);
    query.prepare(u"SELECT SUM(up_s), SUM(degraded_s), SUM(down_s), SUM(maintenance_s) FROM %1 "
                  "WHERE endpoint_id = ? AND bucket >= ? AND bucket < ?"_s.arg(rollupTable(period)));
    query.bindValue(0, id);
    query.bindValue(1, start);
    query.bindValue(2, end);
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    if (query.next()) {
        seconds.up = query.value(0).toLongLong();
        seconds.degraded = query.value(1).toLongLong();
        seconds.down = query.value(2).toLongLong();
        seconds.maintenance = query.value(3).toLongLong();
    }
    return seconds;
}

} // namespace

std::optional<double> UptimeSummary::availability() const
{
    const qint64 measured = seconds.up + seconds.degraded + seconds.down;
    if (measured == 0)
        return std::nullopt;
    return double(seconds.up + seconds.degraded) / double(measured);
}

UptimeQuery::UptimeQuery(const Database &database)
    : m_database(database)
{
}

std::expected<UptimeSummary, QString> UptimeQuery::uptime(
    qint64 endpointId, const QDateTime &from, const QDateTime &to) const
{
    const auto fail = [](const QString &reason) {
        return std::unexpected(tr("Cannot compute the uptime: %1").arg(reason));
    };
    const qint64 start = from.toSecsSinceEpoch();
    const qint64 end = std::max(start, to.toSecsSinceEpoch());
    UptimeSummary summary {
        .from = QDateTime::fromSecsSinceEpoch(start, QTimeZone::UTC),
        .to = QDateTime::fromSecsSinceEpoch(end, QTimeZone::UTC),
        .seconds = {},
    };

    QSqlDatabase db = m_database.connection();
    // One read transaction, so that the sample writer cannot commit between the parts.
    if (!db.transaction())
        return fail(db.lastError().text());
    const auto finish = qScopeGuard([&db] { db.rollback(); });

    qint64 hold = 0;
    std::optional<TimedState> latest;
    {
        QSqlQuery query(db);
        query.prepare(u"SELECT e.interval_ms, s.last_result_ms, s.state FROM endpoints e "
                      "LEFT JOIN endpoint_status s ON s.endpoint_id = e.id WHERE e.id = ?"_s);
        query.bindValue(0, endpointId);
        if (!query.exec())
            return fail(sqlErrorMessage(query));
        if (!query.next())
            return std::unexpected(tr("There is no endpoint with id %1.").arg(endpointId));
        hold = sampleHoldSeconds(query.value(0).toLongLong());
        if (!query.value(1).isNull())
            latest
                = TimedState {floorTo(query.value(1).toLongLong(), 1000) / 1000, EndpointState(query.value(2).toInt())};
    }

    // [start, firstMinute) and [lastMinute, end) from raw samples, the rest from rollups: whole
    // hours from the hour table, the minutes around them from the minute table.
    const qint64 firstMinute = std::min(ceilTo(start, 60), end);
    const qint64 lastMinute = std::max(floorTo(end, 60), firstMinute);
    std::array<std::expected<StateSeconds, QString>, 4> parts {
        rawSeconds(db, endpointId, hold, start, firstMinute),
        rawSeconds(db, endpointId, hold, lastMinute, end),
        StateSeconds {},
        StateSeconds {},
    };
    const qint64 firstHour = std::min(ceilTo(firstMinute, 3600), lastMinute);
    const qint64 lastHour = std::max(floorTo(lastMinute, 3600), firstHour);
    parts[2] = rollupSeconds(db, RollupPeriod::Hour, endpointId, firstHour, lastHour);
    if (parts[2]) {
        auto before = rollupSeconds(db, RollupPeriod::Minute, endpointId, firstMinute, firstHour);
        auto after = rollupSeconds(db, RollupPeriod::Minute, endpointId, lastHour, lastMinute);
        if (!before)
            parts[3] = before;
        else if (!after)
            parts[3] = after;
        else
            parts[3] = *before += *after;
    }
    for (const auto &part : parts) {
        if (!part)
            return fail(part.error());
        summary.seconds += *part;
    }

    // The rollups hold every segment that a later sample closed; the latest sample's is still open.
    if (latest) {
        const qint64 openFrom = std::max(latest->second, firstMinute);
        const qint64 openTo = std::min(latest->second + hold, lastMinute);
        if (openTo > openFrom)
            summary.seconds.add(latest->state, openTo - openFrom);
    }
    // Everything not covered by a sample's state: before the first sample, silences, the future.
    summary.seconds.unknown = 0;
    summary.seconds.unknown = (end - start) - summary.seconds.total();
    return summary;
}

} // namespace Leitstand
