// TeamNotifier against a real HTTP receiver on 127.0.0.1 and a real Secret Service: the webhook and
// the Matrix message an incident event makes, retries with backoff, failures kept with their
// reason, and the outbox surviving a restart.

#include "core/secretstore.h"
#include "engine/incidentmonitor.h"
#include "notifications/teamchannel.h"
#include "notifications/teamnotifier.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "support/httpreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using Leitstand::Test::HttpReceiver;

namespace {

const QString secretService = u"Leitstand-Test-Notifications"_s;

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

bool exec(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql);
}

QJsonObject bodyOf(const HttpReceiver::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestTeamNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void webhookForOpenAcknowledgeResolve();
    void retriedWithBackoff();
    void failedForGoodWithTheReason();
    void retryNowAfterFailing();
    void matrixRoomMessage();
    void matrixWithoutTokenFails();
    void pendingSurvivesRestart();
    void teamWithoutChannelIsNotTold();

private:
    void setChannel(const QJsonObject &channel);
    bool storeToken(const QString &token);
    std::unique_ptr<TeamNotifier> makeNotifier(QList<std::chrono::milliseconds> backoff);
    void goDown();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IncidentMonitor> m_incidents;
    std::unique_ptr<HttpReceiver> m_receiver;
    qint64 m_endpoint = 0;
};

void TestTeamNotifier::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tests/support/with-secret-service, which starts the Secret Service");
}

void TestTeamNotifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(u"db.sqlite"_s));
    QVERIFY(m_database->open());
    Endpoint endpoint;
    endpoint.service = u"Portal"_s;
    endpoint.name = u"Startseite"_s;
    endpoint.kind = CheckKind::Tcp;
    endpoint.target = u"127.0.0.1:9"_s;
    m_endpoint = EndpointRepository(*m_database).add(endpoint).value_or(0);
    QVERIFY(m_endpoint != 0);
    QVERIFY(exec(*m_database, u"INSERT INTO teams (id, name) VALUES (5, 'Team Portal')"_s));
    QVERIFY(exec(*m_database, u"UPDATE services SET team_id = 5 WHERE name = 'Portal'"_s));
    m_receiver = std::make_unique<HttpReceiver>();
    QVERIFY(m_receiver->start());
    m_incidents = std::make_unique<IncidentMonitor>(*m_database, std::chrono::seconds(1));
    QVERIFY(m_incidents->start());
}

void TestTeamNotifier::cleanup()
{
    m_incidents.reset();
    m_receiver.reset();
    m_database.reset();
    m_dir.reset();
    SecretStore store(secretService);
    bool removed = false;
    store.remove(TeamChannel::secretKey(u"Team Portal"_s), [&](auto) { removed = true; });
    QTRY_VERIFY(removed);
}

void TestTeamNotifier::setChannel(const QJsonObject &channel)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"UPDATE teams SET channel = ? WHERE id = 5"_s);
    query.addBindValue(QString::fromUtf8(QJsonDocument(channel).toJson(QJsonDocument::Compact)));
    QVERIFY(query.exec());
}

