#include "monitoring/checks/tcpcheck.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

TcpCheck::~TcpCheck()
{
    release();
}

void TcpCheck::run()
{
    const auto hostPort = splitHostPort(endpoint().target);
    if (!hostPort) {
        fail(CheckError::NetworkError, u"target %1 is not host:port"_s.arg(endpoint().target));
        return;
    }
    connect(&m_socket, &QAbstractSocket::connected, this, [this] { succeed(); });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        fail(classifySocketError(error), socketErrorText(error, m_socket.errorString()));
    });
    m_socket.connectToHost(hostPort->first, hostPort->second);
}

void TcpCheck::stop()
{
    release();
}

void TcpCheck::release()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

} // namespace Leitstand
