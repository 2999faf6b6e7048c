// The detail pane's failure list under QAbstractItemModelTester: stored failures, live ones on
// top, the row limit, and nothing from other endpoints or from successes.

#include "itemmodels/endpointtext.h"
#include "itemmodels/failurelistmodel.h"
#include "itemmodeltesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

namespace {

Sample storedFailure(qint64 id, int secondsAfterBase, CheckError error)
{
    return Sample {.endpointId = id,
        .timeMs = baseTime().addSecs(secondsAfterBase).toMSecsSinceEpoch(),
        .latencyMs = 5000,
        .state = EndpointState::Down,
        .error = error,
        .detail = {}};
}

} // namespace

class TestFailureListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<FailureListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void storedFailuresOfTheShownEndpointOnly()
    {
        m_model->setEndpoint(1);
        m_model->setStoredFailures(2, {storedFailure(2, -60, CheckError::Timeout)});
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setStoredFailures(
            1, {storedFailure(1, -60, CheckError::Timeout), storedFailure(1, -120, CheckError::SlowResponse)});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(
            m_model->index(0, FailureListModel::Time).data().toString(), EndpointText::time(baseTime().addSecs(-60)));
        QCOMPARE(m_model->index(0, FailureListModel::Error).data().toString(),
            EndpointText::errorText(CheckError::Timeout, {}));
        QCOMPARE(m_model->index(0, 0).data(FailureListModel::StateRole).toInt(), int(EndpointState::Down));
        QCOMPARE(m_model->index(1, 0).data(FailureListModel::StateRole).toInt(), int(EndpointState::Degraded));

        m_model->setEndpoint(2);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void liveFailuresAreInsertedOnTop()
    {
        m_model->setEndpoint(1);
        m_model->setStoredFailures(1, {storedFailure(1, -60, CheckError::Timeout)});
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->addResult(result(1, EndpointState::Up, 30, 0)); // a success: not a failure
        m_model->addResult(result(2, EndpointState::Down, 30, 0, CheckError::ConnectionRefused)); // elsewhere
        QCOMPARE(inserted.size(), 0);
        m_model->addResult(result(1, EndpointState::Down, 30, 10, CheckError::HttpStatus, u"HTTP 503"_s));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->index(0, FailureListModel::Error).data().toString().contains(u"HTTP 503"_s));

        // A stored list that arrives later keeps the live failure that is newer than all of it.
        m_model->setStoredFailures(1, {storedFailure(1, -60, CheckError::Timeout)});
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->index(0, FailureListModel::Error).data().toString().contains(u"HTTP 503"_s));
    }

    void keepsAtMostTheLimit()
    {
        m_model->setEndpoint(1);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < FailureListModel::maximumRows + 5; ++i)
            m_model->addResult(result(1, EndpointState::Down, 30, i, CheckError::Timeout));
        QCOMPARE(m_model->rowCount(), FailureListModel::maximumRows);
        QCOMPARE(removed.size(), 5);
        QCOMPARE(m_model->index(0, 0).data(FailureListModel::TimeRole).toDateTime(),
            baseTime().addSecs(FailureListModel::maximumRows + 4).addMSecs(-30));
    }

    void headersAreNamed()
    {
        for (int column = 0; column < FailureListModel::ColumnCount; ++column)
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }

private:
    std::unique_ptr<FailureListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestFailureListModel)
#include "tst_failurelistmodel.moc"
