// "Check now": one check at a time on a thread of its own, against FaultServer on 127.0.0.1.

#include "monitoring/checks/ondemandchecker.h"
#include "support/faultserver.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using Leitstand::Test::FaultServer;

namespace {

// A port of 127.0.0.1 that nothing listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

Endpoint httpEndpoint(const QUrl &url)
{
    Endpoint endpoint;
    endpoint.id = 42;
    endpoint.service = u"Test"_s;
    endpoint.name = u"web"_s;
    endpoint.kind = CheckKind::Http;
    endpoint.target = url.toString();
    endpoint.timeoutMs = 5000;
    return endpoint;
}

struct Answers
{
    QList<quint64> serials;
    QList<CheckResult> results;
};

} // namespace

class TestOnDemandChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void upAndDown()
    {
        OnDemandChecker checker;
        Answers answers;
        connect(&checker, &OnDemandChecker::finished, this, [&answers](quint64 serial, const CheckResult &result) {
            answers.serials.append(serial);
            answers.results.append(result);
        });

        const quint64 up = checker.start(httpEndpoint(m_server.url(u"/json"_s)));
        QVERIFY(checker.isRunning());
        QTRY_COMPARE(answers.results.size(), 1);
        QVERIFY(!checker.isRunning());
        QCOMPARE(answers.serials.constFirst(), up);
        QCOMPARE(answers.results.constFirst().status, EndpointState::Up);
        QCOMPARE(answers.results.constFirst().endpointId, 42);
        QCOMPARE(answers.results.constFirst().httpStatus, 200);

        Endpoint tcp = httpEndpoint({});
        tcp.kind = CheckKind::Tcp;
        tcp.target = u"127.0.0.1:%1"_s.arg(closedPort());
        const quint64 down = checker.start(tcp);
        QTRY_COMPARE(answers.results.size(), 2);
        QCOMPARE(answers.serials.constLast(), down);
        QCOMPARE(answers.results.constLast().status, EndpointState::Down);
        QCOMPARE(answers.results.constLast().error, CheckError::ConnectionRefused);
    }

    void newerCheckAndCancelDropTheOlder()
    {
        OnDemandChecker checker;
        Answers answers;
        connect(&checker, &OnDemandChecker::finished, this, [&answers](quint64 serial, const CheckResult &result) {
            answers.serials.append(serial);
            answers.results.append(result);
        });

        // /hang never answers: only its timeout would, and the newer check supersedes it.
        checker.start(httpEndpoint(m_server.url(u"/hang"_s)));
        const quint64 newer = checker.start(httpEndpoint(m_server.url(u"/json"_s)));
        QTRY_COMPARE(answers.results.size(), 1);
        QCOMPARE(answers.serials.constFirst(), newer);

        // A cancelled check times out after 200 ms, before /slow answers after 400 ms: had it not
        // been dropped, its result would come first.
        Endpoint hanging = httpEndpoint(m_server.url(u"/hang"_s));
        hanging.timeoutMs = 200;
        checker.start(hanging);
        checker.cancel();
        QVERIFY(!checker.isRunning());
        const quint64 slow = checker.start(httpEndpoint(m_server.url(u"/slow"_s)));
        QTRY_COMPARE(answers.results.size(), 2);
        QCOMPARE(answers.serials.constLast(), slow);
        QCOMPARE(answers.results.constLast().status, EndpointState::Up);
    }

    void destroyingWhileACheckRunsIsQuick()
    {
        QElapsedTimer timer;
        timer.start();
        {
            OnDemandChecker checker;
            checker.start(httpEndpoint(m_server.url(u"/hang"_s)));
            QTest::qWait(50);
        }
        QVERIFY2(timer.elapsed() < 3000, "the destructor must not wait for the check's timeout");
    }

private:
    FaultServer m_server;
};

QTEST_GUILESS_MAIN(TestOnDemandChecker)
#include "tst_ondemandchecker.moc"
