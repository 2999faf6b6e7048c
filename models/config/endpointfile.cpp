#include "config/endpointfile.h"

#include "config/endpointrules.h"
#include "config/units.h"
#include "config/yamlfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

using EndpointRules::maximumBodyBytes;
using EndpointRules::maximumConfirmations;
using EndpointRules::maximumIntervalMs;
using EndpointRules::maximumRedirects;
using EndpointRules::maximumWarnDays;

constexpr std::array topKeys {"version"_L1, "defaults"_L1, "endpoints"_L1};
constexpr std::array defaultsKeys {"interval"_L1, "timeout"_L1, "confirmations"_L1, "http"_L1, "dns"_L1, "tls"_L1};
constexpr std::array endpointKeys {"name"_L1, "service"_L1, "kind"_L1, "target"_L1, "interval"_L1, "timeout"_L1,
    "paused"_L1, "confirmations"_L1, "http"_L1, "dns"_L1, "tls"_L1};
constexpr std::array confirmationKeys {"down"_L1, "up"_L1};
constexpr std::array httpKeys {
    "method"_L1, "headers"_L1, "expect_status"_L1, "body"_L1, "degraded_above"_L1, "max_redirects"_L1, "max_body"_L1};
// A body assertion belongs to one endpoint; a default one would be a trap.
constexpr std::array httpDefaultsKeys {
    "method"_L1, "headers"_L1, "expect_status"_L1, "degraded_above"_L1, "max_redirects"_L1, "max_body"_L1};
constexpr std::array bodyKeys {"contains"_L1, "matches"_L1, "json_pointer"_L1, "equals"_L1};
constexpr std::array dnsKeys {"record"_L1, "expect"_L1, "server"_L1};
constexpr std::array dnsDefaultsKeys {"record"_L1, "server"_L1};
constexpr std::array tlsKeys {"warn_days"_L1, "verify"_L1, "ca_file"_L1};

bool usesHttp(CheckKind kind)
{
    return kind == CheckKind::Http || kind == CheckKind::Https;
}

bool usesTls(CheckKind kind)
{
    return kind == CheckKind::Https || kind == CheckKind::Tls;
}

class Parser final : public YamlFileReader
{
public:
    Parser(const QString &fileName, const EndpointFile::Progress &progress)
        : YamlFileReader(fileName,
              QCoreApplication::translate(
                  "Leitstand::EndpointFile", "expected a mapping with the keys version and endpoints"))
        , m_progress(progress)
    {
    }

    EndpointFile::Result run(const QByteArray &yaml);

private:
    // What the defaults: block sets, and whether it set the timeout (which then is no longer
    // shortened to a short interval).
    struct Defaults
    {
        Endpoint endpoint;
        bool timeoutSet = false;
    };

    std::optional<int> duration(const YAML::Node &node, int line, const QString &path, qint64 minimum, qint64 maximum);
    std::optional<qint64> size(const YAML::Node &node, int line, const QString &path, qint64 minimum, qint64 maximum);
    std::optional<QJsonValue> json(const YAML::Node &node, int line, const QString &path);

    std::optional<Defaults> parseDefaults(const YAML::Node &node, int line);
    void parseConfirmations(const Entry &entry, const QString &path, Endpoint &endpoint);
    void parseHttp(const Entry &entry, const QString &path, HttpSettings &http, bool isDefaults);
    void parseHeaders(const Entry &entry, const QString &path, HttpSettings &http);
    void parseStatus(const Entry &entry, const QString &path, HttpSettings &http);
    void parseBody(const Entry &entry, const QString &path, HttpSettings &http);
    void parseDns(const Entry &entry, const QString &path, DnsSettings &dns, bool isDefaults);
    void parseTls(const Entry &entry, const QString &path, TlsSettings &tls);
    std::optional<Endpoint> parseEndpoint(
        const YAML::Node &node, int line, const QString &path, const Defaults &defaults);
    void checkTarget(const Entry &entry, const QString &path, CheckKind kind, const QString &target);

    const EndpointFile::Progress &m_progress;
};

