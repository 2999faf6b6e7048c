#include "storage/samplestore.h"

#include "storage/database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <array>
#include <ranges>

using namespace Qt::StringLiterals;

namespace Leitstand {

struct SampleStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : revision(db)
        , endpoints(db)
        , selectStatus(db)
        , selectMinute(db)
        , selectHour(db)
    {
        revision.setForwardOnly(true);
        endpoints.setForwardOnly(true);
    }

    QSqlQuery revision;
    QSqlQuery endpoints;
    QSqlQuery selectStatus;
    QSqlQuery selectMinute;
    QSqlQuery selectHour;
    std::unique_ptr<SampleRowWriter> rows;
};

SampleStore::SampleStore(const Database &database, SampleRowPath rowPath)
    : m_database(database)
    , m_rowPath(rowPath)
{
}

SampleStore::~SampleStore() = default;

std::expected<void, QString> SampleStore::prepare()
{
    const QSqlDatabase db = m_database.connection();
    auto statements = std::make_unique<Statements>(db);
    const std::pair<QSqlQuery *, QString> all[] = {
        {&statements->revision, u"SELECT revision FROM endpoints_revision"_s},
        {&statements->endpoints, u"SELECT id, interval_ms FROM endpoints"_s},
        {&statements->selectStatus,
            u"SELECT state, since_ms, last_result_ms, error, last_error, last_error_ms, "
            "last_error_detail FROM endpoint_status WHERE endpoint_id = ?"_s},
        {&statements->selectMinute,
            u"SELECT %1 FROM rollup_minute WHERE endpoint_id = ? AND bucket = ?"_s.arg(rollupColumns)},
        {&statements->selectHour,
            u"SELECT %1 FROM rollup_hour WHERE endpoint_id = ? AND bucket = ?"_s.arg(rollupColumns)},
    };
    for (const auto &[query, sql] : all) {
        if (!query->prepare(sql))
            return std::unexpected(sqlErrorMessage(*query));
    }
    auto rows = SampleRowWriter::create(db, m_rowPath);
    if (!rows)
        return std::unexpected(rows.error());
    statements->rows = std::move(*rows);
    m_statements = std::move(statements);
    return {};
}

// Every change of the endpoints raises their revision (a trigger does), so reading one row tells
// whether the hold times are still those of the table; reading the whole table for every batch
// cost the poller as much as the rest of the bookkeeping. Runs inside the write transaction, so
// that an endpoint removed meanwhile gets no samples and a changed interval applies at once.
std::expected<void, QString> SampleStore::refreshEndpoints()
{
    QSqlQuery &revisionQuery = m_statements->revision;
    if (!revisionQuery.exec() || !revisionQuery.next())
        return std::unexpected(sqlErrorMessage(revisionQuery));
    const qint64 revision = revisionQuery.value(0).toLongLong();
    revisionQuery.finish();
    if (m_endpointsRevision == revision)
        return {};

    m_endpointsRevision.reset();
    m_holdSeconds.clear();
    QSqlQuery &query = m_statements->endpoints;
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    while (query.next())
        m_holdSeconds.insert(query.value(0).toLongLong(), sampleHoldSeconds(query.value(1).toLongLong()));
    if (query.lastError().isValid())
        return std::unexpected(sqlErrorMessage(query));
    query.finish();
    m_contexts.removeIf([&](const auto &entry) { return !m_holdSeconds.contains(entry.key()); });
    m_endpointsRevision = revision;
    return {};
}

std::expected<void, QString> SampleStore::ensurePartitions(const QList<Sample> &samples)
{
    const QString &statement = m_database.dialect().ensureSamplePartition;
    if (statement.isEmpty())
        return {};
    QSqlDatabase db = m_database.connection();
    for (const Sample &sample : samples) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(sample.timeMs, QTimeZone::UTC).date();
        const qint64 month
            = QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
        if (m_partitions.contains(month))
            continue;
        QSqlQuery query(db);
        query.prepare(statement);
        query.addBindValue(month);
        if (!query.exec())
            return std::unexpected(sqlErrorMessage(query));
        m_partitions.insert(month);
    }
    return {};
}

