#include "engine/monitoringengine.h"

#include "monitoring/checks/checkexecutor.h"
#include "storage/endpointrepository.h"
#include "storage/sample.h"

#include <algorithm>

namespace Leitstand {

MonitoringEngine::MonitoringEngine(const Database &database, const MonitoringEngineOptions &options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(options)
    , m_executor(std::make_unique<CheckExecutor>())
{
    qRegisterMetaType<Leitstand::StateTransition>();
    qRegisterMetaType<Leitstand::EndpointState>();
    m_scheduler = std::make_unique<Scheduler>(
        [this](const Endpoint &endpoint, const QDateTime &dueAt) { m_executor->start(endpoint, dueAt); },
        options.limits);
    connect(m_scheduler.get(), &Scheduler::allChecksFinished, this, &MonitoringEngine::allChecksFinished);
    connect(m_executor.get(), &CheckExecutor::finished, this, &MonitoringEngine::onCheckFinished);
    if (options.storeSamples) {
        m_writer = std::make_unique<SampleWriter>(database, options.writer);
        connect(m_writer.get(), &SampleWriter::writeFailed, this, &MonitoringEngine::storageFailed);
        connect(m_writer.get(), &SampleWriter::databaseLost, this, &MonitoringEngine::databaseLost);
        connect(m_writer.get(), &SampleWriter::databaseBack, this, &MonitoringEngine::databaseBack);
    }
}

MonitoringEngine::~MonitoringEngine()
{
    shutdown();
}

std::expected<void, QString> MonitoringEngine::loadEndpoints()
{
    const EndpointRepository repository(m_database);
    // Read before the definitions: a change in between makes the next reloadIfChanged() load again
    // rather than miss it.
    const auto revision = repository.revision();
    if (!revision)
        return std::unexpected(revision.error());
    auto endpoints = repository.all();
    if (!endpoints)
        return std::unexpected(endpoints.error());
    setEndpoints(*endpoints);
    m_loadedRevision = *revision;
    return {};
}

std::expected<void, QString> MonitoringEngine::reloadIfChanged()
{
    const auto revision = EndpointRepository(m_database).revision();
    if (!revision)
        return std::unexpected(revision.error());
    if (m_loadedRevision == *revision)
        return {};
    return loadEndpoints();
}

void MonitoringEngine::setEndpoints(const QList<Endpoint> &endpoints)
{
    m_defined = endpoints;
    if (!m_assignment) {
        schedule(endpoints);
        return;
    }
    QList<Endpoint> assigned;
    for (const Endpoint &endpoint : endpoints) {
        if (m_assignment->contains(endpoint.id))
            assigned.append(endpoint);
    }
    schedule(assigned);
}

void MonitoringEngine::setAssignment(const std::optional<QSet<qint64>> &endpointIds)
{
    m_assignment = endpointIds;
    setEndpoints(m_defined);
}

void MonitoringEngine::schedule(const QList<Endpoint> &endpoints)
{
    QHash<qint64, Endpoint> next;
    next.reserve(endpoints.size());
    for (const Endpoint &endpoint : endpoints)
        next.insert(endpoint.id, endpoint);
    for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it) {
        if (!next.contains(it.key()))
            m_tracker.remove(it.key());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Endpoint &endpoint : endpoints)
        emitTransition(m_tracker.upsert(endpoint, now));
    m_endpoints = std::move(next);
    m_scheduler->setEndpoints(endpoints);
}

void MonitoringEngine::upsertEndpoint(const Endpoint &endpoint)
{
    const auto defined = std::ranges::find(m_defined, endpoint.id, &Endpoint::id);
    if (defined != m_defined.end())
        *defined = endpoint;
    else
        m_defined.append(endpoint);
    if (m_assignment && !m_assignment->contains(endpoint.id))
        return;
    m_endpoints.insert(endpoint.id, endpoint);
    emitTransition(m_tracker.upsert(endpoint, QDateTime::currentDateTimeUtc()));
    m_scheduler->upsert(endpoint);
}

void MonitoringEngine::removeEndpoint(qint64 endpointId)
{
    m_defined.removeIf([endpointId](const Endpoint &endpoint) { return endpoint.id == endpointId; });
    m_endpoints.remove(endpointId);
    m_tracker.remove(endpointId);
    m_scheduler->remove(endpointId);
}

void MonitoringEngine::start()
{
    m_scheduler->start();
}

void MonitoringEngine::stop()
{
    m_scheduler->stop();
}

bool MonitoringEngine::isRunning() const
{
    return m_scheduler->isRunning();
}

void MonitoringEngine::checkAllOnce()
{
    m_scheduler->runAllOnce();
}

bool MonitoringEngine::checkNow(qint64 endpointId)
{
    return m_scheduler->checkNow(endpointId);
}

void MonitoringEngine::shutdown()
{
    m_scheduler->stop();
    m_executor->cancelAll();
    if (m_writer)
        m_writer->flush();
}

void MonitoringEngine::setInMaintenance(qint64 endpointId, bool inMaintenance)
{
    emitTransition(m_tracker.setInMaintenance(endpointId, inMaintenance, QDateTime::currentDateTimeUtc()));
}

QList<Endpoint> MonitoringEngine::endpoints() const
{
    return m_endpoints.values();
}

std::optional<Endpoint> MonitoringEngine::endpoint(qint64 endpointId) const
{
    const auto it = m_endpoints.constFind(endpointId);
    if (it == m_endpoints.cend())
        return std::nullopt;
    return *it;
}

std::optional<TrackedState> MonitoringEngine::state(qint64 endpointId) const
{
    return m_tracker.state(endpointId);
}

SchedulerStatistics MonitoringEngine::schedulerStatistics() const
{
    return m_scheduler->statistics();
}

SampleWriterStatistics MonitoringEngine::storageStatistics() const
{
    return m_writer ? m_writer->statistics() : SampleWriterStatistics {};
}

void MonitoringEngine::onCheckFinished(const CheckResult &result)
{
    m_scheduler->checkFinished(result.endpointId);
    // Removed while its check was running: the result belongs to nothing any more.
    if (!m_endpoints.contains(result.endpointId))
        return;
    const std::optional<StateTransition> transition = m_tracker.apply(result);
    const EndpointState state = m_tracker.state(result.endpointId).value_or(TrackedState {}).state;
    if (m_writer) {
        Sample sample = Sample::fromResult(result);
        sample.state = state;
        m_writer->append(sample);
    }
    Q_EMIT resultReady(result, state);
    emitTransition(transition);
}

void MonitoringEngine::emitTransition(const std::optional<StateTransition> &transition)
{
    if (transition)
        Q_EMIT stateChanged(*transition);
}

} // namespace Leitstand
