// The editor's draft: text fields read with the endpoint file's rules, problems by field, names.

#include "editing/endpointdraft.h"
#include "editing/endpointnames.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

Endpoint endpoint(CheckKind kind, const QString &target)
{
    Endpoint e;
    e.id = 7;
    e.service = u"Portal"_s;
    e.name = u"Start"_s;
    e.kind = kind;
    e.target = target;
    return e;
}

EndpointDraft draftOf(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Http:
        return EndpointDraft::fromEndpoint(endpoint(kind, u"http://127.0.0.1/"_s));
    case CheckKind::Https:
        return EndpointDraft::fromEndpoint(endpoint(kind, u"https://127.0.0.1/"_s));
    case CheckKind::Dns:
        return EndpointDraft::fromEndpoint(endpoint(kind, u"localhost"_s));
    case CheckKind::Tcp:
    case CheckKind::Tls:
        break;
    }
    return EndpointDraft::fromEndpoint(endpoint(kind, u"127.0.0.1:443"_s));
}

using DraftChange = std::function<void(EndpointDraft &)>;

} // namespace

Q_DECLARE_METATYPE(DraftChange)

class TestEndpointDraft final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data()
    {
        QTest::addColumn<Endpoint>("original");
        for (CheckKind kind : {CheckKind::Http, CheckKind::Https, CheckKind::Tcp, CheckKind::Dns, CheckKind::Tls})
            QTest::addRow("%s", qPrintable(checkKindName(kind))) << draftOf(kind).read({}).endpoint;

        Endpoint http = endpoint(CheckKind::Https, u"https://127.0.0.1:8443/api"_s);
        http.intervalMs = 90'000;
        http.timeoutMs = 1500;
        http.confirmationsDown = 5;
        http.confirmationsUp = 2;
        http.paused = true;
        http.http.method = "HEAD";
        http.http.headers = {{"Accept", "application/json"}, {"Cookie", "a=1"}, {"Cookie", "b=2"}};
        http.http.expectedStatus = {{200, 299}, {304, 304}};
        http.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/checks/0"_s, QJsonArray {1, u"ok"_s}};
        http.http.degradedAboveMs = 750;
        http.http.maxRedirects = 0;
        http.http.maxBodyBytes = 256 * 1024;
        http.tls = {30, false, u"/etc/ssl/own.pem"_s};
        QTest::addRow("https with everything") << http;

        Endpoint quotedNumber = endpoint(CheckKind::Http, u"http://127.0.0.1/"_s);
        quotedNumber.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/v"_s, QJsonValue(u"42"_s)};
        QTest::addRow("JSON string that looks like a number") << quotedNumber;

        Endpoint regex = endpoint(CheckKind::Http, u"http://127.0.0.1/"_s);
        regex.http.assertion = {BodyAssertion::Kind::RegularExpression, u"<title>[^<]*Suche"_s, {}};
        QTest::addRow("regular expression") << regex;

        Endpoint dns = endpoint(CheckKind::Dns, u"localhost."_s);
        dns.dns = {DnsSettings::RecordType::A, {u"127.0.0.1"_s, u"127.0.0.2"_s}, u"127.0.0.1:5353"_s};
        QTest::addRow("dns with everything") << dns;
    }

    void roundTrip()
    {
        QFETCH(Endpoint, original);
        const EndpointDraft::Reading reading = EndpointDraft::fromEndpoint(original).read({});
        for (const EndpointProblem &problem : reading.problems)
            qWarning().noquote() << int(problem.field) << problem.message;
        QVERIFY(reading.isValid());
        QCOMPARE(reading.endpoint.id, original.id);
        QVERIFY(reading.endpoint.sameDefinition(original));
    }

    void problems_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<DraftChange>("change");
        // "field|part of the message" for each problem, in order.
        QTest::addColumn<QStringList>("expected");

        const auto row = [](const char *name, CheckKind kind, const DraftChange &change, const QStringList &expected) {
            QTest::addRow("%s", name) << int(kind) << change << expected;
        };
        const auto field = [](EndpointField f, const QString &message) {
            return QString::number(int(f)) + u'|' + message;
        };

        row("valid", CheckKind::Tcp, [](EndpointDraft &) { }, {});
        row("names and target are trimmed", CheckKind::Tcp,
            [](EndpointDraft &d) {
                d.name = u" Start "_s;
                d.target = u" 127.0.0.1:1 "_s;
            },
            {});
        row("empty name", CheckKind::Tcp, [](EndpointDraft &d) { d.name = u"  "_s; },
            {field(EndpointField::Name, u"must not be empty"_s)});
        row("interval not a duration", CheckKind::Tcp, [](EndpointDraft &d) { d.interval = u"soon"_s; },
            {field(EndpointField::Interval, u"expected a duration such as 500ms, 30s, 5m or 1h, not \"soon\""_s)});
        row("interval empty", CheckKind::Tcp, [](EndpointDraft &d) { d.interval.clear(); },
            {field(EndpointField::Interval, u"a value is required"_s)});
        row("interval too short", CheckKind::Tcp,
            [](EndpointDraft &d) {
                d.interval = u"500ms"_s;
                d.timeout = u"500ms"_s;
            },
            {field(EndpointField::Interval, u"must be at least 1s"_s)});
        row("timeout longer than interval", CheckKind::Tcp, [](EndpointDraft &d) { d.interval = u"5s"_s; },
            {field(EndpointField::Timeout, u"the timeout (10s) is longer than the interval (5s)"_s)});
        // An unreadable interval is not compared with the timeout: one problem, where it is.
        row("unreadable interval is not compared", CheckKind::Tcp, [](EndpointDraft &d) { d.interval = u"1,5s"_s; },
            {field(EndpointField::Interval, u"expected a duration"_s)});
        row("target of another kind", CheckKind::Https, [](EndpointDraft &d) { d.target = u"127.0.0.1:443"_s; },
            {field(EndpointField::Target, u"not a valid URL"_s)});
        row("header without colon", CheckKind::Http,
            [](EndpointDraft &d) { d.headers = u"Accept: text/html\n\nX-Token abc\n"_s; },
            {field(EndpointField::HttpHeaders, u"X-Token abc: expected one header as name: value"_s)});
        row("bad header name", CheckKind::Http, [](EndpointDraft &d) { d.headers = u"Bad Name: x"_s; },
            {field(EndpointField::HttpHeaders, u"Bad Name: not a valid header name"_s)});
        row("status list", CheckKind::Http, [](EndpointDraft &d) { d.expectedStatus = u"200-299, 2xx, 700"_s; },
            {field(EndpointField::HttpExpectedStatus, u"2xx: expected a status code"_s),
                field(EndpointField::HttpExpectedStatus, u"700: status codes are between 100 and 599"_s)});
        row("no status", CheckKind::Http, [](EndpointDraft &d) { d.expectedStatus = u" , "_s; },
            {field(EndpointField::HttpExpectedStatus, u"at least one status code"_s)});
        row("JSON pointer without value", CheckKind::Http,
            [](EndpointDraft &d) {
                d.bodyKind = BodyAssertion::Kind::JsonPointer;
                d.bodyPattern = u"/status"_s;
            },
            {field(EndpointField::HttpBodyExpected, u"a value is required"_s)});
        row("latency threshold", CheckKind::Http,
            [](EndpointDraft &d) {
                d.timeout = u"2s"_s;
                d.degradedAbove = u"2s"_s;
            },
            {field(EndpointField::HttpDegradedAbove, u"must be shorter than the timeout (2s)"_s)});
        row("body limit", CheckKind::Http, [](EndpointDraft &d) { d.maxBody = u"1MB"_s; },
            {field(EndpointField::HttpMaxBody, u"expected a size such as 512KiB or 1MiB, not \"1MB\""_s)});
        row("addresses", CheckKind::Dns,
            [](EndpointDraft &d) {
                d.recordType = DnsSettings::RecordType::A;
                d.expectedAddresses = u"127.0.0.1 ::1, x"_s;
            },
            {field(EndpointField::DnsExpectedAddresses, u"::1: an A record holds an IPv4 address"_s),
                field(EndpointField::DnsExpectedAddresses, u"x: not an IP address"_s)});
        // Hidden fields of other kinds do not count.
        row("settings of another kind", CheckKind::Tcp,
            [](EndpointDraft &d) {
                d.headers = u"nonsense"_s;
                d.maxBody = u"lots"_s;
                d.dnsServer = u"::::"_s;
                d.caFile = u"relative.pem"_s;
            },
            {});
        row("several fields, in field order", CheckKind::Https,
            [](EndpointDraft &d) {
                d.caFile = u"relative.pem"_s;
                d.service.clear();
                d.method = u"GET /"_s;
            },
            {field(EndpointField::Service, u"must not be empty"_s),
                field(EndpointField::HttpMethod, u"not a valid HTTP method"_s),
                field(EndpointField::TlsCaFile, u"must be an absolute path"_s)});
    }

    void problems()
    {
        QFETCH(int, kind);
        QFETCH(DraftChange, change);
        QFETCH(QStringList, expected);
        EndpointDraft draft = draftOf(CheckKind(kind));
        change(draft);
        const EndpointDraft::Reading reading = draft.read({});
        QStringList actual;
        for (const EndpointProblem &problem : reading.problems)
            actual.append(QString::number(int(problem.field)) + u'|' + problem.message);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QString field = expected[i].section(u'|', 0, 0);
            const QString message = expected[i].section(u'|', 1);
            QVERIFY2(
                actual[i].section(u'|', 0, 0) == field && actual[i].contains(message), qPrintable(actual.join(u'\n')));
        }
        QCOMPARE(reading.isValid(), expected.isEmpty());
    }

    void jsonValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("bare word is text") << u"ok"_s << QJsonValue(u"ok"_s);
        QTest::addRow("number") << u"42"_s << QJsonValue(42);
        QTest::addRow("quoted number is text") << u"\"42\""_s << QJsonValue(u"42"_s);
        QTest::addRow("boolean") << u"true"_s << QJsonValue(true);
        QTest::addRow("null") << u"null"_s << QJsonValue(QJsonValue::Null);
        QTest::addRow("array") << u"[1, 2]"_s << QJsonValue(QJsonArray {1, 2});
        QTest::addRow("two values are text") << u"1, 2"_s << QJsonValue(u"1, 2"_s);
    }

    void jsonValues()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, value);
        EndpointDraft draft = draftOf(CheckKind::Http);
        draft.bodyKind = BodyAssertion::Kind::JsonPointer;
        draft.bodyPattern = u"/v"_s;
        draft.bodyExpected = text;
        const auto reading = draft.read({});
        QVERIFY(reading.isValid());
        QCOMPARE(reading.endpoint.http.assertion.expected, value);
    }

    void kindChangeResetsOtherSettings()
    {
        Endpoint http = endpoint(CheckKind::Http, u"http://127.0.0.1/"_s);
        http.http.method = "HEAD";
        http.http.maxRedirects = 0;
        EndpointDraft draft = EndpointDraft::fromEndpoint(http);
        draft.kind = CheckKind::Tcp;
        draft.target = u"127.0.0.1:80"_s;
        const auto reading = draft.read({});
        QVERIFY(reading.isValid());
        QCOMPARE(reading.endpoint.http, HttpSettings {});
    }

    void duplicateNames()
    {
        Endpoint stored = endpoint(CheckKind::Tcp, u"127.0.0.1:1"_s);
        Endpoint other = stored;
        other.id = 8;
        other.name = u"Other"_s;
        const EndpointNames names({stored, other});

        // Editing an endpoint keeps its own name.
        QVERIFY(EndpointDraft::fromEndpoint(stored).read(names).isValid());

        EndpointDraft renamed = EndpointDraft::fromEndpoint(stored);
        renamed.name = u"Other"_s;
        auto reading = renamed.read(names);
        QCOMPARE(reading.problems.size(), 1);
        QCOMPARE(reading.problems.constFirst().field, EndpointField::Name);
        QCOMPARE(reading.problems.constFirst().message,
            u"The service \"Portal\" already has an endpoint named \"Other\"."_s);

        EndpointDraft added = EndpointDraft::fromEndpoint(stored);
        added.id = 0;
        QVERIFY(!added.read(names).isValid());
        added.service = u"Elsewhere"_s;
        QVERIFY(added.read(names).isValid());
    }

    void copyNames()
    {
        Endpoint stored = endpoint(CheckKind::Tcp, u"127.0.0.1:1"_s);
        QCOMPARE(EndpointNames({stored}).copyName(u"Portal"_s, u"Start"_s), u"Start (copy)"_s);
        Endpoint copy = stored;
        copy.id = 8;
        copy.name = u"Start (copy)"_s;
        Endpoint second = stored;
        second.id = 9;
        second.name = u"Start (copy 2)"_s;
        QCOMPARE(EndpointNames({stored, copy, second}).copyName(u"Portal"_s, u"Start"_s), u"Start (copy 3)"_s);
        // Only names in the same service count.
        QCOMPARE(EndpointNames({stored, copy}).copyName(u"Other"_s, u"Start"_s), u"Start (copy)"_s);
    }
};

QTEST_GUILESS_MAIN(TestEndpointDraft)
#include "tst_endpointdraft.moc"