std::expected<SampleStore::Result, QString> SampleStore::write(QList<Sample> samples)
{
    const auto fail = [this](const QString &reason) {
        // What this store remembers of each endpoint may be what failed: another program may have
        // written samples of the same endpoint meanwhile. The next write reads it afresh.
        m_contexts.clear();
        return std::unexpected(tr("Cannot store samples: %1").arg(reason));
    };
    if (const auto partitioned = ensurePartitions(samples); !partitioned)
        return fail(partitioned.error());
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return fail(transaction.error());

    if (!m_statements) {
        if (const auto prepared = prepare(); !prepared)
            return fail(prepared.error());
    }
    if (const auto refreshed = refreshEndpoints(); !refreshed)
        return fail(refreshed.error());
    const QHash<qint64, qint64> &holdSeconds = m_holdSeconds;

    std::ranges::stable_sort(samples, [](const Sample &a, const Sample &b) {
        return std::tie(a.endpointId, a.timeMs) < std::tie(b.endpointId, b.timeMs);
    });

    QSqlQuery &selectStatus = m_statements->selectStatus;
    QSqlQuery &selectMinute = m_statements->selectMinute;
    QSqlQuery &selectHour = m_statements->selectHour;

    // Changes are made to copies and kept only once the transaction committed.
    QHash<qint64, EndpointContext> working;
    RollupRows minuteRows;
    RollupRows hourRows;
    QString error;
    QList<SampleRow> sampleRows;
    sampleRows.reserve(samples.size());

    const auto contextOf = [&](qint64 id) -> EndpointContext * {
        if (auto it = working.find(id); it != working.end())
            return &*it;
        if (auto it = m_contexts.constFind(id); it != m_contexts.constEnd())
            return &*working.insert(id, *it);
        EndpointContext context;
        selectStatus.bindValue(0, id);
        if (!selectStatus.exec()) {
            error = sqlErrorMessage(selectStatus);
            return nullptr;
        }
        if (selectStatus.next()) {
            context.hasLast = true;
            context.state = EndpointState(selectStatus.value(0).toInt());
            context.sinceMs = selectStatus.value(1).toLongLong();
            context.lastResultMs = selectStatus.value(2).toLongLong();
            context.lastSecond = floorTo(context.lastResultMs, 1000) / 1000;
            context.error = CheckError(selectStatus.value(3).toInt());
            context.lastError = CheckError(selectStatus.value(4).toInt());
            context.lastErrorMs = selectStatus.value(5).toLongLong();
            context.lastErrorDetail = selectStatus.value(6).toString();
        }
        selectStatus.finish();
        return &*working.insert(id, context);
    };
    const auto findRow = [&](RollupPeriod period, EndpointContext &context, const RollupKey &key) -> Rollup * {
        RollupRows &rows = period == RollupPeriod::Minute ? minuteRows : hourRows;
        if (auto it = rows.find(key); it != rows.end())
            return &it->second.rollup;
        // Samples come in key order, so a new row goes at the end.
        const auto add = [&rows, &key](const RollupRow &row) {
            return &rows.emplace_hint(rows.end(), key, row)->second.rollup;
        };
        const RollupCache &cache = period == RollupPeriod::Minute ? context.minute : context.hour;
        if (cache.bucket == key.second)
            return add({cache.rollup, true});
        // Buckets after the latest one this store wrote cannot exist yet.
        if (cache.bucket != std::numeric_limits<qint64>::min() && key.second > cache.bucket)
            return add({});
        QSqlQuery &select = period == RollupPeriod::Minute ? selectMinute : selectHour;
        select.bindValue(0, key.first);
        select.bindValue(1, key.second);
        if (!select.exec()) {
            error = sqlErrorMessage(select);
            return nullptr;
        }
        RollupRow row;
        if (select.next())
            row = {rollupFromQuery(select, 0), true};
        select.finish();
        return add(row);
    };
    // Consecutive lookups mostly ask for the same row (a sample and the state segment before it), so
    // the row found last for each period is kept at hand; map nodes do not move.
    std::array<std::pair<RollupKey, Rollup *>, 2> lastRows {};
    const auto rowOf = [&](RollupPeriod period, EndpointContext &context, qint64 id, qint64 second) -> Rollup * {
        const RollupKey key {id, floorTo(second, rollupSeconds(period))};
        auto &[lastKey, lastRow] = lastRows[std::size_t(period)];
        if (!lastRow || lastKey != key) {
            lastRow = findRow(period, context, key);
            lastKey = key;
        }
        return lastRow;
    };
    const auto addSeconds = [&](EndpointContext &context, qint64 id, qint64 start, qint64 end, EndpointState state) {
        for (const RollupPeriod period : {RollupPeriod::Minute, RollupPeriod::Hour}) {
            forEachBucket(start, end, rollupSeconds(period), [&](qint64 bucket, qint64 seconds) {
                if (Rollup *row = rowOf(period, context, id, bucket))
                    row->seconds.add(state, seconds);
            });
        }
    };

    Result result;
    for (const Sample &sample : std::as_const(samples)) {
        const auto hold = holdSeconds.constFind(sample.endpointId);
        if (hold == holdSeconds.constEnd()) {
            ++result.rejected;
            continue;
        }
        EndpointContext *context = contextOf(sample.endpointId);
        if (!context)
            return fail(error);
        const qint64 second = floorTo(sample.timeMs, 1000) / 1000;
        if (context->hasLast && second <= context->lastSecond) {
            ++result.rejected;
            continue;
        }
        sampleRows.append({.endpointId = sample.endpointId,
            .second = second,
            .latencyMs = std::max(0, sample.latencyMs),
            .code = Sample::encodeCode(sample.state, sample.error)});

        if (context->hasLast) {
            const qint64 stateEnd = std::min(second, context->lastSecond + *hold);
            // A silence after stateEnd is not stored: after days of it that would be a row for
            // every minute. Time that no sample covers is unknown, and the queries count it so.
            addSeconds(*context, sample.endpointId, context->lastSecond, stateEnd, context->state);
        }
        for (const RollupPeriod period : {RollupPeriod::Minute, RollupPeriod::Hour}) {
            if (Rollup *row = rowOf(period, *context, sample.endpointId, second))
                row->addSample(sample.state, sample.latencyMs);
        }
        if (!error.isEmpty())
            return fail(error);

        if (!context->hasLast || context->state != sample.state)
            context->sinceMs = sample.timeMs;
        context->hasLast = true;
        context->state = sample.state;
        context->lastSecond = second;
        context->lastResultMs = sample.timeMs;
        context->error = sample.error;
        if (sample.error != CheckError::Ok) {
            context->lastError = sample.error;
            context->lastErrorMs = sample.timeMs;
            context->lastErrorDetail = sample.detail;
        }
        ++result.written;
    }

    SampleRowWriter &rowWriter = *m_statements->rows;
    if (const auto inserted = rowWriter.insertSamples(sampleRows); !inserted)
        return fail(inserted.error());

    for (const RollupPeriod period : {RollupPeriod::Minute, RollupPeriod::Hour}) {
        const RollupRows &rows = period == RollupPeriod::Minute ? minuteRows : hourRows;
        if (const auto written = rowWriter.writeRollups(period, rows); !written)
            return fail(written.error());
        for (const auto &[key, row] : rows) {
            // Rows come in key order, so each endpoint's cache ends with its latest bucket.
            RollupCache &cache = period == RollupPeriod::Minute ? working[key.first].minute : working[key.first].hour;
            if (key.second >= cache.bucket)
                cache = {key.second, row.rollup};
        }
    }

    QList<StatusRow> statusRows;
    statusRows.reserve(working.size());
    for (auto it = working.cbegin(); it != working.cend(); ++it) {
        if (it->hasLast) {
            statusRows.append({.endpointId = it.key(),
                .state = it->state,
                .sinceMs = it->sinceMs,
                .lastResultMs = it->lastResultMs,
                .error = it->error,
                .lastError = it->lastError,
                .lastErrorMs = it->lastErrorMs,
                .lastErrorDetail = it->lastErrorDetail});
        }
    }
    if (const auto written = rowWriter.writeStatus(statusRows); !written)
        return fail(written.error());

    if (const auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    for (auto it = working.cbegin(); it != working.cend(); ++it)
        m_contexts.insert(it.key(), it.value());
    return result;
}

} // namespace Leitstand
