#include "editing/endpointdraft.h"

#include "config/units.h"
#include "editing/endpointnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

bool usesHttp(CheckKind kind)
{
    return kind == CheckKind::Http || kind == CheckKind::Https;
}

bool usesTls(CheckKind kind)
{
    return kind == CheckKind::Https || kind == CheckKind::Tls;
}

// QJsonDocument reads only arrays and objects, so a single value goes in brackets.
std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson((u'[' + text + u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

QString jsonValueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // Text that does not read as JSON is written as it is, as in the file: ok rather than "ok".
    if (value.isString() && !parseJsonValue(value.toString()))
        return value.toString();
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString statusText(const QList<StatusRange> &ranges)
{
    QStringList parts;
    for (const StatusRange &range : ranges) {
        parts.append(range.first == range.last ? QString::number(range.first)
                                               : QString::number(range.first) + u'-' + QString::number(range.last));
    }
    return parts.join(u", "_s);
}

int clampedToInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

// Reads the text fields into an Endpoint; what cannot be read is a problem of its field, and that
// field's value stays as it was.
class DraftReader final
{
public:
    explicit DraftReader(EndpointDraft::Reading &reading)
        : m_reading(reading)
    {
    }

    void fail(EndpointField field, const QString &message)
    {
        m_reading.problems.append({field, message});
        m_unread.insert(field);
    }
    bool wasRead(EndpointField field) const { return !m_unread.contains(field); }

    // An empty text is `empty` if given, else a problem.
    std::optional<qint64> duration(const QString &text, EndpointField field, std::optional<qint64> empty = {})
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            if (!empty)
                fail(field, *EndpointRules::valueRequiredProblem());
            return empty;
        }
        const auto milliseconds = EndpointRules::duration(trimmed);
        if (!milliseconds) {
            fail(field, milliseconds.error());
            return std::nullopt;
        }
        return *milliseconds;
    }

    std::optional<qint64> size(const QString &text, EndpointField field)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            fail(field, *EndpointRules::valueRequiredProblem());
            return std::nullopt;
        }
        const auto bytes = EndpointRules::size(trimmed);
        if (!bytes) {
            fail(field, bytes.error());
            return std::nullopt;
        }
        return *bytes;
    }

    void headers(const QString &text, HttpSettings &http)
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue;
            const qsizetype colon = trimmed.indexOf(u':');
            if (colon <= 0) {
                fail(EndpointField::HttpHeaders, trimmed + u": "_s + *EndpointRules::headerFormProblem());
                continue;
            }
            headers.append({trimmed.left(colon).trimmed().toLatin1(), trimmed.mid(colon + 1).trimmed().toUtf8()});
        }
        if (wasRead(EndpointField::HttpHeaders))
            http.headers = headers;
    }

    void expectedStatus(const QString &text, HttpSettings &http)
    {
        QList<StatusRange> ranges;
        const QStringList items = text.split(u',', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const QString trimmed = item.trimmed();
            if (trimmed.isEmpty())
                continue;
            const auto range = EndpointRules::statusRange(trimmed);
            if (range)
                ranges.append(*range);
            else
                fail(EndpointField::HttpExpectedStatus, trimmed + u": "_s + range.error());
        }
        if (!wasRead(EndpointField::HttpExpectedStatus))
            return;
        if (ranges.isEmpty())
            fail(EndpointField::HttpExpectedStatus, *EndpointRules::noStatusProblem());
        else
            http.expectedStatus = ranges;
    }

    // The rules of whole definitions, except where a value they compare could not be read.
    void applyRules()
    {
        const auto problems = EndpointRules::problems(m_reading.endpoint);
        for (const EndpointProblem &problem : problems) {
            if (!wasRead(problem.field))
                continue;
            if (problem.field == EndpointField::Timeout && !wasRead(EndpointField::Interval))
                continue;
            if (problem.field == EndpointField::HttpDegradedAbove && !wasRead(EndpointField::Timeout))
                continue;
            m_reading.problems.append(problem);
        }
    }

private:
    EndpointDraft::Reading &m_reading;
    QSet<EndpointField> m_unread;
};

} // namespace

