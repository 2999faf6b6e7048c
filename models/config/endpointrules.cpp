#include "config/endpointrules.h"

#include "config/units.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand::EndpointRules {

namespace {

bool usesHttp(CheckKind kind)
{
    return kind == CheckKind::Http || kind == CheckKind::Https;
}

bool usesTls(CheckKind kind)
{
    return kind == CheckKind::Https || kind == CheckKind::Tls;
}

// RFC 9110 token characters, which methods and header names consist of.
bool isToken(QStringView text)
{
    static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    return token.matchView(text).hasMatch();
}

bool isValidHost(const QString &host)
{
    if (host.isEmpty())
        return false;
    if (host.contains(u':'))
        return !QHostAddress(host).isNull() && QHostAddress(host).protocol() == QHostAddress::IPv6Protocol;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && !QUrl::toAce(host).isEmpty();
}

// host:port, the host of an IPv6 address in brackets.
struct HostPort
{
    QString host;
    std::optional<int> port;
    bool valid = false;
};

HostPort splitHostPort(const QString &text)
{
    HostPort result;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return result;
        result.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return result;
        portText = rest.mid(1);
        if (rest.startsWith(u':') && portText.isEmpty())
            return result;
    } else if (text.count(u':') > 1) {
        result.host = text; // a bare IPv6 address, no port
    } else {
        const qsizetype colon = text.indexOf(u':');
        result.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            portText = text.mid(colon + 1);
            if (portText.isEmpty())
                return result;
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        result.port = portText.toInt(&ok);
        if (!ok || !std::ranges::all_of(portText, [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return result;
    }
    result.valid = true;
    return result;
}

// Which value of a list a problem is about: "700: status codes are between 100 and 599".
QString about(const QString &value, const QString &problem)
{
    return value + u": "_s + problem;
}

} // namespace

std::expected<qint64, QString> duration(QStringView text)
{
    if (const auto milliseconds = parseDuration(text))
        return *milliseconds;
    return std::unexpected(QCoreApplication::translate(
        "Leitstand::EndpointFile", "expected a duration such as 500ms, 30s, 5m or 1h, not \"%1\"")
            .arg(text.toString()));
}

std::expected<qint64, QString> size(QStringView text)
{
    if (const auto bytes = parseSize(text))
        return *bytes;
    return std::unexpected(
        QCoreApplication::translate("Leitstand::EndpointFile", "expected a size such as 512KiB or 1MiB, not \"%1\"")
            .arg(text.toString()));
}

std::expected<StatusRange, QString> statusRange(QStringView text)
{
    static const QRegularExpression form(u"^([0-9]{3})(?:\\s*-\\s*([0-9]{3}))?$"_s);
    const auto match = form.matchView(text);
    if (!match.hasMatch())
        return std::unexpected(QCoreApplication::translate(
            "Leitstand::EndpointFile", "expected a status code such as 200 or a range such as 200-299"));
    StatusRange range;
    range.first = match.capturedView(1).toInt();
    range.last = match.hasCaptured(2) ? match.capturedView(2).toInt() : range.first;
    if (const auto problem = statusRangeProblem(range))
        return std::unexpected(*problem);
    return range;
}

std::optional<QString> requiredTextProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("Leitstand::EndpointFile", "must not be empty");
    return std::nullopt;
}

std::optional<QString> valueRequiredProblem()
{
    return QCoreApplication::translate("Leitstand::EndpointFile", "a value is required");
}

std::optional<QString> numberRangeProblem(qint64 value, qint64 minimum, qint64 maximum)
{
    if (value < minimum || value > maximum)
        return QCoreApplication::translate("Leitstand::EndpointFile", "must be between %1 and %2")
            .arg(minimum)
            .arg(maximum);
    return std::nullopt;
}

std::optional<QString> durationRangeProblem(qint64 milliseconds, qint64 minimum, qint64 maximum)
{
    if (milliseconds < minimum)
        return QCoreApplication::translate("Leitstand::EndpointFile", "must be at least %1")
            .arg(formatDuration(minimum));
    if (milliseconds > maximum)
        return QCoreApplication::translate("Leitstand::EndpointFile", "must be at most %1")
            .arg(formatDuration(maximum));
    return std::nullopt;
}

std::optional<QString> sizeRangeProblem(qint64 bytes, qint64 minimum, qint64 maximum)
{
    if (bytes < minimum || bytes > maximum)
        return QCoreApplication::translate("Leitstand::EndpointFile", "must be between %1 and %2")
            .arg(formatSize(minimum), formatSize(maximum));
    return std::nullopt;
}

std::optional<QString> targetProblem(CheckKind kind, const QString &target)
{
    switch (kind) {
    case CheckKind::Http:
    case CheckKind::Https: {
        const QUrl url(target, QUrl::StrictMode);
        const QString scheme = checkKindName(kind);
        if (!url.isValid())
            return QCoreApplication::translate("Leitstand::EndpointFile", "not a valid URL: %1").arg(url.errorString());
        if (url.scheme().compare(scheme, Qt::CaseInsensitive) != 0)
            return QCoreApplication::translate(
                "Leitstand::EndpointFile", "a %1 endpoint needs a URL that starts with %1://")
                .arg(scheme);
        if (url.host().isEmpty())
            return QCoreApplication::translate("Leitstand::EndpointFile", "the URL has no host");
        // Passwords belong in the desktop's secret store, never in a file that is passed around.
        if (!url.userInfo().isEmpty())
            return QCoreApplication::translate(
                "Leitstand::EndpointFile", "the URL must not contain a user name or password");
        return std::nullopt;
    }
    case CheckKind::Tcp:
    case CheckKind::Tls: {
        const HostPort hostPort = splitHostPort(target);
        if (!hostPort.valid || !hostPort.port || !isValidHost(hostPort.host))
            return QCoreApplication::translate(
                "Leitstand::EndpointFile", "expected host:port such as example.org:443 or [2001:db8::1]:443");
        if (*hostPort.port < 1 || *hostPort.port > 65535)
            return QCoreApplication::translate("Leitstand::EndpointFile", "the port must be between 1 and 65535");
        return std::nullopt;
    }
    case CheckKind::Dns: {
        QString name = target;
        if (name.endsWith(u'.'))
            name.chop(1);
        if (name.contains(u':') || !QHostAddress(name).isNull() || !isValidHost(name))
            return QCoreApplication::translate(
                "Leitstand::EndpointFile", "expected a host name to resolve such as www.example.org");
        return std::nullopt;
    }
    }
    Q_UNREACHABLE_RETURN(std::nullopt);
}

std::optional<QString> timeoutProblem(qint64 timeoutMs, qint64 intervalMs)
{
    if (timeoutMs > intervalMs) {
        return QCoreApplication::translate(
            "Leitstand::EndpointFile", "the timeout (%1) is longer than the interval (%2)")
            .arg(formatDuration(timeoutMs), formatDuration(intervalMs));
    }
    return std::nullopt;
}

std::optional<QString> degradedAboveProblem(qint64 degradedAboveMs, qint64 timeoutMs)
{
    if (degradedAboveMs > 0 && degradedAboveMs >= timeoutMs) {
        return QCoreApplication::translate(
            "Leitstand::EndpointFile", "the latency threshold (%1) must be shorter than the timeout (%2)")
            .arg(formatDuration(degradedAboveMs), formatDuration(timeoutMs));
    }
    return std::nullopt;
}

std::optional<QString> methodProblem(QStringView method)
{
    if (!isToken(method))
        return QCoreApplication::translate("Leitstand::EndpointFile", "not a valid HTTP method");
    return std::nullopt;
}

std::optional<QString> headerNameProblem(QStringView name)
{
    if (!isToken(name))
        return QCoreApplication::translate("Leitstand::EndpointFile", "not a valid header name");
    return std::nullopt;
}

std::optional<QString> headerValueProblem(QStringView value)
{
    if (std::ranges::any_of(value, [](QChar c) { return c.unicode() < 0x20 && c != u'\t'; }))
        return QCoreApplication::translate(
            "Leitstand::EndpointFile", "a header value must not contain line breaks or control characters");
    return std::nullopt;
}

std::optional<QString> headerFormProblem()
{
    return QCoreApplication::translate("Leitstand::EndpointFile", "expected one header as name: value");
}

std::optional<QString> statusRangeProblem(const StatusRange &range)
{
    if (range.first < 100 || range.last > 599)
        return QCoreApplication::translate("Leitstand::EndpointFile", "status codes are between 100 and 599");
    if (range.first > range.last)
        return QCoreApplication::translate("Leitstand::EndpointFile", "the range starts after it ends");
    return std::nullopt;
}

std::optional<QString> noStatusProblem()
{
    return QCoreApplication::translate("Leitstand::EndpointFile", "at least one status code or range is required");
}

std::optional<QString> regularExpressionProblem(const QString &pattern)
{
    const QRegularExpression expression(pattern);
    if (!expression.isValid()) {
        return QCoreApplication::translate("Leitstand::EndpointFile", "invalid regular expression at offset %1: %2")
            .arg(expression.patternErrorOffset())
            .arg(expression.errorString());
    }
    return std::nullopt;
}

std::optional<QString> jsonPointerProblem(QStringView pointer)
{
    // RFC 6901: empty (the whole document) or /-separated tokens in which ~ is escaped as ~0 or ~1.
    static const QRegularExpression form(u"^(/([^~/]|~[01])*)*$"_s);
    if (!form.matchView(pointer).hasMatch()) {
        return QCoreApplication::translate("Leitstand::EndpointFile",
            "invalid JSON pointer: it starts with / and writes ~ as ~0 and / "
            "inside a name as ~1");
    }
    return std::nullopt;
}

std::optional<QString> dnsAddressProblem(const QString &address, DnsSettings::RecordType recordType)
{
    const QHostAddress parsed(address);
    if (parsed.isNull() || address.contains(u'%'))
        return QCoreApplication::translate("Leitstand::EndpointFile", "not an IP address");
    const bool v4 = parsed.protocol() == QHostAddress::IPv4Protocol;
    if (recordType == DnsSettings::RecordType::A && !v4)
        return QCoreApplication::translate(
            "Leitstand::EndpointFile", "an A record holds an IPv4 address, not this IPv6 address");
    if (recordType == DnsSettings::RecordType::AAAA && v4)
        return QCoreApplication::translate(
            "Leitstand::EndpointFile", "an AAAA record holds an IPv6 address, not this IPv4 address");
    return std::nullopt;
}

std::optional<QString> dnsServerProblem(const QString &server)
{
    const HostPort hostPort = splitHostPort(server);
    if (!hostPort.valid || !isValidHost(hostPort.host))
        return QCoreApplication::translate(
            "Leitstand::EndpointFile", "expected a host or host:port such as 192.0.2.53 or [2001:db8::53]:53");
    if (hostPort.port && (*hostPort.port < 1 || *hostPort.port > 65535))
        return QCoreApplication::translate("Leitstand::EndpointFile", "the port must be between 1 and 65535");
    return std::nullopt;
}

std::optional<QString> caFileProblem(const QString &path)
{
    // Relative to what? The console and every poller have their own working directory.
    if (!QDir::isAbsolutePath(path))
        return QCoreApplication::translate("Leitstand::EndpointFile", "must be an absolute path");
    return std::nullopt;
}

QList<EndpointProblem> problems(const Endpoint &endpoint)
{
    QList<EndpointProblem> found;
    const auto check = [&found](EndpointField field, const std::optional<QString> &problem) {
        if (problem)
            found.append({field, *problem});
    };

    check(EndpointField::Service, requiredTextProblem(endpoint.service));
    check(EndpointField::Name, requiredTextProblem(endpoint.name));
    const auto emptyTarget = requiredTextProblem(endpoint.target);
    check(EndpointField::Target, emptyTarget ? emptyTarget : targetProblem(endpoint.kind, endpoint.target));
    const auto interval = durationRangeProblem(endpoint.intervalMs, Endpoint::minimumIntervalMs, maximumIntervalMs);
    check(EndpointField::Interval, interval);
    const auto timeout = durationRangeProblem(endpoint.timeoutMs, 1, maximumIntervalMs);
    check(EndpointField::Timeout,
        timeout || interval ? timeout : timeoutProblem(endpoint.timeoutMs, endpoint.intervalMs));
    check(EndpointField::ConfirmationsDown, numberRangeProblem(endpoint.confirmationsDown, 1, maximumConfirmations));
    check(EndpointField::ConfirmationsUp, numberRangeProblem(endpoint.confirmationsUp, 1, maximumConfirmations));

    if (usesHttp(endpoint.kind)) {
        const HttpSettings &http = endpoint.http;
        check(EndpointField::HttpMethod, methodProblem(QString::fromLatin1(http.method)));
        for (const auto &[name, value] : http.headers) {
            const QString nameText = QString::fromLatin1(name);
            if (const auto problem = headerNameProblem(nameText))
                found.append({EndpointField::HttpHeaders, about(nameText, *problem)});
            else if (const auto valueProblem = headerValueProblem(QString::fromUtf8(value)))
                found.append({EndpointField::HttpHeaders, about(nameText, *valueProblem)});
        }
        if (http.expectedStatus.isEmpty())
            check(EndpointField::HttpExpectedStatus, noStatusProblem());
        for (const StatusRange &range : http.expectedStatus) {
            if (const auto problem = statusRangeProblem(range)) {
                const QString text = range.first == range.last
                    ? QString::number(range.first)
                    : QString::number(range.first) + u'-' + QString::number(range.last);
                found.append({EndpointField::HttpExpectedStatus, about(text, *problem)});
            }
        }
        const BodyAssertion &assertion = http.assertion;
        switch (assertion.kind) {
        case BodyAssertion::Kind::None:
            break;
        case BodyAssertion::Kind::Substring:
            check(EndpointField::HttpBodyPattern, requiredTextProblem(assertion.pattern));
            break;
        case BodyAssertion::Kind::RegularExpression: {
            const auto empty = requiredTextProblem(assertion.pattern);
            check(EndpointField::HttpBodyPattern, empty ? empty : regularExpressionProblem(assertion.pattern));
            break;
        }
        case BodyAssertion::Kind::JsonPointer:
            check(EndpointField::HttpBodyPattern, jsonPointerProblem(assertion.pattern));
            if (assertion.expected.isUndefined())
                check(EndpointField::HttpBodyExpected, valueRequiredProblem());
            break;
        }
        const auto degraded = durationRangeProblem(http.degradedAboveMs, 0, maximumIntervalMs);
        check(EndpointField::HttpDegradedAbove,
            degraded || timeout ? degraded : degradedAboveProblem(http.degradedAboveMs, endpoint.timeoutMs));
        check(EndpointField::HttpMaxRedirects, numberRangeProblem(http.maxRedirects, 0, maximumRedirects));
        check(EndpointField::HttpMaxBody, sizeRangeProblem(http.maxBodyBytes, 1, maximumBodyBytes));
    }

    if (endpoint.kind == CheckKind::Dns) {
        for (const QString &address : endpoint.dns.expectedAddresses) {
            if (const auto problem = dnsAddressProblem(address, endpoint.dns.recordType))
                found.append({EndpointField::DnsExpectedAddresses, about(address, *problem)});
        }
        if (!endpoint.dns.server.isEmpty())
            check(EndpointField::DnsServer, dnsServerProblem(endpoint.dns.server));
    }

    if (usesTls(endpoint.kind)) {
        check(EndpointField::TlsWarnDays, numberRangeProblem(endpoint.tls.warnDays, 0, maximumWarnDays));
        if (!endpoint.tls.caFile.isEmpty())
            check(EndpointField::TlsCaFile, caFileProblem(endpoint.tls.caFile));
    }
    return found;
}

} // namespace Leitstand::EndpointRules
