#include "storage/sqlitesamplerowwriter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

struct FinalizeStatement
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

QByteArray upsertRollupSql(RollupPeriod period, bool update)
{
    QByteArray sql = "INSERT INTO " + rollupTable(period).toString().toLatin1() + " (endpoint_id, bucket, "
        + rollupColumns.toString().toLatin1() + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (update) {
        sql += " ON CONFLICT (endpoint_id, bucket) DO UPDATE SET sample_count = excluded.sample_count, "
               "up_count = excluded.up_count, latency_min = excluded.latency_min, "
               "latency_max = excluded.latency_max, latency_sum = excluded.latency_sum, "
               "histogram = excluded.histogram, up_s = excluded.up_s, degraded_s = excluded.degraded_s, "
               "down_s = excluded.down_s, maintenance_s = excluded.maintenance_s, unknown_s = excluded.unknown_s";
    }
    return sql;
}

} // namespace

struct SqliteSampleRowWriter::Statements
{
    Statement insertSample;
    // Rows the writer knows to be new are inserted: an upsert would look for the row twice.
    Statement insertMinute;
    Statement insertHour;
    Statement upsertMinute;
    Statement upsertHour;
    Statement upsertStatus;
};

SqliteSampleRowWriter::SqliteSampleRowWriter(sqlite3 *handle)
    : m_handle(handle)
{
}

SqliteSampleRowWriter::~SqliteSampleRowWriter() = default;

sqlite3 *SqliteSampleRowWriter::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString SqliteSampleRowWriter::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

std::expected<void, QString> SqliteSampleRowWriter::prepare()
{
    auto statements = std::make_unique<Statements>();
    const std::pair<Statement *, QByteArray> all[] = {
        {&statements->insertSample, "INSERT INTO samples (endpoint_id, t, latency_ms, code) VALUES (?, ?, ?, ?)"},
        {&statements->insertMinute, upsertRollupSql(RollupPeriod::Minute, false)},
        {&statements->insertHour, upsertRollupSql(RollupPeriod::Hour, false)},
        {&statements->upsertMinute, upsertRollupSql(RollupPeriod::Minute, true)},
        {&statements->upsertHour, upsertRollupSql(RollupPeriod::Hour, true)},
        {&statements->upsertStatus,
            "INSERT INTO endpoint_status (endpoint_id, state, since_ms, last_result_ms, error, last_error, "
            "last_error_ms, last_error_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (endpoint_id) DO UPDATE SET state = excluded.state, "
            "since_ms = excluded.since_ms, last_result_ms = excluded.last_result_ms, "
            "error = excluded.error, last_error = excluded.last_error, "
            "last_error_ms = excluded.last_error_ms, last_error_detail = excluded.last_error_detail"},
    };
    for (const auto &[statement, sql] : all) {
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v3(
                m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(prepared);
            return std::unexpected(u"%1 (%2)"_s.arg(errorMessage(), QString::fromLatin1(sql.left(77))));
        }
        statement->reset(prepared);
    }
    m_statements = std::move(statements);
    return {};
}

std::expected<void, QString> SqliteSampleRowWriter::insertSamples(std::span<const SampleRow> rows)
{
    sqlite3_stmt *statement = m_statements->insertSample.get();
    for (const SampleRow &row : rows) {
        sqlite3_bind_int64(statement, 1, row.endpointId);
        sqlite3_bind_int64(statement, 2, row.second);
        sqlite3_bind_int(statement, 3, row.latencyMs);
        sqlite3_bind_int(statement, 4, row.code);
        const int stepped = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (stepped != SQLITE_DONE)
            return std::unexpected(u"%1 (INSERT INTO samples)"_s.arg(errorMessage()));
    }
    return {};
}

std::expected<void, QString> SqliteSampleRowWriter::writeRollups(RollupPeriod period, const RollupRows &rows)
{
    const bool minute = period == RollupPeriod::Minute;
    for (const auto &[key, row] : rows) {
        sqlite3_stmt *statement = row.stored ? (minute ? m_statements->upsertMinute : m_statements->upsertHour).get()
                                             : (minute ? m_statements->insertMinute : m_statements->insertHour).get();
        const Rollup &rollup = row.rollup;
        std::array<char, LatencyHistogram::maximumBlobSize> histogram;
        const qsizetype histogramSize = rollup.histogram.writeBlob(histogram);
        sqlite3_bind_int64(statement, 1, key.first);
        sqlite3_bind_int64(statement, 2, key.second);
        sqlite3_bind_int64(statement, 3, rollup.sampleCount);
        sqlite3_bind_int64(statement, 4, rollup.upCount);
        sqlite3_bind_int(statement, 5, rollup.latencyMinMs);
        sqlite3_bind_int(statement, 6, rollup.latencyMaxMs);
        sqlite3_bind_int64(statement, 7, rollup.latencySumMs);
        // NULL when empty, as Qt binds a null QByteArray, so that both paths store the same.
        if (histogramSize == 0)
            sqlite3_bind_null(statement, 8);
        else
            sqlite3_bind_blob(statement, 8, histogram.data(), int(histogramSize), SQLITE_STATIC);
        sqlite3_bind_int64(statement, 9, rollup.seconds.up);
        sqlite3_bind_int64(statement, 10, rollup.seconds.degraded);
        sqlite3_bind_int64(statement, 11, rollup.seconds.down);
        sqlite3_bind_int64(statement, 12, rollup.seconds.maintenance);
        sqlite3_bind_int64(statement, 13, rollup.seconds.unknown);
        const int stepped = sqlite3_step(statement);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (stepped != SQLITE_DONE)
            return std::unexpected(u"%1 (INSERT INTO %2)"_s.arg(errorMessage(), rollupTable(period)));
    }
    return {};
}

std::expected<void, QString> SqliteSampleRowWriter::writeStatus(std::span<const StatusRow> rows)
{
    sqlite3_stmt *statement = m_statements->upsertStatus.get();
    for (const StatusRow &row : rows) {
        const QByteArray detail = row.lastErrorDetail.toUtf8();
        sqlite3_bind_int64(statement, 1, row.endpointId);
        sqlite3_bind_int(statement, 2, int(row.state));
        sqlite3_bind_int64(statement, 3, row.sinceMs);
        sqlite3_bind_int64(statement, 4, row.lastResultMs);
        sqlite3_bind_int(statement, 5, int(row.error));
        sqlite3_bind_int(statement, 6, int(row.lastError));
        sqlite3_bind_int64(statement, 7, row.lastErrorMs);
        sqlite3_bind_text(statement, 8, detail.constData(), int(detail.size()), SQLITE_STATIC);
        const int stepped = sqlite3_step(statement);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (stepped != SQLITE_DONE)
            return std::unexpected(u"%1 (INSERT INTO endpoint_status)"_s.arg(errorMessage()));
    }
    return {};
}

} // namespace Leitstand