EndpointFile::Result Parser::run(const QByteArray &yaml)
{
    const auto top = topLevel(yaml, topKeys, EndpointFile::currentVersion);
    if (!top)
        return std::unexpected(problems());

    Defaults defaults;
    if (const Entry *entry = top->find("defaults"_L1)) {
        if (auto parsed = parseDefaults(entry->value, entry->line))
            defaults = std::move(*parsed);
    }

    QList<Endpoint> endpoints;
    if (const Entry *entry = top->find("endpoints"_L1)) {
        if (!entry->value.IsSequence()) {
            report(entry->line, entry->key,
                QCoreApplication::translate("Leitstand::EndpointFile", "expected a list of endpoints"));
        } else {
            endpoints.reserve(qsizetype(entry->value.size()));
            // Where each (service, name) pair was first defined, to report duplicates there.
            QHash<std::pair<QString, QString>, int> seen;
            seen.reserve(qsizetype(entry->value.size()));
            const auto total = qsizetype(entry->value.size());
            qsizetype i = 0;
            for (const YAML::Node &item : entry->value) {
                const QString path = index(entry->key, i++);
                const int line = lineOf(item, entry->line);
                auto endpoint = parseEndpoint(item, line, path, defaults);
                if (m_progress)
                    m_progress(i, total);
                if (!endpoint)
                    continue;
                const std::pair key {endpoint->service, endpoint->name};
                const auto it = seen.constFind(key);
                if (it == seen.cend()) {
                    seen.insert(key, line);
                } else {
                    report(line, join(path, "name"_L1),
                        QCoreApplication::translate("Leitstand::EndpointFile",
                            "endpoint \"%1\" of service \"%2\" is already defined "
                            "at line %3")
                            .arg(endpoint->name, endpoint->service)
                            .arg(*it));
                }
                endpoints.append(std::move(*endpoint));
            }
        }
    } else {
        missing(1, QString(), "endpoints"_L1);
    }

    if (hasProblems())
        return std::unexpected(problems());
    return endpoints;
}

std::optional<int> Parser::duration(
    const YAML::Node &node, int line, const QString &path, qint64 minimum, qint64 maximum)
{
    const auto value = scalar(node, line, path);
    if (!value)
        return std::nullopt;
    const auto milliseconds = EndpointRules::duration(*value);
    if (!milliseconds) {
        report(line, path, milliseconds.error());
        return std::nullopt;
    }
    if (const auto problem = EndpointRules::durationRangeProblem(*milliseconds, minimum, maximum)) {
        report(line, path, *problem);
        return std::nullopt;
    }
    return int(*milliseconds);
}

std::optional<qint64> Parser::size(
    const YAML::Node &node, int line, const QString &path, qint64 minimum, qint64 maximum)
{
    const auto value = scalar(node, line, path);
    if (!value)
        return std::nullopt;
    const auto bytes = EndpointRules::size(*value);
    if (!bytes) {
        report(line, path, bytes.error());
        return std::nullopt;
    }
    if (const auto problem = EndpointRules::sizeRangeProblem(*bytes, minimum, maximum)) {
        report(line, path, *problem);
        return std::nullopt;
    }
    return *bytes;
}

// YAML to JSON: quoted scalars are strings; plain ones are null, booleans or numbers where they
// read as such in YAML 1.2, strings otherwise.
std::optional<QJsonValue> Parser::json(const YAML::Node &node, int line, const QString &path)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar: {
        const QString value = QString::fromStdString(node.Scalar());
        if (node.Tag() != "?")
            return QJsonValue(value);
        if (value == "null"_L1 || value == "Null"_L1 || value == "NULL"_L1 || value == "~"_L1)
            return QJsonValue(QJsonValue::Null);
        if (value.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (value.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        static const QRegularExpression number(u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"_s);
        if (number.matchView(value).hasMatch()) {
            bool ok = false;
            const qint64 whole = value.toLongLong(&ok);
            if (ok)
                return QJsonValue(whole);
            const double real = value.toDouble(&ok);
            if (ok && std::isfinite(real))
                return QJsonValue(real);
        }
        return QJsonValue(value);
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        qsizetype i = 0;
        for (const YAML::Node &item : node) {
            auto value = json(item, lineOf(item, line), index(path, i++));
            if (!value)
                return std::nullopt;
            array.append(*value);
        }
        return QJsonValue(array);
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar()) {
                report(lineOf(it->first, line), path,
                    QCoreApplication::translate("Leitstand::EndpointFile", "a key must be a word"));
                return std::nullopt;
            }
            const QString key = QString::fromStdString(it->first.Scalar());
            auto value = json(it->second, lineOf(it->second, line), path + u'.' + key);
            if (!value)
                return std::nullopt;
            object.insert(key, *value);
        }
        return QJsonValue(object);
    }
    }
    Q_UNREACHABLE_RETURN(std::nullopt);
}

