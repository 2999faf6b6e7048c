#pragma once

#include "monitoring/checkresult.h"
#include "storage/rollup.h"

#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <map>
#include <memory>
#include <span>

namespace Leitstand {

// A row of the samples table, as stored.
struct SampleRow
{
    qint64 endpointId = 0;
    qint64 second = 0;
    int latencyMs = 0;
    int code = 0;
};

// A row of rollup_minute or rollup_hour. stored says whether the table already has a row with
// this key, so that a writer may insert the others instead of upserting them.
struct RollupRow
{
    Rollup rollup;
    bool stored = false;
};
using RollupKey = std::pair<qint64, qint64>; // endpoint id, bucket start
using RollupRows = std::map<RollupKey, RollupRow>;

// A row of endpoint_status.
struct StatusRow
{
    qint64 endpointId = 0;
    EndpointState state = EndpointState::Unknown;
    qint64 sinceMs = 0;
    qint64 lastResultMs = 0;
    CheckError error = CheckError::Ok;
    CheckError lastError = CheckError::Ok;
    qint64 lastErrorMs = 0;
    QString lastErrorDetail;
};

enum class SampleRowPath : quint8 {
    // The engine's own interface where Leitstand has one (SQLite's C API), else Qt SQL.
    Native,
    // Qt SQL always: what every engine without a native path runs, so tests can run it on SQLite.
    Portable,
};

// Writes the rows of one SampleStore batch inside the transaction the store holds. Statements are
// prepared on the connection given to create() and kept, so the writer must be destroyed before that
// connection is closed.
class SampleRowWriter
{
public:
    SampleRowWriter() = default;
    virtual ~SampleRowWriter() = default;
    Q_DISABLE_COPY_MOVE(SampleRowWriter)

    static std::expected<std::unique_ptr<SampleRowWriter>, QString> create(
        const QSqlDatabase &db, SampleRowPath path = SampleRowPath::Native);

    virtual std::expected<void, QString> insertSamples(std::span<const SampleRow> rows) = 0;
    virtual std::expected<void, QString> writeRollups(RollupPeriod period, const RollupRows &rows) = 0;
    virtual std::expected<void, QString> writeStatus(std::span<const StatusRow> rows) = 0;
};

} // namespace Leitstand
