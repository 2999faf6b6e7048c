#include "storage/samplestore.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <optional>
#include <ranges>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

using RollupKey = std::pair<qint64, qint64>; // endpoint id, bucket start
using RollupRows = std::map<RollupKey, Rollup>;

// A statement that writes rows of a fixed width: head, then rows tuples of placeholders, then tail.
struct RowStatement
{
    QString head;
    QString row;
    QString tail;

    QString sql(qsizetype rows) const
    {
        QString sql = head;
        for (qsizetype i = 0; i < rows; ++i) {
            if (i > 0)
                sql += u", "_s;
            sql += row;
        }
        return sql + tail;
    }
};

// Executing a statement through Qt's driver costs several times what SQLite needs to store a small
// row, so rows are written rowsPerStatement at a time with one multi-row statement. The full-size
// statements are prepared once per store, since preparing them for every batch showed up in
// profiles of the poller; only a batch's last, shorter chunk gets a statement of its own. 64 rows
// of the widest table (13 columns) stay far below SQLite's limit of variables.
constexpr qsizetype rowsPerStatement = 64;

// bind(query, firstPlaceholder, row) binds one row's values; rows is any sized range. full is
// statement.sql(rowsPerStatement), prepared.
template<typename Rows, typename Bind>
std::expected<void, QString> writeRows(
    const QSqlDatabase &db, const RowStatement &statement, QSqlQuery &full, int columns, const Rows &rows, Bind bind)
{
    const auto total = qsizetype(std::ranges::size(rows));
    auto it = std::ranges::begin(rows);
    for (qsizetype done = 0; done < total;) {
        const qsizetype count = std::min(rowsPerStatement, total - done);
        std::optional<QSqlQuery> partial;
        QSqlQuery *query = &full;
        if (count < rowsPerStatement) {
            partial.emplace(db);
            if (!partial->prepare(statement.sql(count)))
                return std::unexpected(sqlErrorMessage(*partial));
            query = &*partial;
        }
        for (qsizetype i = 0; i < count; ++i, ++it)
            bind(*query, int(i) * columns, *it);
        if (!query->exec())
            return std::unexpected(sqlErrorMessage(*query));
        done += count;
    }
    return {};
}

RowStatement insertSamplesStatement()
{
    return {
        .head = u"INSERT INTO samples (endpoint_id, t, latency_ms, code) VALUES "_s,
        .row = u"(?, ?, ?, ?)"_s,
        .tail = {},
    };
}
constexpr int samplesStatementColumns = 4;

RowStatement upsertRollupStatement(RollupPeriod period)
{
    return {
        .head = u"INSERT INTO %1 (endpoint_id, bucket, %2) VALUES "_s.arg(rollupTable(period), rollupColumns),
        .row = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        .tail = u" ON CONFLICT (endpoint_id, bucket) DO UPDATE SET sample_count = excluded.sample_count, "
                "up_count = excluded.up_count, latency_min = excluded.latency_min, "
                "latency_max = excluded.latency_max, latency_sum = excluded.latency_sum, "
                "histogram = excluded.histogram, up_s = excluded.up_s, degraded_s = excluded.degraded_s, "
                "down_s = excluded.down_s, maintenance_s = excluded.maintenance_s, unknown_s = excluded.unknown_s"_s,
    };
}
constexpr int rollupStatementColumns = 13;

void bindRollup(QSqlQuery &query, int first, const RollupRows::value_type &row)
{
    const auto &[key, rollup] = row;
    query.bindValue(first, key.first);
    query.bindValue(first + 1, key.second);
    query.bindValue(first + 2, rollup.sampleCount);
    query.bindValue(first + 3, rollup.upCount);
    query.bindValue(first + 4, rollup.latencyMinMs);
    query.bindValue(first + 5, rollup.latencyMaxMs);
    query.bindValue(first + 6, rollup.latencySumMs);
    query.bindValue(first + 7, rollup.histogram.toBlob());
    query.bindValue(first + 8, rollup.seconds.up);
    query.bindValue(first + 9, rollup.seconds.degraded);
    query.bindValue(first + 10, rollup.seconds.down);
    query.bindValue(first + 11, rollup.seconds.maintenance);
    query.bindValue(first + 12, rollup.seconds.unknown);
}

RowStatement upsertStatusStatement()
{
    return {
        .head = u"INSERT INTO endpoint_status (endpoint_id, state, since_ms, last_result_ms, error, last_error, "
                "last_error_ms, last_error_detail) VALUES "_s,
        .row = u"(?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))"_s,
        .tail = u" ON CONFLICT (endpoint_id) DO UPDATE SET state = excluded.state, "
                "since_ms = excluded.since_ms, last_result_ms = excluded.last_result_ms, "
                "error = excluded.error, last_error = excluded.last_error, "
                "last_error_ms = excluded.last_error_ms, last_error_detail = excluded.last_error_detail"_s,
    };
}
constexpr int statusStatementColumns = 8;

// A row of the samples table, as stored.
struct SampleRow
{
    qint64 endpointId = 0;
    qint64 second = 0;
    int latencyMs = 0;
    int code = 0;
};

} // namespace

