#pragma once

#include "monitoring/checks/check.h"

#include <QTcpSocket>

namespace Leitstand {

// tcp: UP as soon as a connection to host:port is established.
class TcpCheck final : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~TcpCheck() override;
    Q_DISABLE_COPY_MOVE(TcpCheck)

private:
    void run() override;
    void stop() override;
    void release();

    QTcpSocket m_socket;
};

} // namespace Leitstand
