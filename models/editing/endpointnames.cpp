#include "editing/endpointnames.h"

namespace Leitstand {

EndpointNames::EndpointNames(const QList<Endpoint> &endpoints)
{
    m_ids.reserve(endpoints.size());
    for (const Endpoint &endpoint : endpoints)
        m_ids.insert({endpoint.service, endpoint.name}, endpoint.id);
}

std::optional<QString> EndpointNames::conflict(const Endpoint &endpoint) const
{
    const auto it = m_ids.constFind({endpoint.service, endpoint.name});
    if (it == m_ids.cend() || *it == endpoint.id)
        return std::nullopt;
    return takenMessage(endpoint.service, endpoint.name);
}

QString EndpointNames::copyName(const QString &service, const QString &name) const
{
    QString candidate = tr("%1 (copy)", "name of a duplicated endpoint").arg(name);
    for (int number = 2; m_ids.contains({service, candidate}); ++number)
        candidate = tr("%1 (copy %2)", "name of a duplicated endpoint").arg(name).arg(number);
    return candidate;
}

QString EndpointNames::takenMessage(const QString &service, const QString &name)
{
    return tr("The service \"%1\" already has an endpoint named \"%2\".").arg(service, name);
}

} // namespace Leitstand
