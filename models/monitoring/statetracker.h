#pragma once

#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>

#include <optional>

namespace Leitstand {

// A change of the state operators see.
struct StateTransition
{
    qint64 endpointId = 0;
    EndpointState from = EndpointState::Unknown;
    EndpointState to = EndpointState::Unknown;
    QDateTime at; // UTC
    // The result that caused it; none when pausing, resuming or a maintenance window did.
    std::optional<CheckResult> cause;
};

// What the tracker knows about one endpoint.
struct TrackedState
{
    EndpointState state = EndpointState::Unknown; // what operators see
    // The confirmed outcome of the checks, whatever pause and maintenance show instead: Unknown, Up,
    // Degraded or Down.
    EndpointState health = EndpointState::Unknown;
    QDateTime since; // UTC: when `state` began
    int consecutiveFailures = 0;
    int consecutivePasses = 0; // Degraded results pass
    QDateTime lastResultAt; // UTC; invalid before the first result
    bool paused = false;
    bool inMaintenance = false;
};

// Turns the results of single checks into the state operators see, one endpoint at a time.
//
// - UNKNOWN until there is evidence: the first passing result makes it UP (or DEGRADED) at once;
//   failures of a new endpoint leave it UNKNOWN until they are confirmed, then it is DOWN.
// - DOWN only after Endpoint::confirmationsDown consecutive failing results, UP again only after
//   Endpoint::confirmationsUp consecutive passing ones: an endpoint that flaps stays where it was.
// - DEGRADED results pass: they count towards UP and reset the failures. Outside an outage the
//   state follows every passing result at once (UP <-> DEGRADED without confirmation), since being
//   slow or near certificate expiry is a warning, not an outage; a recovery from DOWN confirmed by
//   a DEGRADED result goes to DEGRADED.
// - MAINTENANCE while the caller says the endpoint is inside a maintenance window: results are
//   still counted, so leaving the window shows the health confirmed meanwhile (DOWN, UP, ...).
// - PAUSED for paused endpoints. Results arriving while paused (a check that was already running)
//   are ignored, and resuming starts afresh at UNKNOWN, since what was known before is stale.
//
// Not thread-safe: one tracker belongs to one thread.
class StateTracker final
{
public:
    // Adds an endpoint, or takes over changed confirmations and the paused flag. A new endpoint
    // starts UNKNOWN (or PAUSED) without a transition.
    std::optional<StateTransition> upsert(const Endpoint &endpoint, const QDateTime &atUtc);
    void remove(qint64 endpointId);

    // Counts one result; its time is result.finishedAt. A result of an endpoint not added before is
    // tracked with the default confirmations. Results whose status is not Up, Degraded or Down are
    // ignored.
    std::optional<StateTransition> apply(const CheckResult &result);

    std::optional<StateTransition> setInMaintenance(qint64 endpointId, bool inMaintenance, const QDateTime &atUtc);

    std::optional<TrackedState> state(qint64 endpointId) const;
    qsizetype size() const { return m_endpoints.size(); }

private:
    struct Tracked
    {
        TrackedState state;
        int confirmationsDown = 1;
        int confirmationsUp = 1;
    };

    Tracked &trackedFor(qint64 endpointId, const QDateTime &atUtc);
    static void count(Tracked &tracked, const CheckResult &result);
    static EndpointState shownState(const TrackedState &state);
    static std::optional<StateTransition> settle(
        qint64 endpointId, TrackedState &state, EndpointState before, const QDateTime &atUtc, const CheckResult *cause);

    QHash<qint64, Tracked> m_endpoints;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::StateTransition)
