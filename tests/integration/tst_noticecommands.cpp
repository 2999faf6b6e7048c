// `leitstand feed configure|show` and `leitstand notice publish|withdraw|list` as a script runs
// them, against Apache httpd with mod_dav over TLS (a test CA given by --ca-file) and Basic
// authentication, with the password in gnome-keyring (tests/support/with-secret-service): a
// published notice is online in both languages, two processes publishing at the same moment both
// land, and every refusal and failure says why, with the right exit code.

#include "core/settings.h"
#include "feed/feedconfiguration.h"
#include "feed/feedtesthelpers.h"
#include "feed/statusfeed.h"
#include "support/apacheserver.h"
#include "support/testcertificates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;
using Leitstand::Test::ApacheServer;
using Leitstand::Test::TestCertificates;

namespace {

const QString user = u"redaktion"_s;
const QString password = u"Feed-Passwort: ä & ß"_s;
// Longer than FeedPublisher's longest wait for the lock, so that a publisher that waits for the
// other one never times out on a loaded machine.
const QString timeoutSeconds = u"150"_s;
constexpr int processTimeoutMs = 200'000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QUuid numbered(int n)
{
    return QUuid::fromString(u"5e1f0c2a-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A notice of its own: its id, its update's id and its titles are numbered.
Notice numberedNotice(int n)
{
    Notice notice = sampleNotice(numbered(n));
    notice.updates.first().id = numbered(1000 + n);
    notice.title = {u"Störung %1"_s.arg(n), u"Disruption %1"_s.arg(n)};
    return notice;
}

QByteArray noticeJson(const Notice &notice)
{
    return QJsonDocument(StatusFeed::noticeToJson(notice)).toJson();
}

// A port on 127.0.0.1 that nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestNoticeCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void configureAndShow();
    void configureRefused_data();
    void configureRefused();
    void publishUpdateWithdraw();
    void concurrentPublishersBothLand();
    void publishRefused_data();
    void publishRefused();
    void usageErrors_data();
    void usageErrors();

private:
    QProcessEnvironment environment() const;
    Run leitstand(const QStringList &arguments, const QByteArray &input = {}) const;
    QProcess *startLeitstand(const QStringList &arguments) const;
    static Run finish(QProcess &process, const QByteArray &input = {});
    bool configure(const QUrl &url, QString *error);
    bool storeSecret(const QString &secret, QString *error) const;
    QString writeNotice(const QString &name, const QByteArray &json) const;
    std::expected<StatusFeedDocument, QString> onlineStatus();

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_config; // a settings folder of each test's own
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<ApacheServer> m_apache;
    QList<QSslCertificate> m_authority;
    QNetworkAccessManager m_network;
};

void TestNoticeCommands::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tests/support/with-secret-service, which starts the Secret Service");
    m_certificates = std::make_unique<TestCertificates>(m_home.filePath(u"pki"_s));
    const TestCertificates::Files site = m_certificates->issue(u"feed"_s, 30);
    QVERIFY2(m_certificates->errorString().isEmpty(), qPrintable(m_certificates->errorString()));
    m_authority = QSslCertificate::fromPath(m_certificates->authorityFile());
    QCOMPARE(m_authority.size(), 1);
    m_apache = std::make_unique<ApacheServer>(QList {site});
    QVERIFY(m_apache->enableWebDav(u"/feed/"_s, user, password));
    QVERIFY2(m_apache->start(), qPrintable(m_apache->errorString()));
}

void TestNoticeCommands::init()
{
    m_config = std::make_unique<QTemporaryDir>(m_home.filePath(u"config-XXXXXX"_s));
    QVERIFY(m_config->isValid());
}

QProcessEnvironment TestNoticeCommands::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings and data go to throw-away places; the D-Bus session and its keyring stay.
    env.insert(u"XDG_CONFIG_HOME"_s, m_config->path());
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"USER"_s, u"anna"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    return env;
}

QProcess *TestNoticeCommands::startLeitstand(const QStringList &arguments) const
{
    auto *process = new QProcess;
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(LEITSTAND_EXECUTABLE), arguments);
    return process;
}