bool TestTeamNotifier::storeToken(const QString &token)
{
    SecretStore store(secretService);
    std::optional<bool> stored;
    store.write(TeamChannel::secretKey(u"Team Portal"_s), token, [&](auto result) {
        if (!result)
            qWarning("%s", qPrintable(result.error()));
        stored = result.has_value();
    });
    return QTest::qWaitFor([&] { return stored.has_value(); }, 20'000) && *stored;
}

std::unique_ptr<TeamNotifier> TestTeamNotifier::makeNotifier(QList<std::chrono::milliseconds> backoff)
{
    TeamNotifierOptions options;
    options.backoff = std::move(backoff);
    options.requestTimeout = std::chrono::seconds(10);
    options.secretService = secretService;
    auto notifier = std::make_unique<TeamNotifier>(*m_database, options);
    connect(m_incidents.get(), &IncidentMonitor::incidentsChanged, notifier.get(), &TeamNotifier::onIncidentsChanged);
    notifier->start();
    return notifier;
}

void TestTeamNotifier::goDown()
{
    m_incidents->onStateChanged({.endpointId = m_endpoint,
        .from = EndpointState::Up,
        .to = EndpointState::Down,
        .at = QDateTime::currentDateTimeUtc(),
        .cause = std::nullopt});
}

void TestTeamNotifier::webhookForOpenAcknowledgeResolve()
{
    setChannel({{"kind"_L1, u"webhook"_s}, {"url"_L1, m_receiver->url(u"/hooks/leitstand"_s).toString()}});
    QVERIFY(storeToken(u"hook-token-123"_s));
    const auto notifier = makeNotifier({std::chrono::milliseconds(100)});
    goDown();
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 1, 20'000);

    const HttpReceiver::Request &opened = m_receiver->requests().constFirst();
    QCOMPARE(opened.method, "POST"_ba);
    QCOMPARE(opened.path, "/hooks/leitstand"_ba);
    QCOMPARE(opened.header("Authorization"), "Bearer hook-token-123"_ba);
    QCOMPARE(opened.header("Content-Type"), "application/json"_ba);
    QVERIFY(!opened.header("X-Leitstand-Delivery").isEmpty());
    const QJsonObject body = bodyOf(opened);
    QCOMPARE(body.value("schema"_L1).toString(), u"leitstand.incident-notification/1"_s);
    QCOMPARE(body.value("event"_L1).toString(), u"opened"_s);
    const QJsonObject incident = body.value("incident"_L1).toObject();
    QCOMPARE(incident.value("service"_L1).toString(), u"Portal"_s);
    QCOMPARE(incident.value("team"_L1).toString(), u"Team Portal"_s);
    QCOMPARE(incident.value("severity"_L1).toString(), u"critical"_s);
    QCOMPARE(incident.value("affected_endpoints"_L1).toArray(), QJsonArray {u"Startseite"_s});
    QCOMPARE(body.value("summary"_L1).toObject().value("de"_L1).toString(),
        u"Vorfall 1 eröffnet: Portal ist ausgefallen (kritisch). Betroffen: Startseite."_s);
    QCOMPARE(body.value("summary"_L1).toObject().value("en"_L1).toString(),
        u"Incident 1 opened: Portal is down (critical). Affected: Startseite."_s);
    QTRY_COMPARE(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 1);
    QCOMPARE(scalar(*m_database, u"SELECT attempts FROM notification_deliveries"_s).toInt(), 1);

    IncidentCommand command;
    command.incidentId = 1;
    command.actor = u"anna"_s;
    command.kind = IncidentCommand::Kind::AddNote;
    command.text = u"Teams are not told of notes"_s;
    QVERIFY(m_incidents->execute(command));
    command.kind = IncidentCommand::Kind::Acknowledge;
    QVERIFY(m_incidents->execute(command));
    command.kind = IncidentCommand::Kind::Resolve;
    QVERIFY(m_incidents->execute(command));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 3, 20'000);
    const QJsonObject acknowledged = bodyOf(m_receiver->requests().at(1));
    QCOMPARE(acknowledged.value("event"_L1).toString(), u"acknowledged"_s);
    QCOMPARE(acknowledged.value("actor"_L1).toString(), u"anna"_s);
    QCOMPARE(acknowledged.value("incident"_L1).toObject().value("acknowledged_by"_L1).toString(), u"anna"_s);
    QCOMPARE(bodyOf(m_receiver->requests().at(2)).value("event"_L1).toString(), u"resolved"_s);
    QTRY_COMPARE(scalar(*m_database, u"SELECT COUNT(*) FROM notification_deliveries WHERE state = 1"_s).toInt(), 3);
}

void TestTeamNotifier::retriedWithBackoff()
{
    setChannel({{"kind"_L1, u"webhook"_s}, {"url"_L1, m_receiver->url(u"/hook"_s).toString()}});
    m_receiver->answerWith({503, 503});
    const auto notifier = makeNotifier(
        {std::chrono::milliseconds(100), std::chrono::milliseconds(200), std::chrono::milliseconds(300)});
    QSignalSpy changed(notifier.get(), &TeamNotifier::deliveryChanged);
    goDown();
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 3, 20'000);
    QTRY_COMPARE(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 1);
    QCOMPARE(scalar(*m_database, u"SELECT attempts FROM notification_deliveries"_s).toInt(), 3);
    // The same delivery each time, so that the receiver can tell a retry from a new message.
    QCOMPARE(m_receiver->requests().at(0).header("X-Leitstand-Delivery"),
        m_receiver->requests().at(2).header("X-Leitstand-Delivery"));
    QVERIFY(m_receiver->requests().at(0).header("Authorization").isEmpty()); // no token stored: none sent
    const auto last = changed.constLast().constFirst().value<NotificationDelivery>();
    QCOMPARE(last.state, NotificationDelivery::State::Delivered);
    // Each failed attempt was announced with the receiver's answer.
    const auto first = changed.at(1).constFirst().value<NotificationDelivery>();
    QCOMPARE(first.state, NotificationDelivery::State::Pending);
    QVERIFY2(first.lastError.startsWith(u"HTTP 503"_s), qPrintable(first.lastError));
}

void TestTeamNotifier::failedForGoodWithTheReason()
{
    quint16 closed = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        closed = server.serverPort();
    }
    setChannel({{"kind"_L1, u"webhook"_s}, {"url"_L1, u"http://127.0.0.1:%1/hook"_s.arg(closed)}});
    const auto notifier = makeNotifier({std::chrono::milliseconds(50), std::chrono::milliseconds(50)});
    goDown();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 2, 20'000);
    QCOMPARE(scalar(*m_database, u"SELECT attempts FROM notification_deliveries"_s).toInt(), 3);
    const QString error = scalar(*m_database, u"SELECT last_error FROM notification_deliveries"_s).toString();
    QVERIFY2(error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error));
    const auto stored = DeliveryRepository(*m_database).forIncident(1);
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->constFirst().state, NotificationDelivery::State::Failed);
    QCOMPARE(notifier->inFlight(), 0);
}

