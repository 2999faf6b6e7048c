#include "monitoring/statetracker.h"

#include <QtMinMax>

namespace Leitstand {

namespace {

bool isCheckOutcome(EndpointState status)
{
    return status == EndpointState::Up || status == EndpointState::Degraded || status == EndpointState::Down;
}

} // namespace

std::optional<StateTransition> StateTracker::upsert(const Endpoint &endpoint, const QDateTime &atUtc)
{
    const bool known = m_endpoints.contains(endpoint.id);
    Tracked &tracked = trackedFor(endpoint.id, atUtc);
    tracked.confirmationsDown = qMax(1, endpoint.confirmationsDown);
    tracked.confirmationsUp = qMax(1, endpoint.confirmationsUp);
    TrackedState &state = tracked.state;
    const EndpointState before = state.state;
    const bool resumed = state.paused && !endpoint.paused;
    state.paused = endpoint.paused;
    if (resumed) {
        state.health = EndpointState::Unknown;
        state.consecutiveFailures = 0;
        state.consecutivePasses = 0;
    }
    if (!known) {
        state.state = shownState(state);
        return std::nullopt;
    }
    return settle(endpoint.id, state, before, atUtc, nullptr);
}

void StateTracker::remove(qint64 endpointId)
{
    m_endpoints.remove(endpointId);
}

std::optional<StateTransition> StateTracker::apply(const CheckResult &result)
{
    if (!isCheckOutcome(result.status))
        return std::nullopt;
    Tracked &tracked = trackedFor(result.endpointId, result.finishedAt);
    if (tracked.state.paused)
        return std::nullopt;
    const EndpointState before = tracked.state.state;
    count(tracked, result);
    return settle(result.endpointId, tracked.state, before, result.finishedAt, &result);
}

std::optional<StateTransition> StateTracker::setInMaintenance(
    qint64 endpointId, bool inMaintenance, const QDateTime &atUtc)
{
    TrackedState &state = trackedFor(endpointId, atUtc).state;
    const EndpointState before = state.state;
    state.inMaintenance = inMaintenance;
    return settle(endpointId, state, before, atUtc, nullptr);
}

std::optional<TrackedState> StateTracker::state(qint64 endpointId) const
{
    const auto it = m_endpoints.constFind(endpointId);
    if (it == m_endpoints.cend())
        return std::nullopt;
    return it->state;
}

StateTracker::Tracked &StateTracker::trackedFor(qint64 endpointId, const QDateTime &atUtc)
{
    auto it = m_endpoints.find(endpointId);
    if (it == m_endpoints.end()) {
        const Endpoint defaults;
        Tracked tracked;
        tracked.confirmationsDown = defaults.confirmationsDown;
        tracked.confirmationsUp = defaults.confirmationsUp;
        tracked.state.since = atUtc;
        it = m_endpoints.insert(endpointId, tracked);
    }
    return *it;
}

void StateTracker::count(Tracked &tracked, const CheckResult &result)
{
    TrackedState &state = tracked.state;
    state.lastResultAt = result.finishedAt;
    const bool passing = result.isUp();
    if (passing) {
        ++state.consecutivePasses;
        state.consecutiveFailures = 0;
    } else {
        ++state.consecutiveFailures;
        state.consecutivePasses = 0;
    }

    if (state.health == EndpointState::Down) {
        if (passing && state.consecutivePasses >= tracked.confirmationsUp)
            state.health = result.status;
    } else if (passing) {
        state.health = result.status;
    } else if (state.consecutiveFailures >= tracked.confirmationsDown) {
        state.health = EndpointState::Down;
    }
}

EndpointState StateTracker::shownState(const TrackedState &state)
{
    if (state.paused)
        return EndpointState::Paused;
    if (state.inMaintenance)
        return EndpointState::Maintenance;
    return state.health;
}

std::optional<StateTransition> StateTracker::settle(
    qint64 endpointId, TrackedState &state, EndpointState before, const QDateTime &atUtc, const CheckResult *cause)
{
    state.state = shownState(state);
    if (state.state == before)
        return std::nullopt;
    state.since = atUtc;
    StateTransition transition {.endpointId = endpointId, .from = before, .to = state.state, .at = atUtc, .cause = {}};
    if (cause)
        transition.cause = *cause;
    return transition;
}

} // namespace Leitstand
