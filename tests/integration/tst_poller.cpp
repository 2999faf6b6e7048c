// Runs the real `leitstand import/export` and `leitstand-poller` executables against Apache httpd on
// 127.0.0.1, as an operator would from a shell or a service manager.

#include "storage/database.h"
#include "storage/endpointstatus.h"
#include "support/apacheserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A port on 127.0.0.1 that nothing listens on: bound and released again, so nothing else of this
// test takes it.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

// The cells of one row of a TextTable: columns are separated by two or more spaces.
QStringList cells(const QString &line)
{
    return line.split(QRegularExpression(u" {2,}"_s));
}

} // namespace

class TestPoller final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_apache.writeFile(u"ok.html"_s, "<html><body>Willkommen beim Amt</body></html>\n"));
        QVERIFY2(m_apache.start(), qPrintable(m_apache.errorString()));
        m_closedPort = closedPort();
        QVERIFY(m_closedPort != 0);
    }

    // Every kind of outcome, once: the state and the stable error name the table prints.
    void onceClassifiesEveryEndpoint_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("result");
        QTest::addRow("healthy") << u"healthy"_s << u"UP"_s << u"OK"_s;
        QTest::addRow("not found") << u"missing page"_s << u"DOWN"_s << u"Unexpected HTTP status: HTTP 404"_s;
        QTest::addRow("assertion") << u"wrong content"_s << u"DOWN"_s << u"Response content did not match"_s;
        QTest::addRow("refused") << u"closed port"_s << u"DOWN"_s << u"Connection refused"_s;
        QTest::addRow("dns") << u"no such name"_s << u"DOWN"_s << u"Name could not be resolved"_s;
        QTest::addRow("paused") << u"paused"_s << u"PAUSED"_s << u"not checked"_s;
    }

    void onceClassifiesEveryEndpoint()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, state);
        QFETCH(QString, result);

        const QString database = freshDatabase();
        const Run imported = leitstand({u"import"_s, writeFleet(), u"--database"_s, database});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"6 added, 0 changed, 0 removed, 0 unchanged"_s), qPrintable(imported.out));

        const Run run = poller({u"--once"_s, u"--database"_s, database});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7); // header and one row per endpoint
        QCOMPARE(
            cells(lines.constFirst()).mid(0, 4), QStringList({u"SERVICE"_s, u"ENDPOINT"_s, u"KIND"_s, u"STATE"_s}));
        const auto row
            = std::ranges::find_if(lines, [&](const QString &line) { return cells(line).value(1) == endpoint; });
        QVERIFY2(row != lines.cend(), qPrintable(run.out));
        const QStringList columns = cells(*row);
        QVERIFY2(columns.value(3).startsWith(state + u" ("_s), qPrintable(*row));
        QVERIFY2(columns.constLast().startsWith(result), qPrintable(*row));
    }

    void onceSpeaksGerman()
    {
        const QString database = freshDatabase();
        QCOMPARE(leitstand({u"import"_s, writeFleet(), u"--database"_s, database}).exitCode, 0);
        const Run run = poller({u"--once"_s, u"--lang"_s, u"de"_s, u"--database"_s, database});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"DOWN (Ausgefallen)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Verbindung abgelehnt"_s), qPrintable(run.out));
    }

    void reimportAndExportRoundTrip()
    {
        const QString database = freshDatabase();
        const QString fleet = writeFleet();
        QCOMPARE(leitstand({u"import"_s, fleet, u"--database"_s, database}).exitCode, 0);
        const Run again = leitstand({u"import"_s, fleet, u"--database"_s, database});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"0 added, 0 changed, 0 removed, 6 unchanged"_s), qPrintable(again.out));

        const QString exported = m_home.filePath(u"exported.yaml"_s);
        const Run written = leitstand({u"export"_s, exported, u"--database"_s, database});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const QString other = freshDatabase();
        QCOMPARE(leitstand({u"import"_s, exported, u"--database"_s, other}).exitCode, 0);
        // The export of the copy is the same file: the definitions survived the round trip.
        const Run first = leitstand({u"export"_s, u"-"_s, u"--database"_s, database});
        const Run second = leitstand({u"export"_s, u"-"_s, u"--database"_s, other});
        QCOMPARE(second.out, first.out);
        QVERIFY(first.out.contains(u"name: wrong content"_s));

        // The original file again, now with --prune and one endpoint less: only that one goes.
        QString shorter = QString::fromUtf8(readFile(fleet));
        shorter.remove(QRegularExpression(u"  - name: paused\n(    .*\n)*"_s));
        const QString shorterFile = m_home.filePath(u"shorter.yaml"_s);
        QVERIFY(writeFile(shorterFile, shorter.toUtf8()));
        const Run merged = leitstand({u"import"_s, shorterFile, u"--database"_s, database});
        QVERIFY2(merged.out.contains(u"0 added, 0 changed, 0 removed, 5 unchanged"_s), qPrintable(merged.out));
        const Run pruned = leitstand({u"import"_s, shorterFile, u"--prune"_s, u"--database"_s, database});
        QVERIFY2(pruned.out.contains(u"0 added, 0 changed, 1 removed, 5 unchanged"_s), qPrintable(pruned.out));
    }

    // A bad file is refused whole, with every problem as file:line: field: message.
    void malformedFileImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("problems");
        QTest::addRow("yaml syntax") << QByteArray("version: 1\nendpoints:\n  - name: [unclosed\n")
                                     << QStringList {u"bad.yaml:"_s, u": YAML syntax error: "_s};
        QTest::addRow("two problems") << QByteArray(
            "version: 1\nendpoints:\n"
            "  - name: a\n    service: s\n    kind: http\n    target: http://127.0.0.1/\n"
            "  - name: b\n    service: s\n    kind: gopher\n    target: x\n"
            "  - name: c\n    service: s\n    kind: tcp\n    target: 127.0.0.1:99999\n")
                                      << QStringList {u"bad.yaml:9: endpoints[1].kind: unknown kind"_s,
                                             u"bad.yaml:14: endpoints[2].target:"_s};
        QTest::addRow("future version") << QByteArray("version: 7\nendpoints: []\n")
                                        << QStringList {u"bad.yaml:1: version:"_s};
    }

    void malformedFileImportsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, problems);
        const QString database = freshDatabase();
        QCOMPARE(leitstand({u"import"_s, writeFleet(), u"--database"_s, database}).exitCode, 0);
        const QString before = leitstand({u"export"_s, u"-"_s, u"--database"_s, database}).out;

        const QString bad = m_home.filePath(u"bad.yaml"_s);
        QVERIFY(writeFile(bad, content));
        const Run run = leitstand({u"import"_s, bad, u"--prune"_s, u"--database"_s, database});
        QCOMPARE(run.exitCode, 1);
        for (const QString &problem : problems) {
            const bool found = std::ranges::any_of(
                run.err.split(u'\n'), [&](const QString &line) { return line.contains(problem); });
            QVERIFY2(found, qPrintable(u"missing \"%1\" in:\n%2"_s.arg(problem, run.err)));
        }
        QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
        QCOMPARE(leitstand({u"export"_s, u"-"_s, u"--database"_s, database}).out, before);
    }

    // A service manager stops the poller with SIGTERM, a terminal with SIGINT: both store what
    // was checked and exit 0 within 2 s.
    void signalFlushesAndExits_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addRow("SIGTERM") << SIGTERM;
        QTest::addRow("SIGINT") << SIGINT;
    }

    void signalFlushesAndExits()
    {
        QFETCH(int, signalNumber);
        const QString database = freshDatabase();
        QCOMPARE(leitstand({u"import"_s, writeFastFleet(), u"--database"_s, database}).exitCode, 0);

        QProcess process;
        startPoller(process, database);
        QVERIFY(waitForOutput(process, u"UP (Up)  Amt / healthy"_s));
        QVERIFY(waitForOutput(process, u"DOWN (Down)  Amt / closed port"_s));
        QTest::qWait(1500); // a few more checks, not all flushed yet

        QElapsedTimer stopping;
        stopping.start();
        ::kill(pid_t(process.processId()), signalNumber);
        QVERIFY2(process.waitForFinished(2000), "the poller did not exit within 2 s");
        const qint64 tookMs = stopping.elapsed();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(tookMs < 2000, qPrintable(QString::number(tookMs)));

        const QString out = m_log + QString::fromUtf8(process.readAllStandardOutput());
        const QRegularExpressionMatch stored = QRegularExpression(u"stopped; (\\d+) samples stored"_s).match(out);
        QVERIFY2(stored.hasMatch(), qPrintable(out));
        const int reported = stored.captured(1).toInt();
        QVERIFY2(reported >= 4, qPrintable(out));
        // Everything the poller says it stored is in the database.
        QCOMPARE(sampleCount(database), reported);
    }

    // After kill -9 the database opens cleanly and holds the samples up to the last flush.
    void killNineLeavesAConsistentDatabase()
    {
        const QString database = freshDatabase();
        QCOMPARE(leitstand({u"import"_s, writeFastFleet(), u"--database"_s, database}).exitCode, 0);

        QProcess process;
        startPoller(process, database);
        QVERIFY(waitForOutput(process, u"UP (Up)  Amt / healthy"_s));
        QTest::qWait(3000);
        const QDateTime killedAt = QDateTime::currentDateTimeUtc();
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        Database reopened(database);
        const auto opened = reopened.open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QSqlQuery check(reopened.connection());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        QVERIFY(sampleCount(database) >= 3);

        // What is missing is at most the last unflushed batch: the newest stored result of the
        // 1 s endpoint is younger than the flush interval (1 s) plus the check interval (1 s),
        // the storage's second resolution (1 s) and 2 s of slack for a loaded machine.
        const auto statuses = EndpointStatusQuery(reopened).all();
        QVERIFY(statuses);
        QDateTime newest;
        for (const EndpointStatus &status : *statuses)
            newest = std::max(newest, status.lastResultAt);
        QVERIFY(newest.isValid());
        QVERIFY2(newest.secsTo(killedAt) <= 5,
            qPrintable(u"newest %1, killed %2"_s.arg(newest.toString(Qt::ISODate), killedAt.toString(Qt::ISODate))));
    }

    // A service goes down: the poller opens one incident for it, stores it with its timeline, and
    // resolves it once the endpoint has been back for the hold time.
    void outageOpensAndResolvesAnIncident()
    {
        const quint16 port = closedPort();
        const QByteArray yaml
            = u"version: 1\n"
              "defaults:\n  interval: 1s\n  timeout: 900ms\n  confirmations:\n    down: 1\n"
              "endpoints:\n"
              "  - name: Schnittstelle\n    service: Meldewesen\n    kind: tcp\n    target: 127.0.0.1:%1\n"
              "  - name: Startseite\n    service: Amt\n    kind: http\n    target: %2\n"_s.arg(port)
                  .arg(m_apache.httpUrl(u"/ok.html"_s).toString())
                  .toUtf8();
        const QString file = m_home.filePath(u"outage.yaml"_s);
        QVERIFY(writeFile(file, yaml));
        const QString database = freshDatabase();
        QCOMPARE(leitstand({u"import"_s, file, u"--database"_s, database}).exitCode, 0);

        QProcess process;
        startPoller(process, database, {u"--incident-hold"_s, u"2s"_s});
        QVERIFY(waitForOutput(process, u"incident 1 opened (critical)"_s));
        QCOMPARE(scalar(database,
                     u"SELECT COUNT(*) FROM incidents i JOIN services s ON s.id = i.service_id "
                     "WHERE s.name = 'Meldewesen' AND i.resolved_ms IS NULL"_s)
                     .toInt(),
            1);

        QTcpServer service;
        QVERIFY(service.listen(QHostAddress::LocalHost, port));
        QVERIFY(waitForOutput(process, u"UP (Up)  Meldewesen / Schnittstelle"_s));
        QVERIFY(waitForOutput(process, u"incident 1 resolved"_s));
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(5000));

        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM incidents"_s).toInt(), 1); // the healthy service has none
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM incidents WHERE resolved_ms IS NOT NULL"_s).toInt(), 1);
        // Opened, the endpoint down, the endpoint up, resolved: in this order.
        QCOMPARE(
            scalar(database, u"SELECT group_concat(kind, ',') FROM (SELECT kind FROM incident_events ORDER BY id)"_s)
                .toString(),
            u"0,6,6,8"_s);
        // Resolved two seconds after the endpoint came back.
        QCOMPARE(scalar(database,
                     u"SELECT i.resolved_ms - e.at_ms FROM incidents i JOIN incident_events e ON e.incident_id = i.id "
                     "WHERE e.kind = 6 AND e.endpoint_state = 1"_s)
                     .toLongLong(),
            2000);
    }

    void unusableDatabaseIsAClearError()
    {
        const QString notADatabase = m_home.filePath(u"garbage.db"_s);
        QVERIFY(writeFile(notADatabase, QByteArray(4096, 'x')));
        const Run run = poller({u"--once"_s, u"--database"_s, notADatabase});
        QCOMPARE(run.exitCode, 1);
        const bool explained = std::ranges::any_of(run.err.split(u'\n'), [&](const QString &line) {
            return line.startsWith(u"leitstand-poller: "_s) && line.contains(notADatabase);
        });
        QVERIFY2(explained, qPrintable(run.err));
    }

