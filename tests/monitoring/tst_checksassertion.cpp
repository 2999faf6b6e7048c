// The parts of checking that need no network: body assertions, JSON pointers, certificate expiry
// and the parsing of targets.

#include "monitoring/checks/bodyassertion.h"
#include "monitoring/checks/check.h"
#include "monitoring/checks/tlspolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestChecksAssertion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyAssertion_data();
    void bodyAssertion();
    void jsonPointer_data();
    void jsonPointer();
    void certificateExpiry_data();
    void certificateExpiry();
    void hostPort_data();
    void hostPort();
    void invalidNames_data();
    void invalidNames();
};

void TestChecksAssertion::bodyAssertion_data()
{
    QTest::addColumn<BodyAssertion>("assertion");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("failure"); // fragment; empty: passes

    using Kind = BodyAssertion::Kind;
    const QByteArray json = R"({"status":"ok","n":3,"list":[true,null],"a/b":{"m~n":"x"}})";
    QTest::addRow("none") << BodyAssertion {} << QByteArray() << QString();
    QTest::addRow("substring") << BodyAssertion {Kind::Substring, u"grün"_s, {}} << "Ampel: grün"_ba << QString();
    QTest::addRow("substring missing") << BodyAssertion {Kind::Substring, u"rot"_s, {}} << "Ampel: grün"_ba
                                       << u"does not contain \"rot\""_s;
    QTest::addRow("regex") << BodyAssertion {Kind::RegularExpression, u"v\\d+\\.\\d+"_s, {}} << "version v2.10"_ba
                           << QString();
    QTest::addRow("regex no match") << BodyAssertion {Kind::RegularExpression, u"^ok$"_s, {}} << "not ok"_ba
                                    << u"does not match"_s;
    QTest::addRow("regex invalid") << BodyAssertion {Kind::RegularExpression, u"(unclosed"_s, {}} << "x"_ba
                                   << u"invalid regular expression"_s;
    QTest::addRow("json string") << BodyAssertion {Kind::JsonPointer, u"/status"_s, QJsonValue(u"ok"_s)} << json
                                 << QString();
    QTest::addRow("json number") << BodyAssertion {Kind::JsonPointer, u"/n"_s, QJsonValue(3)} << json << QString();
    QTest::addRow("json number differs") << BodyAssertion {Kind::JsonPointer, u"/n"_s, QJsonValue(4)} << json
                                         << u"is 3, expected 4"_s;
    QTest::addRow("json null") << BodyAssertion {Kind::JsonPointer, u"/list/1"_s, QJsonValue(QJsonValue::Null)} << json
                               << QString();
    QTest::addRow("json escapes") << BodyAssertion {Kind::JsonPointer, u"/a~1b/m~0n"_s, QJsonValue(u"x"_s)} << json
                                  << QString();
    QTest::addRow("json missing") << BodyAssertion {Kind::JsonPointer, u"/nope"_s, QJsonValue(1)} << json
                                  << u"has no value"_s;
    QTest::addRow("json invalid body") << BodyAssertion {Kind::JsonPointer, u"/status"_s, QJsonValue(u"ok"_s)}
                                       << "<html>"_ba << u"not JSON"_s;
    QTest::addRow("json whole array") << BodyAssertion {Kind::JsonPointer, u"/0"_s, QJsonValue(1)} << "[1,2]"_ba
                                      << QString();
}

void TestChecksAssertion::bodyAssertion()
{
    QFETCH(BodyAssertion, assertion);
    QFETCH(QByteArray, body);
    QFETCH(QString, failure);

    const QString result = bodyAssertionFailure(assertion, body);
    if (failure.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(failure), qPrintable(result));
}

void TestChecksAssertion::jsonPointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QJsonValue>("value");

    QTest::addRow("whole document") << QString() << true << QJsonValue();
    QTest::addRow("member") << u"/foo/1"_s << true << QJsonValue(u"baz"_s);
    QTest::addRow("empty key") << u"/"_s << true << QJsonValue(0);
    QTest::addRow("slash escaped") << u"/a~1b"_s << true << QJsonValue(1);
    QTest::addRow("tilde escaped") << u"/m~0n"_s << true << QJsonValue(8);
    QTest::addRow("space") << u"/ "_s << true << QJsonValue(7);
    QTest::addRow("leading zero") << u"/foo/01"_s << false << QJsonValue();
    QTest::addRow("past the end") << u"/foo/-"_s << false << QJsonValue();
    QTest::addRow("out of range") << u"/foo/2"_s << false << QJsonValue();
    QTest::addRow("into a scalar") << u"/a~1b/c"_s << false << QJsonValue();
    QTest::addRow("no leading slash") << u"foo"_s << false << QJsonValue();
}