Run TestNoticeCommands::finish(QProcess &process, const QByteArray &input)
{
    Run run;
    if (!process.waitForStarted(30'000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(processTimeoutMs)) {
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

Run TestNoticeCommands::leitstand(const QStringList &arguments, const QByteArray &input) const
{
    const std::unique_ptr<QProcess> process(startLeitstand(arguments));
    return finish(*process, input);
}

bool TestNoticeCommands::configure(const QUrl &url, QString *error)
{
    const Run run = leitstand({u"feed"_s, u"configure"_s, u"--url"_s, url.toString(), u"--auth"_s, u"basic"_s,
        u"--user"_s, user, u"--ca-file"_s, m_certificates->authorityFile(), u"--publisher"_s, u"Bezirksamt"_s});
    *error = run.err;
    return run.exitCode == 0;
}

bool TestNoticeCommands::storeSecret(const QString &secret, QString *error) const
{
    const Run run = leitstand({u"secret"_s, u"set"_s, FeedServer::secretKey()}, secret.toUtf8() + '\n');
    *error = run.err;
    return run.exitCode == 0;
}

QString TestNoticeCommands::writeNotice(const QString &name, const QByteArray &json) const
{
    QString fileName = m_home.filePath(name + u".json"_s);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return {};
    return fileName;
}

// status.json as a portal reads it: a plain GET over TLS.
std::expected<StatusFeedDocument, QString> TestNoticeCommands::onlineStatus()
{
    QNetworkRequest request(m_apache->httpsUrl(u"/feed/status.json"_s));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_authority);
    request.setSslConfiguration(tls);
    const std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 30'000))
        return std::unexpected(u"no answer to GET status.json within 30 s"_s);
    if (reply->error() != QNetworkReply::NoError)
        return std::unexpected(reply->errorString());
    return StatusFeed::parse(reply->readAll());
}

void TestNoticeCommands::configureAndShow()
{
    Run run = leitstand({u"feed"_s, u"show"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"No feed server is configured"_s), qPrintable(run.out));

    const QUrl url = m_apache->httpsUrl(u"/feed/"_s);
    QString error;
    QVERIFY2(configure(url, &error), qPrintable(error));
    Settings settings(m_config->filePath(u"leitstand/leitstand.conf"_s));
    const FeedConfiguration stored = FeedConfiguration::read(settings);
    QCOMPARE(stored.baseUrl, url);
    QCOMPARE(stored.authentication, FeedServer::Authentication::Basic);
    QCOMPARE(stored.user, user);
    QCOMPARE(stored.authorityFile, m_certificates->authorityFile());
    QCOMPARE(stored.publisher, u"Bezirksamt"_s);

    run = leitstand({u"secret"_s, u"delete"_s, FeedServer::secretKey()});
    QCOMPARE(run.exitCode, 0);
    run = leitstand({u"feed"_s, u"show"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(url.toString()), qPrintable(run.out));
    QVERIFY2(run.out.contains(user), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"not stored"_s), qPrintable(run.out));

    QVERIFY2(storeSecret(password, &error), qPrintable(error));
    run = leitstand({u"feed"_s, u"show"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"stored in the secret store"_s), qPrintable(run.out));
    QVERIFY2(!run.out.contains(password) && !run.err.contains(password), qPrintable(run.out));

    run = leitstand({u"feed"_s, u"configure"_s, u"--none"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!FeedConfiguration::read(Settings(settings.fileName())).isConfigured());
    run = leitstand({u"feed"_s, u"show"_s});
    QVERIFY2(run.out.contains(u"No feed server is configured"_s), qPrintable(run.out));
}

void TestNoticeCommands::configureRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString https = u"https://feed.example.org/status/"_s;
    QTest::addRow("http://") << QStringList {u"--url"_s, u"http://feed.example.org/status/"_s, u"--auth"_s, u"none"_s}
                             << u"https://"_s;
    QTest::addRow("no slash") << QStringList {u"--url"_s, u"https://feed.example.org/status"_s, u"--auth"_s, u"none"_s}
                              << u"slash"_s;
    QTest::addRow("basic without user") << QStringList {u"--url"_s, https} << u"user name"_s;
    QTest::addRow("user with bearer") << QStringList {u"--url"_s, https, u"--auth"_s, u"bearer"_s, u"--user"_s,
        u"anna"_s} << u"only for basic"_s;
    QTest::addRow("unknown authentication")
        << QStringList {u"--url"_s, https, u"--auth"_s, u"digest"_s} << u"unknown authentication \"digest\""_s;
    QTest::addRow("unreadable CA file") << QStringList {u"--url"_s, https, u"--auth"_s, u"none"_s, u"--ca-file"_s,
        u"/nonexistent/ca.pem"_s} << u"/nonexistent/ca.pem"_s;
    QTest::addRow("CA file without certificate")
        << QStringList {u"--url"_s, https, u"--auth"_s, u"none"_s, u"--ca-file"_s, QStringLiteral(LEITSTAND_EXECUTABLE)}
        << u"no certificate"_s;
    QTest::addRow("no URL") << QStringList {u"--auth"_s, u"none"_s} << u"--url"_s;
    QTest::addRow("--none with --url") << QStringList {u"--none"_s, u"--url"_s, https} << u"--none"_s;
    QTest::addRow("password on the command line")
        << QStringList {u"--url"_s, https, u"--password"_s, u"x"_s} << u"password"_s;
}

void TestNoticeCommands::configureRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = leitstand(QStringList {u"feed"_s, u"configure"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // Nothing was written.
    QVERIFY(!FeedConfiguration::read(Settings(m_config->filePath(u"leitstand/leitstand.conf"_s))).isConfigured());
}

void TestNoticeCommands::publishUpdateWithdraw()
{
    QString error;
    QVERIFY2(configure(m_apache->httpsUrl(u"/feed/"_s), &error), qPrintable(error));
    QVERIFY2(storeSecret(password, &error), qPrintable(error));
    const QString database = m_home.filePath(u"publish.sqlite"_s);
    Notice notice = numberedNotice(1);
    notice.title = {u"Terminbuchung gestört: „Anmeldung“"_s, u"Appointment booking disrupted: \"sign-in\""_s};

    Run run = leitstand({u"notice"_s, u"publish"_s, writeNotice(u"first"_s, noticeJson(notice)), u"--database"_s,
        database, u"--timeout"_s, timeoutSeconds});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(u'\n'), 1);
    QVERIFY2(run.out.contains(idText(notice.id) + u" revision 1 published: "_s), qPrintable(run.out));
    QVERIFY2(run.out.trimmed().endsWith(u"201 Created"_s), qPrintable(run.out)); // the server's answer

    auto online = onlineStatus();
    QVERIFY2(online, online ? "" : qPrintable(online.error()));
    auto found = std::ranges::find(online->notices, notice.id, &Notice::id);
    QVERIFY(found != online->notices.cend());
    QCOMPARE(found->revision, 1);
    QCOMPARE(found->title, notice.title); // both languages
    QCOMPARE(found->text, notice.text);
    QCOMPARE(found->updates, notice.updates);

    // The same id again, from standard input: the notice's next revision.
    notice.title.en = u"Appointment booking disrupted"_s;
    run = leitstand({u"notice"_s, u"publish"_s, u"-"_s, u"--database"_s, database, u"--timeout"_s, timeoutSeconds},
        noticeJson(notice));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(idText(notice.id) + u" revision 2 published: 204 No Content"_s), qPrintable(run.out));
    online = onlineStatus();
    QVERIFY2(online, online ? "" : qPrintable(online.error()));
    found = std::ranges::find(online->notices, notice.id, &Notice::id);
    QVERIFY(found != online->notices.cend());
    QCOMPARE(found->revision, 2);
    QCOMPARE(found->title, notice.title);

    run = leitstand({u"notice"_s, u"list"_s, u"--database"_s, database});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and the notice
    QVERIFY2(lines.at(0).startsWith(u"ID"_s), qPrintable(run.out));
    for (const QString &part : {idText(notice.id), u"  2  "_s, u"Disruption"_s, notice.title.en, u"published"_s})
        QVERIFY2(lines.at(1).contains(part), qPrintable(run.out));

    run = leitstand(
        {u"notice"_s, u"withdraw"_s, idText(notice.id), u"--database"_s, database, u"--timeout"_s, timeoutSeconds});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(idText(notice.id) + u" revision 3 withdrawn: "_s), qPrintable(run.out));
    online = onlineStatus();
    QVERIFY2(online, online ? "" : qPrintable(online.error()));
    QVERIFY(std::ranges::find(online->notices, notice.id, &Notice::id) == online->notices.cend());
    const auto tombstone = std::ranges::find(online->withdrawn, notice.id, &NoticeTombstone::id);
    QVERIFY(tombstone != online->withdrawn.cend());
    QCOMPARE(tombstone->revision, 3);

    run = leitstand({u"notice"_s, u"list"_s, u"--database"_s, database});
    QVERIFY2(run.out.contains(u"withdrawn"_s), qPrintable(run.out));

    // Neither withdrawn twice nor published again under the same id.
    run = leitstand({u"notice"_s, u"withdraw"_s, idText(notice.id), u"--database"_s, database});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"withdrawn already"_s), qPrintable(run.err));
    run = leitstand({u"notice"_s, u"publish"_s, u"-"_s, u"--database"_s, database}, noticeJson(notice));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"new id"_s), qPrintable(run.err));
}

