#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Leitstand {

// The state of an endpoint as operators see it. The numbers are stored in the database: never
// renumber, only append.
enum class EndpointState : quint8 {
    Unknown = 0, // not checked yet
    Up = 1,
    Degraded = 2, // answering, but slow or with a certificate about to expire
    Down = 3,
    Paused = 4,
    Maintenance = 5, // inside a maintenance window: checked and stored, not counted as down
};

QString endpointStateName(EndpointState state); // "up", "down", …: stable, for files and logs
QString endpointStateDisplayName(EndpointState state); // translated, for people

// Why a single check came out as it did. Stable codes, stored in the database and shown in
// reports: never renumber, only append.
enum class CheckError : quint16 {
    Ok = 0,
    HttpStatus = 1, // a status code outside the expected ranges
    AssertionFailed = 2, // the body did not satisfy the assertion
    Timeout = 3,
    ConnectionRefused = 4,
    DnsFailure = 5,
    TlsError = 6, // handshake failed, certificate invalid or expired; detail has the reason
    RedirectLoop = 7, // more redirects than allowed, or a redirect back to an earlier URL
    BodyTooLarge = 8,
    ConnectionReset = 9,
    SlowResponse = 10, // answered correctly but above the latency threshold (DEGRADED)
    CertificateExpiring = 11, // valid, but expires within the warning period (DEGRADED)
    HostUnreachable = 12,
    ProtocolError = 13, // the peer spoke something that is not valid HTTP or DNS
    NetworkError = 14, // any other network failure; detail has Qt's message
};

QString checkErrorName(CheckError error); // "timeout", "connection-refused", …: stable identifiers
QString checkErrorMessage(CheckError error); // translated one-line explanation for people

// The outcome of one check of one endpoint, before confirmations are applied.
struct CheckResult
{
    qint64 endpointId = 0;
    // When the check was due, when it really started, and when it ended (all UTC). started - due
    // is the scheduling delay, which shows whether the machine keeps up.
    QDateTime dueAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    int latencyMs = 0; // time to a complete answer; for failures, time until the failure
    EndpointState status = EndpointState::Unknown; // Up, Degraded or Down
    CheckError error = CheckError::Ok;
    QString detail; // e.g. "HTTP 503 Service Unavailable" or the TLS reason; not translated
    int httpStatus = 0;
    std::optional<QDateTime> certificateExpiry;

    // The last response, for the console's detail pane: status line and headers, and the start of
    // the body (at most a few kilobytes).
    QByteArray responseHead;
    QByteArray bodyExcerpt;
    QString contentType;

    bool isUp() const { return status == EndpointState::Up || status == EndpointState::Degraded; }
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::CheckResult)
