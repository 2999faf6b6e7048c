// Two real leitstand-poller processes on one PostgreSQL database (tests/support/with-postgresql):
// they share the endpoints without checking any twice, and when one is killed with SIGKILL the
// other takes its endpoints over. Each endpoint is a TCP listener of its own in this test, so
// every check is seen where it arrives.

#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

constexpr int endpointCount = 8;
constexpr qint64 intervalMs = 4000;
constexpr auto lease = "2s";

// A listener that notes when each check connected, on the test's own clock.
class CountingListener final : public QTcpServer
{
public:
    explicit CountingListener(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                m_connectedAt.append(m_clock.elapsed());
                socket->close();
                socket->deleteLater();
            }
        });
    }

    const QList<qint64> &connectedAt() const { return m_connectedAt; }

private:
    const QElapsedTimer &m_clock;
    QList<qint64> m_connectedAt;
};

} // namespace

class TestPollerLeases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pollersShareAndTakeOver();
    void databaseRestartLosesNoResult();

private:
    qint64 scalar(const QString &statement);
    void startPoller(QProcess &process);

    QTemporaryDir m_home;
    QString m_url;
    std::unique_ptr<Database> m_database;
    QElapsedTimer m_clock;
    std::array<std::unique_ptr<CountingListener>, endpointCount> m_listeners;
};

void TestPollerLeases::initTestCase()
{
    m_url = qEnvironmentVariable("LEITSTAND_TEST_POSTGRESQL");
    QVERIFY2(!m_url.isEmpty(), "run by ctest as pg.tst_pollerleases, with tests/support/with-postgresql");
    m_clock.start();
    QByteArray yaml = "version: 1\ndefaults:\n  interval: 4s\n  timeout: 2s\nendpoints:\n";
    for (int i = 0; i < endpointCount; ++i) {
        m_listeners[i] = std::make_unique<CountingListener>(m_clock);
        QVERIFY(m_listeners[i]->listen(QHostAddress::LocalHost));
        yaml += u"  - name: e%1\n    service: Amt\n    kind: tcp\n    target: 127.0.0.1:%2\n"_s.arg(i)
                    .arg(m_listeners[i]->serverPort())
                    .toUtf8();
    }
    const QString file = m_home.filePath(u"fleet.yaml"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(yaml) == yaml.size());
    out.close();

    QProcess import;
    import.start(QStringLiteral(LEITSTAND_EXECUTABLE), {u"import"_s, file, u"--database"_s, m_url});
    QVERIFY(import.waitForFinished(60'000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());

    const auto location = DatabaseLocation::parse(m_url);
    QVERIFY(location);
    m_database = std::make_unique<Database>(*location);
    QVERIFY(m_database->open());
}

void TestPollerLeases::cleanupTestCase()
{
    m_database.reset();
}

qint64 TestPollerLeases::scalar(const QString &statement)
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestPollerLeases::startPoller(QProcess &process)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(LEITSTAND_POLLER),
        {u"--database"_s, m_url, u"--lease"_s, QLatin1StringView(lease), u"--status-interval"_s, u"3600"_s});
    QVERIFY(process.waitForStarted());
}

