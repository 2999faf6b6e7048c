// The team notifications of an incident under QAbstractItemModelTester: every state in words with
// its time and reason, newest first, changes upserted by id in place (never a reset), deliveries of
// other incidents ignored, and the count of failed ones announced.

#include "itemmodels/deliverylistmodel.h"
#include "itemmodels/endpointtext.h"
#include "itemmodeltesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

namespace {

using State = NotificationDelivery::State;

NotificationDelivery deliveryOf(qint64 id, IncidentEvent::Kind kind, State state = State::Pending)
{
    NotificationDelivery delivery;
    delivery.id = id;
    delivery.incidentId = 1;
    delivery.teamId = 7;
    delivery.eventKind = kind;
    delivery.channel = u"webhook"_s;
    delivery.request = R"({"body":{}})"_ba;
    delivery.state = state;
    delivery.createdAt = baseTime();
    delivery.nextAttemptAt = baseTime().addSecs(30);
    return delivery;
}

CatalogNames names()
{
    CatalogNames names;
    names.teams = {{7, u"Team Portal"_s}};
    return names;
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(DeliveryListModel::DeliveryIdRole).toLongLong());
    return list;
}

} // namespace

class TestDeliveryListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<DeliveryListModel>();
        m_model->setNames(names());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    // No catalogue is installed: plurals keep the source texts' "(s)".
    void columns_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("toolTip");
        const QString next = EndpointText::time(baseTime().addSecs(30));
        const QString delivered = EndpointText::time(baseTime().addSecs(5));
        QTest::addRow("queued") << int(State::Pending) << 0 << QString() << u"Pending"_s << u"next attempt "_s + next
                                << u"Pending"_s;
        QTest::addRow("retrying") << int(State::Pending) << 2 << u"HTTP 503 Service Unavailable"_s << u"Pending"_s
                                  << u"next attempt "_s + next << u"Attempt 2 failed: HTTP 503 Service Unavailable"_s;
        QTest::addRow("delivered") << int(State::Delivered) << 1 << QString() << u"Delivered"_s
                                   << u"delivered "_s + delivered << u"Delivered"_s;
        QTest::addRow("failed") << int(State::Failed) << 9 << u"Connection refused"_s << u"Failed"_s
                                << u"last attempt "_s + next << u"Failed after 9 attempt(s): Connection refused"_s;
    }

    void columns()
    {
        QFETCH(int, state);
        QFETCH(int, attempts);
        QFETCH(QString, error);
        QFETCH(QString, stateText);
        QFETCH(QString, when);
        QFETCH(QString, toolTip);
        NotificationDelivery delivery = deliveryOf(4, IncidentEvent::Kind::Acknowledged, State(state));
        delivery.attempts = attempts;
        delivery.lastError = error;
        if (delivery.state == State::Delivered)
            delivery.deliveredAt = baseTime().addSecs(5);
        m_model->setIncident(1);
        m_model->setDeliveries(1, {delivery});
        QCOMPARE(m_model->rowCount(), 1);

        const auto text = [this](int column) {
            return m_model->index(0, column).data().toString();
        };
        QCOMPARE(text(DeliveryListModel::Event), u"Acknowledged"_s);
        QCOMPARE(text(DeliveryListModel::Team), u"Team Portal"_s);
        QCOMPARE(text(DeliveryListModel::Channel), u"Webhook"_s);
        QCOMPARE(text(DeliveryListModel::State), stateText);
        QCOMPARE(text(DeliveryListModel::Attempts), QString::number(attempts));
        QCOMPARE(text(DeliveryListModel::When), when);
        QCOMPARE(text(DeliveryListModel::LastError), error);
        QCOMPARE(m_model->index(0, DeliveryListModel::State).data(Qt::ToolTipRole).toString(), toolTip);
        // A failed delivery's reason is on every column, not just its own.
        if (!error.isEmpty())
            QCOMPARE(m_model->index(0, DeliveryListModel::Event).data(Qt::ToolTipRole).toString(), toolTip);
        QCOMPARE(m_model->index(0, DeliveryListModel::Team).data(DeliveryListModel::StateRole).toInt(), state);
        QCOMPARE(m_model->index(0, 0).data(DeliveryListModel::DeliveryIdRole).toLongLong(), 4);
        QCOMPARE(m_model->failedCount(), state == int(State::Failed) ? 1 : 0);
    }

    void eventChannelAndTeamNames_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<qint64>("team");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("channelText");
        QTest::addColumn<QString>("teamText");
        using K = IncidentEvent::Kind;
        QTest::addRow("opened by webhook")
            << int(K::Opened) << u"webhook"_s << qint64(7) << u"Opened"_s << u"Webhook"_s << u"Team Portal"_s;
        QTest::addRow("reopened in matrix")
            << int(K::Reopened) << u"matrix"_s << qint64(7) << u"Reopened"_s << u"Matrix"_s << u"Team Portal"_s;
        QTest::addRow("resolved, team unknown")
            << int(K::Resolved) << u"matrix"_s << qint64(8) << u"Resolved"_s << u"Matrix"_s << u"Team 8"_s;
        QTest::addRow("team removed since")
            << int(K::Acknowledged) << u"webhook"_s << qint64(0) << u"Acknowledged"_s << u"Webhook"_s << QString();
    }

    void eventChannelAndTeamNames()
    {
        QFETCH(int, kind);
        QFETCH(QString, channel);
        QFETCH(qint64, team);
        QFETCH(QString, event);
        QFETCH(QString, channelText);
        QFETCH(QString, teamText);
        NotificationDelivery delivery = deliveryOf(1, IncidentEvent::Kind(kind));
        delivery.channel = channel;
        delivery.teamId = team;
        m_model->setIncident(1);
        m_model->setDeliveries(1, {delivery});
        QCOMPARE(m_model->index(0, DeliveryListModel::Event).data().toString(), event);
        QCOMPARE(m_model->index(0, DeliveryListModel::Channel).data().toString(), channelText);
        QCOMPARE(m_model->index(0, DeliveryListModel::Team).data().toString(), teamText);
    }

    void upsertsInPlaceNewestFirst()
    {
        m_model->setIncident(1);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy failed(m_model.get(), &DeliveryListModel::failedCountChanged);

        m_model->setDeliveries(1,
            {deliveryOf(1, IncidentEvent::Kind::Opened, State::Delivered),
                deliveryOf(2, IncidentEvent::Kind::Acknowledged)});
        QCOMPARE(ids(*m_model), (QList<qint64> {2, 1}));
        QCOMPARE(inserted.size(), 2);

        // The next attempt of delivery 2 failed for good: its row changes, nothing else moves.
        NotificationDelivery gaveUp = deliveryOf(2, IncidentEvent::Kind::Acknowledged, State::Failed);
        gaveUp.attempts = 9;
        gaveUp.lastError = u"HTTP 401 Unauthorized"_s;
        m_model->applyDelivery(gaveUp);
        QCOMPARE(ids(*m_model), (QList<qint64> {2, 1}));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.constFirst().at(1).toModelIndex().column(), DeliveryListModel::ColumnCount - 1);
        QCOMPARE(m_model->index(0, DeliveryListModel::LastError).data().toString(), u"HTTP 401 Unauthorized"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constLast().constFirst().toInt(), 1);
        QCOMPARE(m_model->delivery(2)->state, State::Failed);
        QVERIFY(m_model->delivery(2)->request.isEmpty());

        // A new event's delivery goes on top.
        m_model->applyDelivery(deliveryOf(3, IncidentEvent::Kind::Resolved));
        QCOMPARE(ids(*m_model), (QList<qint64> {3, 2, 1}));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.constLast().at(1).toInt(), 0);
        QCOMPARE(m_model->indexOf(2, DeliveryListModel::State), m_model->index(1, DeliveryListModel::State));

        // A reload that no longer lists one removes that row and updates the others in place.
        m_model->setDeliveries(1,
            {deliveryOf(1, IncidentEvent::Kind::Opened, State::Delivered),
                deliveryOf(3, IncidentEvent::Kind::Resolved, State::Delivered)});
        QCOMPARE(ids(*m_model), (QList<qint64> {3, 1}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), 1);
        QCOMPARE(m_model->failedCount(), 0);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.constLast().constFirst().toInt(), 0);
        QCOMPARE(m_model->indexOf(2), QModelIndex());
        QCOMPARE(reset.size(), 0);
    }

    void otherIncidentsIgnored()
    {
        m_model->setIncident(1);
        m_model->setDeliveries(1, {deliveryOf(1, IncidentEvent::Kind::Opened)});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        NotificationDelivery other = deliveryOf(5, IncidentEvent::Kind::Opened, State::Failed);
        other.incidentId = 2;
        // A live change of another incident, and the late answer of a load for it.
        m_model->applyDelivery(other);
        m_model->setDeliveries(2, {other});
        QCOMPARE(ids(*m_model), QList<qint64> {1});
        QCOMPARE(m_model->failedCount(), 0);

        // Another incident empties the list, row by row, until its deliveries arrive.
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->setIncident(2);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(removed.size(), 1);
        m_model->setDeliveries(1, {deliveryOf(1, IncidentEvent::Kind::Opened)});
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setDeliveries(2, {other});
        QCOMPARE(ids(*m_model), QList<qint64> {5});
        QCOMPARE(m_model->failedCount(), 1);
        m_model->setIncident(0);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->applyDelivery(deliveryOf(1, IncidentEvent::Kind::Opened));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void namesArriveLater()
    {
        m_model->setNames({});
        m_model->setIncident(1);
        m_model->setDeliveries(1, {deliveryOf(1, IncidentEvent::Kind::Opened)});
        QCOMPARE(m_model->index(0, DeliveryListModel::Team).data().toString(), u"Team 7"_s);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setNames(names());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->index(0, DeliveryListModel::Team).data().toString(), u"Team Portal"_s);
    }

    void headers()
    {
        QStringList headers;
        for (int column = 0; column < m_model->columnCount(); ++column)
            headers.append(m_model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers,
            (QStringList {u"Event"_s, u"Team"_s, u"Channel"_s, u"State"_s, u"Attempts"_s, u"When"_s, u"Last error"_s}));
    }

private:
    std::unique_ptr<DeliveryListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestDeliveryListModel)
#include "tst_deliverylistmodel.moc"
