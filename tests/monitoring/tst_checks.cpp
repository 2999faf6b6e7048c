// The checks against real servers: Apache for what a healthy web server does, FaultServer for the
// failures Apache cannot produce on demand. Everything runs on 127.0.0.1.

#include "monitoring/checks/checkexecutor.h"
#include "support/apacheserver.h"
#include "support/faultserver.h"
#include "support/testcertificates.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using Leitstand::Test::ApacheServer;
using Leitstand::Test::FaultServer;
using Leitstand::Test::TestCertificates;

namespace {

enum TlsSite { ValidSite, ExpiringSite, ExpiredSite, SelfSignedSite };

const QString knownName = u"service.leitstand.test"_s;

Endpoint httpEndpoint(const QUrl &url)
{
    Endpoint endpoint;
    endpoint.id = 1;
    endpoint.name = url.path();
    endpoint.kind = url.scheme() == "https"_L1 ? CheckKind::Https : CheckKind::Http;
    endpoint.target = url.toString();
    endpoint.timeoutMs = 10'000;
    return endpoint;
}

Endpoint endpointOf(CheckKind kind, const QString &target)
{
    Endpoint endpoint;
    endpoint.id = 1;
    endpoint.kind = kind;
    endpoint.target = target;
    endpoint.timeoutMs = 10'000;
    return endpoint;
}

quint16 closedPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : quint16(1);
}

} // namespace

class TestChecks final : public QObject
{
    Q_OBJECT

private:
    CheckResult runCheck(const Endpoint &endpoint, qint64 *elapsedMs = nullptr);

    QTranslator m_qtGerman;
    QTemporaryDir m_directory;
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<ApacheServer> m_apache;
    std::unique_ptr<FaultServer> m_fault;
    std::unique_ptr<CheckExecutor> m_executor;
    QString m_ca;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void classification_data();
    void classification();
    void requestCarriesIdentityAndHeaders();
    void resultNeverArrivesInsideStart();
    void concurrentChecksAgainstApache();
};

