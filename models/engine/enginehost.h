#pragma once

#include "engine/incidentmonitor.h"
#include "engine/monitoringengine.h"
#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"
#include "monitoring/statetracker.h"
#include "storage/databasewatcher.h"
#include "storage/deliveryrepository.h"
#include "storage/endpointstatus.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

namespace Leitstand {

class Database;

// Runs a MonitoringEngine in a worker thread of its own, so that checks, scheduling and storage
// never wait for the GUI and the GUI never waits for them. Everything the engine reports arrives
// as this object's signals in the thread this object lives in (the GUI thread).
//
// The engine (and with it its network managers and timers) is created, used and destroyed in the
// worker thread only; nothing here blocks the caller's thread except the destructor, which
// shuts the engine down (storing what it received) and joins the worker.
//
// On a shared (PostgreSQL) database the pollers check and notify teams; the console only watches
// (DatabaseWatcher): stored results arrive as statusesLoaded(), what else others changed as
// changedElsewhere(), and incident commands still go through this object.
class EngineHost final : public QObject
{
    Q_OBJECT

public:
    static constexpr int reloadIntervalMs = 5'000;

    // `database` must be open and outlive this object.
    explicit EngineHost(
        const Database &database, const MonitoringEngineOptions &options = {}, QObject *parent = nullptr);
    ~EngineHost() override;
    Q_DISABLE_COPY_MOVE(EngineHost)

    // Creates the engine in the worker thread, loads the endpoints and starts checking. Returns at
    // once; endpointsChanged() and statusesLoaded() follow. Connect the signals before calling it.
    void start();
    // Checks these endpoints now, out of turn (see Scheduler::checkNow()); their results arrive
    // by resultReady() as usual. Ids that are unknown, paused or already being checked are skipped.
    void checkNow(const QList<qint64> &endpointIds);
    // Reads the definitions now instead of at the next periodic reload, e.g. after an edit.
    void reloadNow();
    // Carries out what a person did to an incident; the change arrives by incidentsChanged(), a
    // refusal by incidentCommandFailed().
    void executeIncidentCommand(const Leitstand::IncidentCommand &command);
    // One more attempt at a Failed team notification, now; the change arrives by deliveryChanged().
    void retryDelivery(qint64 deliveryId);

Q_SIGNALS:
    // After every load that found different definitions (the first one included), in the order
    // the engine schedules them.
    void endpointsChanged(const QList<Leitstand::Endpoint> &endpoints);
    // The stored states, read once after the first load, to show something before the first
    // live results.
    void statusesLoaded(const QList<Leitstand::EndpointStatus> &statuses);
    void resultReady(const Leitstand::CheckResult &result, Leitstand::EndpointState state);
    void stateChanged(const Leitstand::StateTransition &transition);
    void storageFailed(const QString &message);
    // Reading the endpoint definitions failed; the engine keeps what it had.
    void loadFailed(const QString &message);
    // Incidents opened, changed or resolved, by the checks or by a command; already stored.
    void incidentsChanged(const QList<Leitstand::IncidentChange> &changes);
    void incidentCommandFailed(const QString &message);
    // A team notification was queued, delivered, retried or given up; already stored.
    void deliveryChanged(const Leitstand::NotificationDelivery &delivery);
    // Shared database only: what other programs changed (results arrive as statusesLoaded()).
    void changedElsewhere(Leitstand::DatabaseWatcher::Topics topics);
    // Shared database only: the database went away (what is shown is the last known state) and
    // came back.
    void databaseUnreachable(const QString &message);
    void databaseReachable();

private:
    struct Worker;

    // In the worker thread.
    void startInWorker();
    void reloadInWorker();
    void stopInWorker();
    void startWatchingInWorker();
    void onChangedElsewhere(DatabaseWatcher::Topics topics);

    const Database &m_database;
    const MonitoringEngineOptions m_options;
    QThread m_thread;
    // Lives in m_thread: the context that runs the functions above there.
    std::unique_ptr<QObject> m_context;
    // Touched only in m_thread.
    std::unique_ptr<Worker> m_worker;
};

} // namespace Leitstand