struct SampleStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : revision(db)
        , endpoints(db)
        , selectStatus(db)
        , selectMinute(db)
        , selectHour(db)
        , insertSamples(db)
        , upsertMinute(db)
        , upsertHour(db)
        , upsertStatus(db)
    {
        revision.setForwardOnly(true);
        endpoints.setForwardOnly(true);
    }

    QSqlQuery revision;
    QSqlQuery endpoints;
    QSqlQuery selectStatus;
    QSqlQuery selectMinute;
    QSqlQuery selectHour;
    // rowsPerStatement rows each.
    QSqlQuery insertSamples;
    QSqlQuery upsertMinute;
    QSqlQuery upsertHour;
    QSqlQuery upsertStatus;
};

SampleStore::SampleStore(const Database &database)
    : m_database(database)
{
}

SampleStore::~SampleStore() = default;

std::expected<void, QString> SampleStore::prepare()
{
    auto statements = std::make_unique<Statements>(m_database.connection());
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
        {&statements->insertSamples, insertSamplesStatement().sql(rowsPerStatement)},
        {&statements->upsertMinute, upsertRollupStatement(RollupPeriod::Minute).sql(rowsPerStatement)},
        {&statements->upsertHour, upsertRollupStatement(RollupPeriod::Hour).sql(rowsPerStatement)},
        {&statements->upsertStatus, upsertStatusStatement().sql(rowsPerStatement)},
    };
    for (const auto &[query, sql] : all) {
        if (!query->prepare(sql))
            return std::unexpected(sqlErrorMessage(*query));
    }
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

std::expected<SampleStore::Result, QString> SampleStore::write(QList<Sample> samples)
{
    const auto fail = [this](const QString &reason) {
        // What this store remembers of each endpoint may be what failed: another program may have
        // written samples of the same endpoint meanwhile. The next write reads it afresh.
        m_contexts.clear();
        return std::unexpected(tr("Cannot store samples: %1").arg(reason));
    };
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
    const auto rowOf = [&](RollupPeriod period, EndpointContext &context, qint64 id, qint64 second) -> Rollup * {
        const RollupKey key {id, floorTo(second, rollupSeconds(period))};
        RollupRows &rows = period == RollupPeriod::Minute ? minuteRows : hourRows;
        if (auto it = rows.find(key); it != rows.end())
            return &it->second;
        const RollupCache &cache = period == RollupPeriod::Minute ? context.minute : context.hour;
        if (cache.bucket == key.second)
            return &rows.emplace(key, cache.rollup).first->second;
        // Buckets after the latest one this store wrote cannot exist yet.
        if (cache.bucket != std::numeric_limits<qint64>::min() && key.second > cache.bucket)
            return &rows.emplace(key, Rollup {}).first->second;
        QSqlQuery &select = period == RollupPeriod::Minute ? selectMinute : selectHour;
        select.bindValue(0, key.first);
        select.bindValue(1, key.second);
        if (!select.exec()) {
            error = sqlErrorMessage(select);
            return nullptr;
        }
        Rollup rollup = select.next() ? rollupFromQuery(select, 0) : Rollup {};
        select.finish();
        return &rows.emplace(key, rollup).first->second;
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

    const auto samplesWritten = writeRows(db, insertSamplesStatement(), m_statements->insertSamples,
        samplesStatementColumns, sampleRows, [](QSqlQuery &query, int first, const SampleRow &row) {
            query.bindValue(first, row.endpointId);
            query.bindValue(first + 1, row.second);
            query.bindValue(first + 2, row.latencyMs);
            query.bindValue(first + 3, row.code);
        });
    if (!samplesWritten)
        return fail(samplesWritten.error());

    for (const RollupPeriod period : {RollupPeriod::Minute, RollupPeriod::Hour}) {
        const RollupRows &rows = period == RollupPeriod::Minute ? minuteRows : hourRows;
        if (const auto upserted = writeRows(db, upsertRollupStatement(period),
                period == RollupPeriod::Minute ? m_statements->upsertMinute : m_statements->upsertHour,
                rollupStatementColumns, rows, bindRollup);
            !upserted)
            return fail(upserted.error());
        for (const auto &[key, rollup] : rows) {
            // Rows come in key order, so each endpoint's cache ends with its latest bucket.
            RollupCache &cache = period == RollupPeriod::Minute ? working[key.first].minute : working[key.first].hour;
            if (key.second >= cache.bucket)
                cache = {key.second, rollup};
        }
    }

    QList<std::pair<qint64, const EndpointContext *>> statusRows;
    statusRows.reserve(working.size());
    for (auto it = working.cbegin(); it != working.cend(); ++it) {
        if (it->hasLast)
            statusRows.append({it.key(), &it.value()});
    }
    const auto statusWritten = writeRows(db, upsertStatusStatement(), m_statements->upsertStatus,
        statusStatementColumns, statusRows, [](QSqlQuery &query, int first, const auto &row) {
            const EndpointContext &context = *row.second;
            query.bindValue(first, row.first);
            query.bindValue(first + 1, int(context.state));
            query.bindValue(first + 2, context.sinceMs);
            query.bindValue(first + 3, context.lastResultMs);
            query.bindValue(first + 4, int(context.error));
            query.bindValue(first + 5, int(context.lastError));
            query.bindValue(first + 6, context.lastErrorMs);
            query.bindValue(first + 7, context.lastErrorDetail);
        });
    if (!statusWritten)
        return fail(statusWritten.error());

    if (const auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    for (auto it = working.cbegin(); it != working.cend(); ++it)
        m_contexts.insert(it.key(), it.value());
    return result;
}

} // namespace Leitstand
