#pragma once

#include "storage/rollup.h"
#include "storage/sample.h"
#include "storage/samplerowwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <expected>
#include <memory>
#include <optional>

namespace Leitstand {

class Database;

// Writes batches of samples, in one transaction each, together with what follows from them: the
// minute and hour rollups and the latest state of each endpoint. Used by one thread, and the only
// writer of samples for its endpoints (it keeps the last sample and rollup of each in memory).
//
// A sample's state holds from its time until the next sample, but at most sampleHoldSeconds();
// the rest of a longer silence is unknown and not stored (Rollup::seconds.unknown holds only time
// in the Unknown and Paused states). A segment is added to the rollups once the next sample
// closes it, split at minute and hour boundaries; the open segment after the latest sample is
// derived from the endpoint's status by the queries.
class SampleStore final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::SampleStore)

public:
    explicit SampleStore(const Database &database, SampleRowPath rowPath = SampleRowPath::Native);
    // Must run before the thread's connection is closed: the store keeps prepared statements.
    ~SampleStore();
    Q_DISABLE_COPY_MOVE(SampleStore)

    struct Result
    {
        qint64 written = 0;
        // Of endpoints that do not exist (any more), or not later, to the second, than the
        // endpoint's latest sample.
        qint64 rejected = 0;
    };

    // Nothing is written if an error is returned; a second attempt with the same samples then
    // rereads each endpoint's latest stored sample, so that samples another writer stored
    // meanwhile are rejected instead of failing the batch again.
    std::expected<Result, QString> write(QList<Sample> samples);

private:
    struct RollupCache
    {
        qint64 bucket = std::numeric_limits<qint64>::min();
        Rollup rollup;
    };
    struct EndpointContext
    {
        bool hasLast = false;
        qint64 lastSecond = 0;
        EndpointState state = EndpointState::Unknown;
        qint64 sinceMs = 0;
        qint64 lastResultMs = 0;
        CheckError error = CheckError::Ok;
        CheckError lastError = CheckError::Ok;
        qint64 lastErrorMs = 0;
        QString lastErrorDetail;
        RollupCache minute;
        RollupCache hour;
    };

    struct Statements;

    std::expected<void, QString> prepare();
    std::expected<void, QString> refreshEndpoints();
    std::expected<void, QString> ensurePartitions(const QList<Sample> &samples);

    const Database &m_database;
    const SampleRowPath m_rowPath;
    QHash<qint64, EndpointContext> m_contexts;
    // Prepared on the first write, on this thread's connection.
    std::unique_ptr<Statements> m_statements;
    // Hold seconds by endpoint id, as of m_endpointsRevision of the endpoints table.
    QHash<qint64, qint64> m_holdSeconds;
    std::optional<qint64> m_endpointsRevision;
    // First seconds of the months whose sample partition is known to exist (PostgreSQL).
    QSet<qint64> m_partitions;
};

} // namespace Leitstand
