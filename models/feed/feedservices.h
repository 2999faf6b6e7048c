#pragma once

#include "feed/statusfeed.h"
#include "monitoring/checkresult.h"

#include <QList>

#include <expected>

namespace Leitstand {

class Database;

// What a portal is told about one monitored endpoint's state. Unknown and Paused endpoints say
// nothing about the service and give no value.
std::optional<PublicServiceState> publicStateOf(EndpointState state);

// The services status.json lists with their state now: every service with a monitored endpoint,
// in the worst public state among its endpoints (Disrupted > Degraded > Maintenance > Operational),
// ordered by name. A service whose endpoints are all unknown or paused counts as operational:
// the console has no evidence against it, and a notice says more than a guess.
std::expected<QList<FeedService>, QString> feedServices(const Database &database);

} // namespace Leitstand
