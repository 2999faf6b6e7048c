// DeliveryRepository, the team notifications' outbox: what is due and in which order, what an
// incident's deliveries read back as, attempts that fail for good, and a person's retry of one.

#include "storage/catalogrepository.h"
#include "storage/deliveryrepository.h"
#include "storage/incidentrepository.h"
#include "storagetesthelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

namespace {

const QDateTime start(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::UTC);

QDateTime at(int seconds)
{
    return start.addSecs(seconds);
}

NotificationDelivery pending(qint64 incidentId, IncidentEvent::Kind kind, int dueSeconds)
{
    NotificationDelivery delivery;
    delivery.incidentId = incidentId;
    delivery.teamId = 7;
    delivery.eventKind = kind;
    delivery.channel = u"webhook"_s;
    delivery.request = R"({"method":"POST","url":"https://hooks.example.org/x"})"_ba;
    delivery.createdAt = at(dueSeconds);
    delivery.nextAttemptAt = at(dueSeconds);
    return delivery;
}

QList<qint64> idsOf(const QList<NotificationDelivery> &deliveries)
{
    QList<qint64> ids;
    for (const NotificationDelivery &delivery : deliveries)
        ids.append(delivery.id);
    return ids;
}

} // namespace

class TestDeliveryRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsBackWhatWasStored();
    void dueOldestFirst();
    void failedForGoodIsKept();
    void retryFailed();
    void retryOnlyFailed_data();
    void retryOnlyFailed();

private:
    // Two incidents (1 and 2) of a service owned by team 7.
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DeliveryRepository> m_deliveries;
};

void TestDeliveryRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
    const auto e1 = EndpointRepository(*m_db->database).add(endpoint(u"Portal"_s, u"Start"_s));
    const auto e2 = EndpointRepository(*m_db->database).add(endpoint(u"Mail"_s, u"SMTP"_s));
    QVERIFY(e1 && e2);
    QSqlQuery query(m_db->database->connection());
    QVERIFY(query.exec(u"INSERT INTO teams (id, name) VALUES (7, 'Team Portal')"_s));
    const auto topology = CatalogRepository(*m_db->database).incidentTopology();
    QVERIFY(topology);
    IncidentBook book(*topology, std::chrono::seconds(300));
    QList<IncidentChange> changes = book.endpointStateChanged(*e1, EndpointState::Down, at(0));
    changes += book.endpointStateChanged(*e2, EndpointState::Down, at(0));
    QVERIFY(IncidentRepository(*m_db->database).apply(changes));
    m_deliveries = std::make_unique<DeliveryRepository>(*m_db->database);
}

void TestDeliveryRepository::cleanup()
{
    m_deliveries.reset();
    m_db.reset();
}

void TestDeliveryRepository::readsBackWhatWasStored()
{
    const NotificationDelivery stored = pending(1, IncidentEvent::Kind::Acknowledged, 30);
    const auto id = m_deliveries->enqueue(stored);
    QVERIFY2(id, errorOf(id).constData());
    QVERIFY(m_deliveries->enqueue(pending(2, IncidentEvent::Kind::Opened, 0)));

    const auto read = m_deliveries->forIncident(1);
    QVERIFY2(read, errorOf(read).constData());
    QCOMPARE(read->size(), 1);
    const NotificationDelivery &delivery = read->constFirst();
    QCOMPARE(delivery.id, *id);
    QCOMPARE(delivery.incidentId, 1);
    QCOMPARE(delivery.teamId, 7);
    QCOMPARE(delivery.eventKind, IncidentEvent::Kind::Acknowledged);
    QCOMPARE(delivery.channel, u"webhook"_s);
    QCOMPARE(delivery.request, stored.request);
    QCOMPARE(delivery.state, NotificationDelivery::State::Pending);
    QCOMPARE(delivery.attempts, 0);
    QCOMPARE(delivery.nextAttemptAt, at(30));
    QCOMPARE(delivery.createdAt, at(30));
    QVERIFY(delivery.lastError.isEmpty());
    QVERIFY(!delivery.deliveredAt.isValid());
}

