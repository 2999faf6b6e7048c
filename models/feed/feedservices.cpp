#include "feed/feedservices.h"

#include "catalog/servicecatalog.h"
#include "storage/endpointrepository.h"
#include "storage/endpointstatus.h"

#include <QHash>

#include <algorithm>

namespace Leitstand {

namespace {

// How bad a state is for the people using the service; higher is worse.
int badness(PublicServiceState state)
{
    switch (state) {
    case PublicServiceState::Operational:
        return 0;
    case PublicServiceState::Maintenance:
        return 1;
    case PublicServiceState::Degraded:
        return 2;
    case PublicServiceState::Disrupted:
        return 3;
    }
    return 0;
}

} // namespace

std::optional<PublicServiceState> publicStateOf(EndpointState state)
{
    switch (state) {
    case EndpointState::Up:
        return PublicServiceState::Operational;
    case EndpointState::Degraded:
        return PublicServiceState::Degraded;
    case EndpointState::Down:
        return PublicServiceState::Disrupted;
    case EndpointState::Maintenance:
        return PublicServiceState::Maintenance;
    case EndpointState::Unknown:
    case EndpointState::Paused:
        return std::nullopt;
    }
    return std::nullopt;
}

std::expected<QList<FeedService>, QString> feedServices(const Database &database)
{
    const auto endpoints = EndpointRepository(database).all();
    if (!endpoints)
        return std::unexpected(endpoints.error());
    const auto statuses = EndpointStatusQuery(database).all();
    if (!statuses)
        return std::unexpected(statuses.error());
    QHash<qint64, EndpointState> stateById;
    for (const EndpointStatus &status : *statuses)
        stateById.insert(status.endpointId, status.state);

    QHash<QString, PublicServiceState> byService;
    for (const Endpoint &endpoint : *endpoints) {
        PublicServiceState &state = byService[endpoint.service]; // Operational when first seen
        if (endpoint.paused)
            continue;
        const auto endpointState = publicStateOf(stateById.value(endpoint.id, EndpointState::Unknown));
        if (endpointState && badness(*endpointState) > badness(state))
            state = *endpointState;
    }
    QList<FeedService> services;
    services.reserve(byService.size());
    for (auto it = byService.cbegin(); it != byService.cend(); ++it)
        services.append({it.key(), it.value()});
    std::ranges::sort(
        services, [](const FeedService &a, const FeedService &b) { return ServiceCatalog::nameLess(a.name, b.name); });
    return services;
}

} // namespace Leitstand
