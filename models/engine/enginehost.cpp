#include "enginehost.h"

#include "engine/maintenancedriver.h"
#include "notifications/teamnotifier.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"

#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace Leitstand {

struct EngineHost::Worker
{
    std::unique_ptr<MonitoringEngine> engine;
    std::unique_ptr<IncidentMonitor> incidents;
    std::unique_ptr<TeamNotifier> notifier;
    std::unique_ptr<MaintenanceDriver> maintenance;
    std::unique_ptr<QTimer> reloadTimer;
    std::unique_ptr<DatabaseWatcher> watcher; // shared database only
    // The revision whose definitions were last sent with endpointsChanged().
    std::optional<qint64> announcedRevision;
};

EngineHost::EngineHost(const Database &database, const MonitoringEngineOptions &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_context(std::make_unique<QObject>())
    , m_worker(std::make_unique<Worker>())
{
    qRegisterMetaType<QList<Leitstand::Endpoint>>();
    qRegisterMetaType<QList<Leitstand::EndpointStatus>>();
    qRegisterMetaType<Leitstand::CheckResult>();
    qRegisterMetaType<Leitstand::StateTransition>();
    qRegisterMetaType<Leitstand::EndpointState>();
    qRegisterMetaType<QList<Leitstand::IncidentChange>>();
    qRegisterMetaType<Leitstand::IncidentCommand>();
    qRegisterMetaType<Leitstand::NotificationDelivery>();
    m_thread.setObjectName(u"MonitoringEngine"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    // Blocking is fine here and only here: the worker never waits for this thread, so it cannot
    // deadlock, and the engine must be gone before the Database it reads from.
    QMetaObject::invokeMethod(m_context.get(), [this] { stopInWorker(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EngineHost::start()
{
    QMetaObject::invokeMethod(m_context.get(), [this] { startInWorker(); }, Qt::QueuedConnection);
}

void EngineHost::checkNow(const QList<qint64> &endpointIds)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, endpointIds] {
            if (!m_worker->engine)
                return;
            for (const qint64 id : endpointIds)
                m_worker->engine->checkNow(id);
        },
        Qt::QueuedConnection);
}

void EngineHost::reloadNow()
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            if (m_worker->engine)
                reloadInWorker();
        },
        Qt::QueuedConnection);
}

void EngineHost::executeIncidentCommand(const IncidentCommand &command)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, command] {
            if (!m_worker->incidents)
                return;
            if (const auto done = m_worker->incidents->execute(command); !done) {
                QMetaObject::invokeMethod(
                    this, [this, message = done.error()] { Q_EMIT incidentCommandFailed(message); },
                    Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

void EngineHost::retryDelivery(qint64 deliveryId)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, deliveryId] {
            if (m_worker->notifier)
                m_worker->notifier->retry(deliveryId);
        },
        Qt::QueuedConnection);
}