void TestDeliveryRepository::dueOldestFirst()
{
    const auto late = m_deliveries->enqueue(pending(1, IncidentEvent::Kind::Opened, 20));
    const auto early = m_deliveries->enqueue(pending(2, IncidentEvent::Kind::Opened, 10));
    const auto future = m_deliveries->enqueue(pending(1, IncidentEvent::Kind::Resolved, 100));
    QVERIFY(late && early && future);

    const auto due = m_deliveries->due(at(50), 10);
    QVERIFY2(due, errorOf(due).constData());
    QCOMPARE(idsOf(*due), (QList<qint64> {*early, *late}));
    QCOMPARE(idsOf(*m_deliveries->due(at(50), 1)), QList<qint64> {*early});
    QCOMPARE(m_deliveries->nextDue().value_or(std::nullopt), std::optional(at(10)));
    QCOMPARE(m_deliveries->nextDue({*early, *late}).value_or(std::nullopt), std::optional(at(100)));

    QVERIFY(m_deliveries->markDelivered(*early, 1, at(11)));
    QCOMPARE(idsOf(*m_deliveries->due(at(50), 10)), QList<qint64> {*late});
    const auto delivered = m_deliveries->forIncident(2);
    QVERIFY(delivered && delivered->size() == 1);
    QCOMPARE(delivered->constFirst().state, NotificationDelivery::State::Delivered);
    QCOMPARE(delivered->constFirst().deliveredAt, at(11));
}

void TestDeliveryRepository::failedForGoodIsKept()
{
    const auto id = m_deliveries->enqueue(pending(1, IncidentEvent::Kind::Opened, 0));
    QVERIFY(id);
    QVERIFY(m_deliveries->markAttemptFailed(*id, 1, u"HTTP 503 Service Unavailable"_s, at(10)));
    auto read = m_deliveries->forIncident(1);
    QCOMPARE(read->constFirst().state, NotificationDelivery::State::Pending);
    QCOMPARE(read->constFirst().nextAttemptAt, at(10));

    QVERIFY(m_deliveries->markAttemptFailed(*id, 2, u"Connection refused"_s, std::nullopt));
    read = m_deliveries->forIncident(1);
    QCOMPARE(read->constFirst().state, NotificationDelivery::State::Failed);
    QCOMPARE(read->constFirst().attempts, 2);
    QCOMPARE(read->constFirst().lastError, u"Connection refused"_s);
    QVERIFY(m_deliveries->due(at(1000), 10)->isEmpty());
    QCOMPARE(m_deliveries->nextDue().value_or(std::nullopt), std::optional<QDateTime>());
}

void TestDeliveryRepository::retryFailed()
{
    const auto id = m_deliveries->enqueue(pending(1, IncidentEvent::Kind::Opened, 0));
    QVERIFY(id);
    QVERIFY(m_deliveries->markAttemptFailed(*id, 9, u"HTTP 401 Unauthorized"_s, std::nullopt));

    const auto retried = m_deliveries->retry(*id, at(500));
    QVERIFY2(retried, errorOf(retried).constData());
    QVERIFY(retried->has_value());
    const NotificationDelivery &delivery = **retried;
    QCOMPARE(delivery.id, *id);
    QCOMPARE(delivery.state, NotificationDelivery::State::Pending);
    QCOMPARE(delivery.nextAttemptAt, at(500));
    // The count goes on (one more attempt, not a fresh series), and the reason stays until then.
    QCOMPARE(delivery.attempts, 9);
    QCOMPARE(delivery.lastError, u"HTTP 401 Unauthorized"_s);
    QCOMPARE(idsOf(*m_deliveries->due(at(500), 10)), QList<qint64> {*id});
    QCOMPARE(m_deliveries->forIncident(1)->constFirst().state, NotificationDelivery::State::Pending);
}

void TestDeliveryRepository::retryOnlyFailed_data()
{
    QTest::addColumn<int>("state");
    QTest::addRow("pending") << int(NotificationDelivery::State::Pending);
    QTest::addRow("delivered") << int(NotificationDelivery::State::Delivered);
    QTest::addRow("unknown id") << -1;
}

void TestDeliveryRepository::retryOnlyFailed()
{
    QFETCH(int, state);
    const auto id = m_deliveries->enqueue(pending(1, IncidentEvent::Kind::Opened, 100));
    QVERIFY(id);
    if (state == int(NotificationDelivery::State::Delivered))
        QVERIFY(m_deliveries->markDelivered(*id, 1, at(101)));

    const auto retried = m_deliveries->retry(state < 0 ? *id + 1 : *id, at(500));
    QVERIFY2(retried, errorOf(retried).constData());
    QVERIFY(!retried->has_value());
    const NotificationDelivery unchanged = m_deliveries->forIncident(1)->constFirst();
    QCOMPARE(int(unchanged.state), std::max(state, 0));
    QCOMPARE(unchanged.nextAttemptAt, at(100));
}

QTEST_GUILESS_MAIN(TestDeliveryRepository)
#include "tst_deliveryrepository.moc"
