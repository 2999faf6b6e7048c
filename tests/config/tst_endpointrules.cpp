// The rules every endpoint definition follows. The same cases go through the endpoint file too:
// what the editor refuses, an import refuses, because both apply EndpointRules.

#include "config/endpointfile.h"
#include "config/endpointrules.h"

#include <QJsonValue>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

Endpoint valid(CheckKind kind)
{
    Endpoint endpoint;
    endpoint.service = u"Portal"_s;
    endpoint.name = u"Start"_s;
    endpoint.kind = kind;
    switch (kind) {
    case CheckKind::Http:
        endpoint.target = u"http://127.0.0.1:8080/health"_s;
        break;
    case CheckKind::Https:
        endpoint.target = u"https://portal.example.org/"_s;
        break;
    case CheckKind::Tcp:
    case CheckKind::Tls:
        endpoint.target = u"127.0.0.1:443"_s;
        break;
    case CheckKind::Dns:
        endpoint.target = u"www.example.org"_s;
        break;
    }
    return endpoint;
}

} // namespace

class TestEndpointRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validDefinitions_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        for (CheckKind kind : {CheckKind::Http, CheckKind::Https, CheckKind::Tcp, CheckKind::Dns, CheckKind::Tls})
            QTest::addRow("%s", qPrintable(checkKindName(kind))) << valid(kind);

        Endpoint everything = valid(CheckKind::Https);
        everything.intervalMs = 1000;
        everything.timeoutMs = 1000;
        everything.http.method = "HEAD";
        everything.http.headers = {{"Accept", "application/json"}};
        everything.http.expectedStatus = {{200, 299}, {304, 304}};
        everything.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/status"_s, QJsonValue(u"ok"_s)};
        everything.http.degradedAboveMs = 999;
        everything.http.maxRedirects = 0;
        everything.tls.caFile = u"/etc/ssl/own.pem"_s;
        QTest::addRow("https with everything") << everything;

        Endpoint dns = valid(CheckKind::Dns);
        dns.target = u"www.example.org."_s;
        dns.dns.recordType = DnsSettings::RecordType::AAAA;
        dns.dns.expectedAddresses = {u"2001:db8::1"_s};
        dns.dns.server = u"[::1]:53"_s;
        QTest::addRow("dns with everything") << dns;

        // Settings of another kind are not looked at: they are not used and not exported.
        Endpoint tcp = valid(CheckKind::Tcp);
        tcp.http.method = "NOT A METHOD";
        tcp.dns.server = u"::::"_s;
        tcp.tls.caFile = u"relative.pem"_s;
        QTest::addRow("tcp ignores other settings") << tcp;
    }

    void validDefinitions()
    {
        QFETCH(Endpoint, endpoint);
        const auto problems = EndpointRules::problems(endpoint);
        for (const EndpointProblem &problem : problems)
            qWarning().noquote() << int(problem.field) << problem.message;
        QVERIFY(problems.isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        // Whether the file can express the mistake, so that the parser must refuse it as well.
        QTest::addColumn<bool>("inFile");

        const auto with = [](CheckKind kind, auto change) {
            Endpoint endpoint = valid(kind);
            change(endpoint);
            return endpoint;
        };
        QTest::addRow("empty name") << with(CheckKind::Tcp, [](Endpoint &e) { e.name = u"  "_s; })
                                    << int(EndpointField::Name) << u"must not be empty"_s << true;
        QTest::addRow("empty service") << with(CheckKind::Tcp, [](Endpoint &e) { e.service.clear(); })
                                       << int(EndpointField::Service) << u"must not be empty"_s << true;
        QTest::addRow("empty target") << with(CheckKind::Tcp, [](Endpoint &e) { e.target.clear(); })
                                      << int(EndpointField::Target) << u"must not be empty"_s << true;
        QTest::addRow("tcp without port") << with(CheckKind::Tcp, [](Endpoint &e) { e.target = u"127.0.0.1"_s; })
                                          << int(EndpointField::Target) << u"expected host:port"_s << true;
        QTest::addRow("tls port out of range")
            << with(CheckKind::Tls, [](Endpoint &e) { e.target = u"127.0.0.1:70000"_s; }) << int(EndpointField::Target)
            << u"between 1 and 65535"_s << true;
        QTest::addRow("https with http URL")
            << with(CheckKind::Https, [](Endpoint &e) { e.target = u"http://127.0.0.1/"_s; })
            << int(EndpointField::Target) << u"starts with https://"_s << true;
        QTest::addRow("URL with password")
            << with(CheckKind::Http, [](Endpoint &e) { e.target = u"http://u:p@127.0.0.1/"_s; })
            << int(EndpointField::Target) << u"user name or password"_s << true;
        QTest::addRow("dns target with port")
            << with(CheckKind::Dns, [](Endpoint &e) { e.target = u"example.org:53"_s; }) << int(EndpointField::Target)
            << u"host name to resolve"_s << true;
        QTest::addRow("interval too short") << with(CheckKind::Tcp,
            [](Endpoint &e) {
                e.intervalMs = 500;
                e.timeoutMs = 500;
            }) << int(EndpointField::Interval)
                                            << u"at least 1s"_s << true;
        QTest::addRow("interval too long") << with(CheckKind::Tcp, [](Endpoint &e) { e.intervalMs = 90'000'000; })
                                           << int(EndpointField::Interval) << u"at most 24h"_s << true;
        QTest::addRow("timeout longer than interval") << with(CheckKind::Tcp,
            [](Endpoint &e) {
                e.intervalMs = 5000;
                e.timeoutMs = 8000;
            }) << int(EndpointField::Timeout) << u"the timeout (8s) is longer than the interval (5s)"_s
                                                      << true;
        QTest::addRow("zero timeout") << with(CheckKind::Tcp, [](Endpoint &e) { e.timeoutMs = 0; })
                                      << int(EndpointField::Timeout) << u"at least 1ms"_s << true;
        QTest::addRow("no confirmations") << with(CheckKind::Tcp, [](Endpoint &e) { e.confirmationsDown = 0; })
                                          << int(EndpointField::ConfirmationsDown) << u"between 1 and 100"_s << true;
        QTest::addRow("too many confirmations")
            << with(CheckKind::Tcp, [](Endpoint &e) { e.confirmationsUp = 101; }) << int(EndpointField::ConfirmationsUp)
            << u"between 1 and 100"_s << true;
        QTest::addRow("bad method") << with(CheckKind::Http, [](Endpoint &e) { e.http.method = "GET /"; })
                                    << int(EndpointField::HttpMethod) << u"not a valid HTTP method"_s << true;
        QTest::addRow("bad header name") << with(
            CheckKind::Http, [](Endpoint &e) { e.http.headers = {{"Bad Header", "x"}}; })
                                         << int(EndpointField::HttpHeaders) << u"Bad Header: not a valid header name"_s
                                         << true;
        QTest::addRow("header value with line break")
            << with(CheckKind::Http, [](Endpoint &e) { e.http.headers = {{"X-A", "a\nb"}}; })
            << int(EndpointField::HttpHeaders) << u"X-A: a header value must not contain line breaks"_s << true;
        QTest::addRow("no status") << with(CheckKind::Http, [](Endpoint &e) { e.http.expectedStatus.clear(); })
                                   << int(EndpointField::HttpExpectedStatus) << u"at least one"_s << true;
        QTest::addRow("status out of range")
            << with(CheckKind::Http, [](Endpoint &e) { e.http.expectedStatus = {{200, 700}}; })
            << int(EndpointField::HttpExpectedStatus) << u"200-700: status codes are between 100 and 599"_s << true;
        QTest::addRow("empty substring") << with(
            CheckKind::Http, [](Endpoint &e) { e.http.assertion = {BodyAssertion::Kind::Substring, QString(), {}}; })
                                         << int(EndpointField::HttpBodyPattern) << u"must not be empty"_s << true;
        QTest::addRow("invalid regular expression")
            << with(CheckKind::Http,
                   [](Endpoint &e) { e.http.assertion = {BodyAssertion::Kind::RegularExpression, u"(unclosed"_s, {}}; })
            << int(EndpointField::HttpBodyPattern) << u"invalid regular expression"_s << true;
        QTest::addRow("JSON pointer without slash") << with(CheckKind::Http,
            [](Endpoint &e) { e.http.assertion = {BodyAssertion::Kind::JsonPointer, u"status"_s, QJsonValue(1)}; })
                                                    << int(EndpointField::HttpBodyPattern) << u"invalid JSON pointer"_s
                                                    << true;
        QTest::addRow("JSON pointer without value") << with(CheckKind::Http,
            [](Endpoint &e) {
                e.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/status"_s, QJsonValue(QJsonValue::Undefined)};
            }) << int(EndpointField::HttpBodyExpected)
                                                    << u"a value is required"_s << false;
        QTest::addRow("latency threshold not below timeout")
            << with(CheckKind::Https, [](Endpoint &e) { e.http.degradedAboveMs = 10'000; })
            << int(EndpointField::HttpDegradedAbove) << u"must be shorter than the timeout"_s << true;
        QTest::addRow("too many redirects") << with(CheckKind::Http, [](Endpoint &e) { e.http.maxRedirects = 51; })
                                            << int(EndpointField::HttpMaxRedirects) << u"between 0 and 50"_s << true;
        QTest::addRow("body limit zero") << with(CheckKind::Http, [](Endpoint &e) { e.http.maxBodyBytes = 0; })
                                         << int(EndpointField::HttpMaxBody) << u"between 1B and 1GiB"_s << true;
        QTest::addRow("not an address") << with(
            CheckKind::Dns, [](Endpoint &e) { e.dns.expectedAddresses = {u"127.0.0.1"_s, u"nonsense"_s}; })
                                        << int(EndpointField::DnsExpectedAddresses) << u"nonsense: not an IP address"_s
                                        << true;
        QTest::addRow("IPv6 for an A record") << with(CheckKind::Dns,
            [](Endpoint &e) {
                e.dns.recordType = DnsSettings::RecordType::A;
                e.dns.expectedAddresses = {u"::1"_s};
            }) << int(EndpointField::DnsExpectedAddresses)
                                              << u"::1: an A record holds an IPv4 address"_s << true;
        QTest::addRow("bad name server") << with(
            CheckKind::Dns, [](Endpoint &e) { e.dns.server = u"127.0.0.1:99999"_s; })
                                         << int(EndpointField::DnsServer) << u"between 1 and 65535"_s << true;
        QTest::addRow("warning days out of range")
            << with(CheckKind::Tls, [](Endpoint &e) { e.tls.warnDays = -1; }) << int(EndpointField::TlsWarnDays)
            << u"between 0 and 3650"_s << true;
        QTest::addRow("relative CA file") << with(CheckKind::Https, [](Endpoint &e) { e.tls.caFile = u"ca.pem"_s; })
                                          << int(EndpointField::TlsCaFile) << u"must be an absolute path"_s << true;
    }

    void problems()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(int, field);
        QFETCH(QString, message);
        QFETCH(bool, inFile);

        const auto problems = EndpointRules::problems(endpoint);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.constFirst().field), field);
        QVERIFY2(problems.constFirst().message.contains(message), qPrintable(problems.constFirst().message));

        if (!inFile)
            return;
        const auto parsed = EndpointFile::parse(EndpointFile::write({endpoint}), u"rules.yaml"_s);
        QVERIFY2(!parsed, "the endpoint file must refuse what the rules refuse");
        // The file names the problem in its own words where a list position is part of the field.
        QVERIFY2(parsed.error().constFirst().message.contains(message.section(u": "_s, -1)),
            qPrintable(parsed.error().constFirst().toString()));
    }

    void textForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<qint64>("size");
        QTest::addRow("plain number") << u"90"_s << qint64(90'000) << qint64(90);
        QTest::addRow("units") << u"1m30s"_s << qint64(90'000) << qint64(-1);
        QTest::addRow("size unit") << u"512KiB"_s << qint64(-1) << qint64(512 * 1024);
        QTest::addRow("fraction") << u"1.5s"_s << qint64(-1) << qint64(-1);
        QTest::addRow("decimal size") << u"1MB"_s << qint64(-1) << qint64(-1);
    }

    void textForms()
    {
        QFETCH(QString, text);
        QFETCH(qint64, duration);
        QFETCH(qint64, size);
        const auto parsedDuration = EndpointRules::duration(text);
        QCOMPARE(parsedDuration.value_or(-1), duration);
        if (!parsedDuration)
            QVERIFY(parsedDuration.error().contains(u"expected a duration"_s));
        const auto parsedSize = EndpointRules::size(text);
        QCOMPARE(parsedSize.value_or(-1), size);
        if (!parsedSize)
            QVERIFY(parsedSize.error().contains(u"expected a size"_s));
    }

    void statusRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<QString>("problem");
        QTest::addRow("code") << u"204"_s << 204 << 204 << QString();
        QTest::addRow("range") << u"200 - 299"_s << 200 << 299 << QString();
        QTest::addRow("wildcard") << u"2xx"_s << 0 << 0 << u"expected a status code"_s;
        QTest::addRow("reversed") << u"299-200"_s << 0 << 0 << u"starts after it ends"_s;
        QTest::addRow("too high") << u"600"_s << 0 << 0 << u"between 100 and 599"_s;
    }

    void statusRanges()
    {
        QFETCH(QString, text);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QString, problem);
        const auto range = EndpointRules::statusRange(text);
        if (problem.isEmpty()) {
            QVERIFY(range);
            QCOMPARE(*range, (StatusRange {first, last}));
        } else {
            QVERIFY(!range);
            QVERIFY2(range.error().contains(problem), qPrintable(range.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestEndpointRules)
#include "tst_endpointrules.moc"
