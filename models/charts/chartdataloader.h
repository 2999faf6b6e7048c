#pragma once

#include "charts/availabilitybuckets.h"
#include "charts/chartrange.h"
#include "charts/decimator.h"
#include "storage/samplequery.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Leitstand {

class Database;
class ChartDataWorker;

// Everything a response-time and an availability chart of one endpoint show for one range.
struct ChartData
{
    quint64 serial = 0; // of the request, see ChartDataLoader::request()
    qint64 endpointId = 0;
    ChartRange range;
    ChartResolution resolution = ChartResolution::Raw; // of the latency data
    LatencyBand latency;
    AvailabilityBars availability;
    QString error; // translated; empty when the data loaded
};

// Loads chart data off the GUI thread: a worker thread with its own database connection runs the
// query, the decimation and the bucketing. Only the newest request counts: a request that a newer
// one superseded is skipped if the worker has not started it, and its result is dropped if it has,
// so a chart never shows an older range than the one asked for last.
class ChartDataLoader final : public QObject
{
    Q_OBJECT

public:
    // The database must be open and outlive the loader.
    explicit ChartDataLoader(const Database &database, QObject *parent = nullptr);
    // Drops whatever is pending and waits for a load that is running to end.
    ~ChartDataLoader() override;
    Q_DISABLE_COPY_MOVE(ChartDataLoader)

    // Starts loading and returns the request's serial, which loaded() or failed() carry. Supersedes
    // all earlier requests. pixelWidth is the number of columns the latency is decimated to.
    quint64 request(qint64 endpointId, const ChartRange &range, int pixelWidth);
    quint64 latestSerial() const { return m_latestSerial->load(); }

    // For tests: runs on the worker thread before each load that is not superseded when it starts,
    // so that a test can see where loads run and hold the worker busy. Waits until the worker is
    // between two loads.
    void setLoadStartedHook(std::function<void(quint64 serial)> hook);

Q_SIGNALS:
    // Only for the latest request, and at most once for it.
    void loaded(const Leitstand::ChartData &data);
    void failed(const Leitstand::ChartData &data); // data.error says why

private:
    void deliver(const ChartData &data);

    QThread m_thread;
    QPointer<ChartDataWorker> m_worker;
    // Shared with the worker, which reads it to skip superseded work; written here only.
    std::shared_ptr<std::atomic<quint64>> m_latestSerial;
};

} // namespace Leitstand