void EngineHost::startInWorker()
{
    if (m_worker->engine)
        return;
    const bool watching = m_database.location().isShared();
    auto &engine = m_worker->engine;
    MonitoringEngineOptions options = m_options;
    options.storeSamples = options.storeSamples && !watching;
    engine = std::make_unique<MonitoringEngine>(m_database, options);
    if (watching)
        engine->setAssignment(QSet<qint64>());
    // Signal to signal across threads: queued, so they are emitted again in this object's thread.
    connect(engine.get(), &MonitoringEngine::resultReady, this, &EngineHost::resultReady);
    connect(engine.get(), &MonitoringEngine::stateChanged, this, &EngineHost::stateChanged);
    connect(engine.get(), &MonitoringEngine::storageFailed, this, &EngineHost::storageFailed);

    // Before the engine starts, so that no state change passes the incidents by.
    m_worker->incidents = std::make_unique<IncidentMonitor>(m_database, m_options.incidentHoldTime);
    connect(m_worker->incidents.get(), &IncidentMonitor::incidentsChanged, this, &EngineHost::incidentsChanged);
    connect(m_worker->incidents.get(), &IncidentMonitor::storageFailed, this, &EngineHost::storageFailed);
    connect(engine.get(), &MonitoringEngine::stateChanged, m_worker->incidents.get(), &IncidentMonitor::onStateChanged);
    // With a shared database the pollers notify the teams; a console doing it as well would send
    // every notification twice.
    if (!watching) {
        m_worker->notifier = std::make_unique<TeamNotifier>(m_database);
        connect(m_worker->incidents.get(), &IncidentMonitor::incidentsChanged, m_worker->notifier.get(),
            &TeamNotifier::onIncidentsChanged);
        connect(m_worker->notifier.get(), &TeamNotifier::storageFailed, this, &EngineHost::storageFailed);
        connect(m_worker->notifier.get(), &TeamNotifier::deliveryChanged, this, &EngineHost::deliveryChanged);
        m_worker->notifier->start();
    }
    if (const auto started = m_worker->incidents->start(); !started) {
        QMetaObject::invokeMethod(
            this, [this, message = started.error()] { Q_EMIT loadFailed(message); }, Qt::QueuedConnection);
    }

    m_worker->maintenance = std::make_unique<MaintenanceDriver>(m_database);
    connect(m_worker->maintenance.get(), &MaintenanceDriver::maintenanceChanged, engine.get(),
        &MonitoringEngine::setInMaintenance);
    reloadInWorker();
    auto statuses = EndpointStatusQuery(m_database).all();
    if (statuses) {
        QMetaObject::invokeMethod(
            this, [this, list = std::move(*statuses)] { Q_EMIT statusesLoaded(list); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            this, [this, message = statuses.error()] { Q_EMIT loadFailed(message); }, Qt::QueuedConnection);
    }
    engine->start();
    if (watching)
        startWatchingInWorker();

    // As leitstand-poller does: an import while the console runs shows up within seconds.
    m_worker->reloadTimer = std::make_unique<QTimer>();
    connect(m_worker->reloadTimer.get(), &QTimer::timeout, m_context.get(), [this] { reloadInWorker(); });
    m_worker->reloadTimer->start(reloadIntervalMs);
}

void EngineHost::reloadInWorker()
{
    // Read before reloading: should the definitions change in between, the next round sees a
    // revision it has not announced and sends them again, rather than missing them.
    const auto revision = EndpointRepository(m_database).revision();
    const auto loaded = m_worker->engine->reloadIfChanged();
    // After the engine, so that new endpoints are there to be put into maintenance.
    const auto maintenance = m_worker->maintenance->reloadIfChanged();
    const auto failure = !revision ? revision.error()
        : !loaded                  ? loaded.error()
        : !maintenance             ? maintenance.error()
                                   : QString();
    if (!failure.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, failure] { Q_EMIT loadFailed(failure); }, Qt::QueuedConnection);
        return;
    }
    if (m_worker->announcedRevision == *revision)
        return;
    m_worker->announcedRevision = *revision;
    QMetaObject::invokeMethod(
        this, [this, endpoints = m_worker->engine->definedEndpoints()] { Q_EMIT endpointsChanged(endpoints); },
        Qt::QueuedConnection);
}

void EngineHost::startWatchingInWorker()
{
    m_worker->watcher = std::make_unique<DatabaseWatcher>(m_database);
    connect(m_worker->watcher.get(), &DatabaseWatcher::changed, m_context.get(),
        [this](DatabaseWatcher::Topics topics) { onChangedElsewhere(topics); });
    connect(m_worker->watcher.get(), &DatabaseWatcher::connectionLost, this, &EngineHost::databaseUnreachable);
    connect(m_worker->watcher.get(), &DatabaseWatcher::connectionRestored, this, &EngineHost::databaseReachable);
    m_worker->watcher->start();
}

void EngineHost::onChangedElsewhere(DatabaseWatcher::Topics topics)
{
    if (topics & (DatabaseWatcher::Topic::Endpoints | DatabaseWatcher::Topic::Catalog))
        reloadInWorker();
    if (topics & DatabaseWatcher::Topic::Results) {
        // Every endpoint's one row: for ten thousand endpoints a few milliseconds, and no more
        // often than the pollers write (once a second or less).
        if (auto statuses = EndpointStatusQuery(m_database).all(); statuses) {
            QMetaObject::invokeMethod(
                this, [this, list = std::move(*statuses)] { Q_EMIT statusesLoaded(list); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, message = statuses.error()] { Q_EMIT loadFailed(message); }, Qt::QueuedConnection);
        }
    }
    // What others did to incidents: the book this console's commands go through must know it.
    if (topics & (DatabaseWatcher::Topic::Incidents | DatabaseWatcher::Topic::Catalog) && m_worker->incidents) {
        if (const auto reloaded = m_worker->incidents->start(); !reloaded) {
            QMetaObject::invokeMethod(
                this, [this, message = reloaded.error()] { Q_EMIT loadFailed(message); }, Qt::QueuedConnection);
        }
    }
    QMetaObject::invokeMethod(this, [this, topics] { Q_EMIT changedElsewhere(topics); }, Qt::QueuedConnection);
}

void EngineHost::stopInWorker()
{
    m_worker->watcher.reset();
    m_worker->reloadTimer.reset();
    if (m_worker->engine) {
        m_worker->engine->shutdown();
        m_worker->engine.reset();
    }
    m_worker->maintenance.reset();
    m_worker->notifier.reset();
    m_worker->incidents.reset();
    // The worker's SQL connection belongs to this thread, which ends now.
    m_database.closeConnection();
}

} // namespace Leitstand
