#pragma once

#include "monitoring/checks/tlspolicy.h"

#include <QByteArray>

namespace Leitstand {

// What every check of one thread shares: the user agent and the TLS trust of each kind of endpoint
// (whose CA files are read once).
class CheckEnvironment final
{
public:
    CheckEnvironment();
    ~CheckEnvironment();
    Q_DISABLE_COPY_MOVE(CheckEnvironment)

    // Leitstand/VERSION, for the User-Agent of HTTP checks.
    const QByteArray &userAgent() const { return m_userAgent; }
    TlsPolicy &tls() { return m_tls; }

private:
    QByteArray m_userAgent;
    TlsPolicy m_tls;
};

} // namespace Leitstand
