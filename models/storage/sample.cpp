#include "storage/sample.h"

namespace Leitstand {

Sample Sample::fromResult(const CheckResult &result)
{
    const QDateTime &time = result.startedAt.isValid() ? result.startedAt : result.finishedAt;
    return Sample {
        .endpointId = result.endpointId,
        .timeMs = time.toMSecsSinceEpoch(),
        .latencyMs = result.latencyMs,
        .state = result.status,
        .error = result.error,
        .detail = result.detail,
    };
}

void StateSeconds::add(EndpointState state, qint64 seconds)
{
    switch (state) {
    case EndpointState::Up:
        up += seconds;
        return;
    case EndpointState::Degraded:
        degraded += seconds;
        return;
    case EndpointState::Down:
        down += seconds;
        return;
    case EndpointState::Maintenance:
        maintenance += seconds;
        return;
    case EndpointState::Unknown:
    case EndpointState::Paused:
        break;
    }
    unknown += seconds;
}

qint64 StateSeconds::inState(EndpointState state) const
{
    switch (state) {
    case EndpointState::Up:
        return up;
    case EndpointState::Degraded:
        return degraded;
    case EndpointState::Down:
        return down;
    case EndpointState::Maintenance:
        return maintenance;
    case EndpointState::Unknown:
    case EndpointState::Paused:
        break;
    }
    return unknown;
}

StateSeconds &StateSeconds::operator+=(const StateSeconds &other)
{
    up += other.up;
    degraded += other.degraded;
    down += other.down;
    maintenance += other.maintenance;
    unknown += other.unknown;
    return *this;
}

qint64 sampleHoldSeconds(qint64 intervalMs)
{
    return std::max<qint64>(1, (2 * intervalMs + 999) / 1000);
}

} // namespace Leitstand