void TestPollerLeases::pollersShareAndTakeOver()
{
    QProcess first;
    QProcess second;
    startPoller(first);
    startPoller(second);

    // Both run and hold half of the endpoints each.
    const QString balanced = u"SELECT COUNT(*) FROM (SELECT poller FROM endpoint_leases GROUP BY poller "
                             "HAVING COUNT(*) = %1) AS shares"_s.arg(endpointCount / 2);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(balanced), 2, 60'000);
    const qint64 sharedFrom = m_clock.elapsed();

    // Over three intervals, every endpoint is checked, and never twice in one interval: two pollers
    // checking the same endpoint would check it at the same phase, moments apart.
    QTest::qWait(int(3 * intervalMs));
    const qint64 sharedUntil = m_clock.elapsed();
    for (const auto &listener : m_listeners) {
        QList<qint64> checks;
        for (const qint64 t : listener->connectedAt()) {
            if (t >= sharedFrom && t <= sharedUntil)
                checks.append(t);
        }
        QVERIFY2(
            checks.size() >= 2, qPrintable(u"port %1: %2 checks"_s.arg(listener->serverPort()).arg(checks.size())));
        for (qsizetype i = 1; i < checks.size(); ++i) {
            QVERIFY2(checks[i] - checks[i - 1] >= intervalMs / 4,
                qPrintable(u"port %1 checked twice within %2 ms"_s.arg(listener->serverPort())
                        .arg(checks[i] - checks[i - 1])));
        }
    }

    // kill -9 on the first: its endpoints move to the second within two intervals.
    const qint64 firstPid = first.processId();
    const QString survivor = u"(SELECT id FROM pollers WHERE pid <> %1)"_s.arg(firstPid);
    first.kill();
    QVERIFY(first.waitForFinished(10'000));
    const qint64 killedAt = m_clock.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM endpoint_leases WHERE poller = %1"_s.arg(survivor)),
        qint64(endpointCount), 60'000);
    const qint64 movedAfter = m_clock.elapsed() - killedAt;
    QVERIFY2(movedAfter <= 2 * intervalMs, qPrintable(u"the endpoints moved after %1 ms"_s.arg(movedAfter)));
    // And they are checked again: every endpoint by the second poller.
    for (const auto &listener : m_listeners) {
        QTRY_VERIFY_WITH_TIMEOUT(listener->connectedAt().constLast() > killedAt + movedAfter, 60'000);
    }

    // An orderly stop gives the leases up at once.
    second.terminate();
    QVERIFY(second.waitForFinished(10'000));
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM endpoint_leases"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM pollers WHERE pid = %1"_s.arg(second.processId())), 0);
}

void TestPollerLeases::databaseRestartLosesNoResult()
{
    // Checks of the pollers before are then in earlier seconds than `from`, and no check falls
    // between `from` and `clockFrom`.
    QTest::qWait(1100);
    const qint64 clockFrom = m_clock.elapsed();
    const qint64 from = QDateTime::currentSecsSinceEpoch();
    QProcess poller;
    startPoller(poller);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM endpoint_leases"_s), qint64(endpointCount), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM samples WHERE t >= %1"_s.arg(from)) > 0, 60'000);

    // The server goes away for two intervals; the poller goes on checking.
    const auto pgctl = [](const QStringList &arguments) {
        QProcess process;
        process.start(qEnvironmentVariable("LEITSTAND_TEST_PGCTL"), arguments);
        return process.waitForFinished(120'000) && process.exitCode() == 0;
    };
    // Committed results must survive the stop; the test cluster does not wait for the disk.
    {
        QSqlQuery checkpoint(m_database->connection());
        QVERIFY(checkpoint.exec(u"CHECKPOINT"_s));
    }
    m_database->closeConnection();
    QVERIFY(pgctl({u"stop"_s, u"-m"_s, u"immediate"_s}));
    const qint64 downFrom = QDateTime::currentSecsSinceEpoch();
    QTest::qWait(int(2 * intervalMs));
    const qint64 downUntil = QDateTime::currentSecsSinceEpoch();
    QVERIFY(pgctl({u"start"_s}));

    // Once it is back, the results of the outage are stored, none dropped.
    QString log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += QString::fromUtf8(poller.readAllStandardOutput())).contains(u"database reachable again"_s), 60'000);
    QVERIFY2(!log.contains(u"dropped"_s), qPrintable(log));
    QVERIFY(scalar(u"SELECT COUNT(*) FROM samples WHERE t > %1 AND t < %2"_s.arg(downFrom).arg(downUntil))
        >= endpointCount);

    // Every check the listeners saw since the start is a stored result.
    poller.terminate();
    QVERIFY(poller.waitForFinished(10'000));
    QCOMPARE(poller.exitCode(), 0);
    qsizetype checks = 0;
    for (const auto &listener : m_listeners)
        checks += std::ranges::count_if(listener->connectedAt(), [&](qint64 t) { return t >= clockFrom; });
    const qint64 stored = scalar(u"SELECT COUNT(*) FROM samples WHERE t >= %1"_s.arg(from));
    QVERIFY2(stored == checks, qPrintable(u"%1 checks, %2 stored"_s.arg(checks).arg(stored)));
}

QTEST_GUILESS_MAIN(TestPollerLeases)
#include "tst_pollerleases.moc"