std::optional<Parser::Defaults> Parser::parseDefaults(const YAML::Node &node, int line)
{
    const QString path = u"defaults"_s;
    const auto fields = mapping(node, line, path, defaultsKeys);
    if (!fields)
        return std::nullopt;
    Defaults defaults;
    Endpoint &endpoint = defaults.endpoint;
    for (const Entry &entry : fields->entries) {
        const QString field = join(path, entry.key);
        if (entry.key == "interval"_L1) {
            if (auto value = duration(entry.value, entry.line, field, Endpoint::minimumIntervalMs, maximumIntervalMs))
                endpoint.intervalMs = *value;
        } else if (entry.key == "timeout"_L1) {
            if (auto value = duration(entry.value, entry.line, field, 1, maximumIntervalMs)) {
                endpoint.timeoutMs = *value;
                defaults.timeoutSet = true;
            }
        } else if (entry.key == "confirmations"_L1) {
            parseConfirmations(entry, field, endpoint);
        } else if (entry.key == "http"_L1) {
            parseHttp(entry, field, endpoint.http, true);
        } else if (entry.key == "dns"_L1) {
            parseDns(entry, field, endpoint.dns, true);
        } else if (entry.key == "tls"_L1) {
            parseTls(entry, field, endpoint.tls);
        }
    }
    if (defaults.timeoutSet) {
        if (const auto problem = EndpointRules::timeoutProblem(endpoint.timeoutMs, endpoint.intervalMs))
            report(fields->find("timeout"_L1)->line, join(path, "timeout"_L1), *problem);
    }
    return defaults;
}

void Parser::parseConfirmations(const Entry &entry, const QString &path, Endpoint &endpoint)
{
    const auto fields = mapping(entry.value, entry.line, path, confirmationKeys);
    if (!fields)
        return;
    if (const Entry *down = fields->find("down"_L1)) {
        if (auto value = integer(down->value, down->line, join(path, "down"_L1), 1, maximumConfirmations))
            endpoint.confirmationsDown = *value;
    }
    if (const Entry *up = fields->find("up"_L1)) {
        if (auto value = integer(up->value, up->line, join(path, "up"_L1), 1, maximumConfirmations))
            endpoint.confirmationsUp = *value;
    }
}

void Parser::parseHttp(const Entry &entry, const QString &path, HttpSettings &http, bool isDefaults)
{
    const auto fields = isDefaults ? mapping(entry.value, entry.line, path, httpDefaultsKeys)
                                   : mapping(entry.value, entry.line, path, httpKeys);
    if (!fields)
        return;
    for (const Entry &field : fields->entries) {
        const QString fieldPath = join(path, field.key);
        if (field.key == "method"_L1) {
            if (auto method = text(field.value, field.line, fieldPath)) {
                if (const auto problem = EndpointRules::methodProblem(*method))
                    report(field.line, fieldPath, *problem);
                else
                    http.method = method->toLatin1();
            }
        } else if (field.key == "headers"_L1) {
            parseHeaders(field, fieldPath, http);
        } else if (field.key == "expect_status"_L1) {
            parseStatus(field, fieldPath, http);
        } else if (field.key == "body"_L1) {
            parseBody(field, fieldPath, http);
        } else if (field.key == "degraded_above"_L1) {
            if (auto value = duration(field.value, field.line, fieldPath, 0, maximumIntervalMs))
                http.degradedAboveMs = *value;
        } else if (field.key == "max_redirects"_L1) {
            if (auto value = integer(field.value, field.line, fieldPath, 0, maximumRedirects))
                http.maxRedirects = *value;
        } else if (field.key == "max_body"_L1) {
            if (auto value = size(field.value, field.line, fieldPath, 1, maximumBodyBytes))
                http.maxBodyBytes = *value;
        }
    }
}

