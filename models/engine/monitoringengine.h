#pragma once

#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"
#include "monitoring/scheduler.h"
#include "monitoring/statetracker.h"
#include "storage/samplewriter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <expected>
#include <memory>
#include <optional>

namespace Leitstand {

class CheckExecutor;
class Database;

struct MonitoringEngineOptions
{
    // As SchedulerLimits' defaults, with the start-up checks on: the console and the poller show a
    // state for every endpoint within seconds of starting.
    SchedulerLimits limits {
        .maxConcurrent = 512,
        .maxPerHost = 4,
        .statisticsWindowMs = 60'000,
        .startupWindowMs = 5'000,
        .startupChecksPerSecond = 500,
    };
    SampleWriterOptions writer;
    // For the IncidentMonitor that EngineHost runs beside the engine: an automatic incident is
    // resolved once all its endpoints have been up this long.
    std::chrono::seconds incidentHoldTime {300};
    // Off for a dry run such as `leitstand-poller --once`, which reports what it finds without
    // writing unconfirmed single results into the history.
    bool storeSamples = true;
};

// The monitoring pipeline of one process: endpoints from the database go to the Scheduler, due
// checks to the CheckExecutor, results through the StateTracker (confirmations, pause,
// maintenance) into the SampleWriter and out as signals. The console, the headless poller and the
// tests all run this one class, so they cannot disagree about what a result means.
//
// Lives in one thread (the poller's main thread, or a worker thread of the console); the
// SampleWriter has its own.
class MonitoringEngine final : public QObject
{
    Q_OBJECT

public:
    explicit MonitoringEngine(
        const Database &database, const MonitoringEngineOptions &options = {}, QObject *parent = nullptr);
    ~MonitoringEngine() override;
    Q_DISABLE_COPY_MOVE(MonitoringEngine)

    // Reads the endpoint definitions from the database and schedules them (replacing any
    // loaded before). Safe to call again after an import.
    std::expected<void, QString> loadEndpoints();
    // As loadEndpoints(), but only if the definitions changed since the last load (one row read).
    std::expected<void, QString> reloadIfChanged();
    void setEndpoints(const QList<Endpoint> &endpoints);
    // Team mode: of the endpoints defined, only these are checked (the poller's leases, see
    // LeaseKeeper); std::nullopt, the default, checks every one.
    void setAssignment(const std::optional<QSet<qint64>> &endpointIds);
    void upsertEndpoint(const Endpoint &endpoint);
    void removeEndpoint(qint64 endpointId);

    void start();
    void stop();
    bool isRunning() const;

    // Checks every endpoint that is not paused once, within the limits, then emits
    // allChecksFinished().
    void checkAllOnce();
    // See Scheduler::checkNow().
    bool checkNow(qint64 endpointId);

    // Stops scheduling, drops the checks still running (their results would come too late to be
    // stored) and writes every result received so far. Used on SIGTERM and before exit.
    void shutdown();

    void setInMaintenance(qint64 endpointId, bool inMaintenance);

    // The endpoints checked here.
    QList<Endpoint> endpoints() const;
    // Every endpoint defined, checked here or not (see setAssignment()).
    const QList<Endpoint> &definedEndpoints() const { return m_defined; }
    std::optional<Endpoint> endpoint(qint64 endpointId) const;
    std::optional<TrackedState> state(qint64 endpointId) const;
    SchedulerStatistics schedulerStatistics() const;
    SampleWriterStatistics storageStatistics() const;

Q_SIGNALS:
    // Every result, with the endpoint's state after it (confirmations applied).
    void resultReady(const Leitstand::CheckResult &result, Leitstand::EndpointState state);
    void stateChanged(const Leitstand::StateTransition &transition);
    void allChecksFinished();
    void storageFailed(const QString &message);
    // See SampleWriter: results wait in memory while the database cannot be reached.
    void databaseLost(const QString &message);
    void databaseBack(qint64 written, qint64 dropped);

private:
    void onCheckFinished(const CheckResult &result);
    void emitTransition(const std::optional<StateTransition> &transition);
    void schedule(const QList<Endpoint> &endpoints);

    const Database &m_database;
    const MonitoringEngineOptions m_options;
    // Every endpoint defined, and of those the ones checked here (m_endpoints).
    QList<Endpoint> m_defined;
    std::optional<QSet<qint64>> m_assignment;
    QHash<qint64, Endpoint> m_endpoints;
    std::optional<qint64> m_loadedRevision;
    StateTracker m_tracker;
    std::unique_ptr<CheckExecutor> m_executor;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<SampleWriter> m_writer;
};

} // namespace Leitstand
