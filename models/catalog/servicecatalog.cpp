#include "catalog/servicecatalog.h"

#include <algorithm>

namespace Leitstand {

const Team *ServiceCatalog::team(const QString &name) const
{
    const auto found = std::ranges::find(teams, name, &Team::name);
    return found == teams.cend() ? nullptr : &*found;
}

const ServiceDefinition *ServiceCatalog::service(const QString &name) const
{
    const auto found = std::ranges::find(services, name, &ServiceDefinition::name);
    return found == services.cend() ? nullptr : &*found;
}

QStringList ServiceCatalog::dependentsOf(const QString &name) const
{
    QStringList dependents;
    for (const ServiceDefinition &candidate : services) {
        if (candidate.dependsOn.contains(name))
            dependents.append(candidate.name);
    }
    dependents.sort();
    return dependents;
}

} // namespace Leitstand