// A mapping of names to values, or, where a header must be sent more than once or in a particular
// order, a list of one-entry mappings. The endpoint's headers replace those of the defaults.
void Parser::parseHeaders(const Entry &entry, const QString &path, HttpSettings &http)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    const auto add = [&](const YAML::Node &name, const YAML::Node &value, int line, const QString &at) {
        const int nameLine = lineOf(name, line);
        const auto nameText = text(name, nameLine, at);
        const auto valueText = scalar(value, lineOf(value, nameLine), at);
        if (!nameText || !valueText)
            return;
        if (const auto problem = EndpointRules::headerNameProblem(*nameText)) {
            report(nameLine, at, *problem);
            return;
        }
        if (const auto problem = EndpointRules::headerValueProblem(*valueText)) {
            report(lineOf(value, nameLine), at, *problem);
            return;
        }
        headers.append({nameText->toLatin1(), valueText->toUtf8()});
    };
    if (entry.value.IsMap()) {
        // Any name is allowed here, so the duplicate check of mapping() is done by hand.
        QStringList names;
        for (auto it = entry.value.begin(); it != entry.value.end(); ++it) {
            const QString name = QString::fromStdString(it->first.Scalar());
            const QString at = path + u'.' + name;
            if (names.contains(name)) {
                report(lineOf(it->first, entry.line), at,
                    QCoreApplication::translate("Leitstand::EndpointFile", "the key appears more than once"));
                continue;
            }
            names.append(name);
            add(it->first, it->second, entry.line, at);
        }
    } else if (entry.value.IsSequence()) {
        qsizetype i = 0;
        for (const YAML::Node &item : entry.value) {
            const QString at = index(path, i++);
            const int line = lineOf(item, entry.line);
            if (!item.IsMap() || item.size() != 1) {
                report(line, at, *EndpointRules::headerFormProblem());
                continue;
            }
            add(item.begin()->first, item.begin()->second, line, at);
        }
    } else if (!entry.value.IsNull()) {
        report(entry.line, path,
            QCoreApplication::translate(
                "Leitstand::EndpointFile", "expected a mapping of header names to values, or a list of them"));
        return;
    }
    http.headers = std::move(headers);
}

void Parser::parseStatus(const Entry &entry, const QString &path, HttpSettings &http)
{
    QList<YAML::Node> items;
    if (entry.value.IsSequence()) {
        for (const YAML::Node &item : entry.value)
            items.append(item);
    } else {
        items.append(entry.value);
    }
    if (entry.value.IsSequence() && items.isEmpty()) {
        report(entry.line, path, *EndpointRules::noStatusProblem());
        return;
    }
    QList<StatusRange> ranges;
    bool valid = true;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = entry.value.IsSequence() ? index(path, i) : path;
        const int line = lineOf(items[i], entry.line);
        const auto value = text(items[i], line, at);
        if (!value) {
            valid = false;
            continue;
        }
        const auto range = EndpointRules::statusRange(*value);
        if (range) {
            ranges.append(*range);
        } else {
            report(line, at, range.error());
            valid = false;
        }
    }
    if (valid)
        http.expectedStatus = std::move(ranges);
}

void Parser::parseBody(const Entry &entry, const QString &path, HttpSettings &http)
{
    const auto fields = mapping(entry.value, entry.line, path, bodyKeys);
    if (!fields)
        return;
    const Entry *contains = fields->find("contains"_L1);
    const Entry *matches = fields->find("matches"_L1);
    const Entry *pointer = fields->find("json_pointer"_L1);
    const Entry *equals = fields->find("equals"_L1);
    if (int(contains != nullptr) + int(matches != nullptr) + int(pointer != nullptr) != 1) {
        report(entry.line, path,
            QCoreApplication::translate(
                "Leitstand::EndpointFile", "give exactly one of contains, matches or json_pointer"));
        return;
    }
    BodyAssertion assertion;
    if (contains) {
        const auto value = text(contains->value, contains->line, join(path, "contains"_L1));
        if (!value)
            return;
        assertion.kind = BodyAssertion::Kind::Substring;
        assertion.pattern = *value;
    } else if (matches) {
        const QString at = join(path, "matches"_L1);
        const auto value = text(matches->value, matches->line, at);
        if (!value)
            return;
        if (const auto problem = EndpointRules::regularExpressionProblem(*value)) {
            report(matches->line, at, *problem);
            return;
        }
        assertion.kind = BodyAssertion::Kind::RegularExpression;
        assertion.pattern = *value;
    } else {
        const QString at = join(path, "json_pointer"_L1);
        const auto value = scalar(pointer->value, pointer->line, at);
        if (!value)
            return;
        if (const auto problem = EndpointRules::jsonPointerProblem(*value)) {
            report(pointer->line, at, *problem);
            return;
        }
        if (!equals) {
            report(pointer->line, join(path, "equals"_L1),
                QCoreApplication::translate(
                    "Leitstand::EndpointFile", "json_pointer needs equals: the value to compare with"));
            return;
        }
        const auto expected = json(equals->value, equals->line, join(path, "equals"_L1));
        if (!expected)
            return;
        assertion.kind = BodyAssertion::Kind::JsonPointer;
        assertion.pattern = *value;
        assertion.expected = *expected;
    }
    if (equals && !pointer) {
        report(equals->line, join(path, "equals"_L1),
            QCoreApplication::translate("Leitstand::EndpointFile", "equals applies only with json_pointer"));
        return;
    }
    http.assertion = std::move(assertion);
}

