// SecretStore against a real Secret Service: gnome-keyring in a D-Bus session of the test's own
// (tests/support/with-secret-service starts it).

#include "core/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

// Runs one asynchronous call to its callback.
template<typename Result, typename Start>
Result await(Start start)
{
    std::optional<Result> result;
    start([&](Result value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return std::unexpected(u"no answer from the secret store within 20 s"_s);
    return *result;
}

template<typename T>
QByteArray errorOf(const std::expected<T, QString> &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove_data();
    void writeReadRemove();
    void missingIsNoError();
    void serviceNamesKeepEntriesApart();
    void callbacksNeverRunInsideTheCall();
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tests/support/with-secret-service, which starts the Secret Service");
}

void TestSecretStore::writeReadRemove_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addRow("token") << u"team/Portal/matrix"_s << u"syt_bGVpdHN0YW5k_abcdef0123456789"_s;
    QTest::addRow("unicode and quotes") << u"feed/Zugangsdaten für „Portal“"_s << u"pässwörd \"'<>&\n\t😀"_s;
    QTest::addRow("long") << u"database/postgresql://db.example.org/leitstand"_s << QString(4096, u'x');
}

void TestSecretStore::writeReadRemove()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    SecretStore store(u"Leitstand-Test"_s);

    using Written = std::expected<void, QString>;
    using Read = std::expected<std::optional<QString>, QString>;
    const auto written = await<Written>([&](auto done) { store.write(key, secret, done); });
    QVERIFY2(written, errorOf(written).constData());
    const auto read = await<Read>([&](auto done) { store.read(key, done); });
    QVERIFY2(read, errorOf(read).constData());
    QCOMPARE(*read, std::optional<QString>(secret));

    // Overwriting keeps one entry with the new value.
    QVERIFY(await<Written>([&](auto done) { store.write(key, u"second"_s, done); }));
    QCOMPARE(await<Read>([&](auto done) { store.read(key, done); }).value_or(u"failed"_s),
        std::optional<QString>(u"second"_s));

    QVERIFY(await<Written>([&](auto done) { store.remove(key, done); }));
    QCOMPARE(await<Read>([&](auto done) { store.read(key, done); }).value_or(u"failed"_s), std::optional<QString>());
}

void TestSecretStore::missingIsNoError()
{
    SecretStore store(u"Leitstand-Test"_s);
    using Read = std::expected<std::optional<QString>, QString>;
    const auto read = await<Read>([&](auto done) { store.read(u"never/stored"_s, done); });
    QVERIFY2(read, errorOf(read).constData());
    QVERIFY(!read->has_value());
    using Written = std::expected<void, QString>;
    QVERIFY(await<Written>([&](auto done) { store.remove(u"never/stored"_s, done); }));
}

void TestSecretStore::serviceNamesKeepEntriesApart()
{
    SecretStore one(u"Leitstand-Test-A"_s);
    SecretStore two(u"Leitstand-Test-B"_s);
    using Written = std::expected<void, QString>;
    using Read = std::expected<std::optional<QString>, QString>;
    QVERIFY(await<Written>([&](auto done) { one.write(u"shared"_s, u"a"_s, done); }));
    QCOMPARE(
        await<Read>([&](auto done) { two.read(u"shared"_s, done); }).value_or(u"failed"_s), std::optional<QString>());
    QCOMPARE(await<Read>([&](auto done) { one.read(u"shared"_s, done); }).value_or(u"failed"_s),
        std::optional<QString>(u"a"_s));
}

void TestSecretStore::callbacksNeverRunInsideTheCall()
{
    SecretStore store(u"Leitstand-Test"_s);
    bool called = false;
    store.read(u"anything"_s, [&](auto) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 20'000);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
