#include "incidents/incidentbook.h"

#include <QSet>

#include <algorithm>

namespace Leitstand {

qsizetype IncidentTopology::endpointCountOf(qint64 serviceId) const
{
    return std::ranges::count(serviceOfEndpoint, serviceId);
}

IncidentBook::IncidentBook(IncidentTopology topology, std::chrono::seconds holdTime)
    : m_topology(std::move(topology))
    , m_holdTime(holdTime)
{
}

void IncidentBook::load(const QList<Incident> &incidents, qint64 nextId)
{
    m_incidents.clear();
    for (const Incident &incident : incidents)
        m_incidents.insert(incident.id, incident);
    m_nextId = nextId;
}

const Incident *IncidentBook::incident(qint64 id) const
{
    const auto it = m_incidents.constFind(id);
    return it == m_incidents.cend() ? nullptr : &*it;
}

const Incident *IncidentBook::openIncidentOf(qint64 serviceId) const
{
    return const_cast<IncidentBook *>(this)->openIncidentFor(serviceId);
}

Incident *IncidentBook::openIncidentFor(qint64 serviceId)
{
    // An automatic one first: that is where an outage belongs even if someone opened another by hand.
    Incident *found = nullptr;
    for (Incident &incident : m_incidents) {
        if (incident.serviceId != serviceId || !incident.isOpen())
            continue;
        if (incident.automatic)
            return &incident;
        if (!found)
            found = &incident;
    }
    return found;
}

Incident *IncidentBook::reopenableIncidentFor(qint64 serviceId, const QDateTime &at)
{
    Incident *latest = nullptr;
    for (Incident &incident : m_incidents) {
        if (incident.serviceId == serviceId && !incident.isOpen()
            && incident.resolvedAt.addSecs(m_holdTime.count()) > at
            && (!latest || incident.resolvedAt > latest->resolvedAt))
            latest = &incident;
    }
    return latest;
}

IncidentEvent &IncidentBook::record(
    Incident &incident, IncidentChange &change, IncidentEvent::Kind kind, const QDateTime &at, const QString &actor)
{
    IncidentEvent event;
    event.at = at;
    event.kind = kind;
    event.actor = actor;
    event.state = incident.state;
    event.severity = incident.severity;
    event.teamId = incident.teamId;
    incident.timeline.append(event);
    change.incidentId = incident.id;
    change.events.append(event);
    return incident.timeline.last();
}

void IncidentBook::merge(QList<IncidentChange> &changes, IncidentChange change)
{
    if (change.events.isEmpty())
        return;
    for (IncidentChange &existing : changes) {
        if (existing.incidentId == change.incidentId) {
            existing.events.append(change.events);
            return;
        }
    }
    changes.append(std::move(change));
}

QList<IncidentChange> IncidentBook::withSnapshots(QList<IncidentChange> changes) const
{
    for (IncidentChange &change : changes) {
        if (const Incident *incident = this->incident(change.incidentId)) {
            change.incident = *incident;
            change.incident.timeline.clear();
        }
    }
    return changes;
}

IncidentBook::Result IncidentBook::withSnapshot(IncidentChange change) const
{
    return withSnapshots({std::move(change)}).constFirst();
}

void IncidentBook::raiseSeverityIfAllDown(Incident &incident, IncidentChange &change, const QDateTime &at)
{
    const qsizetype total = m_topology.endpointCountOf(incident.serviceId);
    if (!incident.automatic || incident.severity == IncidentSeverity::Critical || total == 0
        || incident.downEndpoints.size() < total)
        return;
    incident.severity = IncidentSeverity::Critical;
    record(incident, change, IncidentEvent::Kind::SeverityChanged, at);
}

QList<IncidentChange> IncidentBook::endpointStateChanged(
    qint64 endpointId, EndpointState state, const QDateTime &at, const QString &detail)
{
    const qint64 serviceId = m_topology.serviceOfEndpoint.value(endpointId, 0);
    if (serviceId == 0)
        return {};
    const auto recordEndpoint = [&](Incident &incident, IncidentChange &change) {
        IncidentEvent &event = record(incident, change, IncidentEvent::Kind::EndpointChanged, at);
        event.endpointId = endpointId;
        event.endpointState = state;
        event.text = detail;
        change.events.last() = event;
    };

    QList<IncidentChange> changes;
    IncidentChange change;
    Incident *incident = openIncidentFor(serviceId);
    if (state != EndpointState::Down) {
        if (!incident || !incident->downEndpoints.remove(endpointId))
            return {};
        recordEndpoint(*incident, change);
        if (incident->downEndpoints.isEmpty())
            incident->allUpSince = at;
        merge(changes, std::move(change));
        return withSnapshots(changes);
    }

    if (incident && incident->downEndpoints.contains(endpointId))
        return {};
    if (!incident)
        incident = reopenableIncidentFor(serviceId, at);
    if (incident && !incident->isOpen()) {
        incident->state = IncidentState::Investigating;
        incident->resolvedAt = {};
        record(*incident, change, IncidentEvent::Kind::Reopened, at);
    } else if (!incident) {
        Incident opened;
        opened.id = m_nextId++;
        opened.serviceId = serviceId;
        opened.automatic = true;
        opened.teamId = m_topology.teamOf.value(serviceId, 0);
        opened.openedAt = at;
        opened.severity
            = m_topology.endpointCountOf(serviceId) <= 1 ? IncidentSeverity::Critical : IncidentSeverity::Major;
        incident = &*m_incidents.insert(opened.id, opened);
        record(*incident, change, IncidentEvent::Kind::Opened, at);
    }
    incident->downEndpoints.insert(endpointId);
    incident->affectedEndpoints.insert(endpointId);
    incident->allUpSince = {};
    recordEndpoint(*incident, change);
    raiseSeverityIfAllDown(*incident, change, at);
    merge(changes, std::move(change));
    nameCauses(changes, at);
    return withSnapshots(changes);
}

std::optional<qint64> IncidentBook::likelyCause(qint64 serviceId) const
{
    // Breadth first through the dependencies, in the order they are listed; a failing service
    // whose own dependencies hold no failing one is where the trouble starts.
    const auto failing = [this](qint64 service) {
        return openIncidentOf(service) != nullptr;
    };
    const auto failingBelow = [&](qint64 start) {
        QList<qint64> queue = m_topology.dependenciesOf.value(start);
        QSet<qint64> seen {start};
        QList<qint64> found;
        for (qsizetype i = 0; i < queue.size(); ++i) {
            const qint64 service = queue.at(i);
            if (seen.contains(service))
                continue; // dependency cycles are a catalog mistake, not a reason to hang
            seen.insert(service);
            if (failing(service))
                found.append(service);
            queue.append(m_topology.dependenciesOf.value(service));
        }
        return found;
    };
    for (const qint64 candidate : failingBelow(serviceId)) {
        if (failingBelow(candidate).isEmpty())
            return candidate;
    }
    return std::nullopt;
}

void IncidentBook::nameCauses(QList<IncidentChange> &changes, const QDateTime &at)
{
    for (Incident &incident : m_incidents) {
        if (!incident.isOpen())
            continue;
        const std::optional<qint64> cause = likelyCause(incident.serviceId);
        if (!cause || cause == incident.likelyCauseServiceId)
            continue;
        incident.likelyCauseServiceId = cause;
        IncidentChange change;
        IncidentEvent &event = record(incident, change, IncidentEvent::Kind::CauseNamed, at);
        event.serviceId = *cause;
        change.events.last() = event;
        merge(changes, std::move(change));
    }
}

void IncidentBook::markResolved(Incident &incident, IncidentChange &change, const QDateTime &at, const QString &actor)
{
    incident.state = IncidentState::Resolved;
    incident.resolvedAt = at;
    record(incident, change, IncidentEvent::Kind::Resolved, at, actor);
}

QList<IncidentChange> IncidentBook::tick(const QDateTime &now)
{
    // Forget first: an incident this call resolves stays until the next, so that its change can
    // still be looked up here.
    m_incidents.removeIf([&](const auto &entry) {
        const Incident &incident = entry.value();
        return !incident.isOpen() && incident.resolvedAt.addSecs(m_holdTime.count()) <= now;
    });
    QList<IncidentChange> changes;
    for (Incident &incident : m_incidents) {
        if (!incident.isOpen() || !incident.automatic || !incident.downEndpoints.isEmpty()
            || !incident.allUpSince.isValid())
            continue;
        const QDateTime due = incident.allUpSince.addSecs(m_holdTime.count());
        if (due > now)
            continue;
        IncidentChange change;
        markResolved(incident, change, due, {});
        merge(changes, std::move(change));
    }
    return withSnapshots(changes);
}

std::optional<QDateTime> IncidentBook::nextDeadline() const
{
    std::optional<QDateTime> next;
    const auto consider = [&](const QDateTime &at) {
        if (!next || at < *next)
            next = at;
    };
    for (const Incident &incident : m_incidents) {
        if (!incident.isOpen())
            consider(incident.resolvedAt.addSecs(m_holdTime.count())); // forgotten then
        else if (incident.automatic && incident.downEndpoints.isEmpty() && incident.allUpSince.isValid())
            consider(incident.allUpSince.addSecs(m_holdTime.count()));
    }
    return next;
}

std::expected<Incident *, QString> IncidentBook::changeable(qint64 id)
{
    const auto it = m_incidents.find(id);
    if (it == m_incidents.end())
        return std::unexpected(tr("Incident %1 is not open.").arg(id));
    if (!it->isOpen())
        return std::unexpected(tr("Incident %1 is resolved and can no longer be changed.").arg(id));
    return &*it;
}

IncidentBook::Result IncidentBook::open(
    qint64 serviceId, const QString &title, IncidentSeverity severity, const QString &actor, const QDateTime &at)
{
    if (title.trimmed().isEmpty())
        return std::unexpected(tr("An incident opened by hand needs a title."));
    Incident incident;
    incident.id = m_nextId++;
    incident.serviceId = serviceId;
    incident.title = title.trimmed();
    incident.severity = severity;
    incident.teamId = m_topology.teamOf.value(serviceId, 0);
    incident.openedAt = at;
    Incident &stored = *m_incidents.insert(incident.id, incident);
    IncidentChange change;
    record(stored, change, IncidentEvent::Kind::Opened, at, actor);
    QList<IncidentChange> changes {change};
    nameCauses(changes, at);
    return withSnapshot(changes.constFirst());
}

IncidentBook::Result IncidentBook::acknowledge(qint64 id, const QString &actor, const QDateTime &at)
{
    const auto incident = changeable(id);
    if (!incident)
        return std::unexpected(incident.error());
    IncidentChange change;
    change.incidentId = id;
    if ((*incident)->acknowledgedAt.isValid())
        return change; // the first acknowledgement is the one that counts; nothing to record
    (*incident)->acknowledgedAt = at;
    (*incident)->acknowledgedBy = actor;
    record(**incident, change, IncidentEvent::Kind::Acknowledged, at, actor);
    return withSnapshot(change);
}

IncidentBook::Result IncidentBook::setState(qint64 id, IncidentState state, const QString &actor, const QDateTime &at)
{
    if (state == IncidentState::Resolved)
        return resolve(id, actor, at);
    const auto incident = changeable(id);
    if (!incident)
        return std::unexpected(incident.error());
    IncidentChange change;
    change.incidentId = id;
    if ((*incident)->state == state)
        return change;
    (*incident)->state = state;
    record(**incident, change, IncidentEvent::Kind::StateChanged, at, actor);
    return withSnapshot(change);
}

IncidentBook::Result IncidentBook::setSeverity(
    qint64 id, IncidentSeverity severity, const QString &actor, const QDateTime &at)
{
    const auto incident = changeable(id);
    if (!incident)
        return std::unexpected(incident.error());
    IncidentChange change;
    change.incidentId = id;
    if ((*incident)->severity == severity)
        return change;
    (*incident)->severity = severity;
    record(**incident, change, IncidentEvent::Kind::SeverityChanged, at, actor);
    return withSnapshot(change);
}

IncidentBook::Result IncidentBook::assign(qint64 id, qint64 teamId, const QString &actor, const QDateTime &at)
{
    const auto incident = changeable(id);
    if (!incident)
        return std::unexpected(incident.error());
    IncidentChange change;
    change.incidentId = id;
    if ((*incident)->teamId == teamId)
        return change;
    (*incident)->teamId = teamId;
    record(**incident, change, IncidentEvent::Kind::Assigned, at, actor);
    return withSnapshot(change);
}

IncidentBook::Result IncidentBook::addNote(qint64 id, const QString &text, const QString &actor, const QDateTime &at)
{
    if (text.trimmed().isEmpty())
        return std::unexpected(tr("A note needs some text."));
    const auto incident = changeable(id);
    if (!incident)
        return std::unexpected(incident.error());
    IncidentChange change;
    IncidentEvent &event = record(**incident, change, IncidentEvent::Kind::Note, at, actor);
    event.text = text.trimmed();
    change.events.last() = event;
    return withSnapshot(change);
}

IncidentBook::Result IncidentBook::resolve(qint64 id, const QString &actor, const QDateTime &at)
{
    const auto incident = changeable(id);
    if (!incident)
        return std::unexpected(incident.error());
    IncidentChange change;
    markResolved(**incident, change, at, actor);
    return withSnapshot(change);
}

} // namespace Leitstand