void Parser::parseDns(const Entry &entry, const QString &path, DnsSettings &dns, bool isDefaults)
{
    const auto fields = isDefaults ? mapping(entry.value, entry.line, path, dnsDefaultsKeys)
                                   : mapping(entry.value, entry.line, path, dnsKeys);
    if (!fields)
        return;
    if (const Entry *record = fields->find("record"_L1)) {
        const QString at = join(path, "record"_L1);
        if (const auto value = text(record->value, record->line, at)) {
            if (value->compare("any"_L1, Qt::CaseInsensitive) == 0)
                dns.recordType = DnsSettings::RecordType::Any;
            else if (value->compare("A"_L1, Qt::CaseInsensitive) == 0)
                dns.recordType = DnsSettings::RecordType::A;
            else if (value->compare("AAAA"_L1, Qt::CaseInsensitive) == 0)
                dns.recordType = DnsSettings::RecordType::AAAA;
            else
                report(record->line, at,
                    QCoreApplication::translate("Leitstand::EndpointFile", "expected A, AAAA or any"));
        }
    }
    if (const Entry *expect = fields->find("expect"_L1)) {
        const QString at = join(path, "expect"_L1);
        QList<YAML::Node> items;
        if (expect->value.IsSequence()) {
            for (const YAML::Node &item : expect->value)
                items.append(item);
        } else {
            items.append(expect->value);
        }
        QStringList addresses;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = expect->value.IsSequence() ? index(at, i) : at;
            const int line = lineOf(items[i], expect->line);
            const auto value = text(items[i], line, itemPath);
            if (!value)
                continue;
            if (const auto problem = EndpointRules::dnsAddressProblem(*value, dns.recordType))
                report(line, itemPath, *problem);
            else
                addresses.append(*value);
        }
        dns.expectedAddresses = addresses;
    }
    if (const Entry *server = fields->find("server"_L1)) {
        const QString at = join(path, "server"_L1);
        if (const auto value = text(server->value, server->line, at)) {
            if (const auto problem = EndpointRules::dnsServerProblem(*value))
                report(server->line, at, *problem);
            else
                dns.server = *value;
        }
    }
}

void Parser::parseTls(const Entry &entry, const QString &path, TlsSettings &tls)
{
    const auto fields = mapping(entry.value, entry.line, path, tlsKeys);
    if (!fields)
        return;
    if (const Entry *warnDays = fields->find("warn_days"_L1)) {
        if (auto value = integer(warnDays->value, warnDays->line, join(path, "warn_days"_L1), 0, maximumWarnDays))
            tls.warnDays = *value;
    }
    if (const Entry *verify = fields->find("verify"_L1)) {
        if (auto value = boolean(verify->value, verify->line, join(path, "verify"_L1)))
            tls.verify = *value;
    }
    if (const Entry *caFile = fields->find("ca_file"_L1)) {
        const QString at = join(path, "ca_file"_L1);
        if (auto value = text(caFile->value, caFile->line, at)) {
            if (const auto problem = EndpointRules::caFileProblem(*value))
                report(caFile->line, at, *problem);
            else
                tls.caFile = *value;
        }
    }
}