void TestTeamNotifier::retryNowAfterFailing()
{
    setChannel({{"kind"_L1, u"webhook"_s}, {"url"_L1, m_receiver->url(u"/hook"_s).toString()}});
    m_receiver->answerWith({410});
    const auto notifier = makeNotifier({});
    QSignalSpy changed(notifier.get(), &TeamNotifier::deliveryChanged);
    goDown();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 2, 20'000);
    const qint64 id = scalar(*m_database, u"SELECT id FROM notification_deliveries"_s).toLongLong();
    const qsizetype before = changed.size();

    // A person fixed the receiver and asks for one more attempt: it goes out now and gets through.
    notifier->retry(id);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 1, 20'000);
    QCOMPARE(m_receiver->requests().size(), 2);
    QCOMPARE(m_receiver->requests().constLast().header("X-Leitstand-Delivery"), QByteArray::number(id));
    QCOMPARE(scalar(*m_database, u"SELECT attempts FROM notification_deliveries"_s).toInt(), 2);
    QTRY_COMPARE(changed.size(), before + 2);
    QCOMPARE(changed.at(before).constFirst().value<NotificationDelivery>().state, NotificationDelivery::State::Pending);
    QCOMPARE(
        changed.constLast().constFirst().value<NotificationDelivery>().state, NotificationDelivery::State::Delivered);

    // Only what failed is retried: a delivered notification is not sent again. The decision is
    // made inside the call; a retry would have been announced and put in flight there.
    notifier->retry(id);
    QCOMPARE(changed.size(), before + 2);
    QCOMPARE(notifier->inFlight(), 0);
}

