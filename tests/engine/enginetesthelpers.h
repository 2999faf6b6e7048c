#pragma once

#include "monitoring/endpoint.h"

#include <QString>

namespace Leitstand::EngineTest {

// A tcp endpoint on 127.0.0.1 checked every second, which a QTcpServer of the test answers (or a
// closed port refuses): the cheapest real check there is.
inline Endpoint tcpEndpoint(const QString &name, quint16 port, int confirmationsDown = 1)
{
    Endpoint endpoint;
    endpoint.service = QStringLiteral("Amt");
    endpoint.name = name;
    endpoint.kind = CheckKind::Tcp;
    endpoint.target = QStringLiteral("127.0.0.1:%1").arg(port);
    endpoint.intervalMs = 1000;
    endpoint.timeoutMs = 900;
    endpoint.confirmationsDown = confirmationsDown;
    return endpoint;
}

} // namespace Leitstand::EngineTest