std::optional<Endpoint> Parser::parseEndpoint(
    const YAML::Node &node, int line, const QString &path, const Defaults &defaults)
{
    const auto fields = mapping(node, line, path, endpointKeys);
    if (!fields)
        return std::nullopt;
    const qsizetype problemsBefore = problemCount();

    Endpoint endpoint;
    endpoint.intervalMs = defaults.endpoint.intervalMs;
    endpoint.timeoutMs = defaults.endpoint.timeoutMs;
    endpoint.confirmationsDown = defaults.endpoint.confirmationsDown;
    endpoint.confirmationsUp = defaults.endpoint.confirmationsUp;

    std::optional<CheckKind> kind;
    if (const Entry *entry = fields->find("kind"_L1)) {
        if (const auto value = text(entry->value, entry->line, join(path, "kind"_L1))) {
            kind = checkKindFromName(*value);
            if (!kind)
                report(entry->line, join(path, "kind"_L1),
                    QCoreApplication::translate(
                        "Leitstand::EndpointFile", "unknown kind \"%1\"; expected http, https, tcp, dns or tls")
                        .arg(*value));
        }
    } else {
        missing(line, path, "kind"_L1);
    }
    if (kind) {
        endpoint.kind = *kind;
        // Settings of another kind stay at their built-in values, so that export, which leaves
        // them out, reads back the same.
        if (usesHttp(*kind))
            endpoint.http = defaults.endpoint.http;
        if (*kind == CheckKind::Dns)
            endpoint.dns = defaults.endpoint.dns;
        if (usesTls(*kind))
            endpoint.tls = defaults.endpoint.tls;
    }

    for (const QLatin1StringView key : {"name"_L1, "service"_L1, "target"_L1}) {
        const Entry *entry = fields->find(key);
        if (!entry) {
            missing(line, path, key);
            continue;
        }
        const auto value = text(entry->value, entry->line, join(path, key));
        if (!value)
            continue;
        if (key == "name"_L1)
            endpoint.name = *value;
        else if (key == "service"_L1)
            endpoint.service = *value;
        else
            endpoint.target = *value;
    }

    const Entry *intervalEntry = fields->find("interval"_L1);
    const Entry *timeoutEntry = fields->find("timeout"_L1);
    bool timingValid = true;
    if (intervalEntry) {
        if (auto value = duration(intervalEntry->value, intervalEntry->line, join(path, "interval"_L1),
                Endpoint::minimumIntervalMs, maximumIntervalMs))
            endpoint.intervalMs = *value;
        else
            timingValid = false;
    }
    if (timeoutEntry) {
        if (auto value
            = duration(timeoutEntry->value, timeoutEntry->line, join(path, "timeout"_L1), 1, maximumIntervalMs))
            endpoint.timeoutMs = *value;
        else
            timingValid = false;
    } else if (!defaults.timeoutSet) {
        // The built-in timeout yields to a short interval rather than make every fast check
        // spell out its timeout.
        endpoint.timeoutMs = std::min(endpoint.timeoutMs, endpoint.intervalMs);
    }
    if (const auto problem = EndpointRules::timeoutProblem(endpoint.timeoutMs, endpoint.intervalMs);
        timingValid && problem) {
        const Entry *at = timeoutEntry ? timeoutEntry : intervalEntry;
        report(at ? at->line : line, join(path, "timeout"_L1), *problem);
    }

    if (const Entry *entry = fields->find("confirmations"_L1))
        parseConfirmations(*entry, join(path, "confirmations"_L1), endpoint);
    if (const Entry *entry = fields->find("paused"_L1)) {
        if (auto value = boolean(entry->value, entry->line, join(path, "paused"_L1)))
            endpoint.paused = *value;
    }

    if (const Entry *entry = fields->find("http"_L1)) {
        const QString at = join(path, "http"_L1);
        if (kind && !usesHttp(*kind))
            report(lineOf(entry->keyNode, entry->line), at,
                QCoreApplication::translate(
                    "Leitstand::EndpointFile", "http settings apply only to http and https endpoints"));
        else
            parseHttp(*entry, at, endpoint.http, false);
    }
    if (const Entry *entry = fields->find("dns"_L1)) {
        const QString at = join(path, "dns"_L1);
        if (kind && *kind != CheckKind::Dns)
            report(lineOf(entry->keyNode, entry->line), at,
                QCoreApplication::translate("Leitstand::EndpointFile", "dns settings apply only to dns endpoints"));
        else
            parseDns(*entry, at, endpoint.dns, false);
    }
    if (const Entry *entry = fields->find("tls"_L1)) {
        const QString at = join(path, "tls"_L1);
        if (kind && !usesTls(*kind))
            report(lineOf(entry->keyNode, entry->line), at,
                QCoreApplication::translate(
                    "Leitstand::EndpointFile", "tls settings apply only to https and tls endpoints"));
        else
            parseTls(*entry, at, endpoint.tls);
    }

    if (const auto problem = EndpointRules::degradedAboveProblem(endpoint.http.degradedAboveMs, endpoint.timeoutMs);
        kind && usesHttp(*kind) && problem) {
        const Entry *http = fields->find("http"_L1);
        report(http ? http->line : line, join(path, "http.degraded_above"_L1), *problem);
    }

    if (const Entry *entry = fields->find("target"_L1); entry && kind && !endpoint.target.isEmpty())
        checkTarget(*entry, join(path, "target"_L1), *kind, endpoint.target);

    if (problemCount() != problemsBefore)
        return std::nullopt;
    return endpoint;
}

