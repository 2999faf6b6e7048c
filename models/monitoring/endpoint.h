#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Leitstand {

// What a check does. The names are the `kind:` values of the endpoint file.
enum class CheckKind : quint8 {
    Http,
    Https,
    Tcp,
    Dns,
    Tls,
};

QString checkKindName(CheckKind kind);
std::optional<CheckKind> checkKindFromName(QStringView name);

// An inclusive range of HTTP status codes; a single code is a range of one.
struct StatusRange
{
    int first = 200;
    int last = 399;
    bool contains(int status) const { return status >= first && status <= last; }
    friend bool operator==(const StatusRange &, const StatusRange &) = default;
};

// What the body of an HTTP response must contain for the check to pass.
struct BodyAssertion
{
    enum class Kind : quint8 {
        None,
        Substring, // `pattern` occurs in the body
        RegularExpression, // `pattern` matches somewhere in the body
        JsonPointer, // the body is JSON and the value at `pattern` (RFC 6901) equals `expected`
    };
    Kind kind = Kind::None;
    QString pattern;
    QJsonValue expected;
    friend bool operator==(const BodyAssertion &, const BodyAssertion &) = default;
};

struct HttpSettings
{
    QByteArray method = QByteArrayLiteral("GET");
    QList<std::pair<QByteArray, QByteArray>> headers;
    QList<StatusRange> expectedStatus = {StatusRange {}};
    BodyAssertion assertion;
    // A response slower than this is DEGRADED; 0 turns the threshold off.
    int degradedAboveMs = 0;
    int maxRedirects = 5;
    // More is an error (body too large), never a hang or an unbounded buffer.
    qint64 maxBodyBytes = qint64(1024) * 1024;
    friend bool operator==(const HttpSettings &, const HttpSettings &) = default;
};

struct DnsSettings
{
    enum class RecordType : quint8 {
        Any, // A or AAAA
        A,
        AAAA,
    };
    RecordType recordType = RecordType::Any;
    // If not empty, every one of these must be among the answers.
    QStringList expectedAddresses;
    // Ask this name server (host or host:port) instead of the system's resolver.
    QString server;
    friend bool operator==(const DnsSettings &, const DnsSettings &) = default;
};

// For `https` and `tls` endpoints.
struct TlsSettings
{
    // DEGRADED when the leaf certificate expires within this many days; DOWN once expired.
    int warnDays = 14;
    // Verify the certificate chain and host name; off only for hosts known to use private certificates.
    bool verify = true;
    // A PEM file of additional trusted CA certificates, e.g. an authority of one's own.
    QString caFile;
    friend bool operator==(const TlsSettings &, const TlsSettings &) = default;
};

// One monitored endpoint: what to check, how often, and how patient to be before calling it DOWN.
struct Endpoint
{
    qint64 id = 0; // database id; 0 until stored
    QString name; // unique within its service
    QString service;
    CheckKind kind = CheckKind::Https;
    // http/https: a URL; tcp and tls: host:port; dns: the name to resolve.
    QString target;
    int intervalMs = 60'000;
    int timeoutMs = 10'000;
    int confirmationsDown = 3; // consecutive failures before DOWN
    int confirmationsUp = 1; // consecutive successes before UP again
    bool paused = false;
    HttpSettings http;
    DnsSettings dns;
    TlsSettings tls;

    static constexpr int minimumIntervalMs = 1000;

    // The host part of the target, for the scheduler's per-host limit.
    QString host() const;
    // The settings only, without the database id: what import and export compare.
    bool sameDefinition(const Endpoint &other) const;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::Endpoint)
