#include "charts/chartdataloader.h"

#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/rollup.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSqlError>
#include <QTimeZone>

#include <expected>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

struct ChartRequest
{
    quint64 serial = 0;
    qint64 endpointId = 0;
    ChartRange range;
    int pixelWidth = 0;
};

qint64 bucketMs(ChartResolution resolution)
{
    switch (resolution) {
    case ChartResolution::Raw:
        return 0;
    case ChartResolution::Minute:
        return rollupSeconds(RollupPeriod::Minute) * 1000;
    case ChartResolution::Hour:
        break;
    }
    return rollupSeconds(RollupPeriod::Hour) * 1000;
}

// How far apart two answered points may be for the latency line to join them: a sample's state
// holds for sampleHoldSeconds(), a rollup bucket stands for its whole length on top of that.
qint64 maxGapMs(ChartResolution resolution, qint64 intervalMs)
{
    return sampleHoldSeconds(intervalMs) * 1000 + bucketMs(resolution);
}

} // namespace

// Lives on the loader's thread and is the only user of its connection there.
class ChartDataWorker final : public QObject
{
    Q_OBJECT

public:
    ChartDataWorker(const Database &database, std::shared_ptr<const std::atomic<quint64>> latestSerial)
        : m_database(database)
        , m_latestSerial(std::move(latestSerial))
    {
    }
    ~ChartDataWorker() override { m_database.closeConnection(); }
    Q_DISABLE_COPY_MOVE(ChartDataWorker)

    void setLoadStartedHook(std::function<void(quint64)> hook) { m_hook = std::move(hook); }

    void load(const ChartRequest &request)
    {
        if (isSuperseded(request.serial))
            return;
        if (m_hook)
            m_hook(request.serial);
        const std::optional<ChartData> data = run(request);
        if (data && !isSuperseded(request.serial))
            Q_EMIT finished(*data);
    }

Q_SIGNALS:
    void finished(const Leitstand::ChartData &data);

private:
    bool isSuperseded(quint64 serial) const { return serial != m_latestSerial->load(); }

    // std::nullopt if a newer request came while the queries ran.
    std::optional<ChartData> run(const ChartRequest &request) const
    {
        ChartData data {
            .serial = request.serial,
            .endpointId = request.endpointId,
            .range = request.range,
            .resolution = SampleQuery::resolutionFor(request.range.spanMs() / 1000),
            .latency = {},
            .availability = {},
            .error = {},
        };
        const auto fail = [&data](const QString &message) {
            data.error = message;
            return data;
        };

        const auto endpoint = EndpointRepository(m_database).byId(request.endpointId);
        if (!endpoint)
            return fail(endpoint.error());
        if (!*endpoint)
            return fail(tr("There is no endpoint with id %1.").arg(request.endpointId));

        QSqlDatabase db = m_database.connection();
        // One read transaction, so that the writer cannot commit between the two queries.
        if (!db.transaction())
            return fail(tr("Cannot load the chart: %1").arg(db.lastError().text()));
        const auto finish = qScopeGuard([&db] { db.rollback(); });

        const qint64 fromMs = request.range.fromMs();
        const qint64 toMs = request.range.toMs();
        const AvailabilityPeriod period = AvailabilityBuckets::periodFor(request.range.spanMs());
        const QDateTime barsFrom = utc(AvailabilityBuckets::alignedStartMs(fromMs, period));
        const QDateTime barsTo = utc(AvailabilityBuckets::alignedEndMs(toMs, period));
        const SampleQuery query(m_database);

        // Long ranges chart hour rollups, which the bars need anyway: one query serves both.
        std::expected<ChartSeries, QString> hours
            = query.series(request.endpointId, barsFrom, barsTo, ChartResolution::Hour);
        if (!hours)
            return fail(hours.error());
        std::expected<ChartSeries, QString> latency = data.resolution == ChartResolution::Hour
            ? hours
            : query.series(request.endpointId, request.range.from(), request.range.to(), data.resolution);
        if (!latency)
            return fail(latency.error());
        // The queries are what takes time; what they read may be of no use any more.
        if (isSuperseded(request.serial))
            return std::nullopt;

        data.latency = Decimator::latencyBand(latency->points,
            DecimationOptions {
                .fromMs = fromMs,
                .toMs = toMs,
                .width = request.pixelWidth,
                .maxGapMs = maxGapMs(data.resolution, (*endpoint)->intervalMs),
                .bucketMs = bucketMs(data.resolution),
            });
        data.availability
            = AvailabilityBuckets::bars(*hours, fromMs, toMs, period, QDateTime::currentMSecsSinceEpoch());
        return data;
    }

    static QDateTime utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC); }

    const Database &m_database;
    const std::shared_ptr<const std::atomic<quint64>> m_latestSerial;
    std::function<void(quint64)> m_hook;
};

ChartDataLoader::ChartDataLoader(const Database &database, QObject *parent)
    : QObject(parent)
    , m_latestSerial(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(u"ChartDataLoader"_s);
    auto *worker = new ChartDataWorker(database, m_latestSerial);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ChartDataWorker::finished, this, &ChartDataLoader::deliver);
    m_thread.start();
}

ChartDataLoader::~ChartDataLoader()
{
    // No serial is ever this high: every queued load is skipped.
    m_latestSerial->store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

quint64 ChartDataLoader::request(qint64 endpointId, const ChartRange &range, int pixelWidth)
{
    const ChartRequest request {
        .serial = m_latestSerial->load() + 1,
        .endpointId = endpointId,
        .range = range,
        .pixelWidth = pixelWidth,
    };
    m_latestSerial->store(request.serial);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker.data(), request] { worker->load(request); }, Qt::QueuedConnection);
    return request.serial;
}

void ChartDataLoader::setLoadStartedHook(std::function<void(quint64)> hook)
{
    // On the worker's thread, between two loads, so that no load reads it while it changes.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker.data(), &hook] { worker->setLoadStartedHook(std::move(hook)); },
        Qt::BlockingQueuedConnection);
}

void ChartDataLoader::deliver(const ChartData &data)
{
    // The worker checked too, but a newer request may have come while this result was queued.
    if (data.serial != m_latestSerial->load())
        return;
    if (data.error.isEmpty())
        Q_EMIT loaded(data);
    else
        Q_EMIT failed(data);
}

} // namespace Leitstand

#include "chartdataloader.moc"
