#include "monitoring/checks/checkenvironment.h"

#include "core/applicationinfo.h"

namespace Leitstand {

CheckEnvironment::CheckEnvironment()
    : m_userAgent("Leitstand/" + applicationVersion().toLatin1())
{
}

CheckEnvironment::~CheckEnvironment() = default;

} // namespace Leitstand
