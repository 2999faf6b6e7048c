#pragma once

#include "monitoring/endpoint.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <expected>
#include <optional>

namespace Leitstand {

// The parts of a definition a rule can find fault with; the editor shows each problem next to its
// field. Kind, paused, TLS verification and the DNS record type are choices that cannot be wrong.
enum class EndpointField : quint8 {
    Service,
    Name,
    Target,
    Interval,
    Timeout,
    ConfirmationsDown,
    ConfirmationsUp,
    HttpMethod,
    HttpHeaders,
    HttpExpectedStatus,
    HttpBodyPattern,
    HttpBodyExpected,
    HttpDegradedAbove,
    HttpMaxRedirects,
    HttpMaxBody,
    DnsExpectedAddresses,
    DnsServer,
    TlsWarnDays,
    TlsCaFile,
};

struct EndpointProblem
{
    EndpointField field = EndpointField::Name;
    QString message; // translated
    friend bool operator==(const EndpointProblem &, const EndpointProblem &) = default;
};

// The rules an endpoint definition follows wherever it comes from: the endpoint file's parser
// applies them to every value it reads, the editor to what is typed, so that both accept exactly
// the same definitions. Each check returns the translated problem, or nothing when the value is
// fine. The messages keep the translation context of the endpoint file, where they began.
namespace EndpointRules {

inline constexpr qint64 maximumIntervalMs = qint64(24) * 60 * 60 * 1000;
inline constexpr int maximumConfirmations = 100;
inline constexpr int maximumRedirects = 50;
inline constexpr int maximumWarnDays = 3650;
inline constexpr qint64 maximumBodyBytes = qint64(1) << 30;

// The text forms people write, as in the file: "1m30s", "512KiB", "200-299".
std::expected<qint64, QString> duration(QStringView text);
std::expected<qint64, QString> size(QStringView text);
std::expected<StatusRange, QString> statusRange(QStringView text);

std::optional<QString> requiredTextProblem(const QString &text);
std::optional<QString> valueRequiredProblem();
std::optional<QString> numberRangeProblem(qint64 value, qint64 minimum, qint64 maximum);
std::optional<QString> durationRangeProblem(qint64 milliseconds, qint64 minimum, qint64 maximum);
std::optional<QString> sizeRangeProblem(qint64 bytes, qint64 minimum, qint64 maximum);

std::optional<QString> targetProblem(CheckKind kind, const QString &target);
std::optional<QString> timeoutProblem(qint64 timeoutMs, qint64 intervalMs);
std::optional<QString> degradedAboveProblem(qint64 degradedAboveMs, qint64 timeoutMs);
std::optional<QString> methodProblem(QStringView method);
std::optional<QString> headerNameProblem(QStringView name);
std::optional<QString> headerValueProblem(QStringView value);
std::optional<QString> headerFormProblem();
std::optional<QString> statusRangeProblem(const StatusRange &range);
std::optional<QString> noStatusProblem();
std::optional<QString> regularExpressionProblem(const QString &pattern);
std::optional<QString> jsonPointerProblem(QStringView pointer);
std::optional<QString> dnsAddressProblem(const QString &address, DnsSettings::RecordType recordType);
std::optional<QString> dnsServerProblem(const QString &server);
std::optional<QString> caFileProblem(const QString &path);

// Every problem of a whole definition, in the order of the fields; settings that do not apply to
// its kind are not looked at. Whether (service, name) is unique is the caller's business: it
// depends on what else is stored.
QList<EndpointProblem> problems(const Endpoint &endpoint);

} // namespace EndpointRules
} // namespace Leitstand
