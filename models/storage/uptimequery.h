#pragma once

#include "storage/sample.h"

#include <QCoreApplication>
#include <QDateTime>

#include <expected>
#include <optional>

namespace Leitstand {

class Database;

struct UptimeSummary
{
    QDateTime from; // UTC, to the second
    QDateTime to;
    StateSeconds seconds; // seconds.total() == from.secsTo(to)

    // (up + degraded) / (up + degraded + down): maintenance and unknown time count neither for nor
    // against the service. std::nullopt when nothing was measured.
    std::optional<double> availability() const;
};

// Uptime of an endpoint over any range, to the second: whole hours and minutes from the rollups,
// the seconds at the edges from the raw samples. The open segment after the latest sample counts
// too, up to sampleHoldSeconds(). Once the raw samples of a range's edges are gone (retention),
// the seconds before its first and after its last whole minute count as unknown.
class UptimeQuery final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::UptimeQuery)

public:
    explicit UptimeQuery(const Database &database);

    // [from, to), both rounded down to the second.
    std::expected<UptimeSummary, QString> uptime(qint64 endpointId, const QDateTime &from, const QDateTime &to) const;

private:
    const Database &m_database;
};

} // namespace Leitstand
