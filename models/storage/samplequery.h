#pragma once

#include "storage/sample.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <expected>

namespace Leitstand {

class Database;

// No underlying type: lupdate misreads "enum class X : T" and files the texts of the classes after it
// under a context without their namespace, where tr() never finds them.
enum class ChartResolution {
    Raw, // one point per sample
    Minute, // one point per minute rollup
    Hour, // one point per hour rollup
};

// One point of a latency and state chart. For raw samples count is 1 and the latencies are the
// sample's; for rollups they are the statistics of the answered checks in the bucket.
struct ChartPoint
{
    QDateTime time; // UTC: the sample's time or the bucket's start
    qint64 count = 0;
    qint64 upCount = 0;
    int minLatencyMs = 0;
    int maxLatencyMs = 0;
    double meanLatencyMs = 0;
    int p95LatencyMs = 0;
    EndpointState state = EndpointState::Unknown; // raw: the sample's; rollups: the worst with time
    StateSeconds seconds; // rollups only
};

struct ChartSeries
{
    ChartResolution resolution = ChartResolution::Raw;
    QList<ChartPoint> points;
};

// The data behind a chart, at a resolution that suits the range: raw samples up to six hours, minute
// rollups up to a week, hour rollups beyond.
class SampleQuery final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::SampleQuery)

public:
    explicit SampleQuery(const Database &database);

    static ChartResolution resolutionFor(qint64 rangeSeconds);

    // [from, to), ordered by time.
    std::expected<ChartSeries, QString> series(qint64 endpointId, const QDateTime &from, const QDateTime &to) const;
    std::expected<ChartSeries, QString> series(
        qint64 endpointId, const QDateTime &from, const QDateTime &to, ChartResolution resolution) const;

private:
    const Database &m_database;
};

} // namespace Leitstand
