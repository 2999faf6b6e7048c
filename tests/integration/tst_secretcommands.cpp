// `leitstand secret set|delete` as a user runs it from a shell, against a real Secret Service
// (gnome-keyring in a D-Bus session of the test's own, see tests/support/with-secret-service):
// what it stores reads back through SecretStore as the notifier reads it, delete removes it, and
// empty input, bad arguments and a missing Secret Service are refused with a clear message.

#include "core/secretstore.h"
#include "notifications/teamchannel.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::expected<std::optional<QString>, QString> readBack(const QString &key)
{
    // The service the console's and the poller's TeamNotifier read the teams' tokens from.
    SecretStore store(u"Leitstand"_s);
    std::optional<std::expected<std::optional<QString>, QString>> result;
    store.read(key, [&](auto value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return std::unexpected(u"no answer from the secret store within 20 s"_s);
    return *result;
}

QByteArray errorOf(const std::expected<std::optional<QString>, QString> &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

} // namespace

class TestSecretCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
            "run through tests/support/with-secret-service, which starts the Secret Service");
    }

    void setReadDelete_data()
    {
        QTest::addColumn<QStringList>("target");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("secret");
        const QString portal = TeamChannel::secretKey(u"Team Portal"_s);
        QTest::addRow("key") << QStringList {portal} << portal << "syt_bGVpdHN0YW5k_abc\n"_ba
                             << u"syt_bGVpdHN0YW5k_abc"_s;
        QTest::addRow("--team") << QStringList {u"--team"_s, u"Team Portal"_s} << portal << "hook-token\n"_ba
                                << u"hook-token"_s;
        QTest::addRow("--team=, umlauts")
            << QStringList {u"--team=Bürgerdienste"_s} << u"team/Bürgerdienste/notifications"_s << "pässwört 😀\n"_ba
            << u"pässwört 😀"_s;
        QTest::addRow("no line ending") << QStringList {u"feed/portal"_s} << u"feed/portal"_s << "token"_ba
                                        << u"token"_s;
        QTest::addRow("CRLF") << QStringList {u"feed/portal"_s} << u"feed/portal"_s << "token\r\n"_ba << u"token"_s;
        QTest::addRow("spaces kept") << QStringList {u"feed/portal"_s} << u"feed/portal"_s << "  a b  \n"_ba
                                     << u"  a b  "_s;
    }

    void setReadDelete()
    {
        QFETCH(QStringList, target);
        QFETCH(QString, key);
        QFETCH(QByteArray, input);
        QFETCH(QString, secret);

        Run run = leitstand(QStringList {u"secret"_s, u"set"_s} + target, input);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(key), qPrintable(run.out));
        // The secret itself is never printed.
        QVERIFY(!run.out.contains(secret.trimmed()) && !run.err.contains(secret.trimmed()));
        auto stored = readBack(key);
        QVERIFY2(stored, errorOf(stored).constData());
        QCOMPARE(*stored, std::optional<QString>(secret));

        // Setting again replaces it.
        run = leitstand(QStringList {u"secret"_s, u"set"_s} + target, "second\n"_ba);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(readBack(key).value_or(u"failed"_s), std::optional<QString>(u"second"_s));

        run = leitstand(QStringList {u"secret"_s, u"delete"_s} + target);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(key), qPrintable(run.out));
        stored = readBack(key);
        QVERIFY2(stored, errorOf(stored).constData());
        QCOMPARE(*stored, std::optional<QString>());

        // Removing what is not there is no error: the outcome is what was asked for.
        run = leitstand(QStringList {u"secret"_s, u"delete"_s} + target);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList set {u"secret"_s, u"set"_s};
        QTest::addRow("empty input") << set + QStringList {u"feed/portal"_s} << QByteArray() << 1
                                     << u"no secret on standard input"_s;
        QTest::addRow("empty line") << set + QStringList {u"feed/portal"_s} << "\n"_ba << 1
                                    << u"no secret on standard input"_s;
        QTest::addRow("two lines") << set + QStringList {u"feed/portal"_s} << "one\ntwo\n"_ba << 1
                                   << u"more than one line"_s;
        QTest::addRow("no action") << QStringList {u"secret"_s} << QByteArray() << 2 << u"set or delete"_s;
        QTest::addRow("unknown action") << QStringList {u"secret"_s, u"show"_s, u"feed/portal"_s} << QByteArray() << 2
                                        << u"unknown action \"show\""_s;
        QTest::addRow("no key") << set << "x\n"_ba << 2 << u"needs a KEY or --team NAME"_s;
        QTest::addRow("key and team") << set + QStringList {u"feed/portal"_s, u"--team"_s, u"Portal"_s} << "x\n"_ba << 2
                                      << u"not both"_s;
        QTest::addRow("two keys") << set + QStringList {u"a"_s, u"b"_s} << "x\n"_ba << 2
                                  << u"unexpected argument \"b\""_s;
        QTest::addRow("empty team") << set + QStringList {u"--team="_s} << "x\n"_ba << 2 << u"--team needs"_s;
        QTest::addRow("secret in argv") << set + QStringList {u"feed/portal"_s, u"--secret=abc"_s} << "x\n"_ba << 2
                                        << u"secret"_s;
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = leitstand(arguments, input);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // Nothing was stored by a refused command.
        const auto stored = readBack(u"feed/portal"_s);
        QVERIFY2(stored, errorOf(stored).constData());
        QCOMPARE(*stored, std::optional<QString>());
    }

    void withoutSecretService_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("busAddress");
        QTest::addColumn<QString>("hint");
        for (const QString &action : {u"set"_s, u"delete"_s}) {
            QTest::addRow("%s, bus not there", qPrintable(action)) << action << true << u"Secret Service"_s;
            QTest::addRow("%s, no bus", qPrintable(action)) << action << false << u"no D-Bus session"_s;
        }
    }

    void withoutSecretService()
    {
        QFETCH(QString, action);
        QFETCH(bool, busAddress);
        QFETCH(QString, hint);
        QProcessEnvironment env = environment();
        // No Secret Service to talk to: a session bus that is not there, or none at all (and no
        // display to start one on).
        if (busAddress)
            env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=%1"_s.arg(m_home.filePath(u"no-bus"_s)));
        else
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        const Run run = leitstand({u"secret"_s, action, u"--team"_s, u"Portal"_s}, "token\n"_ba, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"team/Portal/notifications"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(hint), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Secret Service"_s), qPrintable(run.err));
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Settings and data go to a throw-away place; the D-Bus session and its keyring stay.
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"LC_ALL"_s);
        return env;
    }

    Run leitstand(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return leitstand(arguments, input, environment());
    }

    static Run leitstand(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LEITSTAND_EXECUTABLE), arguments);
        Run run;
        if (!process.waitForStarted(30'000)) {
            run.err = process.errorString();
            return run;
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"timed out"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestSecretCommands)
#include "tst_secretcommands.moc"