void Parser::checkTarget(const Entry &entry, const QString &path, CheckKind kind, const QString &target)
{
    if (const auto problem = EndpointRules::targetProblem(kind, target))
        report(entry.line, path, *problem);
}

// --- writing ---

QString yamlJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(notWhole);
        if (whole != notWhole)
            return QString::number(whole);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return YamlFileWriter::doubleQuoted(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const auto &item : value.toArray())
            items.append(yamlJson(item));
        return u'[' + items.join(u", "_s) + u']';
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(YamlFileWriter::doubleQuoted(it.key()) + u": "_s + yamlJson(it.value()));
        return u'{' + items.join(u", "_s) + u'}';
    }
    }
    Q_UNREACHABLE_RETURN(QString());
}

class Writer final : public YamlFileWriter
{
public:
    void endpoint(const Endpoint &endpoint);

private:
    void http(const HttpSettings &http);
    void dns(const DnsSettings &dns);
    void tls(const TlsSettings &tls);
};

void Writer::endpoint(const Endpoint &endpoint)
{
    const Endpoint builtIn;
    line(1, u"- name: "_s + string(endpoint.name));
    value(2, "service"_L1, string(endpoint.service));
    value(2, "kind"_L1, checkKindName(endpoint.kind));
    value(2, "target"_L1, string(endpoint.target));
    if (endpoint.intervalMs != builtIn.intervalMs)
        value(2, "interval"_L1, formatDuration(endpoint.intervalMs));
    if (endpoint.timeoutMs != builtIn.timeoutMs)
        value(2, "timeout"_L1, formatDuration(endpoint.timeoutMs));
    if (endpoint.confirmationsDown != builtIn.confirmationsDown
        || endpoint.confirmationsUp != builtIn.confirmationsUp) {
        line(2, u"confirmations:"_s);
        if (endpoint.confirmationsDown != builtIn.confirmationsDown)
            value(3, "down"_L1, QString::number(endpoint.confirmationsDown));
        if (endpoint.confirmationsUp != builtIn.confirmationsUp)
            value(3, "up"_L1, QString::number(endpoint.confirmationsUp));
    }
    if (endpoint.paused)
        value(2, "paused"_L1, u"true"_s);
    if (usesHttp(endpoint.kind) && endpoint.http != builtIn.http)
        http(endpoint.http);
    if (endpoint.kind == CheckKind::Dns && endpoint.dns != builtIn.dns)
        dns(endpoint.dns);
    if (usesTls(endpoint.kind) && endpoint.tls != builtIn.tls)
        tls(endpoint.tls);
}

void Writer::http(const HttpSettings &http)
{
    const HttpSettings builtIn;
    line(2, u"http:"_s);
    if (http.method != builtIn.method)
        value(3, "method"_L1, string(QString::fromLatin1(http.method)));
    if (!http.headers.isEmpty()) {
        QStringList names;
        for (const auto &header : http.headers)
            names.append(QString::fromLatin1(header.first));
        names.removeDuplicates();
        const bool asMapping = names.size() == http.headers.size();
        line(3, u"headers:"_s);
        for (const auto &[name, headerValue] : http.headers) {
            line(4,
                (asMapping ? QString() : u"- "_s) + string(QString::fromLatin1(name)) + u": "_s
                    + string(QString::fromUtf8(headerValue)));
        }
    }
    if (http.expectedStatus != builtIn.expectedStatus) {
        QStringList ranges;
        for (const StatusRange &range : http.expectedStatus) {
            ranges.append(range.first == range.last
                    ? QString::number(range.first)
                    : QString::number(range.first) + u'-' + QString::number(range.last));
        }
        value(3, "expect_status"_L1, u'[' + ranges.join(u", "_s) + u']');
    }
    switch (http.assertion.kind) {
    case BodyAssertion::Kind::None:
        break;
    case BodyAssertion::Kind::Substring:
        line(3, u"body:"_s);
        value(4, "contains"_L1, string(http.assertion.pattern));
        break;
    case BodyAssertion::Kind::RegularExpression:
        line(3, u"body:"_s);
        value(4, "matches"_L1, string(http.assertion.pattern));
        break;
    case BodyAssertion::Kind::JsonPointer:
        line(3, u"body:"_s);
        value(4, "json_pointer"_L1, string(http.assertion.pattern));
        value(4, "equals"_L1, yamlJson(http.assertion.expected));
        break;
    }
    if (http.degradedAboveMs != builtIn.degradedAboveMs)
        value(3, "degraded_above"_L1, formatDuration(http.degradedAboveMs));
    if (http.maxRedirects != builtIn.maxRedirects)
        value(3, "max_redirects"_L1, QString::number(http.maxRedirects));
    if (http.maxBodyBytes != builtIn.maxBodyBytes)
        value(3, "max_body"_L1, formatSize(http.maxBodyBytes));
}