void TestTeamNotifier::matrixRoomMessage()
{
    setChannel({{"kind"_L1, u"matrix"_s}, {"homeserver"_L1, m_receiver->url().toString()},
        {"room"_L1, u"!ops:example.org"_s}});
    QVERIFY(storeToken(u"syt_matrix_token"_s));
    m_receiver->answerWith({500});
    const auto notifier = makeNotifier({std::chrono::milliseconds(100)});
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT id FROM services WHERE name = 'Portal'"_s) && query.next());
    IncidentCommand open;
    open.kind = IncidentCommand::Kind::Open;
    open.serviceId = query.value(0).toLongLong();
    open.text = u"<script>alert(1)</script> & Co"_s;
    open.severity = IncidentSeverity::Minor;
    open.actor = u"ben"_s;
    QVERIFY(m_incidents->execute(open));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 2, 20'000);

    const HttpReceiver::Request &request = m_receiver->requests().constLast();
    QCOMPARE(request.method, "PUT"_ba);
    QVERIFY2(request.path.startsWith("/_matrix/client/v3/rooms/%21ops%3Aexample.org/send/m.room.message/leitstand-"),
        request.path.constData());
    // A retry is the same transaction, which the homeserver will not post twice.
    QCOMPARE(m_receiver->requests().constFirst().path, request.path);
    QCOMPARE(request.header("Authorization"), "Bearer syt_matrix_token"_ba);
    const QJsonObject message = bodyOf(request);
    QCOMPARE(message.value("msgtype"_L1).toString(), u"m.text"_s);
    const QString body = message.value("body"_L1).toString();
    QVERIFY2(body.contains(u"Vorfall 1 eröffnet: <script>alert(1)</script> & Co (Portal) (geringfügig)."_s),
        qPrintable(body));
    QVERIFY2(body.contains(u"Incident 1 opened: "_s), qPrintable(body));
    const QString html = message.value("formatted_body"_L1).toString();
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY2(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"_s), qPrintable(html));
    QTRY_COMPARE(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 1);
}

void TestTeamNotifier::matrixWithoutTokenFails()
{
    setChannel({{"kind"_L1, u"matrix"_s}, {"homeserver"_L1, m_receiver->url().toString()},
        {"room"_L1, u"!ops:example.org"_s}});
    const auto notifier = makeNotifier({});
    goDown();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 2, 20'000);
    const QString error = scalar(*m_database, u"SELECT last_error FROM notification_deliveries"_s).toString();
    QVERIFY2(error.contains(u"team/Team Portal/notifications"_s), qPrintable(error));
    QVERIFY(m_receiver->requests().isEmpty());
}

void TestTeamNotifier::pendingSurvivesRestart()
{
    setChannel({{"kind"_L1, u"webhook"_s}, {"url"_L1, m_receiver->url(u"/hook"_s).toString()}});
    m_receiver->answerWith({503});
    {
        const auto notifier = makeNotifier({std::chrono::hours(1)});
        goDown();
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(*m_database, u"SELECT attempts FROM notification_deliveries"_s).toInt(), 1, 20'000);
    }
    QCOMPARE(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 0);
    // An hour later, as far as the outbox is concerned; a new process carries on.
    QVERIFY(exec(*m_database, u"UPDATE notification_deliveries SET next_attempt_ms = 0"_s));
    const auto restarted = makeNotifier({std::chrono::hours(1)});
    QTRY_COMPARE_WITH_TIMEOUT(scalar(*m_database, u"SELECT state FROM notification_deliveries"_s).toInt(), 1, 20'000);
    QCOMPARE(scalar(*m_database, u"SELECT attempts FROM notification_deliveries"_s).toInt(), 2);
    QCOMPARE(m_receiver->requests().size(), 2);
}

void TestTeamNotifier::teamWithoutChannelIsNotTold()
{
    const auto notifier = makeNotifier({});
    goDown();
    QCOMPARE(scalar(*m_database, u"SELECT COUNT(*) FROM incidents"_s).toInt(), 1);
    QCOMPARE(scalar(*m_database, u"SELECT COUNT(*) FROM notification_deliveries"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTeamNotifier)
#include "tst_teamnotifier.moc"
