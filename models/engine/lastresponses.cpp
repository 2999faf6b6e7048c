#include "engine/lastresponses.h"

namespace Leitstand {

LastResponses::LastResponses(QObject *parent)
    : QObject(parent)
{
}

void LastResponses::record(const CheckResult &result)
{
    m_responses.insert(result.endpointId, result);
    Q_EMIT updated(result.endpointId);
}

void LastResponses::remove(qint64 endpointId)
{
    m_responses.remove(endpointId);
}

std::optional<CheckResult> LastResponses::latest(qint64 endpointId) const
{
    const auto it = m_responses.constFind(endpointId);
    if (it == m_responses.cend())
        return std::nullopt;
    return *it;
}

} // namespace Leitstand
