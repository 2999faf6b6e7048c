#pragma once

#include "incidents/incident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>

#include <chrono>
#include <expected>
#include <optional>

namespace Leitstand {

// What the incident logic needs to know of the service catalog.
struct IncidentTopology
{
    QHash<qint64, qint64> serviceOfEndpoint;
    QHash<qint64, QList<qint64>> dependenciesOf; // service -> the services it depends on
    QHash<qint64, qint64> teamOf; // service -> its responsible team

    qsizetype endpointCountOf(qint64 serviceId) const;
};

// What one operation did to one incident: the incident as it is afterwards (without its timeline)
// and the timeline entries the operation added. Storage writes both, also long after the book
// has forgotten the incident; team notifications look at the entries' kinds.
struct IncidentChange
{
    qint64 incidentId = 0;
    Incident incident;
    QList<IncidentEvent> events;
};

// The incidents that are open or were resolved within the hold time, and the rules that open,
// correlate and resolve them:
//
// - An endpoint of a service going DOWN (confirmed, so flapping is already damped) opens one
//   automatic incident for the service; more endpoints of the same service going down join it.
//   Its severity is critical when every endpoint of the service is down, major otherwise, and
//   rises on its own as more go down. MAINTENANCE, DEGRADED, PAUSED and UNKNOWN are not down.
// - A service this one depends on, directly or further down, that has an open incident is named
//   as the likely cause: the one deepest in the chain of failing dependencies.
// - An automatic incident resolves itself once all its endpoints have been back for the hold time
//   (resolved at the moment the hold time ran out, not when tick() noticed). An outage of the
//   service within the hold time after a resolution reopens that incident instead of opening one.
// - People open incidents by hand, acknowledge, change state and severity, assign a team, add
//   notes and resolve. Incidents opened by hand are never resolved by the checks.
//
// Pure logic without clocks or timers: the caller passes the time and calls tick() at
// nextDeadline(). Not thread-safe.
class IncidentBook final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::IncidentBook)

public:
    using Result = std::expected<IncidentChange, QString>;

    explicit IncidentBook(IncidentTopology topology = {}, std::chrono::seconds holdTime = std::chrono::minutes(5));

    void setTopology(IncidentTopology topology) { m_topology = std::move(topology); }
    const IncidentTopology &topology() const { return m_topology; }
    std::chrono::seconds holdTime() const { return m_holdTime; }
    void setHoldTime(std::chrono::seconds holdTime) { m_holdTime = holdTime; }

    // Takes over incidents known elsewhere (the database): those open and those resolved within
    // the hold time. New incidents get ids from nextId on.
    void load(const QList<Incident> &incidents, qint64 nextId);
    const QMap<qint64, Incident> &incidents() const { return m_incidents; }
    const Incident *incident(qint64 id) const;
    // The open incident of a service, if there is one.
    const Incident *openIncidentOf(qint64 serviceId) const;

    QList<IncidentChange> endpointStateChanged(
        qint64 endpointId, EndpointState state, const QDateTime &at, const QString &detail = {});
    // Resolves what has been up for the hold time, and forgets what was resolved before and can no
    // longer be reopened. Every incident a returned change names is still in the book.
    QList<IncidentChange> tick(const QDateTime &now);
    // When tick() next has something to do.
    std::optional<QDateTime> nextDeadline() const;

    Result open(
        qint64 serviceId, const QString &title, IncidentSeverity severity, const QString &actor, const QDateTime &at);
    Result acknowledge(qint64 id, const QString &actor, const QDateTime &at);
    Result setState(qint64 id, IncidentState state, const QString &actor, const QDateTime &at);
    Result setSeverity(qint64 id, IncidentSeverity severity, const QString &actor, const QDateTime &at);
    Result assign(qint64 id, qint64 teamId, const QString &actor, const QDateTime &at);
    Result addNote(qint64 id, const QString &text, const QString &actor, const QDateTime &at);
    Result resolve(qint64 id, const QString &actor, const QDateTime &at);

private:
    Incident *openIncidentFor(qint64 serviceId);
    Incident *reopenableIncidentFor(qint64 serviceId, const QDateTime &at);
    std::expected<Incident *, QString> changeable(qint64 id);
    IncidentEvent &record(Incident &incident, IncidentChange &change, IncidentEvent::Kind kind, const QDateTime &at,
        const QString &actor = {});
    void raiseSeverityIfAllDown(Incident &incident, IncidentChange &change, const QDateTime &at);
    // Names the likely cause in every open incident where it changed.
    void nameCauses(QList<IncidentChange> &changes, const QDateTime &at);
    std::optional<qint64> likelyCause(qint64 serviceId) const;
    void markResolved(Incident &incident, IncidentChange &change, const QDateTime &at, const QString &actor);
    static void merge(QList<IncidentChange> &changes, IncidentChange change);
    // Fills in each change's incident as it is now.
    QList<IncidentChange> withSnapshots(QList<IncidentChange> changes) const;
    Result withSnapshot(IncidentChange change) const;

    IncidentTopology m_topology;
    std::chrono::seconds m_holdTime;
    QMap<qint64, Incident> m_incidents;
    qint64 m_nextId = 1;
};

} // namespace Leitstand
