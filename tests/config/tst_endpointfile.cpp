#include "config/endpointfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

// The first lines of a valid file, so that each case below only adds its endpoint; line 3 is the
// first line of the first endpoint.
constexpr auto header = "version: 1\nendpoints:\n"_L1;

QByteArray withHeader(QLatin1StringView endpoints)
{
    return QByteArray(header.data(), header.size()) + QByteArray(endpoints.data(), endpoints.size());
}

Endpoint parseOne(const QByteArray &yaml)
{
    const auto result = EndpointFile::parse(yaml, u"test.yaml"_s);
    if (!result) {
        for (const EndpointFileProblem &problem : result.error())
            qWarning().noquote() << problem.toString();
        return {};
    }
    return result->size() == 1 ? result->front() : Endpoint {};
}

Endpoint makeEndpoint(const QString &name, const QString &service, CheckKind kind, const QString &target)
{
    Endpoint endpoint;
    endpoint.name = name;
    endpoint.service = service;
    endpoint.kind = kind;
    endpoint.target = target;
    return endpoint;
}

const Endpoint *findEndpoint(const QList<Endpoint> &endpoints, const QString &service, const QString &name)
{
    const auto it = std::ranges::find_if(
        endpoints, [&](const Endpoint &endpoint) { return endpoint.service == service && endpoint.name == name; });
    return it == endpoints.end() ? nullptr : &*it;
}

} // namespace

class TestEndpointFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each expected problem is "line|field|part of the message".
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("empty file") << QByteArray() << QStringList {u"1||empty"_s};
        QTest::addRow("only a comment") << "# nothing\n"_ba << QStringList {u"1||empty"_s};
        QTest::addRow("not a mapping") << "- a\n- b\n"_ba << QStringList {u"1||expected a mapping"_s};
        QTest::addRow("syntax error") << "version: 1\nendpoints:\n  - name: a\n    service: [b\n"_ba
                                      << QStringList {u"5||YAML syntax error"_s};
        QTest::addRow("syntax error: tab indentation")
            << "version: 1\nendpoints:\n  - name: a\n\t service: b\n"_ba << QStringList {u"4||YAML syntax error"_s};
        QTest::addRow("second document") << "version: 1\nendpoints: []\n---\nversion: 1\n"_ba
                                         << QStringList {u"4||second YAML document"_s};
        QTest::addRow("missing version") << "endpoints: []\n"_ba << QStringList {u"1|version|required"_s};
        QTest::addRow("version is not a number")
            << "version: eins\nendpoints: []\n"_ba << QStringList {u"1|version|whole number"_s};
        // Nothing else is checked against a format this version does not know.
        QTest::addRow("unknown version") << "version: 2\nendpoints:\n  - whatever: 1\n"_ba
                                         << QStringList {u"1|version|version 2 is not supported"_s};
        QTest::addRow("missing endpoints") << "version: 1\n"_ba << QStringList {u"1|endpoints|required"_s};
        QTest::addRow("endpoints not a list")
            << "version: 1\nendpoints: all\n"_ba << QStringList {u"2|endpoints|expected a list"_s};
        QTest::addRow("misspelled top-level key")
            << "version: 1\nendpoint: []\n"_ba
            << QStringList {u"1|endpoints|required"_s, u"2|endpoint|did you mean \"endpoints\""_s};
        QTest::addRow("missing required fields")
            << withHeader("  - name: a\n"_L1)
            << QStringList {u"3|endpoints[0].kind|required"_s, u"3|endpoints[0].service|required"_s,
                   u"3|endpoints[0].target|required"_s};
        QTest::addRow("endpoint not a mapping")
            << withHeader("  - just a name\n"_L1) << QStringList {u"3|endpoints[0]|expected a mapping"_s};
        QTest::addRow("misspelled key") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    intervall: 30s\n"_L1)
                                        << QStringList {u"7|endpoints[0].intervall|did you mean \"interval\""_s};
        QTest::addRow("unrelated key") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    colour: red\n"_L1)
                                       << QStringList {
                                              u"7|endpoints[0].colour|unknown key; expected one of name, service"_s};
        QTest::addRow("database id is no key")
            << withHeader("  - id: 7\n    name: a\n    service: s\n    kind: tcp\n    target: h:1\n"_L1)
            << QStringList {u"3|endpoints[0].id|unknown key"_s};
        QTest::addRow("duplicate key") << withHeader(
            "  - name: a\n    name: b\n    service: s\n    kind: tcp\n    target: h:1\n"_L1)
                                       << QStringList {u"4|endpoints[0].name|more than once"_s};
        QTest::addRow("list where text belongs")
            << withHeader("  - name: [a, b]\n    service: s\n    kind: tcp\n    target: h:1\n"_L1)
            << QStringList {u"3|endpoints[0].name|single value"_s};
        QTest::addRow("empty name") << withHeader(
            "  - name: \"  \"\n    service: s\n    kind: tcp\n    target: h:1\n"_L1)
                                    << QStringList {u"3|endpoints[0].name|must not be empty"_s};
        QTest::addRow("null service") << withHeader("  - name: a\n    service:\n    kind: tcp\n    target: h:1\n"_L1)
                                      << QStringList {u"4|endpoints[0].service|value is required"_s};
        QTest::addRow("bad kind") << withHeader("  - name: a\n    service: s\n    kind: htps\n    target: h:1\n"_L1)
                                  << QStringList {u"5|endpoints[0].kind|unknown kind \"htps\""_s};
        QTest::addRow("bad duration") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    interval: 30 sec\n"_L1)
                                      << QStringList {u"7|endpoints[0].interval|expected a duration"_s};
        QTest::addRow("interval below 1s")
            << withHeader("  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    interval: 500ms\n"_L1)
            << QStringList {u"7|endpoints[0].interval|at least 1s"_s};
        QTest::addRow("zero timeout") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    timeout: 0\n"_L1)
                                      << QStringList {u"7|endpoints[0].timeout|at least 1ms"_s};
        QTest::addRow("timeout longer than interval")
            << withHeader(
                   "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    interval: 5s\n    timeout: 10s\n"_L1)
            << QStringList {u"8|endpoints[0].timeout|timeout (10s) is longer than the interval (5s)"_s};
        QTest::addRow("default timeout longer than interval")
            << "version: 1\ndefaults:\n  timeout: 30s\nendpoints:\n"
               "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    interval: 10s\n"_ba
            << QStringList {u"9|endpoints[0].timeout|timeout (30s) is longer than the interval (10s)"_s};
        QTest::addRow("defaults: timeout longer than interval")
            << "version: 1\ndefaults:\n  interval: 5s\n  timeout: 6s\nendpoints: []\n"_ba
            << QStringList {u"4|defaults.timeout|longer than the interval"_s};
        QTest::addRow("defaults: misspelled key")
            << "version: 1\ndefaults:\n  tls:\n    warndays: 3\nendpoints: []\n"_ba
            << QStringList {u"4|defaults.tls.warndays|did you mean \"warn_days\""_s};
        QTest::addRow("defaults: no body assertion")
            << "version: 1\ndefaults:\n  http:\n    body:\n      contains: x\nendpoints: []\n"_ba
            << QStringList {u"4|defaults.http.body|unknown key"_s};
        QTest::addRow("zero confirmations") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    confirmations:\n      down: 0\n"_L1)
                                            << QStringList {u"8|endpoints[0].confirmations.down|between 1 and 100"_s};
        QTest::addRow("negative confirmations") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    confirmations:\n      up: -1\n"_L1)
                                                << QStringList {u"8|endpoints[0].confirmations.up|between 1 and 100"_s};
        QTest::addRow("confirmations not a number") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    confirmations:\n      up: one\n"_L1)
                                                    << QStringList {u"8|endpoints[0].confirmations.up|whole number"_s};
        QTest::addRow("paused: yes") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    paused: yes\n"_L1)
                                     << QStringList {u"7|endpoints[0].paused|true or false"_s};
        QTest::addRow("scheme does not match kind")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: https://example.org/\n"_L1)
            << QStringList {u"6|endpoints[0].target|starts with http://"_s};
        QTest::addRow("not a URL") << withHeader(
            "  - name: a\n    service: s\n    kind: https\n    target: example.org/path\n"_L1)
                                   << QStringList {u"6|endpoints[0].target|starts with https://"_s};
        QTest::addRow("invalid URL") << withHeader(
            "  - name: a\n    service: s\n    kind: https\n    target: https://exa mple.org/\n"_L1)
                                     << QStringList {u"6|endpoints[0].target|not a valid URL"_s};
        QTest::addRow("URL port out of range")
            << withHeader("  - name: a\n    service: s\n    kind: https\n    target: https://example.org:70000/\n"_L1)
            << QStringList {u"6|endpoints[0].target|not a valid URL"_s};
        QTest::addRow("URL without host")
            << withHeader("  - name: a\n    service: s\n    kind: https\n    target: https:///path\n"_L1)
            << QStringList {u"6|endpoints[0].target|no host"_s};
        QTest::addRow("URL with password")
            << withHeader("  - name: a\n    service: s\n    kind: https\n    target: https://u:p@example.org/\n"_L1)
            << QStringList {u"6|endpoints[0].target|user name or password"_s};
        QTest::addRow("tcp without port")
            << withHeader("  - name: a\n    service: s\n    kind: tcp\n    target: db.example.org\n"_L1)
            << QStringList {u"6|endpoints[0].target|expected host:port"_s};
        QTest::addRow("tcp with URL") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: https://db.example.org/\n"_L1)
                                      << QStringList {u"6|endpoints[0].target|expected host:port"_s};
        QTest::addRow("tcp port out of range")
            << withHeader("  - name: a\n    service: s\n    kind: tcp\n    target: db.example.org:70000\n"_L1)
            << QStringList {u"6|endpoints[0].target|between 1 and 65535"_s};
        QTest::addRow("tls port zero") << withHeader(
            "  - name: a\n    service: s\n    kind: tls\n    target: \"[::1]:0\"\n"_L1)
                                       << QStringList {u"6|endpoints[0].target|between 1 and 65535"_s};
        QTest::addRow("tcp IPv6 without brackets")
            << withHeader("  - name: a\n    service: s\n    kind: tcp\n    target: \"2001:db8::1:443\"\n"_L1)
            << QStringList {u"6|endpoints[0].target|expected host:port"_s};
        QTest::addRow("dns name with port")
            << withHeader("  - name: a\n    service: s\n    kind: dns\n    target: example.org:53\n"_L1)
            << QStringList {u"6|endpoints[0].target|host name to resolve"_s};
        QTest::addRow("invalid regular expression")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      body:\n        matches: \"([a-z\"\n"_L1)
            << QStringList {u"9|endpoints[0].http.body.matches|invalid regular expression"_s};
        QTest::addRow("JSON pointer without slash")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      body:\n        json_pointer: status\n        equals: ok\n"_L1)
            << QStringList {u"9|endpoints[0].http.body.json_pointer|invalid JSON pointer"_s};
        QTest::addRow("JSON pointer with bad escape")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      body:\n        json_pointer: /a~2b\n        equals: ok\n"_L1)
            << QStringList {u"9|endpoints[0].http.body.json_pointer|invalid JSON pointer"_s};
        QTest::addRow("JSON pointer without equals")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      body:\n        json_pointer: /status\n"_L1)
            << QStringList {u"9|endpoints[0].http.body.equals|needs equals"_s};
        QTest::addRow("two body assertions")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      body:\n        contains: a\n        matches: b\n"_L1)
            << QStringList {u"9|endpoints[0].http.body|exactly one of"_s};
        QTest::addRow("equals without JSON pointer")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      body:\n        contains: a\n        equals: b\n"_L1)
            << QStringList {u"10|endpoints[0].http.body.equals|only with json_pointer"_s};
        QTest::addRow("http block on tcp") << withHeader(
            "  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    http:\n      method: GET\n"_L1)
                                           << QStringList {u"7|endpoints[0].http|only to http and https"_s};
        QTest::addRow("dns block on https")
            << withHeader("  - name: a\n    service: s\n    kind: https\n    target: https://h/\n"
                          "    dns:\n      record: A\n"_L1)
            << QStringList {u"7|endpoints[0].dns|only to dns"_s};
        QTest::addRow("tls block on http")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    tls:\n      verify: false\n"_L1)
            << QStringList {u"7|endpoints[0].tls|only to https and tls"_s};
        QTest::addRow("bad status codes")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      expect_status:\n        - 299-200\n        - 700\n        - 2xx\n"
                          "        - 99-200\n"_L1)
            << QStringList {u"9|endpoints[0].http.expect_status[0]|starts after it ends"_s,
                   u"10|endpoints[0].http.expect_status[1]|between 100 and 599"_s,
                   u"11|endpoints[0].http.expect_status[2]|expected a status code"_s,
                   u"12|endpoints[0].http.expect_status[3]|expected a status code"_s};
        QTest::addRow("empty status list")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      expect_status: []\n"_L1)
            << QStringList {u"8|endpoints[0].http.expect_status|at least one"_s};
        QTest::addRow("bad size") << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                                                "    http:\n      max_body: 1MB\n"_L1)
                                  << QStringList {u"8|endpoints[0].http.max_body|expected a size"_s};
        QTest::addRow("zero size") << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                                                 "    http:\n      max_body: 0\n"_L1)
                                   << QStringList {u"8|endpoints[0].http.max_body|between 1B and 1GiB"_s};
        QTest::addRow("bad method and header")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      method: GET /\n      headers:\n        Bad Header: x\n"_L1)
            << QStringList {u"8|endpoints[0].http.method|not a valid HTTP method"_s,
                   u"10|endpoints[0].http.headers.Bad Header|not a valid header name"_s};
        QTest::addRow("header list entry with two names")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n"
                          "    http:\n      headers:\n        - {A: 1, B: 2}\n"_L1)
            << QStringList {u"9|endpoints[0].http.headers[0]|one header"_s};
        QTest::addRow("latency threshold not below timeout")
            << withHeader("  - name: a\n    service: s\n    kind: http\n    target: http://h/\n    timeout: 2s\n"
                          "    http:\n      degraded_above: 2s\n"_L1)
            << QStringList {u"9|endpoints[0].http.degraded_above|shorter than the timeout"_s};
        QTest::addRow("dns record and addresses") << withHeader(
            "  - name: a\n    service: s\n    kind: dns\n    target: example.org\n"
            "    dns:\n      record: MX\n"_L1) << QStringList {u"8|endpoints[0].dns.record|A, AAAA or any"_s};
        QTest::addRow("dns address of the wrong family")
            << withHeader("  - name: a\n    service: s\n    kind: dns\n    target: example.org\n"
                          "    dns:\n      record: A\n      expect: [192.0.2.1, \"::1\", nonsense]\n"_L1)
            << QStringList {
                   u"9|endpoints[0].dns.expect[1]|IPv4"_s, u"9|endpoints[0].dns.expect[2]|not an IP address"_s};
        QTest::addRow("dns bad server") << withHeader(
            "  - name: a\n    service: s\n    kind: dns\n    target: example.org\n"
            "    dns:\n      server: 192.0.2.53:99999\n"_L1)
                                        << QStringList {u"8|endpoints[0].dns.server|between 1 and 65535"_s};
        QTest::addRow("relative CA file")
            << withHeader("  - name: a\n    service: s\n    kind: tls\n    target: h:443\n"
                          "    tls:\n      ca_file: ca.pem\n      warn_days: -1\n"_L1)
            << QStringList {
                   u"8|endpoints[0].tls.ca_file|absolute path"_s, u"9|endpoints[0].tls.warn_days|between 0 and 3650"_s};
        QTest::addRow("duplicate endpoint")
            << withHeader("  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n"
                          "  - name: a\n    service: s\n    kind: tcp\n    target: h:2\n"
                          "  - name: a\n    service: other\n    kind: tcp\n    target: h:2\n"_L1)
            << QStringList {u"7|endpoints[1].name|already defined at line 3"_s};
        QTest::addRow("several problems in one file")
            << "version: 1\n"
               "defaults:\n"
               "  interval: soon\n"
               "endpoints:\n"
               "  - name: Portal\n"
               "    service: Bürgerportal\n"
               "    kind: https\n"
               "    target: http://portal.example.org/\n"
               "    http:\n"
               "      expect_status: [200-299, 600]\n"
               "  - name: Datenbank\n"
               "    service: Bürgerportal\n"
               "    kind: tcp\n"
               "    target: db.example.org\n"
               "    confirmations:\n"
               "      down: 0\n"
               "  - name: Portal\n"
               "    service: Bürgerportal\n"
               "    kind: https\n"
               "    target: https://portal.example.org/\n"
               "    timout: 5s\n"_ba
            << QStringList {u"3|defaults.interval|expected a duration"_s,
                   u"8|endpoints[0].target|starts with https://"_s,
                   u"10|endpoints[0].http.expect_status[1]|between 100 and 599"_s,
                   u"14|endpoints[1].target|expected host:port"_s,
                   u"16|endpoints[1].confirmations.down|between 1 and 100"_s,
                   u"21|endpoints[2].timout|did you mean \"timeout\""_s};
    }

    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);

        const auto result = EndpointFile::parse(yaml, u"fleet.yaml"_s);
        QVERIFY2(!result, "a malformed file must be refused");
        QStringList actual;
        for (const EndpointFileProblem &problem : result.error())
            actual.append(problem.toString());
        const QString all = actual.join(u'\n');
        QCOMPARE(result.error().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList parts = expected[i].split(u'|');
            const EndpointFileProblem &problem = result.error().at(i);
            QVERIFY2(problem.file == u"fleet.yaml"_s, qPrintable(all));
            QVERIFY2(problem.line == parts[0].toInt(), qPrintable(all));
            QVERIFY2(problem.field == parts[1], qPrintable(all));
            QVERIFY2(problem.message.contains(parts[2]), qPrintable(all));
        }
    }

    void problemToString_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");

        QTest::addRow("everything") << 4 << u"endpoints[3].http.expect_status"_s
                                    << u"f.yaml:4: endpoints[3].http.expect_status: bad"_s;
        QTest::addRow("no field") << 2 << QString() << u"f.yaml:2: bad"_s;
        QTest::addRow("no line") << 0 << QString() << u"f.yaml: bad"_s;
    }

    void problemToString()
    {
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, text);
        QCOMPARE((EndpointFileProblem {u"f.yaml"_s, line, field, u"bad"_s}.toString()), text);
    }

    void builtInDefaults()
    {
        const Endpoint endpoint
            = parseOne(withHeader("  - name: a\n    service: s\n    kind: https\n    target: https://h/\n"_L1));
        QVERIFY(endpoint.sameDefinition(makeEndpoint(u"a"_s, u"s"_s, CheckKind::Https, u"https://h/"_s)));
        QCOMPARE(endpoint.intervalMs, 60'000);
        QCOMPARE(endpoint.timeoutMs, 10'000);
        QCOMPARE(endpoint.confirmationsDown, 3);
        QCOMPARE(endpoint.confirmationsUp, 1);
        QCOMPARE(endpoint.paused, false);
        QCOMPARE(endpoint.http.method, "GET"_ba);
        QCOMPARE(endpoint.http.expectedStatus, (QList<StatusRange> {{200, 399}}));
        QCOMPARE(endpoint.http.maxRedirects, 5);
        QCOMPARE(endpoint.http.maxBodyBytes, 1024 * 1024);
        QCOMPARE(endpoint.tls.warnDays, 14);
        QCOMPARE(endpoint.tls.verify, true);
    }

    void timeoutFollowsShortInterval()
    {
        const Endpoint endpoint = parseOne(
            withHeader("  - name: a\n    service: s\n    kind: tcp\n    target: h:1\n    interval: 3s\n"_L1));
        QCOMPARE(endpoint.intervalMs, 3'000);
        QCOMPARE(endpoint.timeoutMs, 3'000);
    }

    void inheritsDefaults()
    {
        const QByteArray yaml = "version: 1\n"
                                "defaults:\n"
                                "  interval: 5m\n"
                                "  timeout: 20s\n"
                                "  confirmations: {down: 4, up: 2}\n"
                                "  http:\n"
                                "    headers: {X-Team: Betrieb}\n"
                                "    expect_status: 200\n"
                                "    max_body: 64KiB\n"
                                "  dns:\n"
                                "    server: 127.0.0.1:5353\n"
                                "  tls:\n"
                                "    warn_days: 30\n"
                                "endpoints:\n"
                                "  - {name: web, service: s, kind: https, target: 'https://h/'}\n"
                                "  - {name: own, service: s, kind: https, target: 'https://h/', interval: 1m,\n"
                                "     http: {headers: {X-Other: 1}}, tls: {warn_days: 7}}\n"
                                "  - {name: port, service: s, kind: tcp, target: 'h:22'}\n"
                                "  - {name: name, service: s, kind: dns, target: h}\n"_ba;
        const auto result = EndpointFile::parse(yaml, u"defaults.yaml"_s);
        QVERIFY(result);
        QCOMPARE(result->size(), 4);

        const Endpoint &web = result->at(0);
        QCOMPARE(web.intervalMs, 300'000);
        QCOMPARE(web.timeoutMs, 20'000);
        QCOMPARE(web.confirmationsDown, 4);
        QCOMPARE(web.confirmationsUp, 2);
        QCOMPARE(web.http.headers, (QList<std::pair<QByteArray, QByteArray>> {{"X-Team"_ba, "Betrieb"_ba}}));
        QCOMPARE(web.http.expectedStatus, (QList<StatusRange> {{200, 200}}));
        QCOMPARE(web.http.maxBodyBytes, 64 * 1024);
        QCOMPARE(web.tls.warnDays, 30);

        // An endpoint's own value wins; its headers replace the default headers entirely.
        const Endpoint &own = result->at(1);
        QCOMPARE(own.intervalMs, 60'000);
        QCOMPARE(own.timeoutMs, 20'000);
        QCOMPARE(own.http.headers, (QList<std::pair<QByteArray, QByteArray>> {{"X-Other"_ba, "1"_ba}}));
        QCOMPARE(own.http.maxBodyBytes, 64 * 1024);
        QCOMPARE(own.tls.warnDays, 7);

        // Settings of other kinds stay at their built-in values.
        const Endpoint &port = result->at(2);
        QCOMPARE(port.intervalMs, 300'000);
        QCOMPARE(port.http, HttpSettings {});
        QCOMPARE(port.tls, TlsSettings {});
        QCOMPARE(port.dns, DnsSettings {});
        const Endpoint &name = result->at(3);
        QCOMPARE(name.dns.server, u"127.0.0.1:5353"_s);
        QCOMPARE(name.tls, TlsSettings {});
    }

    void units_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<qint64>("maxBodyBytes");

        QTest::addRow("plain numbers") << "interval: 90\n    http: {max_body: 2048}"_ba << 90'000 << qint64(2048);
        QTest::addRow("seconds and KiB") << "interval: 30s\n    http: {max_body: 512KiB}"_ba << 30'000
                                         << qint64(512 * 1024);
        QTest::addRow("minutes and MiB") << "interval: 5m\n    http: {max_body: 2MiB}"_ba << 300'000
                                         << qint64(2 * 1024 * 1024);
        QTest::addRow("hours") << "interval: 1h"_ba << 3'600'000 << qint64(1024 * 1024);
        QTest::addRow("milliseconds and combinations")
            << "interval: 1m30s\n    http: {max_body: 100B}"_ba << 90'000 << qint64(100);
        QTest::addRow("quoted") << "interval: \"1500ms\""_ba << 1'500 << qint64(1024 * 1024);
    }

    void units()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, intervalMs);
        QFETCH(qint64, maxBodyBytes);
        const Endpoint endpoint = parseOne(
            "version: 1\nendpoints:\n  - name: a\n    service: s\n    kind: http\n    target: http://h/\n    timeout: 1s\n    "_ba
            + line + '\n');
        QCOMPARE(endpoint.intervalMs, intervalMs);
        QCOMPARE(endpoint.http.maxBodyBytes, maxBodyBytes);
    }

    void bodyAssertions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QJsonValue>("expected");

        QTest::addRow("substring") << "{contains: 'Willkommen'}"_ba << int(BodyAssertion::Kind::Substring)
                                   << u"Willkommen"_s << QJsonValue();
        QTest::addRow("regular expression")
            << "{matches: 'v[0-9]+\\.[0-9]+'}"_ba << int(BodyAssertion::Kind::RegularExpression)
            << u"v[0-9]+\\.[0-9]+"_s << QJsonValue();
        QTest::addRow("JSON string") << "{json_pointer: /status, equals: ok}"_ba
                                     << int(BodyAssertion::Kind::JsonPointer) << u"/status"_s << QJsonValue(u"ok"_s);
        QTest::addRow("JSON quoted number is a string")
            << "{json_pointer: /v, equals: \"42\"}"_ba << int(BodyAssertion::Kind::JsonPointer) << u"/v"_s
            << QJsonValue(u"42"_s);
        QTest::addRow("JSON number") << "{json_pointer: /v, equals: 42}"_ba << int(BodyAssertion::Kind::JsonPointer)
                                     << u"/v"_s << QJsonValue(42);
        QTest::addRow("JSON real") << "{json_pointer: /v, equals: -0.25}"_ba << int(BodyAssertion::Kind::JsonPointer)
                                   << u"/v"_s << QJsonValue(-0.25);
        QTest::addRow("JSON boolean") << "{json_pointer: /v, equals: true}"_ba << int(BodyAssertion::Kind::JsonPointer)
                                      << u"/v"_s << QJsonValue(true);
        QTest::addRow("JSON null") << "{json_pointer: /v, equals: null}"_ba << int(BodyAssertion::Kind::JsonPointer)
                                   << u"/v"_s << QJsonValue(QJsonValue::Null);
        QTest::addRow("JSON array and object")
            << "{json_pointer: '', equals: {a: [1, b]}}"_ba << int(BodyAssertion::Kind::JsonPointer) << QString()
            << QJsonValue(QJsonObject {{u"a"_s, QJsonArray {1, u"b"_s}}});
        QTest::addRow("JSON pointer escapes")
            << "{json_pointer: /a~1b/~0c/0, equals: 1}"_ba << int(BodyAssertion::Kind::JsonPointer) << u"/a~1b/~0c/0"_s
            << QJsonValue(1);
    }

    void bodyAssertions()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, pattern);
        QFETCH(QJsonValue, expected);
        const Endpoint endpoint = parseOne(
            "version: 1\nendpoints:\n  - name: a\n    service: s\n    kind: http\n    target: http://h/\n    http:\n      body: "_ba
            + body + '\n');
        QCOMPARE(int(endpoint.http.assertion.kind), kind);
        QCOMPARE(endpoint.http.assertion.pattern, pattern);
        QCOMPARE(endpoint.http.assertion.expected, expected);
    }

    void everyFieldFromFile()
    {
        const auto result = EndpointFile::read(QStringLiteral(LEITSTAND_CONFIG_TEST_DATA "/all-kinds.yaml"));
        QVERIFY(result);
        QCOMPARE(result->size(), 9);
        const Endpoint *start = findEndpoint(*result, u"Bürgerportal"_s, u"Startseite"_s);
        QVERIFY(start);
        QCOMPARE(start->kind, CheckKind::Https);
        QCOMPARE(start->target, u"https://portal.example.org/start?lang=de#top"_s);
        QCOMPARE(start->intervalMs, 30'000);
        QCOMPARE(start->timeoutMs, 5'000);
        QCOMPARE(start->confirmationsDown, 5);
        QCOMPARE(start->confirmationsUp, 2);
        QCOMPARE(start->http.method, "GET"_ba);
        QCOMPARE(start->http.headers,
            (QList<std::pair<QByteArray, QByteArray>> {
                {"Accept"_ba, "application/json"_ba},
                {"Cookie"_ba, "a=1"_ba},
                {"Cookie"_ba, "b=2"_ba},
            }));
        QCOMPARE(start->http.expectedStatus, (QList<StatusRange> {{200, 299}, {304, 304}}));
        QCOMPARE(start->http.assertion.kind, BodyAssertion::Kind::JsonPointer);
        QCOMPARE(start->http.assertion.pattern, u"/status/0~1x"_s);
        QCOMPARE(start->http.assertion.expected.toObject().value(u"text"_s), QJsonValue(u"42"_s));
        QCOMPARE(start->http.assertion.expected.toObject().value(u"count"_s), QJsonValue(3));
        QCOMPARE(start->http.degradedAboveMs, 1'500);
        QCOMPARE(start->http.maxRedirects, 0);
        QCOMPARE(start->http.maxBodyBytes, 512 * 1024);
        QCOMPARE(start->tls, (TlsSettings {30, false, u"/etc/leitstand/ca.pem"_s}));

        const Endpoint *search = findEndpoint(*result, u"Bürgerportal"_s, u"Suche: Volltext"_s);
        QVERIFY(search);
        QVERIFY(search->paused);
        QCOMPARE(search->intervalMs, 120'000);
        QCOMPARE(search->confirmationsDown, 2);
        QCOMPARE(search->http.method, "HEAD"_ba);
        QCOMPARE(search->http.maxRedirects, 3);
        QCOMPARE(search->http.assertion.kind, BodyAssertion::Kind::RegularExpression);
        QCOMPARE(search->http.assertion.pattern, u"^\\s*<html[^>]*>"_s);

        const Endpoint *ipv6 = findEndpoint(*result, u"Netz"_s, u"Auflösung IPv6"_s);
        QVERIFY(ipv6);
        QCOMPARE(ipv6->dns.recordType, DnsSettings::RecordType::AAAA);
        QCOMPARE(ipv6->dns.expectedAddresses, QStringList {u"2001:db8::10"_s});
        QCOMPARE(ipv6->dns.server, u"[::1]:53"_s);
        const Endpoint *any = findEndpoint(*result, u"Netz"_s, u"Beliebig"_s);
        QVERIFY(any);
        QCOMPARE(any->dns.recordType, DnsSettings::RecordType::Any);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QList<Endpoint>>("endpoints");

        const auto fromFile = EndpointFile::read(QStringLiteral(LEITSTAND_CONFIG_TEST_DATA "/all-kinds.yaml"));
        QVERIFY(fromFile);
        QTest::addRow("every key and kind") << *fromFile;

        // Values a file rarely holds but the console can produce: they must survive quoting.
        Endpoint awkward = makeEndpoint(
            u"true"_s, u"- \"Zitat\" #1: \\ \u00e4\n\ttab"_s, CheckKind::Https, u"https://h.example/a:b?x=[1],2#c"_s);
        awkward.id = 99;
        awkward.timeoutMs = 1'234;
        awkward.http.method = "PROPFIND"_ba;
        awkward.http.headers = {{"X-Empty"_ba, ""_ba}, {"X-Star"_ba, "*/*"_ba}, {"X-Num"_ba, "0x10"_ba}};
        awkward.http.expectedStatus = {{100, 599}};
        awkward.http.assertion = {BodyAssertion::Kind::JsonPointer, QString(),
            QJsonValue(QJsonArray {
                QJsonValue(QJsonValue::Null), 1e20, -7, u"null"_s, u"\"q\""_s, QJsonObject {{u"k: v"_s, false}}})};
        awkward.http.maxBodyBytes = 1'000'001;
        awkward.tls.warnDays = 0;
        Endpoint numberName = makeEndpoint(u"42"_s, u"~"_s, CheckKind::Dns, u"h.example"_s);
        numberName.dns = {DnsSettings::RecordType::A, {u"192.0.2.1"_s}, u"::1"_s};
        Endpoint bare = makeEndpoint(u"null"_s, u"yes"_s, CheckKind::Tcp, u"127.0.0.1:1"_s);
        bare.intervalMs = 86'400'000;
        QTest::addRow("values that need quoting") << QList<Endpoint> {awkward, numberName, bare};
        QTest::addRow("nothing") << QList<Endpoint> {};
    }

    void roundTrip()
    {
        QFETCH(QList<Endpoint>, endpoints);

        const QByteArray written = EndpointFile::write(endpoints);
        const auto reread = EndpointFile::parse(written, u"export.yaml"_s);
        if (!reread) {
            for (const EndpointFileProblem &problem : reread.error())
                qWarning().noquote() << problem.toString();
            qWarning().noquote() << written;
        }
        QVERIFY(reread);
        QCOMPARE(reread->size(), endpoints.size());
        for (const Endpoint &endpoint : std::as_const(endpoints)) {
            const Endpoint *back = findEndpoint(*reread, endpoint.service, endpoint.name);
            QVERIFY2(back, qPrintable(endpoint.name));
            QVERIFY2(back->sameDefinition(endpoint), qPrintable(QString::fromUtf8(written)));
            QCOMPARE(back->id, 0);
        }
        // Canonical: writing what was read gives the same bytes.
        QCOMPARE(EndpointFile::write(*reread), written);
    }

    void writeIsCanonical()
    {
        const Endpoint a = makeEndpoint(u"b"_s, u"Alpha"_s, CheckKind::Tcp, u"h:1"_s);
        const Endpoint b = makeEndpoint(u"a"_s, u"beta"_s, CheckKind::Tcp, u"h:1"_s);
        const Endpoint c = makeEndpoint(u"a"_s, u"Alpha"_s, CheckKind::Tcp, u"h:1"_s);
        const QByteArray written = EndpointFile::write({b, a, c});
        QCOMPARE(EndpointFile::write({c, b, a}), written);

        const auto reread = EndpointFile::parse(written, u"x.yaml"_s);
        QVERIFY(reread);
        QCOMPARE(reread->size(), 3);
        QCOMPARE(reread->at(0).service + reread->at(0).name, u"Alphaa"_s);
        QCOMPARE(reread->at(1).service + reread->at(1).name, u"Alphab"_s);
        QCOMPARE(reread->at(2).service + reread->at(2).name, u"betaa"_s);

        QVERIFY(written.startsWith("# "));
        QVERIFY(written.contains("\nversion: 1\n"));
    }

    void writeLeavesOutDefaults()
    {
        const Endpoint endpoint = makeEndpoint(u"a"_s, u"s"_s, CheckKind::Https, u"https://h/"_s);
        const QByteArray written = EndpointFile::write({endpoint});
        QByteArrayList lines = written.split('\n');
        lines.removeIf([](const QByteArray &line) { return line.isEmpty() || line.startsWith('#'); });
        QCOMPARE(lines,
            (QByteArrayList {"version: 1", "endpoints:", "  - name: a", "    service: s", "    kind: https",
                "    target: https://h/"}));

        Endpoint changed = endpoint;
        changed.intervalMs = 90'000;
        changed.http.maxBodyBytes = 2 * 1024 * 1024;
        changed.tls.verify = false;
        const QByteArray other = EndpointFile::write({changed});
        QVERIFY(other.contains("    interval: 90s\n"));
        QVERIFY(other.contains("      max_body: 2MiB\n"));
        QVERIFY(other.contains("      verify: false\n"));
        QVERIFY(!other.contains("timeout"));
    }

    void largeFile()
    {
        constexpr int count = 10'000;
        QByteArray yaml = "version: 1\ndefaults:\n  interval: 30s\nendpoints:\n";
        yaml.reserve(count * 160);
        for (int i = 0; i < count; ++i) {
            const QByteArray n = QByteArray::number(i);
            switch (i % 4) {
            case 0:
                yaml += "  - name: web-" + n + "\n    service: svc-" + QByteArray::number(i % 97)
                    + "\n    kind: https\n    target: https://h" + n + ".example/health\n"
                    + "    http:\n      expect_status: [200-299]\n      body: {contains: ok}\n";
                break;
            case 1:
                yaml += "  - name: db-" + n + "\n    service: svc-" + QByteArray::number(i % 97)
                    + "\n    kind: tcp\n    target: db" + n + ".example:5432\n    timeout: 2s\n";
                break;
            case 2:
                yaml += "  - name: dns-" + n + "\n    service: svc-" + QByteArray::number(i % 97)
                    + "\n    kind: dns\n    target: n" + n + ".example\n    dns: {record: A, expect: [192.0.2.1]}\n";
                break;
            default:
                yaml += "  - name: cert-" + n + "\n    service: svc-" + QByteArray::number(i % 97)
                    + "\n    kind: tls\n    target: mail" + n + ".example:993\n    tls: {warn_days: 30}\n";
                break;
            }
        }
        QElapsedTimer timer;
        timer.start();
        const auto result = EndpointFile::parse(yaml, u"large.yaml"_s);
        const qint64 parseMs = timer.elapsed();
        QVERIFY(result);
        qInfo("parsed %d endpoints in %lld ms", count, parseMs);
        QCOMPARE(result->size(), count);
        QCOMPARE(result->at(0).name, u"web-0"_s);
        QCOMPARE(result->at(0).intervalMs, 30'000);
        QCOMPARE(result->at(0).http.assertion.pattern, u"ok"_s);
        QCOMPARE(result->at(9'997).target, u"db9997.example:5432"_s);
        QCOMPARE(result->at(9'998).dns.expectedAddresses, QStringList {u"192.0.2.1"_s});
        QCOMPARE(result->at(9'999).tls.warnDays, 30);

        // A duplicate at the very end is still found: the check is not limited to neighbours.
        const QByteArray duplicate = yaml + "  - name: web-0\n    service: svc-0\n    kind: tcp\n    target: h:1\n";
        const auto refused = EndpointFile::parse(duplicate, u"large.yaml"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().size(), 1);
        QVERIFY(refused.error().front().message.contains("line 5"_L1));

        timer.restart();
        const QByteArray written = EndpointFile::write(*result);
        const auto reread = EndpointFile::parse(written, u"large-export.yaml"_s);
        qInfo("wrote and parsed again in %lld ms", timer.elapsed());
        QVERIFY(reread);
        QCOMPARE(reread->size(), count);
    }

    void readAndWriteFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"endpoints.yaml"_s);

        const auto missing = EndpointFile::read(path);
        QVERIFY(!missing);
        QCOMPARE(missing.error().size(), 1);
        QCOMPARE(missing.error().front().file, path);
        QCOMPARE(missing.error().front().line, 0);

        const Endpoint endpoint = makeEndpoint(u"a"_s, u"s"_s, CheckKind::Tls, u"h:443"_s);
        QString error;
        QVERIFY(EndpointFile::writeFile(path, {endpoint}, &error));
        QVERIFY(error.isEmpty());
        const auto reread = EndpointFile::read(path);
        QVERIFY(reread);
        QCOMPARE(reread->size(), 1);
        QVERIFY(reread->front().sameDefinition(endpoint));

        QVERIFY(!EndpointFile::writeFile(dir.filePath(u"no/such/folder/x.yaml"_s), {endpoint}, &error));
        QVERIFY(!error.isEmpty());
        // The old file is still there and whole.
        QVERIFY(EndpointFile::read(path));

        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("version: 1\nendpoints:\n  - name: x\n");
        broken.close();
        const auto refused = EndpointFile::read(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().front().file, path);
        QVERIFY(refused.error().front().toString().startsWith(path + u":3: endpoints[0]."_s));
    }
};

QTEST_GUILESS_MAIN(TestEndpointFile)
#include "tst_endpointfile.moc"
