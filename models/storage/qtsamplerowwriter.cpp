#include "storage/qtsamplerowwriter.h"

#include "storage/database.h"

#include <QVariant>

#include <optional>
#include <ranges>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

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

// Executing a statement through Qt's driver costs several times what the database needs to store a
// small row, so rows are written rowsPerStatement at a time with one multi-row statement. The
// full-size statements are prepared once per writer, since preparing them for every batch showed up
// in profiles of the poller; only a batch's last, shorter chunk gets a statement of its own. 64 rows
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
    const auto &[key, value] = row;
    const Rollup &rollup = value.rollup;
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

} // namespace

QtSampleRowWriter::QtSampleRowWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_insertSamples(db)
    , m_upsertMinute(db)
    , m_upsertHour(db)
    , m_upsertStatus(db)
{
}

std::expected<void, QString> QtSampleRowWriter::prepare()
{
    const std::pair<QSqlQuery *, QString> all[] = {
        {&m_insertSamples, insertSamplesStatement().sql(rowsPerStatement)},
        {&m_upsertMinute, upsertRollupStatement(RollupPeriod::Minute).sql(rowsPerStatement)},
        {&m_upsertHour, upsertRollupStatement(RollupPeriod::Hour).sql(rowsPerStatement)},
        {&m_upsertStatus, upsertStatusStatement().sql(rowsPerStatement)},
    };
    for (const auto &[query, sql] : all) {
        if (!query->prepare(sql))
            return std::unexpected(sqlErrorMessage(*query));
    }
    return {};
}

std::expected<void, QString> QtSampleRowWriter::insertSamples(std::span<const SampleRow> rows)
{
    return writeRows(m_db, insertSamplesStatement(), m_insertSamples, samplesStatementColumns, rows,
        [](QSqlQuery &query, int first, const SampleRow &row) {
            query.bindValue(first, row.endpointId);
            query.bindValue(first + 1, row.second);
            query.bindValue(first + 2, row.latencyMs);
            query.bindValue(first + 3, row.code);
        });
}

std::expected<void, QString> QtSampleRowWriter::writeRollups(RollupPeriod period, const RollupRows &rows)
{
    return writeRows(m_db, upsertRollupStatement(period),
        period == RollupPeriod::Minute ? m_upsertMinute : m_upsertHour, rollupStatementColumns, rows, bindRollup);
}

std::expected<void, QString> QtSampleRowWriter::writeStatus(std::span<const StatusRow> rows)
{
    return writeRows(m_db, upsertStatusStatement(), m_upsertStatus, statusStatementColumns, rows,
        [](QSqlQuery &query, int first, const StatusRow &row) {
            query.bindValue(first, row.endpointId);
            query.bindValue(first + 1, int(row.state));
            query.bindValue(first + 2, row.sinceMs);
            query.bindValue(first + 3, row.lastResultMs);
            query.bindValue(first + 4, int(row.error));
            query.bindValue(first + 5, int(row.lastError));
            query.bindValue(first + 6, row.lastErrorMs);
            query.bindValue(first + 7, row.lastErrorDetail);
        });
}

} // namespace Leitstand
