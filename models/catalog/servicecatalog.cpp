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
    std::ranges::sort(dependents, nameLess);
    return dependents;
}

bool ServiceCatalog::nameLess(const QString &left, const QString &right)
{
    const int folded = left.compare(right, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : left < right;
}

void ServiceCatalog::sortByName()
{
    std::ranges::stable_sort(teams, nameLess, &Team::name);
    std::ranges::stable_sort(services, nameLess, &ServiceDefinition::name);
}

} // namespace Leitstand