void TestChecksAssertion::jsonPointer()
{
    QFETCH(QString, pointer);
    QFETCH(bool, found);
    QFETCH(QJsonValue, value);

    // The example document of RFC 6901, section 5.
    const QJsonValue root = QJsonDocument::fromJson(R"({"foo":["bar","baz"],"":0,"a/b":1,"c%d":2,"e^f":3,"g|h":4,
        "i\\j":5,"k\"l":6," ":7,"m~n":8})")
                                .object();
    const std::optional<QJsonValue> result = jsonPointerValue(root, pointer);
    QCOMPARE(result.has_value(), found);
    if (found && !pointer.isEmpty())
        QCOMPARE(*result, value);
    if (found && pointer.isEmpty())
        QCOMPARE(*result, root);
}

void TestChecksAssertion::certificateExpiry_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<int>("warnDays");
    QTest::addColumn<EndpointState>("status"); // Unknown: no verdict

    constexpr qint64 day = 86'400;
    QTest::addRow("a year left") << 365 * day << 14 << EndpointState::Unknown;
    QTest::addRow("just outside warning") << 14 * day + 60 << 14 << EndpointState::Unknown;
    QTest::addRow("within warning") << 14 * day - 60 << 14 << EndpointState::Degraded;
    QTest::addRow("three days") << 3 * day << 14 << EndpointState::Degraded;
    QTest::addRow("warning off") << 3 * day << 0 << EndpointState::Unknown;
    QTest::addRow("expires now") << qint64(0) << 14 << EndpointState::Down;
    QTest::addRow("expired") << -day << 14 << EndpointState::Down;
}

void TestChecksAssertion::certificateExpiry()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(int, warnDays);
    QFETCH(EndpointState, status);

    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::UTC);
    const auto verdict = certificateVerdict(now.addSecs(secondsLeft), warnDays, now);
    QCOMPARE(verdict.has_value(), status != EndpointState::Unknown);
    if (!verdict)
        return;
    QCOMPARE(verdict->status, status);
    QCOMPARE(verdict->error, status == EndpointState::Down ? CheckError::TlsError : CheckError::CertificateExpiring);
    QVERIFY(verdict->detail.contains(now.addSecs(secondsLeft).toString(Qt::ISODate)));
}

void TestChecksAssertion::hostPort_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("host"); // empty: not valid
    QTest::addColumn<int>("port");

    QTest::addRow("name") << u"portal.example.de:443"_s << u"portal.example.de"_s << 443;
    QTest::addRow("ipv4") << u"127.0.0.1:8080"_s << u"127.0.0.1"_s << 8080;
    QTest::addRow("ipv6") << u"[::1]:853"_s << u"::1"_s << 853;
    QTest::addRow("ipv6 without brackets") << u"::1:853"_s << QString() << 0;
    QTest::addRow("no port") << u"portal.example.de"_s << QString() << 0;
    QTest::addRow("port zero") << u"host:0"_s << QString() << 0;
    QTest::addRow("port too large") << u"host:65536"_s << QString() << 0;
    QTest::addRow("no host") << u":80"_s << QString() << 0;
}

void TestChecksAssertion::hostPort()
{
    QFETCH(QString, target);
    QFETCH(QString, host);
    QFETCH(int, port);

    const auto result = Check::splitHostPort(target);
    QCOMPARE(result.has_value(), !host.isEmpty());
    if (result) {
        QCOMPARE(result->first, host);
        QCOMPARE(result->second, port);
    }
}

void TestChecksAssertion::invalidNames_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("reserved");

    QTest::addRow("invalid") << u"invalid"_s << true;
    QTest::addRow("below invalid") << u"foo.invalid"_s << true;
    QTest::addRow("upper case, trailing dot") << u"Foo.INVALID."_s << true;
    QTest::addRow("invalid as a label") << u"invalid.example.de"_s << false;
    QTest::addRow("suffix without dot") << u"notinvalid"_s << false;
    QTest::addRow("localhost") << u"localhost"_s << false;
}

void TestChecksAssertion::invalidNames()
{
    QFETCH(QString, host);
    QFETCH(bool, reserved);
    QCOMPARE(Check::isReservedInvalidName(host), reserved);
}

QTEST_GUILESS_MAIN(TestChecksAssertion)
#include "tst_checksassertion.moc"