void TestChecks::initTestCase()
{
    // Qt's own messages in German, as in a German console: the stored details must stay English
    // (every console reads them, whatever its language), so the expectations below are English.
    QVERIFY(m_qtGerman.load(u"qtbase_de"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QVERIFY(QCoreApplication::installTranslator(&m_qtGerman));
    QVERIFY(m_directory.isValid());
    m_certificates = std::make_unique<TestCertificates>(m_directory.filePath(u"pki"_s));
    m_ca = m_certificates->authorityFile();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime longAgo(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::UTC);
    const QList<TestCertificates::Files> sites {
        m_certificates->issue(u"valid"_s, 365),
        m_certificates->issue(u"expiring"_s, now.addDays(-10), now.addDays(3)),
        m_certificates->issue(u"expired"_s, longAgo, longAgo.addDays(1)),
        m_certificates->selfSigned(u"selfsigned"_s, now.addDays(-1), now.addDays(365)),
    };
    const TestCertificates::Files selfSignedExpired
        = m_certificates->selfSigned(u"selfsigned-expired"_s, longAgo, longAgo.addDays(1));
    QVERIFY2(m_certificates->errorString().isEmpty(), qPrintable(m_certificates->errorString()));

    m_apache = std::make_unique<ApacheServer>(sites);
    m_apache->addConfiguration(u"Redirect 302 /moved /index.html\nHeader set X-Leitstand-Test yes"_s);
    QVERIFY(m_apache->writeFile(u"index.html"_s, "<html><h1>Leitstand Testseite</h1><p>status: green</p></html>\n"));
    QVERIFY(m_apache->writeFile(
        u"api/status.json"_s, R"({"status":"ok","version":{"major":1},"items":[{"name":"a/b","up":true}]})"));
    QVERIFY2(m_apache->start(), qPrintable(m_apache->errorString()));

    m_fault = std::make_unique<FaultServer>(sites.at(SelfSignedSite), selfSignedExpired);
    m_fault->addDnsRecord(knownName, QHostAddress(u"127.0.0.5"_s));
    m_fault->addDnsRecord(knownName, QHostAddress(u"::1"_s));
    QVERIFY2(m_fault->start(), qPrintable(m_fault->errorString()));

    m_executor = std::make_unique<CheckExecutor>();
}

void TestChecks::cleanupTestCase()
{
    m_executor.reset();
    m_fault.reset();
    m_apache.reset();
}

CheckResult TestChecks::runCheck(const Endpoint &endpoint, qint64 *elapsedMs)
{
    QSignalSpy spy(m_executor.get(), &CheckExecutor::finished);
    QElapsedTimer clock;
    clock.start();
    m_executor->start(endpoint, QDateTime::currentDateTimeUtc());
    // Generous: the machine may be loaded; the check's own deadline is what is under test.
    if (!spy.wait(endpoint.timeoutMs + 30'000))
        return {};
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return spy.constFirst().constFirst().value<CheckResult>();
}

void TestChecks::classification_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<EndpointState>("status");
    QTest::addColumn<CheckError>("error");
    QTest::addColumn<QString>("detail"); // a fragment of CheckResult::detail
    QTest::addColumn<int>("withinMs"); // the result must arrive this quickly; 0: no limit

    const auto up = EndpointState::Up;
    const auto degraded = EndpointState::Degraded;
    const auto down = EndpointState::Down;
    const ApacheServer &apache = *m_apache;
    const FaultServer &fault = *m_fault;

    // Apache, plain HTTP.
    QTest::addRow("apache 200") << httpEndpoint(apache.httpUrl(u"/index.html"_s)) << up << CheckError::Ok << QString()
                                << 0;
    QTest::addRow("apache 404") << httpEndpoint(apache.httpUrl(u"/missing"_s)) << down << CheckError::HttpStatus
                                << u"HTTP 404 Not Found"_s << 0;
    {
        Endpoint e = httpEndpoint(apache.httpUrl(u"/missing"_s));
        e.http.expectedStatus = {{404, 404}, {410, 410}};
        QTest::addRow("apache 404 expected") << e << up << CheckError::Ok << QString() << 0;
        e = httpEndpoint(apache.httpUrl(u"/index.html"_s));
        e.http.expectedStatus = {{500, 599}};
        QTest::addRow("apache 200 outside expected") << e << down << CheckError::HttpStatus << u"HTTP 200"_s << 0;
        e = httpEndpoint(apache.httpUrl(u"/moved"_s));
        QTest::addRow("apache redirect followed") << e << up << CheckError::Ok << QString() << 0;
        e.http.maxRedirects = 0;
        e.http.expectedStatus = {{302, 302}};
        QTest::addRow("apache redirect not followed") << e << up << CheckError::Ok << QString() << 0;
        e = httpEndpoint(apache.httpUrl(u"/index.html"_s));
        e.http.method = "HEAD";
        QTest::addRow("apache HEAD") << e << up << CheckError::Ok << QString() << 0;
    }
    const auto withAssertion
        = [&](const QString &path, BodyAssertion::Kind kind, const QString &pattern, const QJsonValue &expected = {}) {
              Endpoint e = httpEndpoint(apache.httpUrl(path));
              e.http.assertion = {kind, pattern, expected};
              return e;
          };
    const auto withFaultAssertion = [&](const QString &path, const QString &substring) {
        Endpoint e = httpEndpoint(fault.url(path));
        e.http.assertion = {BodyAssertion::Kind::Substring, substring, {}};
        return e;
    };
    using Kind = BodyAssertion::Kind;
    QTest::addRow("substring found") << withAssertion(u"/index.html"_s, Kind::Substring, u"status: green"_s) << up
                                     << CheckError::Ok << QString() << 0;
    QTest::addRow("substring missing") << withAssertion(u"/index.html"_s, Kind::Substring, u"status: red"_s) << down
                                       << CheckError::AssertionFailed << u"status: red"_s << 0;
    QTest::addRow("regex matches") << withAssertion(u"/index.html"_s, Kind::RegularExpression, u"<h1>\\w+ Test"_s) << up
                                   << CheckError::Ok << QString() << 0;
    QTest::addRow("regex does not match")
        << withAssertion(u"/index.html"_s, Kind::RegularExpression, u"^status: (red|amber)$"_s) << down
        << CheckError::AssertionFailed << u"does not match"_s << 0;
    QTest::addRow("json pointer equal") << withAssertion(
        u"/api/status.json"_s, Kind::JsonPointer, u"/version/major"_s, QJsonValue(1))
                                        << up << CheckError::Ok << QString() << 0;
    QTest::addRow("json pointer escaped")
        << withAssertion(u"/api/status.json"_s, Kind::JsonPointer, u"/items/0/name"_s, QJsonValue(u"a/b"_s)) << up
        << CheckError::Ok << QString() << 0;
    QTest::addRow("json pointer different")
        << withAssertion(u"/api/status.json"_s, Kind::JsonPointer, u"/status"_s, QJsonValue(u"degraded"_s)) << down
        << CheckError::AssertionFailed << u"\"ok\""_s << 0;
    QTest::addRow("json pointer missing")
        << withAssertion(u"/api/status.json"_s, Kind::JsonPointer, u"/items/3/name"_s, QJsonValue(u"x"_s)) << down
        << CheckError::AssertionFailed << u"no value"_s << 0;
    QTest::addRow("json pointer on html")
        << withAssertion(u"/index.html"_s, Kind::JsonPointer, u"/status"_s, QJsonValue(u"ok"_s)) << down
        << CheckError::AssertionFailed << u"not JSON"_s << 0;
    {
        Endpoint e = httpEndpoint(apache.httpUrl(u"/index.html"_s));
        e.http.degradedAboveMs = 5000;
        QTest::addRow("below slow threshold") << e << up << CheckError::Ok << QString() << 0;
        e = httpEndpoint(fault.url(u"/slow"_s));
        e.http.degradedAboveMs = 100; // the server waits 400 ms, so this is never a race
        QTest::addRow("above slow threshold") << e << degraded << CheckError::SlowResponse << u"above 100 ms"_s << 0;
    }

    // Apache, TLS.
    const auto https = [&](int site, bool verify, bool withCa) {
        Endpoint e = httpEndpoint(apache.httpsUrl(u"/index.html"_s, site));
        e.tls.verify = verify;
        e.tls.caFile = withCa ? m_ca : QString();
        return e;
    };
    QTest::addRow("https valid with CA") << https(ValidSite, true, true) << up << CheckError::Ok << QString() << 0;
    QTest::addRow("https valid without CA")
        << https(ValidSite, true, false) << down << CheckError::TlsError << u"issuer"_s << 0;
    QTest::addRow("https self-signed") << https(SelfSignedSite, true, true) << down << CheckError::TlsError
                                       << u"self-signed"_s << 0;
    QTest::addRow("https self-signed verify off")
        << https(SelfSignedSite, false, false) << up << CheckError::Ok << QString() << 0;
    QTest::addRow("https expiring in 3 days")
        << https(ExpiringSite, true, true) << degraded << CheckError::CertificateExpiring << u"expires on"_s << 0;
    QTest::addRow("https expired") << https(ExpiredSite, true, true) << down << CheckError::TlsError << u"expired"_s
                                   << 0;
    QTest::addRow("https expired verify off")
        << https(ExpiredSite, false, false) << down << CheckError::TlsError << u"expired on 2020-01-02"_s << 0;
    {
        Endpoint e = https(ValidSite, true, true);
        e.tls.caFile = m_directory.filePath(u"no-such-ca.pem"_s);
        QTest::addRow("https unreadable CA file") << e << down << CheckError::TlsError << u"no-such-ca.pem"_s << 0;
    }

    // tls kind: handshake and expiry only.
    const auto tls = [&](int site, bool verify) {
        Endpoint e = endpointOf(CheckKind::Tls, u"127.0.0.1:%1"_s.arg(apache.tlsPort(site)));
        e.tls.verify = verify;
        e.tls.caFile = m_ca;
        return e;
    };
    QTest::addRow("tls valid") << tls(ValidSite, true) << up << CheckError::Ok << QString() << 0;
    QTest::addRow("tls expiring") << tls(ExpiringSite, true) << degraded << CheckError::CertificateExpiring
                                  << u"expires on"_s << 0;
    QTest::addRow("tls expired") << tls(ExpiredSite, true) << down << CheckError::TlsError << u"expired"_s << 0;
    QTest::addRow("tls self-signed") << tls(SelfSignedSite, true) << down << CheckError::TlsError << u"self-signed"_s
                                     << 0;
    QTest::addRow("tls self-signed verify off") << tls(SelfSignedSite, false) << up << CheckError::Ok << QString() << 0;
    {
        Endpoint e = tls(ValidSite, true);
        e.target = u"127.0.0.1:%1"_s.arg(apache.httpPort());
        QTest::addRow("tls on a plain HTTP port") << e << down << CheckError::TlsError << QString() << 0;
    }

    // FaultServer.
    {
        Endpoint e = httpEndpoint(fault.url(u"/hang"_s));
        e.timeoutMs = 1000;
        QTest::addRow("never answers") << e << down << CheckError::Timeout << u"1000 ms"_s << 1000 + 4000;
        e = httpEndpoint(fault.url(u"/drip"_s));
        e.timeoutMs = 2500;
        QTest::addRow("drip") << e << down << CheckError::Timeout << u"bytes of the body"_s << 2500 + 4000;
    }
    QTest::addRow("reset mid-body") << httpEndpoint(fault.url(u"/reset"_s)) << down << CheckError::ConnectionReset
                                    << QString() << 0;
    QTest::addRow("closed mid-body") << httpEndpoint(fault.url(u"/short"_s)) << down << CheckError::ConnectionReset
                                     << QString() << 0;
    QTest::addRow("closed without answer")
        << httpEndpoint(fault.url(u"/close"_s)) << down << CheckError::ConnectionReset << u"without an answer"_s << 0;
    QTest::addRow("endless redirects") << httpEndpoint(fault.url(u"/redirect/0"_s)) << down << CheckError::RedirectLoop
                                       << u"more than 5 redirects"_s << 0;
    QTest::addRow("redirect to itself") << httpEndpoint(fault.url(u"/loop"_s)) << down << CheckError::RedirectLoop
                                        << u"back to"_s << 0;
    QTest::addRow("100 MB announced") << httpEndpoint(fault.url(u"/huge"_s)) << down << CheckError::BodyTooLarge
                                      << u"Content-Length 104857600"_s << 5000;
    QTest::addRow("100 MB chunked") << httpEndpoint(fault.url(u"/huge-chunked"_s)) << down << CheckError::BodyTooLarge
                                    << u"1048576 bytes"_s << 5000;
    QTest::addRow("garbage") << httpEndpoint(fault.url(u"/garbage"_s)) << down << CheckError::ProtocolError
                             << u"not HTTP: SSH-2.0"_s << 0;
    {
        Endpoint e = httpEndpoint(fault.url(u"/chunked"_s));
        e.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/status"_s, QJsonValue(u"ok"_s)};
        QTest::addRow("chunked body judged whole") << e << up << CheckError::Ok << QString() << 0;
    }
    QTest::addRow("malformed chunk") << httpEndpoint(fault.url(u"/bad-chunk"_s)) << down << CheckError::ProtocolError
                                     << u"malformed chunk size: not-hex"_s << 0;
    QTest::addRow("body until close") << withFaultAssertion(u"/until-close"_s, u"ends with the connection"_s) << up
                                      << CheckError::Ok << QString() << 0;
    QTest::addRow("interim 103 first") << withFaultAssertion(u"/early-hints"_s, u"final"_s) << up << CheckError::Ok
                                       << QString() << 0;
    QTest::addRow("redirect to ftp") << httpEndpoint(fault.url(u"/to-ftp"_s)) << down << CheckError::ProtocolError
                                     << u"not an http(s) URL"_s << 0;
    QTest::addRow("json pointer boolean")
        << withAssertion(u"/api/status.json"_s, Kind::JsonPointer, u"/items/0/up"_s, QJsonValue(true)) << up
        << CheckError::Ok << QString() << 0;
    {
        Endpoint e = httpEndpoint(QUrl(u"https://127.0.0.1:%1/"_s.arg(fault.selfSignedPort())));
        QTest::addRow("fault self-signed") << e << down << CheckError::TlsError << u"self-signed"_s << 0;
        e = httpEndpoint(QUrl(u"https://127.0.0.1:%1/"_s.arg(fault.expiredPort())));
        e.tls.verify = false;
        QTest::addRow("fault expired verify off") << e << down << CheckError::TlsError << u"expired"_s << 0;
        e.target = u"https://127.0.0.1:%1/hang"_s.arg(fault.selfSignedPort());
        e.timeoutMs = 1000;
        QTest::addRow("fault https never answers") << e << down << CheckError::Timeout << QString() << 1000 + 4000;
    }

    // Refused connections and names that cannot exist.
    const quint16 closed = closedPort();
    QTest::addRow("http closed port") << httpEndpoint(QUrl(u"http://127.0.0.1:%1/"_s.arg(closed))) << down
                                      << CheckError::ConnectionRefused << u"connection refused"_s << 0;
    QTest::addRow("tcp open port") << endpointOf(CheckKind::Tcp, u"127.0.0.1:%1"_s.arg(apache.httpPort())) << up
                                   << CheckError::Ok << QString() << 0;
    QTest::addRow("tcp closed port") << endpointOf(CheckKind::Tcp, u"127.0.0.1:%1"_s.arg(closed)) << down
                                     << CheckError::ConnectionRefused << u"connection refused"_s << 0;
    QTest::addRow("tls closed port") << endpointOf(CheckKind::Tls, u"127.0.0.1:%1"_s.arg(closed)) << down
                                     << CheckError::ConnectionRefused << u"connection refused"_s << 0;
    QTest::addRow("tcp malformed target")
        << endpointOf(CheckKind::Tcp, u"127.0.0.1"_s) << down << CheckError::NetworkError << u"host:port"_s << 0;
    QTest::addRow("http .invalid") << httpEndpoint(QUrl(u"http://foo.invalid/"_s)) << down << CheckError::DnsFailure
                                   << u"RFC 6761"_s << 1000;
    QTest::addRow("tcp .invalid") << endpointOf(CheckKind::Tcp, u"foo.invalid:80"_s) << down << CheckError::DnsFailure
                                  << u"RFC 6761"_s << 1000;
    QTest::addRow("tls .invalid") << endpointOf(CheckKind::Tls, u"foo.invalid:443"_s) << down << CheckError::DnsFailure
                                  << u"RFC 6761"_s << 1000;
    QTest::addRow("dns .invalid") << endpointOf(CheckKind::Dns, u"foo.invalid"_s) << down << CheckError::DnsFailure
                                  << u"RFC 6761"_s << 1000;

    // DNS through the local responder.
    const auto dns = [&](const QString &name, DnsSettings::RecordType type, const QStringList &expected = {}) {
        Endpoint e = endpointOf(CheckKind::Dns, name);
        e.dns.recordType = type;
        e.dns.expectedAddresses = expected;
        e.dns.server = u"127.0.0.1:%1"_s.arg(fault.dnsPort());
        return e;
    };
    using Type = DnsSettings::RecordType;
    QTest::addRow("dns A") << dns(knownName, Type::A, {u"127.0.0.5"_s}) << up << CheckError::Ok << QString() << 0;
    QTest::addRow("dns AAAA") << dns(knownName, Type::AAAA, {u"::1"_s}) << up << CheckError::Ok << QString() << 0;
    QTest::addRow("dns any") << dns(knownName, Type::Any, {u"::1"_s, u"127.0.0.5"_s}) << up << CheckError::Ok
                             << QString() << 0;
    QTest::addRow("dns expected address missing")
        << dns(knownName, Type::A, {u"10.9.9.9"_s}) << down << CheckError::AssertionFailed << u"10.9.9.9"_s << 0;
    QTest::addRow("dns NXDOMAIN") << dns(u"unknown.leitstand.test"_s, Type::Any) << down << CheckError::DnsFailure
                                  << u"NXDOMAIN"_s << 0;
}

void TestChecks::classification()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(EndpointState, status);
    QFETCH(CheckError, error);
    QFETCH(QString, detail);
    QFETCH(int, withinMs);

    qint64 elapsedMs = 0;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CheckResult result = runCheck(endpoint, &elapsedMs);
    QVERIFY2(result.finishedAt.isValid(), "no result");
    const QByteArray message
        = u"%1 / %2: %3"_s.arg(endpointStateName(result.status), checkErrorName(result.error), result.detail).toUtf8();
    QVERIFY2(result.status == status && result.error == error, message.constData());
    QVERIFY2(result.detail.contains(detail), message.constData());
    if (withinMs > 0)
        QVERIFY2(elapsedMs < withinMs, qPrintable(u"took %1 ms"_s.arg(elapsedMs)));
    if (error == CheckError::Timeout)
        QVERIFY(result.latencyMs >= endpoint.timeoutMs);
    else
        QVERIFY(result.latencyMs <= endpoint.timeoutMs);
    QCOMPARE(result.endpointId, endpoint.id);
    QVERIFY(result.startedAt >= before && result.finishedAt >= result.startedAt);
    QCOMPARE(result.finishedAt.timeSpec(), Qt::UTC);
    QCOMPARE(m_executor->runningCount(), 0);

    const bool https = endpoint.kind == CheckKind::Https || endpoint.kind == CheckKind::Tls;
    if (https && (status == EndpointState::Up || error == CheckError::CertificateExpiring))
        QVERIFY(result.certificateExpiry.has_value());
    if (endpoint.kind == CheckKind::Http && status == EndpointState::Up && endpoint.http.method == "GET") {
        QVERIFY(result.responseHead.startsWith("HTTP/1."));
        QVERIFY(!result.bodyExcerpt.isEmpty());
        QVERIFY(!result.contentType.isEmpty());
    }
}

void TestChecks::requestCarriesIdentityAndHeaders()
{
    Endpoint endpoint = httpEndpoint(m_fault->url(u"/echo"_s));
    endpoint.http.method = "OPTIONS";
    endpoint.http.headers = {{"X-Leitstand-Probe", "42"}};
    const CheckResult result = runCheck(endpoint);
    QCOMPARE(result.status, EndpointState::Up);
    QVERIFY2(result.bodyExcerpt.startsWith("OPTIONS /echo HTTP/1.1\r\n"), result.bodyExcerpt.constData());
    const QByteArray head = result.bodyExcerpt.toLower();
    QVERIFY(head.contains("\r\nuser-agent: leitstand/"));
    QVERIFY(head.contains("\r\nconnection: close\r\n"));
    QVERIFY(head.contains("\r\nx-leitstand-probe: 42\r\n"));
    QCOMPARE(result.contentType, u"text/plain"_s);
    QVERIFY(result.responseHead.toLower().contains("\r\ncontent-length: "));
}

void TestChecks::resultNeverArrivesInsideStart()
{
    QSignalSpy spy(m_executor.get(), &CheckExecutor::finished);
    m_executor->start(endpointOf(CheckKind::Dns, u"nothing.invalid"_s), QDateTime::currentDateTimeUtc());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_executor->runningCount(), 1);
    QVERIFY(spy.wait(10'000));
    QCOMPARE(m_executor->runningCount(), 0);
}

void TestChecks::concurrentChecksAgainstApache()
{
    constexpr int count = 200;
    QSignalSpy spy(m_executor.get(), &CheckExecutor::finished);
    for (int i = 0; i < count; ++i) {
        Endpoint endpoint = i % 4 == 0 ? httpEndpoint(m_apache->httpsUrl(u"/api/status.json"_s))
                                       : httpEndpoint(m_apache->httpUrl(u"/api/status.json"_s));
        endpoint.id = i + 1;
        endpoint.timeoutMs = 60'000;
        endpoint.tls.caFile = m_ca;
        endpoint.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/status"_s, QJsonValue(u"ok"_s)};
        m_executor->start(endpoint, QDateTime::currentDateTimeUtc());
    }
    QCOMPARE(m_executor->runningCount(), count);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), count, 120'000);
    QSet<qint64> seen;
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        const auto result = arguments.constFirst().value<CheckResult>();
        QVERIFY2(result.status == EndpointState::Up, qPrintable(result.detail));
        QCOMPARE(result.httpStatus, 200);
        seen.insert(result.endpointId);
    }
    QCOMPARE(seen.size(), count);
    QCOMPARE(m_executor->runningCount(), 0);
}

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
