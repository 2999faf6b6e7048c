// The overview's tree model: structure changes with exact row signals, live updates batched into
// few dataChanged() signals, and everything under QAbstractItemModelTester.

#include "itemmodels/endpointtext.h"
#include "itemmodels/endpointtreemodel.h"
#include "itemmodeltesthelpers.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

namespace {

using Model = EndpointTreeModel;

struct RowSignal
{
    QModelIndex parent;
    int first;
    int last;
};

RowSignal rowSignal(const QSignalSpy &spy, int i)
{
    const QList<QVariant> &arguments = spy.at(i);
    return {arguments.at(0).value<QModelIndex>(), arguments.at(1).toInt(), arguments.at(2).toInt()};
}

} // namespace

class TestEndpointTreeModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex serviceIndex(const QString &name, int column = 0) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, Model::Name).data().toString() == name)
                return m_model->index(row, column);
        }
        return {};
    }

    QVariant cell(qint64 id, Model::Column column, int role = Qt::DisplayRole) const
    {
        return m_model->indexOfEndpoint(id, column).data(role);
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_model = std::make_unique<Model>();
        m_model->setUpdateInterval(60'000); // the tests flush by hand unless they test the timer
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setEndpoints(fleet());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        QLocale::setDefault(QLocale::c());
    }

    void servicesAndEndpointsAreSortedByName()
    {
        QCOMPARE(visibleServices(*m_model), (QStringList {u"Auth"_s, u"Mail"_s, u"Shop"_s}));
        // Numeric order: web-2 before web-10.
        QCOMPARE(visibleEndpointIds(*m_model), (QList<qint64> {5, 3, 4, 1, 2}));
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(m_model->endpointCount(), 5);

        const QModelIndex shop = serviceIndex(u"Shop"_s);
        QVERIFY(shop.data(Model::IsServiceRole).toBool());
        QCOMPARE(shop.data(Model::EndpointIdRole).toLongLong(), 0);
        QCOMPARE(m_model->rowCount(shop), 3);
        QCOMPARE(m_model->rowCount(m_model->index(shop.row(), Model::Target)), 0); // children in column 0 only

        const QModelIndex web10 = m_model->indexOfEndpoint(2, Model::Target);
        QCOMPARE(web10.parent(), shop);
        QCOMPARE(web10.row(), 2);
        QCOMPARE(web10.column(), int(Model::Target));
        QCOMPARE(web10.data().toString(), u"https://web-10.example/"_s);
        QCOMPARE(web10.data(Model::ServiceRole).toString(), u"Shop"_s);
        QVERIFY(!web10.data(Model::IsServiceRole).toBool());
        QVERIFY(m_model->flags(web10).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!m_model->indexOfEndpoint(99).isValid());
        QVERIFY(!m_model->indexOfEndpoint(2, Model::ColumnCount).isValid());
        QCOMPARE(m_model->endpoint(3)->target, u"mail.example:25"_s);
        QVERIFY(!m_model->endpoint(99));
    }

    void headersAreTranslatedTexts()
    {
        QCOMPARE(m_model->headerData(Model::State, Qt::Horizontal).toString(), Model::tr("State"));
        QCOMPARE(m_model->headerData(Model::Uptime24h, Qt::Horizontal).toString(), Model::tr("Uptime 24 h"));
        QVERIFY(!m_model->headerData(Model::Heartbeat, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
        QVERIFY(!m_model->headerData(Model::ColumnCount, Qt::Horizontal).isValid());
    }

    void displayTextsOfAnEndpoint()
    {
        m_model->applyResult(result(1, EndpointState::Up, 1234), EndpointState::Up);
        m_model->setUptime(1, 0.99955, 0.5);
        m_model->flushPendingUpdates();

        QCOMPARE(cell(1, Model::State).toString(), endpointStateDisplayName(EndpointState::Up));
        QCOMPARE(cell(1, Model::Name).toString(), u"web-2"_s);
        QCOMPARE(cell(1, Model::Latency).toString(), u"1,234 ms"_s);
        // Rounded down: 99.955 % is not yet 99.96 %.
        QCOMPARE(cell(1, Model::Uptime24h).toString(), u"99.95 %"_s);
        QCOMPARE(cell(1, Model::Uptime30d).toString(), u"50.00 %"_s);
        QCOMPARE(
            cell(1, Model::LastCheck).toString(), QLocale().toString(baseTime().toLocalTime(), QLocale::ShortFormat));
        QVERIFY(!cell(1, Model::Heartbeat).isValid());
        QCOMPARE(
            cell(1, Model::Latency, Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);

        // Nothing known yet: empty texts, no sort values.
        QCOMPARE(cell(2, Model::State).toString(), endpointStateDisplayName(EndpointState::Unknown));
        QCOMPARE(cell(2, Model::Latency).toString(), QString());
        QCOMPARE(cell(2, Model::Uptime24h).toString(), QString());
        QCOMPARE(cell(2, Model::LastCheck).toString(), QString());
        QVERIFY(!cell(2, Model::Latency, Model::SortRole).isValid());
        QVERIFY(!cell(2, Model::LastCheck, Model::SortRole).isValid());
    }

    void displayTextsFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_model->applyResult(result(1, EndpointState::Up, 1234), EndpointState::Up);
        m_model->setUptime(1, 0.9995, std::nullopt);
        m_model->flushPendingUpdates();
        QCOMPARE(cell(1, Model::Latency).toString(), u"1.234 ms"_s);
        QCOMPARE(cell(1, Model::Uptime24h).toString(), u"99,95 %"_s);
        QCOMPARE(cell(1, Model::LastCheck).toString(),
            QLocale(QLocale::German, QLocale::Germany).toString(baseTime().toLocalTime(), QLocale::ShortFormat));
    }

    void sortValuesAreRawNumbers()
    {
        m_model->applyResult(
            result(1, EndpointState::Degraded, 900, 5, CheckError::SlowResponse), EndpointState::Degraded);
        m_model->setUptime(1, 0.25, 0.75);
        m_model->flushPendingUpdates();
        QCOMPARE(cell(1, Model::State, Model::SortRole), QVariant(endpointStateSeverity(EndpointState::Degraded)));
        QCOMPARE(cell(1, Model::Latency, Model::SortRole), QVariant(900));
        QCOMPARE(cell(1, Model::Uptime24h, Model::SortRole), QVariant(0.25));
        QCOMPARE(cell(1, Model::Uptime30d, Model::SortRole), QVariant(0.75));
        QCOMPARE(cell(1, Model::LastCheck, Model::SortRole), QVariant(baseTime().addSecs(5).toMSecsSinceEpoch()));
        QCOMPARE(cell(1, Model::Heartbeat, Model::SortRole), QVariant(0));
        QCOMPARE(cell(1, Model::Name, Model::SortRole), QVariant(u"web-2"_s));
        QCOMPARE(cell(1, Model::State, Model::StateRole).toInt(), int(EndpointState::Degraded));
        QCOMPARE(cell(1, Model::State, Model::ErrorRole).toInt(), int(CheckError::SlowResponse));
    }

    void severityOrder()
    {
        const QList<EndpointState> order {EndpointState::Paused, EndpointState::Up, EndpointState::Maintenance,
            EndpointState::Unknown, EndpointState::Degraded, EndpointState::Down};
        for (qsizetype i = 1; i < order.size(); ++i)
            QVERIFY(endpointStateSeverity(order.at(i - 1)) < endpointStateSeverity(order.at(i)));
    }

    void toolTipsExplainTheState()
    {
        m_model->applyResult(
            result(3, EndpointState::Down, 10'000, 0, CheckError::Timeout, u"after 10 s"_s), EndpointState::Down);
        StateTransition transition;
        transition.endpointId = 3;
        transition.from = EndpointState::Up;
        transition.to = EndpointState::Down;
        transition.at = baseTime().addSecs(-60);
        m_model->applyTransition(transition);
        m_model->flushPendingUpdates();

        const QString toolTip = cell(3, Model::Name, Qt::ToolTipRole).toString();
        QCOMPARE(toolTip,
            EndpointText::stateToolTip(EndpointState::Down, transition.at, CheckError::Timeout, u"after 10 s"_s));
        QVERIFY(toolTip.contains(endpointStateDisplayName(EndpointState::Down)));
        QVERIFY(toolTip.contains(checkErrorMessage(CheckError::Timeout)));
        QVERIFY(toolTip.contains(u"after 10 s"_s));
        QVERIFY(toolTip.contains(EndpointText::time(transition.at)));
        QCOMPARE(cell(3, Model::State, Model::ErrorTextRole).toString(),
            EndpointText::errorText(CheckError::Timeout, u"after 10 s"_s));
        QCOMPARE(
            cell(3, Model::State, Qt::AccessibleTextRole).toString(), endpointStateDisplayName(EndpointState::Down));
        // A failure's latency is just the time it took to fail.
        QCOMPARE(cell(3, Model::Latency).toString(), QString());

        const QModelIndex mail = serviceIndex(u"Mail"_s);
        QCOMPARE(mail.data(Model::StateRole).toInt(), int(EndpointState::Down));
        QCOMPARE(m_model->index(mail.row(), Model::Target).data().toString(), EndpointText::serviceSummary(1, 1, 0));
    }

    void serviceRowsSummariseTheirEndpoints()
    {
        const QModelIndex shop = serviceIndex(u"Shop"_s);
        QCOMPARE(shop.data().toString(), endpointStateDisplayName(EndpointState::Unknown));
        m_model->applyResult(result(1, EndpointState::Up, 10), EndpointState::Up);
        m_model->applyResult(result(2, EndpointState::Up, 10), EndpointState::Up);
        m_model->applyResult(result(4, EndpointState::Up, 10), EndpointState::Up);
        m_model->flushPendingUpdates();
        QCOMPARE(shop.data(Model::StateRole).toInt(), int(EndpointState::Up));

        m_model->applyResult(result(2, EndpointState::Degraded, 900), EndpointState::Degraded);
        m_model->applyResult(result(4, EndpointState::Down, 10), EndpointState::Down);
        m_model->flushPendingUpdates();
        QCOMPARE(shop.data().toString(), endpointStateDisplayName(EndpointState::Down));
        QCOMPARE(shop.data(Model::SortRole).toInt(), endpointStateSeverity(EndpointState::Down));
        const QModelIndex summary = m_model->index(shop.row(), Model::Target);
        QCOMPARE(summary.data().toString(), EndpointText::serviceSummary(3, 1, 1));
        // The English plural forms come from the catalogue, which this test does not load.
        QVERIFY(summary.data().toString().startsWith(EndpointText::serviceSummary(3, 0, 0)));
        QCOMPARE(m_model->index(shop.row(), Model::Name).data(Model::SortRole).toString(), u"Shop"_s);
        QCOMPARE(m_model->index(shop.row(), Model::Latency).data().toString(), QString());
    }

    void insertIntoAnExistingService()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->upsertEndpoint(endpoint(6, u"Shop"_s, u"cdn"_s));
        QCOMPARE(inserted.count(), 1);
        const RowSignal signal = rowSignal(inserted, 0);
        QCOMPARE(signal.parent, serviceIndex(u"Shop"_s));
        QCOMPARE(signal.first, 1); // api, cdn, web-2, web-10
        QCOMPARE(signal.last, 1);
        QCOMPARE(visibleEndpointIds(*m_model), (QList<qint64> {5, 3, 4, 6, 1, 2}));
        QCOMPARE(m_model->indexOfEndpoint(2).row(), 3);
        QCOMPARE(m_model->countInState(EndpointState::Unknown), 6);
    }

    void insertCreatesAService()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->upsertEndpoint(endpoint(6, u"DNS"_s, u"ns1"_s));
        QCOMPARE(inserted.count(), 1);
        const RowSignal signal = rowSignal(inserted, 0);
        QVERIFY(!signal.parent.isValid());
        QCOMPARE(signal.first, 1); // Auth, DNS, Mail, Shop
        QCOMPARE(signal.last, 1);
        QCOMPARE(visibleServices(*m_model), (QStringList {u"Auth"_s, u"DNS"_s, u"Mail"_s, u"Shop"_s}));
        QCOMPARE(m_model->indexOfEndpoint(6).parent().row(), 1);
        QCOMPARE(m_model->indexOfEndpoint(1).parent().row(), 3);
    }

    void removeAnEndpoint()
    {
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex web10(m_model->indexOfEndpoint(2));
        m_model->removeEndpoint(4); // api, row 0 of Shop
        QCOMPARE(removed.count(), 1);
        const RowSignal signal = rowSignal(removed, 0);
        QCOMPARE(signal.parent, serviceIndex(u"Shop"_s));
        QCOMPARE(signal.first, 0);
        QCOMPARE(signal.last, 0);
        QVERIFY(!m_model->indexOfEndpoint(4).isValid());
        QVERIFY(web10.isValid());
        QCOMPARE(web10.row(), 1);
        QCOMPARE(web10.data(Model::EndpointIdRole).toLongLong(), 2);
        m_model->removeEndpoint(4); // gone already: nothing happens
        QCOMPARE(removed.count(), 1);
    }

    void removingTheLastEndpointRemovesItsService()
    {
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex login(m_model->indexOfEndpoint(5));
        const QPersistentModelIndex shop(serviceIndex(u"Shop"_s));
        m_model->removeEndpoint(5);
        QCOMPARE(removed.count(), 1);
        const RowSignal signal = rowSignal(removed, 0);
        QVERIFY(!signal.parent.isValid());
        QCOMPARE(signal.first, 0);
        QCOMPARE(signal.last, 0);
        QVERIFY(!login.isValid());
        QCOMPARE(shop.row(), 1);
        QCOMPARE(visibleServices(*m_model), (QStringList {u"Mail"_s, u"Shop"_s}));
    }

    void movingToAnotherServiceIsRemovalAndInsertion()
    {
        m_model->applyResult(result(1, EndpointState::Down, 10), EndpointState::Down);
        m_model->flushPendingUpdates();
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex web10(m_model->indexOfEndpoint(2));

        Endpoint moved = endpoint(1, u"Mail"_s, u"webmail"_s);
        m_model->upsertEndpoint(moved);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(rowSignal(removed, 0).parent, serviceIndex(u"Shop"_s));
        QCOMPARE(rowSignal(removed, 0).first, 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(rowSignal(inserted, 0).parent, serviceIndex(u"Mail"_s));
        QCOMPARE(rowSignal(inserted, 0).first, 1); // smtp, webmail
        QCOMPARE(web10.row(), 1);
        QCOMPARE(web10.data(Model::EndpointIdRole).toLongLong(), 2);

        // Its live data moved with it, and both services' summaries follow.
        QCOMPARE(cell(1, Model::State, Model::StateRole).toInt(), int(EndpointState::Down));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->flushPendingUpdates();
        QCOMPARE(serviceIndex(u"Mail"_s).data(Model::StateRole).toInt(), int(EndpointState::Down));
        QCOMPARE(serviceIndex(u"Shop"_s).data(Model::StateRole).toInt(), int(EndpointState::Unknown));
        QVERIFY(changed.count() >= 1);

        // Into a service of its own, leaving an empty one behind: the old service goes.
        removed.clear();
        inserted.clear();
        m_model->upsertEndpoint(endpoint(5, u"Identity"_s, u"login"_s));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!rowSignal(removed, 0).parent.isValid());
        QCOMPARE(rowSignal(removed, 0).first, 0); // Auth
        QCOMPARE(inserted.count(), 1);
        QVERIFY(!rowSignal(inserted, 0).parent.isValid());
        QCOMPARE(rowSignal(inserted, 0).first, 0); // Identity, Mail, Shop
        QCOMPARE(visibleServices(*m_model), (QStringList {u"Identity"_s, u"Mail"_s, u"Shop"_s}));
    }

    void renamingMovesTheRowAndKeepsSelection()
    {
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex api(m_model->indexOfEndpoint(4));
        m_model->upsertEndpoint(endpoint(4, u"Shop"_s, u"zeta"_s));
        QCOMPARE(removed.count(), 0);
        QCOMPARE(moved.count(), 1);
        QVERIFY(api.isValid());
        QCOMPARE(api.row(), 2);
        QCOMPARE(api.data(Model::EndpointIdRole).toLongLong(), 4);
        QCOMPARE(visibleEndpointIds(*m_model), (QList<qint64> {5, 3, 1, 2, 4}));

        // A change that keeps the place changes the data only.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Endpoint retargeted = endpoint(4, u"Shop"_s, u"zeta"_s, u"https://other.example/"_s);
        m_model->upsertEndpoint(retargeted);
        QCOMPARE(moved.count(), 1);
        m_model->flushPendingUpdates();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(4, Model::Target).toString(), u"https://other.example/"_s);
    }

    void resetKeepsLiveDataOfRemainingEndpoints()
    {
        m_model->applyResult(result(3, EndpointState::Down, 10, 0, CheckError::ConnectionRefused), EndpointState::Down);
        m_model->setUptime(3, 0.9, 0.8);
        m_model->applyResult(result(1, EndpointState::Up, 10), EndpointState::Up);
        m_model->flushPendingUpdates();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy counts(m_model.get(), &Model::countsChanged);

        m_model->setEndpoints({endpoint(3, u"Mail"_s, u"smtp"_s), endpoint(7, u"Mail"_s, u"imap"_s)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(visibleEndpointIds(*m_model), (QList<qint64> {7, 3}));
        QCOMPARE(cell(3, Model::State, Model::StateRole).toInt(), int(EndpointState::Down));
        QCOMPARE(cell(3, Model::State, Model::ErrorRole).toInt(), int(CheckError::ConnectionRefused));
        QCOMPARE(cell(3, Model::Uptime24h, Model::SortRole), QVariant(0.9));
        QCOMPARE(cell(3, Model::Heartbeat, Model::HeartbeatRole).value<QList<Leitstand::Heartbeat>>().size(), 1);
        QCOMPARE(cell(7, Model::State, Model::StateRole).toInt(), int(EndpointState::Unknown));
        QCOMPARE(m_model->countInState(EndpointState::Down), 1);
        QCOMPARE(m_model->countInState(EndpointState::Up), 0);
        QCOMPARE(m_model->countInState(EndpointState::Unknown), 1);
        QCOMPARE(counts.count(), 1);

        // A removed and re-added endpoint starts afresh.
        m_model->setEndpoints(fleet());
        QCOMPARE(cell(1, Model::State, Model::StateRole).toInt(), int(EndpointState::Unknown));
        QVERIFY(cell(1, Model::Heartbeat, Model::HeartbeatRole).value<QList<Leitstand::Heartbeat>>().isEmpty());
    }

    void syncChangesOnlyWhatChanged()
    {
        m_model->applyResult(result(2, EndpointState::Down, 10), EndpointState::Down);
        m_model->flushPendingUpdates();
        const QPersistentModelIndex web10(m_model->indexOfEndpoint(2));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // The same list again: nothing at all.
        m_model->syncEndpoints(fleet());
        m_model->flushPendingUpdates();
        QCOMPARE(reset.count() + inserted.count() + removed.count() + changed.count(), 0);

        // Auth goes, Mail gets an endpoint, smtp a new target.
        QList<Endpoint> endpoints = fleet();
        endpoints.removeAt(4);
        endpoints[2].target = u"mail.example:587"_s;
        endpoints.append(endpoint(8, u"Mail"_s, u"imap"_s));
        m_model->syncEndpoints(endpoints);
        m_model->flushPendingUpdates();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!rowSignal(removed, 0).parent.isValid());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(rowSignal(inserted, 0).parent, serviceIndex(u"Mail"_s));
        QCOMPARE(rowSignal(inserted, 0).first, 0); // imap, smtp
        QCOMPARE(cell(3, Model::Target).toString(), u"mail.example:587"_s);
        QCOMPARE(visibleEndpointIds(*m_model), (QList<qint64> {8, 3, 4, 1, 2}));
        QVERIFY(web10.isValid());
        QCOMPARE(web10.data(Model::StateRole).toInt(), int(EndpointState::Down));
        QCOMPARE(m_model->countInState(EndpointState::Unknown), 4);
    }

    void pausedEndpointsShowPaused()
    {
        Endpoint paused = endpoint(1, u"Shop"_s, u"web-2"_s);
        paused.paused = true;
        m_model->upsertEndpoint(paused);
        m_model->flushPendingUpdates();
        QCOMPARE(cell(1, Model::State, Model::StateRole).toInt(), int(EndpointState::Paused));
        QCOMPARE(m_model->countInState(EndpointState::Paused), 1);
        QCOMPARE(m_model->countInState(EndpointState::Unknown), 4);

        // Stored states do not unpause it.
        EndpointStatus status;
        status.endpointId = 1;
        status.state = EndpointState::Up;
        status.lastResultAt = baseTime();
        m_model->setStatuses({status});
        QCOMPARE(cell(1, Model::State, Model::StateRole).toInt(), int(EndpointState::Paused));

        paused.paused = false;
        m_model->upsertEndpoint(paused);
        QCOMPARE(cell(1, Model::State, Model::StateRole).toInt(), int(EndpointState::Unknown));

        Endpoint newPaused = endpoint(9, u"Shop"_s, u"old"_s);
        newPaused.paused = true;
        m_model->upsertEndpoint(newPaused);
        QCOMPARE(cell(9, Model::State, Model::StateRole).toInt(), int(EndpointState::Paused));
        m_model->setEndpoints({newPaused});
        QCOMPARE(cell(9, Model::State, Model::StateRole).toInt(), int(EndpointState::Paused));
    }

    void statusesFromTheDatabase()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        EndpointStatus down;
        down.endpointId = 3;
        down.state = EndpointState::Down;
        down.since = baseTime().addSecs(-600);
        down.lastResultAt = baseTime();
        down.error = CheckError::Timeout;
        down.lastError = CheckError::Timeout;
        down.lastErrorAt = baseTime();
        down.lastErrorDetail = u"no answer"_s;
        EndpointStatus recovered;
        recovered.endpointId = 1;
        recovered.state = EndpointState::Up;
        recovered.lastResultAt = baseTime();
        recovered.lastError = CheckError::HttpStatus;
        recovered.lastErrorAt = baseTime().addSecs(-60);
        recovered.lastErrorDetail = u"HTTP 500"_s;
        EndpointStatus unknownEndpoint;
        unknownEndpoint.endpointId = 42;
        m_model->setStatuses({down, recovered, unknownEndpoint});

        QVERIFY(changed.count() > 0); // at once: they are the first thing the window shows
        QCOMPARE(cell(3, Model::State, Model::StateRole).toInt(), int(EndpointState::Down));
        QCOMPARE(cell(3, Model::State, Model::ErrorTextRole).toString(),
            EndpointText::errorText(CheckError::Timeout, u"no answer"_s));
        QVERIFY(cell(3, Model::State, Qt::ToolTipRole).toString().contains(EndpointText::time(down.since)));
        QCOMPARE(cell(1, Model::State, Model::StateRole).toInt(), int(EndpointState::Up));
        QCOMPARE(cell(1, Model::State, Model::ErrorTextRole).toString(), QString()); // an old error is not news
        QCOMPARE(cell(1, Model::LastCheck, Model::SortRole), QVariant(baseTime().toMSecsSinceEpoch()));
        QCOMPARE(m_model->countInState(EndpointState::Down), 1);
        QCOMPARE(m_model->countInState(EndpointState::Up), 1);
    }

    // Stored results fill the strip of a freshly opened console; live results already shown stay
    // at its end, and stored ones that are not older than them are left out.
    void storedHeartbeatsGoBeforeLiveOnes()
    {
        m_model->applyResult(result(1, EndpointState::Up, 80, 0), EndpointState::Up);
        QList<Sample> stored; // newest first
        for (int i = 0; i < 40; ++i) {
            const qint64 timeMs = baseTime().addSecs(-60 * i).toMSecsSinceEpoch();
            const CheckError error = i == 3 ? CheckError::Timeout : i == 5 ? CheckError::SlowResponse : CheckError::Ok;
            stored.append(Sample {.endpointId = 1,
                .timeMs = timeMs,
                .latencyMs = 100 + i,
                .state = EndpointState::Up,
                .error = error,
                .detail = {}});
        }
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setStoredHeartbeats({EndpointSamples {.endpointId = 1, .samples = stored},
            EndpointSamples {.endpointId = 4711, .samples = stored}});
        m_model->flushPendingUpdates();
        QVERIFY(std::ranges::any_of(changed, [](const QList<QVariant> &arguments) {
            const auto first = arguments.at(0).toModelIndex();
            const auto last = arguments.at(1).toModelIndex();
            return first.column() <= Model::Heartbeat && last.column() >= Model::Heartbeat;
        }));
        const auto strip = cell(1, Model::Heartbeat, Model::HeartbeatRole).value<QList<Heartbeat>>();
        QCOMPARE(strip.size(), HeartbeatHistory::capacity);
        // The live one (at baseTime, latency 80) is last; the stored one at the same time is gone.
        QCOMPARE(strip.constLast().latencyMs, 80);
        QCOMPARE(strip.at(strip.size() - 2).time, baseTime().addSecs(-60));
        QVERIFY(std::ranges::is_sorted(strip, {}, &Heartbeat::time));
        // The check's own outcome follows from the stored error.
        const auto at = [&](int minutesAgo) {
            return *std::ranges::find(strip, baseTime().addSecs(-60 * minutesAgo), &Heartbeat::time);
        };
        QCOMPARE(at(3).state, EndpointState::Down);
        QCOMPARE(at(5).state, EndpointState::Degraded);
        QCOMPARE(at(4).state, EndpointState::Up);
    }

    void resultsAreBatched()
    {
        // Ten endpoints next to each other in one service.
        QList<Endpoint> endpoints;
        for (int i = 0; i < 10; ++i)
            endpoints.append(endpoint(100 + i, u"Batch"_s, u"node-%1"_s.arg(i)));
        m_model->setEndpoints(endpoints);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy counts(m_model.get(), &Model::countsChanged);

        for (int i = 0; i < 1000; ++i)
            m_model->applyResult(result(100 + (i % 10), EndpointState::Up, i, i), EndpointState::Up);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(counts.count(), 0);
        QCOMPARE(m_model->countInState(EndpointState::Up), 10); // counts are current at once

        m_model->flushPendingUpdates();
        QCOMPARE(changed.count(), 2);
        const QModelIndex batch = serviceIndex(u"Batch"_s);
        // All ten rows in one signal, over every column a new state touches.
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(0, Model::State, batch));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(9, Model::Heartbeat, batch));
        // Then the service row, whose worst state went from Unknown to Up.
        QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), m_model->index(0, Model::State));
        QCOMPARE(changed.at(1).at(1).value<QModelIndex>(), m_model->index(0, Model::Target));
        QCOMPARE(counts.count(), 1);

        QCOMPARE(cell(109, Model::Latency, Model::SortRole), QVariant(999));
        const auto heartbeats = cell(100, Model::Heartbeat, Model::HeartbeatRole).value<QList<Leitstand::Heartbeat>>();
        QCOMPARE(heartbeats.size(), HeartbeatHistory::capacity);
        QCOMPARE(heartbeats.last().latencyMs, 990);

        changed.clear();
        m_model->flushPendingUpdates(); // nothing pending
        QCOMPARE(changed.count(), 0);
    }

    void changedRowsAreGroupedIntoRuns()
    {
        QList<Endpoint> endpoints;
        for (int i = 0; i < 8; ++i)
            endpoints.append(endpoint(100 + i, u"A"_s, u"node-%1"_s.arg(i)));
        endpoints.append(endpoint(200, u"B"_s, u"node"_s));
        m_model->setEndpoints(endpoints);
        for (const Endpoint &e : std::as_const(endpoints))
            m_model->applyResult(result(e.id, EndpointState::Up, 10), EndpointState::Up);
        m_model->flushPendingUpdates();

        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        // Rows 0-2 and 5 of A, row 0 of B; same state and error, so no state columns.
        for (const qint64 id : {102, 100, 101, 105, 200, 101})
            m_model->applyResult(result(id, EndpointState::Up, 20, 5), EndpointState::Up);
        m_model->flushPendingUpdates();

        const QModelIndex a = m_model->index(0, 0);
        const QModelIndex b = m_model->index(1, 0);
        QCOMPARE(changed.count(), 3);
        const auto range = [&](int i) {
            const auto topLeft = changed.at(i).at(0).value<QModelIndex>();
            const auto bottomRight = changed.at(i).at(1).value<QModelIndex>();
            return std::tuple(
                topLeft.parent(), topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column());
        };
        QCOMPARE(range(0), std::tuple(a, 0, 2, int(Model::Latency), int(Model::Heartbeat)));
        QCOMPARE(range(1), std::tuple(a, 5, 5, int(Model::Latency), int(Model::Heartbeat)));
        QCOMPARE(range(2), std::tuple(b, 0, 0, int(Model::Latency), int(Model::Heartbeat)));

        // Uptime alone touches its own columns.
        changed.clear();
        m_model->setUptime(103, 0.5, std::nullopt);
        m_model->setUptime(104, std::nullopt, std::nullopt); // unchanged: nothing to announce
        m_model->flushPendingUpdates();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(range(0), std::tuple(a, 3, 3, int(Model::Uptime24h), int(Model::Uptime24h)));
    }

    void timerFlushesOnItsOwn()
    {
        m_model->setUpdateInterval(10);
        QCOMPARE(m_model->updateInterval(), 10);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 100; ++i)
            m_model->applyResult(result(5, EndpointState::Up, i, i), EndpointState::Up);
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE(changed.count(), 2); // the endpoint and its service, Auth
        QTest::qWait(30);
        QCOMPARE(changed.count(), 2);
    }

    void pendingUpdatesOfRemovedEndpointsAreDropped()
    {
        m_model->applyResult(result(1, EndpointState::Up, 10), EndpointState::Up);
        m_model->applyResult(result(5, EndpointState::Up, 10), EndpointState::Up);
        m_model->removeEndpoint(1);
        m_model->removeEndpoint(5); // takes Auth with it
        m_model->upsertEndpoint(endpoint(1, u"Shop"_s, u"web-2"_s)); // back, afresh
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->flushPendingUpdates();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(cell(1, Model::State, Model::StateRole).toInt(), int(EndpointState::Unknown));
    }

    void unknownEndpointsAreIgnored()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->applyResult(result(99, EndpointState::Down, 10), EndpointState::Down);
        StateTransition transition;
        transition.endpointId = 99;
        transition.to = EndpointState::Down;
        m_model->applyTransition(transition);
        m_model->setUptime(99, 0.5, 0.5);
        m_model->flushPendingUpdates();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_model->countInState(EndpointState::Down), 0);
    }

    void transitionsWithoutResults()
    {
        QSignalSpy counts(m_model.get(), &Model::countsChanged);
        StateTransition maintenance;
        maintenance.endpointId = 2;
        maintenance.from = EndpointState::Unknown;
        maintenance.to = EndpointState::Maintenance;
        maintenance.at = baseTime();
        m_model->applyTransition(maintenance);
        m_model->flushPendingUpdates();
        QCOMPARE(counts.count(), 1);
        QCOMPARE(m_model->countInState(EndpointState::Maintenance), 1);
        QCOMPARE(cell(2, Model::State).toString(), endpointStateDisplayName(EndpointState::Maintenance));
        // Unknown is worse than maintenance: the service still shows Unknown.
        QCOMPARE(serviceIndex(u"Shop"_s).data(Model::StateRole).toInt(), int(EndpointState::Unknown));
    }

    void heartbeatsKeepTheLastThirty()
    {
        for (int i = 0; i < 35; ++i) {
            const EndpointState state = i % 2 == 0 ? EndpointState::Up : EndpointState::Down;
            m_model->applyResult(
                result(
                    1, state, i, i, state == EndpointState::Up ? CheckError::Ok : CheckError::Timeout, u"#%1"_s.arg(i)),
                EndpointState::Up);
        }
        m_model->flushPendingUpdates();
        const auto heartbeats = cell(1, Model::Heartbeat, Model::HeartbeatRole).value<QList<Leitstand::Heartbeat>>();
        QCOMPARE(heartbeats.size(), 30);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(heartbeats.at(i).detail, u"#%1"_s.arg(i + 5));
            QCOMPARE(heartbeats.at(i).time, baseTime().addSecs(i + 5));
        }
        // The strip shows each result's own outcome, not the confirmed state.
        QCOMPARE(heartbeats.first().state, EndpointState::Down);
        QCOMPARE(heartbeats.first().error, CheckError::Timeout);
        QCOMPARE(cell(1, Model::Heartbeat, Model::SortRole).toInt(), 15);
        QCOMPARE(cell(1, Model::Heartbeat, Qt::AccessibleTextRole).toString(), EndpointText::heartbeatSummary([&] {
            HeartbeatHistory history;
            for (const Leitstand::Heartbeat &heartbeat : heartbeats)
                history.append(heartbeat);
            return history;
        }()));
        const QString toolTip = EndpointText::heartbeatToolTip(heartbeats.first());
        QVERIFY(toolTip.contains(EndpointText::time(heartbeats.first().time)));
        QVERIFY(toolTip.contains(checkErrorMessage(CheckError::Timeout)));
        QVERIFY(toolTip.contains(u"#5"_s));
    }

    void heartbeatHistoryRing()
    {
        HeartbeatHistory history;
        QVERIFY(history.isEmpty());
        QVERIFY(history.toList().isEmpty());
        for (int i = 0; i < 65; ++i)
            history.append(
                {.time = {}, .state = EndpointState::Up, .error = CheckError::Ok, .latencyMs = i, .detail = {}});
        QCOMPARE(history.size(), HeartbeatHistory::capacity);
        QCOMPARE(history.at(0).latencyMs, 35);
        QCOMPARE(history.latest().latencyMs, 64);
        history.clear();
        QVERIFY(history.isEmpty());
    }

    void persistentIndexesSurviveLiveUpdatesAndInserts()
    {
        const QPersistentModelIndex web10(m_model->indexOfEndpoint(2, Model::Latency));
        const QPersistentModelIndex mail(serviceIndex(u"Mail"_s));
        for (int i = 0; i < 50; ++i)
            m_model->applyResult(result(1 + (i % 5), EndpointState::Up, i, i), EndpointState::Up);
        m_model->flushPendingUpdates();
        m_model->upsertEndpoint(endpoint(10, u"Shop"_s, u"aaa"_s));
        m_model->upsertEndpoint(endpoint(11, u"Billing"_s, u"invoice"_s));
        m_model->removeEndpoint(4);
        QVERIFY(web10.isValid());
        QCOMPARE(web10.data(Model::EndpointIdRole).toLongLong(), 2);
        QCOMPARE(web10.column(), int(Model::Latency));
        QCOMPARE(QModelIndex(web10), m_model->indexOfEndpoint(2, Model::Latency));
        QCOMPARE(mail.data().toString(), endpointStateDisplayName(EndpointState::Up));
        QCOMPARE(m_model->index(mail.row(), Model::Name).data().toString(), u"Mail"_s);
    }

    void staleIndexesAreHarmless()
    {
        const QModelIndex login = m_model->indexOfEndpoint(5);
        m_model->removeEndpoint(5); // its service goes too
        // An index kept against the rules must not reach another service.
        QVERIFY(!login.parent().isValid());
        QVERIFY(!m_model->data(login).isValid());
    }

    void manyEndpointsStayCheap()
    {
        // Not a benchmark: checks that the work of a batch grows with the changed rows, not with
        // the model (the tester is off, it would walk all 10,000 rows on every signal).
        m_tester.reset();
        QList<Endpoint> endpoints;
        endpoints.reserve(10'000);
        for (int i = 0; i < 10'000; ++i)
            endpoints.append(endpoint(i + 1, u"service-%1"_s.arg(i % 100), u"endpoint-%1"_s.arg(i)));
        m_model->setEndpoints(endpoints);
        QCOMPARE(m_model->rowCount(), 100);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 1000; ++i)
            m_model->applyResult(result((i * 7919 % 10'000) + 1, EndpointState::Up, 10, i), EndpointState::Up);
        m_model->flushPendingUpdates();
        QVERIFY(changed.count() <= 1000 + 100);
        QCOMPARE(m_model->countInState(EndpointState::Up), 1000);
        for (int i = 0; i < 10'000; i += 997) {
            const QModelIndex index = m_model->indexOfEndpoint(i + 1);
            QCOMPARE(index.data(Model::EndpointIdRole).toLongLong(), i + 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestEndpointTreeModel)
#include "tst_endpointtreemodel.moc"