EndpointDraft EndpointDraft::fromEndpoint(const Endpoint &endpoint)
{
    EndpointDraft draft;
    draft.id = endpoint.id;
    draft.service = endpoint.service;
    draft.name = endpoint.name;
    draft.kind = endpoint.kind;
    draft.target = endpoint.target;
    draft.interval = formatDuration(endpoint.intervalMs);
    draft.timeout = formatDuration(endpoint.timeoutMs);
    draft.confirmationsDown = endpoint.confirmationsDown;
    draft.confirmationsUp = endpoint.confirmationsUp;
    draft.paused = endpoint.paused;

    const HttpSettings &http = endpoint.http;
    draft.method = QString::fromLatin1(http.method);
    QStringList headers;
    for (const auto &[name, value] : http.headers)
        headers.append(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    draft.headers = headers.join(u'\n');
    draft.expectedStatus = statusText(http.expectedStatus);
    draft.bodyKind = http.assertion.kind;
    draft.bodyPattern = http.assertion.pattern;
    if (http.assertion.kind == BodyAssertion::Kind::JsonPointer)
        draft.bodyExpected = jsonValueText(http.assertion.expected);
    draft.degradedAbove = http.degradedAboveMs > 0 ? formatDuration(http.degradedAboveMs) : QString();
    draft.maxRedirects = http.maxRedirects;
    draft.maxBody = formatSize(http.maxBodyBytes);

    draft.recordType = endpoint.dns.recordType;
    draft.expectedAddresses = endpoint.dns.expectedAddresses.join(u", "_s);
    draft.dnsServer = endpoint.dns.server;

    draft.warnDays = endpoint.tls.warnDays;
    draft.verify = endpoint.tls.verify;
    draft.caFile = endpoint.tls.caFile;
    return draft;
}

EndpointDraft::Reading EndpointDraft::read(const EndpointNames &existing) const
{
    Reading reading;
    DraftReader reader(reading);
    Endpoint &endpoint = reading.endpoint;
    endpoint.id = id;
    endpoint.service = service.trimmed();
    endpoint.name = name.trimmed();
    endpoint.kind = kind;
    endpoint.target = target.trimmed();
    if (const auto value = reader.duration(interval, EndpointField::Interval))
        endpoint.intervalMs = clampedToInt(*value);
    if (const auto value = reader.duration(timeout, EndpointField::Timeout))
        endpoint.timeoutMs = clampedToInt(*value);
    endpoint.confirmationsDown = confirmationsDown;
    endpoint.confirmationsUp = confirmationsUp;
    endpoint.paused = paused;

    if (usesHttp(kind)) {
        HttpSettings &http = endpoint.http;
        http.method = method.trimmed().toLatin1();
        reader.headers(headers, http);
        reader.expectedStatus(expectedStatus, http);
        http.assertion.kind = bodyKind;
        switch (bodyKind) {
        case BodyAssertion::Kind::None:
            break;
        case BodyAssertion::Kind::Substring:
        case BodyAssertion::Kind::RegularExpression:
            http.assertion.pattern = bodyPattern;
            break;
        case BodyAssertion::Kind::JsonPointer:
            http.assertion.pattern = bodyPattern.trimmed();
            // Undefined, unlike null, is no value at all: the rules ask for one.
            http.assertion.expected = bodyExpected.trimmed().isEmpty()
                ? QJsonValue(QJsonValue::Undefined)
                : parseJsonValue(bodyExpected).value_or(QJsonValue(bodyExpected));
            break;
        }
        if (const auto value = reader.duration(degradedAbove, EndpointField::HttpDegradedAbove, 0))
            http.degradedAboveMs = clampedToInt(*value);
        http.maxRedirects = maxRedirects;
        if (const auto value = reader.size(maxBody, EndpointField::HttpMaxBody))
            http.maxBodyBytes = *value;
    }
    if (kind == CheckKind::Dns) {
        static const QRegularExpression separators(u"[\\s,]+"_s);
        endpoint.dns.recordType = recordType;
        endpoint.dns.expectedAddresses = expectedAddresses.split(separators, Qt::SkipEmptyParts);
        endpoint.dns.server = dnsServer.trimmed();
    }
    if (usesTls(kind)) {
        endpoint.tls.warnDays = warnDays;
        endpoint.tls.verify = verify;
        endpoint.tls.caFile = caFile.trimmed();
    }

    reader.applyRules();
    const bool named = std::ranges::none_of(reading.problems, [](const EndpointProblem &problem) {
        return problem.field == EndpointField::Service || problem.field == EndpointField::Name;
    });
    if (const auto conflict = named ? existing.conflict(endpoint) : std::nullopt)
        reading.problems.append({EndpointField::Name, *conflict});
    std::ranges::stable_sort(reading.problems, {}, &EndpointProblem::field);
    return reading;
}

} // namespace Leitstand