void Writer::dns(const DnsSettings &dns)
{
    const DnsSettings builtIn;
    line(2, u"dns:"_s);
    switch (dns.recordType) {
    case DnsSettings::RecordType::Any:
        break;
    case DnsSettings::RecordType::A:
        value(3, "record"_L1, u"A"_s);
        break;
    case DnsSettings::RecordType::AAAA:
        value(3, "record"_L1, u"AAAA"_s);
        break;
    }
    if (!dns.expectedAddresses.isEmpty()) {
        QStringList addresses;
        for (const QString &address : dns.expectedAddresses)
            addresses.append(string(address, true));
        value(3, "expect"_L1, u'[' + addresses.join(u", "_s) + u']');
    }
    if (dns.server != builtIn.server)
        value(3, "server"_L1, string(dns.server));
}

void Writer::tls(const TlsSettings &tls)
{
    const TlsSettings builtIn;
    line(2, u"tls:"_s);
    if (tls.warnDays != builtIn.warnDays)
        value(3, "warn_days"_L1, QString::number(tls.warnDays));
    if (tls.verify != builtIn.verify)
        value(3, "verify"_L1, tls.verify ? u"true"_s : u"false"_s);
    if (tls.caFile != builtIn.caFile)
        value(3, "ca_file"_L1, string(tls.caFile));
}

} // namespace

QString EndpointFileProblem::toString() const
{
    QString result = file;
    if (line > 0)
        result += u':' + QString::number(line);
    result += u": "_s;
    if (!field.isEmpty())
        result += field + u": "_s;
    return result + message;
}

EndpointFile::Result EndpointFile::parse(const QByteArray &yaml, const QString &fileName, const Progress &progress)
{
    return Parser(fileName, progress).run(yaml);
}

EndpointFile::Result EndpointFile::read(const QString &path, const Progress &progress)
{
    const auto contents = YamlFileReader::readFile(path);
    if (!contents)
        return std::unexpected(contents.error());
    return parse(*contents, path, progress);
}

QByteArray EndpointFile::write(const QList<Endpoint> &endpoints)
{
    QList<const Endpoint *> ordered;
    ordered.reserve(endpoints.size());
    for (const Endpoint &endpoint : endpoints)
        ordered.append(&endpoint);
    const auto compare = [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded : a.compare(b);
    };
    std::ranges::stable_sort(ordered, [&](const Endpoint *a, const Endpoint *b) {
        const int byService = compare(a->service, b->service);
        return byService != 0 ? byService < 0 : compare(a->name, b->name) < 0;
    });

    Writer writer;
    writer.line(0, u"# Leitstand endpoints. The format is described in docs/endpoint-file.md;"_s);
    writer.line(0, u"# values equal to their defaults are left out."_s);
    writer.value(0, "version"_L1, QString::number(currentVersion));
    if (ordered.isEmpty()) {
        writer.line(0, u"endpoints: []"_s);
        return writer.finish();
    }
    writer.line(0, u"endpoints:"_s);
    for (const Endpoint *endpoint : std::as_const(ordered))
        writer.endpoint(*endpoint);
    return writer.finish();
}

bool EndpointFile::writeFile(const QString &path, const QList<Endpoint> &endpoints, QString *error)
{
    return YamlFileWriter::save(path, write(endpoints), error);
}

} // namespace Leitstand