private:
    QString freshDatabase() { return m_home.filePath(u"db-%1.sqlite"_s.arg(++m_databases)); }

    // One endpoint of each outcome, checked once.
    QString writeFleet()
    {
        const QString base = m_apache.httpUrl(u"/"_s).toString();
        const QByteArray yaml = u"version: 1\n"
                                "endpoints:\n"
                                "  - name: healthy\n    service: Amt\n    kind: http\n    target: %1ok.html\n"
                                "    http:\n      body:\n        contains: Willkommen\n"
                                "  - name: missing page\n    service: Amt\n    kind: http\n    target: %1missing.html\n"
                                "  - name: wrong content\n    service: Amt\n    kind: http\n    target: %1ok.html\n"
                                "    http:\n      body:\n        contains: Störung\n"
                                "  - name: closed port\n    service: Netz\n    kind: tcp\n    target: 127.0.0.1:%2\n"
                                "  - name: no such name\n    service: Netz\n    kind: dns\n    target: amt.invalid\n"
                                "  - name: paused\n    service: Netz\n    kind: http\n    target: %1ok.html\n"
                                "    paused: true\n"_s.arg(base)
                                    .arg(m_closedPort)
                                    .toUtf8();
        const QString file = m_home.filePath(u"fleet.yaml"_s);
        return writeFile(file, yaml) ? file : QString();
    }

    // Checked every second, for the tests that stop the poller.
    QString writeFastFleet()
    {
        const QByteArray yaml = u"version: 1\n"
                                "defaults:\n  interval: 1s\n  timeout: 900ms\n  confirmations:\n    down: 1\n"
                                "endpoints:\n"
                                "  - name: healthy\n    service: Amt\n    kind: http\n    target: %1\n"
                                "  - name: closed port\n    service: Amt\n    kind: tcp\n    target: 127.0.0.1:%2\n"_s
                                    .arg(m_apache.httpUrl(u"/ok.html"_s).toString())
                                    .arg(m_closedPort)
                                    .toUtf8();
        const QString file = m_home.filePath(u"fast.yaml"_s);
        return writeFile(file, yaml) ? file : QString();
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QVariant scalar(const QString &database, const QString &sql)
    {
        Database reopened(database);
        if (!reopened.open())
            return {};
        QSqlQuery query(reopened.connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    static int sampleCount(const QString &database)
    {
        Database reopened(database);
        if (!reopened.open())
            return -1;
        QSqlQuery query(reopened.connection());
        if (!query.exec(u"SELECT count(*) FROM samples"_s) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LC_ALL"_s);
        return env;
    }

    Run execute(const QString &program, const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(program, arguments);
        Run run;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"did not finish within 60 s"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Run leitstand(const QStringList &arguments) const
    {
        return execute(QStringLiteral(LEITSTAND_EXECUTABLE), arguments);
    }

    Run poller(const QStringList &arguments) const { return execute(QStringLiteral(LEITSTAND_POLLER), arguments); }

    void startPoller(QProcess &process, const QString &database, const QStringList &extra = {})
    {
        m_log.clear();
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LEITSTAND_POLLER), QStringList {u"--database"_s, database} + extra);
        QVERIFY(process.waitForStarted());
    }

    // Reads the poller's log until it contains text, in any order: checks run concurrently.
    bool waitForOutput(QProcess &process, const QString &text)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20'000) {
            m_log += QString::fromUtf8(process.readAllStandardOutput());
            if (m_log.contains(text))
                return true;
            if (process.state() != QProcess::Running)
                break;
            process.waitForReadyRead(200);
        }
        qWarning("waited for \"%s\" in:\n%s\n%s", qPrintable(text), qPrintable(m_log),
            process.readAllStandardError().constData());
        return false;
    }

    QTemporaryDir m_home;
    Test::ApacheServer m_apache;
    quint16 m_closedPort = 0;
    int m_databases = 0;
    QString m_log;
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