void TestNoticeCommands::concurrentPublishersBothLand()
{
    QString error;
    QVERIFY2(configure(m_apache->httpsUrl(u"/feed/"_s), &error), qPrintable(error));
    QVERIFY2(storeSecret(password, &error), qPrintable(error));
    const auto before = onlineStatus();
    QSet<QUuid> expected;
    if (before) {
        for (const Notice &notice : before->notices)
            expected.insert(notice.id);
    }

    // A lost update shows as a notice missing from the feed; a few rounds give it the chance.
    constexpr int rounds = 5;
    for (int round = 1; round <= rounds; ++round) {
        std::array<std::unique_ptr<QProcess>, 2> processes;
        std::array<Notice, 2> notices;
        for (int side = 0; side < 2; ++side) {
            notices.at(side) = numberedNotice(100 + round * 10 + side);
            processes.at(side).reset(startLeitstand({u"notice"_s, u"publish"_s, u"-"_s, u"--database"_s,
                m_home.filePath(u"round%1-%2.sqlite"_s.arg(round).arg(side)), u"--timeout"_s, timeoutSeconds}));
        }
        for (const auto &process : processes)
            QVERIFY2(process->waitForStarted(30'000), qPrintable(process->errorString()));
        // Both read their notice from standard input: given it together once both had the time to
        // start, they publish at the same moment rather than one start-up time apart. Should one
        // be late on a loaded machine, the round is less of a race, never wrong.
        QTest::qWait(500);
        for (int side = 0; side < 2; ++side) {
            processes.at(side)->write(noticeJson(notices.at(side)));
            processes.at(side)->closeWriteChannel();
        }
        // Into both pipes now: waiting for one process to finish would not write to the other.
        for (const auto &process : processes)
            QVERIFY(process->bytesToWrite() == 0 || process->waitForBytesWritten(30'000));
        for (int side = 0; side < 2; ++side) {
            const Run run = finish(*processes.at(side));
            QVERIFY2(run.exitCode == 0, qPrintable(u"round %1, process %2: %3"_s.arg(round).arg(side).arg(run.err)));
            QVERIFY2(run.out.contains(idText(notices.at(side).id) + u" revision 1 published"_s), qPrintable(run.out));
            expected.insert(notices.at(side).id);
        }

        const auto online = onlineStatus();
        QVERIFY2(online, online ? "" : qPrintable(online.error()));
        QSet<QUuid> present;
        for (const Notice &notice : online->notices)
            present.insert(notice.id);
        for (const QUuid &id : std::as_const(expected))
            QVERIFY2(present.contains(id), qPrintable(u"round %1: %2 is missing"_s.arg(round).arg(idText(id))));
    }
}

void TestNoticeCommands::publishRefused_data()
{
    QTest::addColumn<QString>("server"); // "apache", "down", "silent" or "none" (not configured)
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("listed"); // what `notice list` says of the notice; empty: it was not stored

    const QByteArray good = noticeJson(numberedNotice(500));
    Notice english = numberedNotice(500);
    english.title.en.clear();
    english.text.en = u"  "_s;
    QJsonObject withoutKind = StatusFeed::noticeToJson(numberedNotice(500));
    withoutKind.remove(u"kind"_s);

    QTest::addRow("malformed JSON") << u"apache"_s << password << good.left(good.size() / 2) << timeoutSeconds << 2
                                    << QStringList {u"not JSON"_s, u"nothing was stored"_s} << QStringList();
    QTest::addRow("not an object") << u"apache"_s << password << "[1, 2]"_ba << timeoutSeconds << 2
                                   << QStringList {u"no JSON object"_s} << QStringList();
    QTest::addRow("field missing") << u"apache"_s << password << QJsonDocument(withoutKind).toJson() << timeoutSeconds
                                   << 2 << QStringList {u"notice: \"kind\" is missing"_s} << QStringList();
    QTest::addRow("English text missing")
        << u"apache"_s << password << noticeJson(english) << timeoutSeconds << 2
        << QStringList {u"The English title is missing."_s, u"The English text is missing."_s, u"2 problem"_s}
        << QStringList();
    QTest::addRow("feed not configured") << u"none"_s << password << good << timeoutSeconds << 2
                                         << QStringList {u"no feed server is configured"_s, u"feed configure"_s}
                                         << QStringList();
    QTest::addRow("wrong password") << u"apache"_s << u"wrong password"_s << good << timeoutSeconds << 1
                                    << QStringList {u"401 Unauthorized"_s, u"stays in the outbox"_s}
                                    << QStringList {u"pending, 1 attempt"_s, u"401 Unauthorized"_s};
    QTest::addRow("server down") << u"down"_s << password << good << timeoutSeconds << 1
                                 << QStringList {u"No answer from 127.0.0.1"_s, u"stays in the outbox"_s}
                                 << QStringList {u"pending, 1 attempt"_s, u"No answer from 127.0.0.1"_s};
    // Connections are taken but never answered: the command gives up after --timeout, long before
    // the network timeout would end the attempt.
    QTest::addRow("server silent") << u"silent"_s << password << good << u"2"_s << 1
                                   << QStringList {u"did not answer within 2 second"_s, u"stays in the outbox"_s}
                                   << QStringList {u"pending since"_s};
}

void TestNoticeCommands::publishRefused()
{
    QFETCH(QString, server);
    QFETCH(QString, secret);
    QFETCH(QByteArray, json);
    QFETCH(QString, timeout);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messages);
    QFETCH(QStringList, listed);

    QString error;
    QTcpServer silent;
    if (server == u"apache"_s) {
        QVERIFY2(configure(m_apache->httpsUrl(u"/feed/"_s), &error), qPrintable(error));
    } else if (server == u"down"_s) {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QVERIFY2(configure(QUrl(u"https://127.0.0.1:%1/feed/"_s.arg(port)), &error), qPrintable(error));
    } else if (server == u"silent"_s) {
        // The kernel completes the connections; nobody ever reads them.
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QVERIFY2(configure(QUrl(u"https://127.0.0.1:%1/feed/"_s.arg(silent.serverPort())), &error), qPrintable(error));
    }
    QVERIFY2(storeSecret(secret, &error), qPrintable(error));
    const QString database = m_home.filePath(u"refused-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString id = idText(numbered(500));

    Run run = leitstand({u"notice"_s, u"publish"_s, writeNotice(u"refused"_s, json), u"--database"_s, database,
        u"--timeout"_s, timeout});
    QCOMPARE(run.exitCode, exitCode);
    for (const QString &message : std::as_const(messages))
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));

    const auto online = onlineStatus();
    QVERIFY2(online, online ? "" : qPrintable(online.error()));
    QVERIFY(std::ranges::find(online->notices, numbered(500), &Notice::id) == online->notices.cend());

    run = leitstand({u"notice"_s, u"list"_s, u"--database"_s, database});
    QVERIFY2(run.exitCode == 0 && run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    if (listed.isEmpty()) {
        QCOMPARE(lines.size(), 1); // the header alone
        return;
    }
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(id), qPrintable(run.out));
    for (const QString &part : std::as_const(listed))
        QVERIFY2(lines.at(1).contains(part), qPrintable(run.out));
}

void TestNoticeCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("feed alone") << QStringList {u"feed"_s} << u"configure or show"_s;
    QTest::addRow("unknown feed command") << QStringList {u"feed"_s, u"set"_s} << u"unknown feed command \"set\""_s;
    QTest::addRow("feed show with argument")
        << QStringList {u"feed"_s, u"show"_s, u"x"_s} << u"unexpected argument \"x\""_s;
    QTest::addRow("notice alone") << QStringList {u"notice"_s} << u"publish, withdraw or list"_s;
    QTest::addRow("unknown notice command")
        << QStringList {u"notice"_s, u"delete"_s} << u"unknown notice command \"delete\""_s;
    QTest::addRow("publish without file") << QStringList {u"notice"_s, u"publish"_s} << u"exactly one FILE"_s;
    QTest::addRow("publish two files") << QStringList {u"notice"_s, u"publish"_s, u"a"_s, u"b"_s}
                                       << u"exactly one FILE"_s;
    QTest::addRow("timeout zero") << QStringList {u"notice"_s, u"publish"_s, u"-"_s, u"--timeout"_s, u"0"_s}
                                  << u"--timeout needs"_s;
    QTest::addRow("timeout not a number")
        << QStringList {u"notice"_s, u"withdraw"_s, idText(numbered(1)), u"--timeout=soon"_s} << u"\"soon\""_s;
    QTest::addRow("withdraw without id") << QStringList {u"notice"_s, u"withdraw"_s} << u"exactly one ID"_s;
    QTest::addRow("withdraw bad id") << QStringList {u"notice"_s, u"withdraw"_s, u"42"_s}
                                     << u"\"42\" is not the id of a notice"_s;
    QTest::addRow("list with argument") << QStringList {u"notice"_s, u"list"_s, u"all"_s}
                                        << u"unexpected argument \"all\""_s;
}

void TestNoticeCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = leitstand(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestNoticeCommands)
#include "tst_noticecommands.moc"
