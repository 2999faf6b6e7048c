// The overview's filter and sort proxy: filtering by text, state and service with services kept
// while an endpoint of theirs matches, sorting by raw values, and live updates that re-sort and
// re-filter in place.

#include "itemmodels/endpointfiltermodel.h"
#include "itemmodels/endpointtreemodel.h"
#include "itemmodeltesthelpers.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

namespace {

using Model = EndpointTreeModel;
using Ids = QList<qint64>;
using States = QList<EndpointState>;

} // namespace

class TestEndpointFilterModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Model> m_source;
    std::unique_ptr<EndpointFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QModelIndex proxyIndexOf(qint64 id, int column = 0) const
    {
        return m_proxy->mapFromSource(m_source->indexOfEndpoint(id, column));
    }

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<Model>();
        m_source->setUpdateInterval(60'000);
        m_proxy = std::make_unique<EndpointFilterModel>();
        m_proxy->setSourceModel(m_source.get());
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_source.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        m_source->setEndpoints(fleet());
        m_source->applyResult(result(1, EndpointState::Up, 50), EndpointState::Up);
        m_source->applyResult(
            result(2, EndpointState::Down, 10'000, 0, CheckError::Timeout, u"after 10 s"_s), EndpointState::Down);
        m_source->applyResult(
            result(3, EndpointState::Degraded, 900, 0, CheckError::SlowResponse), EndpointState::Degraded);
        m_source->applyResult(result(4, EndpointState::Up, 20), EndpointState::Up);
        m_source->flushPendingUpdates();
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_sourceTester.reset();
        m_proxy.reset();
        m_source.reset();
    }

    void unfilteredShowsEverything()
    {
        QVERIFY(!m_proxy->isFiltering());
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Auth"_s, u"Mail"_s, u"Shop"_s}));
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {5, 3, 4, 1, 2}));
        QCOMPARE(m_proxy->sortRole(), int(Model::SortRole));
        QVERIFY(m_proxy->dynamicSortFilter());
        QVERIFY(m_proxy->isRecursiveFilteringEnabled());
    }

    void filterByText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Ids>("ids");
        QTest::addColumn<QStringList>("services");

        const QStringList all {u"Auth"_s, u"Mail"_s, u"Shop"_s};
        QTest::newRow("empty") << QString() << Ids {5, 3, 4, 1, 2} << all;
        QTest::newRow("name") << u"web"_s << Ids {1, 2} << QStringList {u"Shop"_s};
        QTest::newRow("case-insensitive") << u"WEB-1"_s << Ids {2} << QStringList {u"Shop"_s};
        QTest::newRow("target") << u":25"_s << Ids {3} << QStringList {u"Mail"_s};
        QTest::newRow("every target") << u"example"_s << Ids {5, 3, 4, 1, 2} << all;
        QTest::newRow("service") << u"shop"_s << Ids {4, 1, 2} << QStringList {u"Shop"_s};
        QTest::newRow("error message") << u"timeout"_s << Ids {2} << QStringList {u"Shop"_s};
        QTest::newRow("error detail") << u"after 10"_s << Ids {2} << QStringList {u"Shop"_s};
        QTest::newRow("nothing") << u"nowhere"_s << Ids {} << QStringList {};
    }

    void filterByText()
    {
        QFETCH(QString, text);
        QFETCH(Ids, ids);
        QFETCH(QStringList, services);
        m_proxy->setFilterText(text);
        QCOMPARE(m_proxy->filterText(), text);
        QCOMPARE(m_proxy->isFiltering(), !text.isEmpty());
        QCOMPARE(visibleEndpointIds(*m_proxy), ids);
        QCOMPARE(visibleServices(*m_proxy), services);
        m_proxy->setFilterText({});
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {5, 3, 4, 1, 2}));
    }

    void filterByState_data()
    {
        QTest::addColumn<States>("states");
        QTest::addColumn<Ids>("ids");

        QTest::newRow("all") << States {} << Ids {5, 3, 4, 1, 2};
        QTest::newRow("down") << States {EndpointState::Down} << Ids {2};
        QTest::newRow("trouble") << States {EndpointState::Down, EndpointState::Degraded} << Ids {3, 2};
        QTest::newRow("unknown") << States {EndpointState::Unknown} << Ids {5};
        QTest::newRow("up") << States {EndpointState::Up} << Ids {4, 1};
        QTest::newRow("paused") << States {EndpointState::Paused} << Ids {};
    }

    void filterByState()
    {
        QFETCH(States, states);
        QFETCH(Ids, ids);
        m_proxy->setStateFilter(states);
        // Given back in a fixed order, whatever the order they came in.
        States sorted = states;
        std::ranges::sort(sorted);
        QCOMPARE(m_proxy->stateFilter(), sorted);
        QCOMPARE(visibleEndpointIds(*m_proxy), ids);
    }

    void filterByService_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<Ids>("ids");

        QTest::newRow("all") << QString() << Ids {5, 3, 4, 1, 2};
        QTest::newRow("shop") << u"Shop"_s << Ids {4, 1, 2};
        QTest::newRow("mail") << u"Mail"_s << Ids {3};
        QTest::newRow("exact name only") << u"Sho"_s << Ids {};
        QTest::newRow("unknown service") << u"Nope"_s << Ids {};
    }

    void filterByService()
    {
        QFETCH(QString, service);
        QFETCH(Ids, ids);
        m_proxy->setServiceFilter(service);
        QCOMPARE(m_proxy->serviceFilter(), service);
        QCOMPARE(visibleEndpointIds(*m_proxy), ids);
    }

    void criteriaCombine()
    {
        m_proxy->setFilterText(u"web"_s);
        m_proxy->setStateFilter({EndpointState::Down});
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {2}));
        m_proxy->setServiceFilter(u"Mail"_s);
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {}));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterText({});
        m_proxy->setStateFilter({});
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {3}));
    }

    void liveUpdatesRefilter()
    {
        m_proxy->setStateFilter({EndpointState::Down});
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Shop"_s}));
        QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);

        // Mail goes down: its service appears with it.
        m_source->applyResult(
            result(3, EndpointState::Down, 10, 5, CheckError::ConnectionRefused), EndpointState::Down);
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Shop"_s})); // not before the batch
        m_source->flushPendingUpdates();
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Mail"_s, u"Shop"_s}));
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {3, 2}));
        QVERIFY(inserted.count() >= 1);

        // web-10 recovers: Shop has nothing left to show and goes.
        m_source->applyResult(result(2, EndpointState::Up, 30, 5), EndpointState::Up);
        m_source->flushPendingUpdates();
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Mail"_s}));
        QVERIFY(removed.count() >= 1);
        QCOMPARE(reset.count(), 0);
    }

    void structureChangesPassThroughTheFilter()
    {
        m_proxy->setFilterText(u"web"_s);
        m_source->upsertEndpoint(endpoint(6, u"Blog"_s, u"web-blog"_s));
        m_source->upsertEndpoint(endpoint(7, u"Blog"_s, u"db"_s, u"db.example:5432"_s));
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Blog"_s, u"Shop"_s}));
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {6, 1, 2}));
        m_source->upsertEndpoint(endpoint(6, u"Shop"_s, u"web-blog"_s)); // moves; Blog keeps only db
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Shop"_s}));
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {1, 2, 6}));
        m_source->removeEndpoint(1);
        m_source->removeEndpoint(2);
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {6}));
        m_source->setEndpoints(fleet());
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {1, 2}));
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<Ids>("ids");

        const QStringList byName {u"Auth"_s, u"Mail"_s, u"Shop"_s};
        // Shop: api Up 20 ms, web-2 Up 50 ms, web-10 Down (no latency).
        QTest::newRow("state ascending") << int(Model::State) << Qt::AscendingOrder << byName << Ids {5, 3, 4, 1, 2};
        QTest::newRow("state descending: trouble first")
            << int(Model::State) << Qt::DescendingOrder << QStringList {u"Shop"_s, u"Mail"_s, u"Auth"_s}
            << Ids {2, 4, 1, 3, 5};
        QTest::newRow("name descending") << int(Model::Name) << Qt::DescendingOrder
                                         << QStringList {u"Shop"_s, u"Mail"_s, u"Auth"_s} << Ids {2, 1, 4, 3, 5};
        QTest::newRow("latency ascending")
            << int(Model::Latency) << Qt::AscendingOrder << byName << Ids {5, 3, 4, 1, 2};
        QTest::newRow("latency descending: empty last, services by name")
            << int(Model::Latency) << Qt::DescendingOrder << byName << Ids {5, 3, 1, 4, 2};
        QTest::newRow("uptime ascending")
            << int(Model::Uptime24h) << Qt::AscendingOrder << byName << Ids {5, 3, 1, 4, 2};
        QTest::newRow("uptime descending")
            << int(Model::Uptime24h) << Qt::DescendingOrder << byName << Ids {5, 3, 2, 4, 1};
        QTest::newRow("last check descending")
            << int(Model::LastCheck) << Qt::DescendingOrder << byName << Ids {5, 3, 2, 1, 4};
        QTest::newRow("heartbeat descending")
            << int(Model::Heartbeat) << Qt::DescendingOrder << byName << Ids {5, 3, 2, 4, 1};
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, services);
        QFETCH(Ids, ids);
        // Numbers that would sort wrongly as text: 9 % < 50 % < 100 %.
        m_source->setUptime(1, 0.09, std::nullopt);
        m_source->setUptime(4, 0.5, std::nullopt);
        m_source->setUptime(2, 1.0, std::nullopt);
        m_source->applyResult(result(1, EndpointState::Up, 50, 20), EndpointState::Up);
        m_source->applyResult(result(2, EndpointState::Down, 10'000, 30), EndpointState::Down);
        m_source->flushPendingUpdates();
        m_proxy->sort(column, order);
        QCOMPARE(visibleServices(*m_proxy), services);
        QCOMPARE(visibleEndpointIds(*m_proxy), ids);
    }

    void liveUpdatesResortInPlace()
    {
        m_proxy->sort(Model::Latency, Qt::AscendingOrder);
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {5, 3, 4, 1, 2}));
        const QPersistentModelIndex selected(proxyIndexOf(1, Model::Latency));
        const QPersistentModelIndex shop(selected.parent());
        QCOMPARE(selected.row(), 1);
        QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);

        // api gets slower than web-2: they swap, and the selection moves with web-2.
        m_source->applyResult(result(4, EndpointState::Up, 100, 10), EndpointState::Up);
        m_source->flushPendingUpdates();
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {5, 3, 1, 4, 2}));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 0);
        QCOMPARE(selected.column(), int(Model::Latency));
        QCOMPARE(selected.data(Model::EndpointIdRole).toLongLong(), 1);
        QCOMPARE(selected.parent(), QModelIndex(shop));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);

        // Other endpoints coming and going do not lose it either.
        m_source->upsertEndpoint(endpoint(6, u"Shop"_s, u"aaa"_s));
        m_source->applyResult(result(6, EndpointState::Up, 1, 20), EndpointState::Up);
        m_source->removeEndpoint(5);
        m_source->flushPendingUpdates();
        QCOMPARE(visibleEndpointIds(*m_proxy), (Ids {3, 6, 1, 4, 2}));
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.data(Model::EndpointIdRole).toLongLong(), 1);
        QCOMPARE(m_proxy->mapToSource(selected), m_source->indexOfEndpoint(1, Model::Latency));

        // Neither does a state change that re-sorts the services.
        m_proxy->sort(Model::State, Qt::DescendingOrder);
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Shop"_s, u"Mail"_s}));
        m_source->applyResult(
            result(3, EndpointState::Down, 10, 30, CheckError::ConnectionRefused), EndpointState::Down);
        m_source->applyResult(result(2, EndpointState::Up, 10, 30), EndpointState::Up);
        m_source->flushPendingUpdates();
        QCOMPARE(visibleServices(*m_proxy), (QStringList {u"Mail"_s, u"Shop"_s}));
        QCOMPARE(selected.data(Model::EndpointIdRole).toLongLong(), 1);
        QCOMPARE(selected.parent().row(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEndpointFilterModel)
#include "tst_endpointfiltermodel.moc"
