#include "engine/incidentmonitor.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"

#include <algorithm>

namespace Leitstand {

IncidentMonitor::IncidentMonitor(const Database &database, std::chrono::seconds holdTime, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database)
    , m_book({}, holdTime)
{
    m_tickTimer.setSingleShot(true);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] { tick(QDateTime::currentDateTimeUtc()); });
}

IncidentMonitor::~IncidentMonitor() = default;

std::expected<void, QString> IncidentMonitor::start()
{
    const auto topology = CatalogRepository(m_database).incidentTopology();
    if (!topology)
        return std::unexpected(topology.error());
    m_book.setTopology(*topology);
    const auto set = m_repository.workingSet(QDateTime::currentDateTimeUtc(), m_book.holdTime());
    if (!set)
        return std::unexpected(set.error());
    m_book.load(set->incidents, set->nextId);
    m_revisions.reset();
    refreshTopologyIfChanged(); // remembers the revisions the topology was read at
    scheduleTick();
    return {};
}

void IncidentMonitor::refreshTopologyIfChanged()
{
    const auto catalog = CatalogRepository(m_database).revision();
    const auto endpoints = EndpointRepository(m_database).revision();
    if (!catalog || !endpoints) {
        Q_EMIT storageFailed(catalog ? endpoints.error() : catalog.error());
        return;
    }
    const std::pair revisions {*catalog, *endpoints};
    if (m_revisions == revisions)
        return;
    const bool first = !m_revisions;
    m_revisions = revisions;
    if (first)
        return;
    const auto topology = CatalogRepository(m_database).incidentTopology();
    if (!topology) {
        Q_EMIT storageFailed(topology.error());
        return;
    }
    m_book.setTopology(*topology);
}

void IncidentMonitor::onStateChanged(const StateTransition &transition)
{
    refreshTopologyIfChanged();
    const QString detail = transition.cause ? transition.cause->detail : QString();
    publish(m_book.endpointStateChanged(transition.endpointId, transition.to, transition.at, detail));
}

IncidentBook::Result IncidentMonitor::execute(const IncidentCommand &command)
{
    using Kind = IncidentCommand::Kind;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    IncidentBook::Result result = std::unexpected(QString());
    switch (command.kind) {
    case Kind::Open:
        refreshTopologyIfChanged();
        result = m_book.open(command.serviceId, command.text, command.severity, command.actor, now);
        break;
    case Kind::Acknowledge:
        result = m_book.acknowledge(command.incidentId, command.actor, now);
        break;
    case Kind::SetState:
        result = m_book.setState(command.incidentId, command.state, command.actor, now);
        break;
    case Kind::SetSeverity:
        result = m_book.setSeverity(command.incidentId, command.severity, command.actor, now);
        break;
    case Kind::Assign:
        result = m_book.assign(command.incidentId, command.teamId, command.actor, now);
        break;
    case Kind::AddNote:
        result = m_book.addNote(command.incidentId, command.text, command.actor, now);
        break;
    case Kind::Resolve:
        result = m_book.resolve(command.incidentId, command.actor, now);
        break;
    }
    if (result && !result->events.isEmpty())
        publish({*result});
    return result;
}

void IncidentMonitor::tick(const QDateTime &now)
{
    publish(m_book.tick(now));
}

void IncidentMonitor::publish(const QList<IncidentChange> &changes)
{
    if (!changes.isEmpty() || !m_unsaved.isEmpty()) {
        QList<IncidentChange> writing = m_unsaved;
        writing.append(changes);
        if (const auto stored = m_repository.apply(writing); stored) {
            m_unsaved.clear();
        } else {
            m_unsaved = std::move(writing);
            Q_EMIT storageFailed(stored.error());
        }
    }
    if (!changes.isEmpty())
        Q_EMIT incidentsChanged(changes);
    scheduleTick();
}

void IncidentMonitor::scheduleTick()
{
    const std::optional<QDateTime> next = m_book.nextDeadline();
    if (!next) {
        m_tickTimer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*next));
    m_tickTimer.start(std::chrono::milliseconds(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

} // namespace Leitstand
