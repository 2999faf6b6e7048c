#include "monitoring/checkresult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Leitstand {

QString endpointStateName(EndpointState state)
{
    switch (state) {
    case EndpointState::Unknown:
        return u"unknown"_s;
    case EndpointState::Up:
        return u"up"_s;
    case EndpointState::Degraded:
        return u"degraded"_s;
    case EndpointState::Down:
        return u"down"_s;
    case EndpointState::Paused:
        return u"paused"_s;
    case EndpointState::Maintenance:
        return u"maintenance"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString endpointStateDisplayName(EndpointState state)
{
    switch (state) {
    case EndpointState::Unknown:
        return QCoreApplication::translate("Leitstand::EndpointState", "Unknown");
    case EndpointState::Up:
        return QCoreApplication::translate("Leitstand::EndpointState", "Up");
    case EndpointState::Degraded:
        return QCoreApplication::translate("Leitstand::EndpointState", "Degraded");
    case EndpointState::Down:
        return QCoreApplication::translate("Leitstand::EndpointState", "Down");
    case EndpointState::Paused:
        return QCoreApplication::translate("Leitstand::EndpointState", "Paused");
    case EndpointState::Maintenance:
        return QCoreApplication::translate("Leitstand::EndpointState", "Maintenance");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString checkErrorName(CheckError error)
{
    switch (error) {
    case CheckError::Ok:
        return u"ok"_s;
    case CheckError::HttpStatus:
        return u"http-status"_s;
    case CheckError::AssertionFailed:
        return u"assertion-failed"_s;
    case CheckError::Timeout:
        return u"timeout"_s;
    case CheckError::ConnectionRefused:
        return u"connection-refused"_s;
    case CheckError::DnsFailure:
        return u"dns-failure"_s;
    case CheckError::TlsError:
        return u"tls-error"_s;
    case CheckError::RedirectLoop:
        return u"redirect-loop"_s;
    case CheckError::BodyTooLarge:
        return u"body-too-large"_s;
    case CheckError::ConnectionReset:
        return u"connection-reset"_s;
    case CheckError::SlowResponse:
        return u"slow-response"_s;
    case CheckError::CertificateExpiring:
        return u"certificate-expiring"_s;
    case CheckError::HostUnreachable:
        return u"host-unreachable"_s;
    case CheckError::ProtocolError:
        return u"protocol-error"_s;
    case CheckError::NetworkError:
        return u"network-error"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString checkErrorMessage(CheckError error)
{
    switch (error) {
    case CheckError::Ok:
        return QCoreApplication::translate("Leitstand::CheckError", "OK");
    case CheckError::HttpStatus:
        return QCoreApplication::translate("Leitstand::CheckError", "Unexpected HTTP status");
    case CheckError::AssertionFailed:
        return QCoreApplication::translate("Leitstand::CheckError", "Response content did not match");
    case CheckError::Timeout:
        return QCoreApplication::translate("Leitstand::CheckError", "No answer within the timeout");
    case CheckError::ConnectionRefused:
        return QCoreApplication::translate("Leitstand::CheckError", "Connection refused");
    case CheckError::DnsFailure:
        return QCoreApplication::translate("Leitstand::CheckError", "Name could not be resolved");
    case CheckError::TlsError:
        return QCoreApplication::translate("Leitstand::CheckError", "TLS error");
    case CheckError::RedirectLoop:
        return QCoreApplication::translate("Leitstand::CheckError", "Too many redirects");
    case CheckError::BodyTooLarge:
        return QCoreApplication::translate("Leitstand::CheckError", "Response body too large");
    case CheckError::ConnectionReset:
        return QCoreApplication::translate("Leitstand::CheckError", "Connection reset by the server");
    case CheckError::SlowResponse:
        return QCoreApplication::translate("Leitstand::CheckError", "Slower than the latency threshold");
    case CheckError::CertificateExpiring:
        return QCoreApplication::translate("Leitstand::CheckError", "Certificate expires soon");
    case CheckError::HostUnreachable:
        return QCoreApplication::translate("Leitstand::CheckError", "Host unreachable");
    case CheckError::ProtocolError:
        return QCoreApplication::translate("Leitstand::CheckError", "Invalid answer from the server");
    case CheckError::NetworkError:
        return QCoreApplication::translate("Leitstand::CheckError", "Network error");
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace Leitstand
