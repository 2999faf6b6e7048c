#include "monitoring/checks/check.h"

#include <QTimerEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

Check::Check(const Endpoint &endpoint, const QDateTime &dueAt, CheckEnvironment &environment)
    : m_endpoint(endpoint)
    , m_environment(environment)
{
    m_result.endpointId = endpoint.id;
    m_result.dueAt = dueAt.toUTC();
}

Check::~Check() = default;

void Check::begin()
{
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    // Precise: a coarse timer may fire up to 5 % late, and a check must not outlive its timeout.
    m_deadlineTimer = startTimer(std::max(1, m_endpoint.timeoutMs), Qt::PreciseTimer);
    const QString host = m_endpoint.host();
    if (isReservedInvalidName(host)) {
        fail(CheckError::DnsFailure, u"NXDOMAIN: %1 is under .invalid (RFC 6761)"_s.arg(host));
        return;
    }
    run();
}

QString Check::timeoutDetail() const
{
    return u"no answer within %1 ms"_s.arg(m_endpoint.timeoutMs);
}

void Check::finish(EndpointState status, CheckError error, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadlineTimer != 0) {
        killTimer(m_deadlineTimer);
        m_deadlineTimer = 0;
    }
    stop();
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    m_result.latencyMs = int(m_clock.elapsed());
    m_result.status = status;
    m_result.error = error;
    m_result.detail = detail;
    Q_EMIT done();
}

void Check::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_deadlineTimer) {
        QObject::timerEvent(event);
        return;
    }
    fail(CheckError::Timeout, timeoutDetail());
}

std::optional<std::pair<QString, quint16>> Check::splitHostPort(const QString &target)
{
    const qsizetype colon = target.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = target.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return std::nullopt; // an IPv6 address without brackets is ambiguous
    bool ok = false;
    const uint port = QStringView(target).mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535 || host.isEmpty())
        return std::nullopt;
    return std::pair {host, quint16(port)};
}

bool Check::isReservedInvalidName(const QString &host)
{
    QStringView name(host);
    if (name.endsWith(u'.'))
        name.chop(1);
    return name.compare(u"invalid", Qt::CaseInsensitive) == 0 || name.endsWith(u".invalid", Qt::CaseInsensitive);
}

CheckError Check::classifySocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return CheckError::ConnectionRefused;
    case QAbstractSocket::RemoteHostClosedError:
        return CheckError::ConnectionReset;
    case QAbstractSocket::HostNotFoundError:
        return CheckError::DnsFailure;
    case QAbstractSocket::SocketTimeoutError:
        return CheckError::Timeout;
    case QAbstractSocket::NetworkError: // what Qt reports for EHOSTUNREACH and ENETUNREACH
        return CheckError::HostUnreachable;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return CheckError::TlsError;
    default:
        return CheckError::NetworkError;
    }
}

QString Check::socketErrorText(QAbstractSocket::SocketError error, const QString &qtMessage)
{
    const auto withReason = [&qtMessage](const QString &text) {
        const qsizetype colon = qtMessage.indexOf(u": "_s);
        return colon < 0 ? text : text + qtMessage.mid(colon);
    };
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return u"connection refused"_s;
    case QAbstractSocket::RemoteHostClosedError:
        return u"the remote host closed the connection"_s;
    case QAbstractSocket::HostNotFoundError:
        return u"host not found"_s;
    case QAbstractSocket::SocketAccessError:
        return u"socket access denied"_s;
    case QAbstractSocket::SocketResourceError:
        return u"out of socket resources"_s;
    case QAbstractSocket::SocketTimeoutError:
        return u"socket operation timed out"_s;
    case QAbstractSocket::DatagramTooLargeError:
        return u"datagram too large"_s;
    case QAbstractSocket::NetworkError:
        return u"network or host unreachable"_s;
    case QAbstractSocket::AddressInUseError:
        return u"address in use"_s;
    case QAbstractSocket::SocketAddressNotAvailableError:
        return u"address not available"_s;
    case QAbstractSocket::UnsupportedSocketOperationError:
        return u"unsupported socket operation"_s;
    case QAbstractSocket::UnfinishedSocketOperationError:
        return u"unfinished socket operation"_s;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return u"the proxy requires authentication"_s;
    case QAbstractSocket::SslHandshakeFailedError:
        return withReason(u"TLS handshake failed"_s);
    case QAbstractSocket::ProxyConnectionRefusedError:
        return u"the proxy refused the connection"_s;
    case QAbstractSocket::ProxyConnectionClosedError:
        return u"the proxy closed the connection"_s;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return u"the proxy timed out"_s;
    case QAbstractSocket::ProxyNotFoundError:
        return u"proxy not found"_s;
    case QAbstractSocket::ProxyProtocolError:
        return u"proxy protocol error"_s;
    case QAbstractSocket::OperationError:
        return u"operation not allowed in the socket's state"_s;
    case QAbstractSocket::SslInternalError:
        return withReason(u"TLS internal error"_s);
    case QAbstractSocket::SslInvalidUserDataError:
        return u"invalid TLS data"_s;
    case QAbstractSocket::TemporaryError:
        return u"temporary socket error"_s;
    case QAbstractSocket::UnknownSocketError:
        break;
    }
    return withReason(u"socket error"_s);
}

} // namespace Leitstand
