// IncidentBook: correlation of endpoint outages into one incident per service, likely causes
// among failing dependencies, automatic resolution after the hold time, reopening, and what people
// do by hand. Each scenario is a row: steps at seconds after a fixed start, then the expected
// incidents.

#include "incidents/incidentbook.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using Kind = IncidentEvent::Kind;

namespace {

// Portal (endpoints 11, 12, 13) depends on Auth (21, 22), which depends on Database (31).
// Mail (41) and Archive (51) stand alone; Archive depends on itself by mistake.
enum Service : qint64 { Portal = 1, Auth = 2, Database = 3, Mail = 4, Archive = 5 };

IncidentTopology topology()
{
    IncidentTopology t;
    for (const qint64 endpoint : {11, 12, 13})
        t.serviceOfEndpoint.insert(endpoint, Portal);
    t.serviceOfEndpoint.insert(21, Auth);
    t.serviceOfEndpoint.insert(22, Auth);
    t.serviceOfEndpoint.insert(31, Database);
    t.serviceOfEndpoint.insert(41, Mail);
    t.serviceOfEndpoint.insert(51, Archive);
    t.dependenciesOf.insert(Portal, {Auth});
    t.dependenciesOf.insert(Auth, {Database});
    t.dependenciesOf.insert(Archive, {Archive});
    t.teamOf.insert(Portal, 100);
    t.teamOf.insert(Auth, 200);
    t.teamOf.insert(Database, 300);
    return t;
}

const QDateTime start(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::UTC);
constexpr int holdSeconds = 300;

QDateTime at(int seconds)
{
    return start.addSecs(seconds);
}

struct Step
{
    int second = 0;
    qint64 endpoint = 0; // 0: tick
    EndpointState state = EndpointState::Down;
};

Step down(int second, qint64 endpoint)
{
    return {second, endpoint, EndpointState::Down};
}
Step up(int second, qint64 endpoint)
{
    return {second, endpoint, EndpointState::Up};
}
Step becomes(int second, qint64 endpoint, EndpointState state)
{
    return {second, endpoint, state};
}
Step tick(int second)
{
    return {second, 0, EndpointState::Unknown};
}

// What an incident must look like at the end; resolvedAt -1: still open.
struct Expected
{
    qint64 service = 0;
    QList<qint64> affected;
    QList<qint64> down;
    IncidentSeverity severity = IncidentSeverity::Major;
    qint64 cause = 0; // 0: none named
    int resolvedAt = -1;
    int reopened = 0;
};

} // namespace

Q_DECLARE_METATYPE(QList<Step>)
Q_DECLARE_METATYPE(QList<Expected>)

class TestIncidentBook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correlation_data();
    void correlation();
    void changesCarryTheNewEvents();
    void nextDeadlineIsTheHoldTime();
    void openByHand();
    void handOperations_data();
    void handOperations();
    void resolvedIncidentRefusesChanges();
    void loadTakesOverIds();
};

void TestIncidentBook::correlation_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<QList<Expected>>("expected");

    const auto major = IncidentSeverity::Major;
    const auto critical = IncidentSeverity::Critical;

    QTest::addRow("one endpoint down") << QList<Step> {down(0, 11)}
                                       << QList<Expected> {{Portal, {11}, {11}, major, 0, -1, 0}};
    QTest::addRow("all endpoints of a service make one critical incident") << QList<Step> {down(0, 11), down(5, 12),
        down(9, 13)} << QList<Expected> {{Portal, {11, 12, 13}, {11, 12, 13}, critical, 0, -1, 0}};
    QTest::addRow("a service of one endpoint is critical at once")
        << QList<Step> {down(0, 41)} << QList<Expected> {{Mail, {41}, {41}, critical, 0, -1, 0}};
    QTest::addRow("two services, two incidents") << QList<Step> {down(0, 11),
        down(1, 41)} << QList<Expected> {{Portal, {11}, {11}, major, 0, -1, 0}, {Mail, {41}, {41}, critical, 0, -1, 0}};
    QTest::addRow("repeated down changes nothing")
        << QList<Step> {down(0, 11), down(3, 11)} << QList<Expected> {{Portal, {11}, {11}, major, 0, -1, 0}};
    QTest::addRow("failing dependency named")
        << QList<Step> {down(0, 21), down(30, 11)}
        << QList<Expected> {{Portal, {11}, {11}, major, Auth, -1, 0}, {Auth, {21}, {21}, major, 0, -1, 0}};
    QTest::addRow("dependency failing later is named later")
        << QList<Step> {down(0, 11), down(30, 21)}
        << QList<Expected> {{Portal, {11}, {11}, major, Auth, -1, 0}, {Auth, {21}, {21}, major, 0, -1, 0}};
    QTest::addRow("the deepest failing dependency is the cause")
        << QList<Step> {down(0, 11), down(10, 21), down(20, 31)}
        << QList<Expected> {{Portal, {11}, {11}, major, Database, -1, 0}, {Auth, {21}, {21}, major, Database, -1, 0},
               {Database, {31}, {31}, critical, 0, -1, 0}};
    QTest::addRow("a dependency cycle names nothing and ends")
        << QList<Step> {down(0, 51)} << QList<Expected> {{Archive, {51}, {51}, critical, 0, -1, 0}};
    QTest::addRow("endpoint without a service opens nothing") << QList<Step> {down(0, 99)} << QList<Expected> {};
    QTest::addRow("maintenance opens nothing")
        << QList<Step> {becomes(0, 11, EndpointState::Maintenance)} << QList<Expected> {};
    QTest::addRow("degraded opens nothing")
        << QList<Step> {becomes(0, 11, EndpointState::Degraded)} << QList<Expected> {};
    QTest::addRow("resolved after the hold time") << QList<Step> {down(0, 11), up(100, 11), tick(399),
        tick(400)} << QList<Expected> {{Portal, {11}, {}, major, 0, 100 + holdSeconds, 0}};
    QTest::addRow("not resolved before the hold time")
        << QList<Step> {down(0, 11), up(100, 11), tick(399)} << QList<Expected> {{Portal, {11}, {}, major, 0, -1, 0}};
    QTest::addRow("resolved when the hold time ran out, not when noticed") << QList<Step> {
        down(0, 11), up(100, 11), tick(650)} << QList<Expected> {{Portal, {11}, {}, major, 0, 100 + holdSeconds, 0}};
    QTest::addRow("stays open while one endpoint is down") << QList<Step> {down(0, 11), down(10, 12), up(100, 11),
        tick(1000)} << QList<Expected> {{Portal, {11, 12}, {12}, major, 0, -1, 0}};
    QTest::addRow("flapping within the hold time keeps it open")
        << QList<Step> {down(0, 11), up(100, 11), down(200, 11), up(300, 11), tick(500), tick(600)}
        << QList<Expected> {{Portal, {11}, {}, major, 0, 300 + holdSeconds, 0}};
    QTest::addRow("outage returning within the hold time reopens") << QList<Step> {down(0, 11), up(100, 11), tick(400),
        down(650, 12)} << QList<Expected> {{Portal, {11, 12}, {12}, major, 0, -1, 1}};
    QTest::addRow("outage returning after the hold time is a new incident")
        << QList<Step> {down(0, 11), up(100, 11), tick(400), down(700, 11)}
        << QList<Expected> {{Portal, {11}, {}, major, 0, 400, 0}, {Portal, {11}, {11}, major, 0, -1, 0}};
    QTest::addRow("resolved incidents are forgotten after the hold time")
        << QList<Step> {down(0, 11), up(100, 11), tick(400), tick(700)} << QList<Expected> {};
    QTest::addRow("maintenance during an outage counts as back")
        << QList<Step> {down(0, 11), becomes(60, 11, EndpointState::Maintenance), tick(360)}
        << QList<Expected> {{Portal, {11}, {}, major, 0, 360, 0}};
    QTest::addRow("paused during an outage counts as back") << QList<Step> {down(0, 41),
        becomes(60, 41, EndpointState::Paused), tick(359)} << QList<Expected> {{Mail, {41}, {}, critical, 0, -1, 0}};
}

void TestIncidentBook::correlation()
{
    QFETCH(QList<Step>, steps);
    QFETCH(QList<Expected>, expected);

    IncidentBook book(topology(), std::chrono::seconds(holdSeconds));
    for (const Step &step : std::as_const(steps)) {
        if (step.endpoint == 0)
            book.tick(at(step.second));
        else
            book.endpointStateChanged(step.endpoint, step.state, at(step.second), u"HTTP 503"_s);
    }

    QList<Incident> incidents = book.incidents().values();
    QCOMPARE(incidents.size(), expected.size());
    for (const Expected &wanted : std::as_const(expected)) {
        const auto it
            = std::ranges::find_if(incidents, [&](const Incident &i) { return i.serviceId == wanted.service; });
        QVERIFY2(it != incidents.end(), qPrintable(u"no incident for service %1"_s.arg(wanted.service)));
        const Incident &incident = *it;
        QVERIFY(incident.automatic);
        QCOMPARE(incident.affectedEndpoints, QSet<qint64>(wanted.affected.begin(), wanted.affected.end()));
        QCOMPARE(incident.downEndpoints, QSet<qint64>(wanted.down.begin(), wanted.down.end()));
        QCOMPARE(incident.severity, wanted.severity);
        QCOMPARE(incident.likelyCauseServiceId.value_or(0), wanted.cause);
        QCOMPARE(incident.teamId, topology().teamOf.value(wanted.service));
        if (wanted.resolvedAt < 0) {
            QVERIFY(incident.isOpen());
            QVERIFY(!incident.resolvedAt.isValid());
        } else {
            QCOMPARE(incident.state, IncidentState::Resolved);
            QCOMPARE(incident.resolvedAt, at(wanted.resolvedAt));
            QCOMPARE(incident.timeline.last().kind, Kind::Resolved);
            QVERIFY(incident.timeline.last().actor.isEmpty());
        }
        QCOMPARE(std::ranges::count(incident.timeline, Kind::Reopened, &IncidentEvent::kind), wanted.reopened);
        QCOMPARE(incident.timeline.constFirst().kind, Kind::Opened);
        // Every endpoint change is on the timeline, with the check's detail.
        const auto endpointEvents = std::ranges::count(incident.timeline, Kind::EndpointChanged, &IncidentEvent::kind);
        QVERIFY(endpointEvents >= wanted.affected.size());
        for (const IncidentEvent &event : incident.timeline) {
            if (event.kind == Kind::EndpointChanged)
                QCOMPARE(event.text, u"HTTP 503"_s);
        }
        incidents.erase(it);
    }
}

void TestIncidentBook::changesCarryTheNewEvents()
{
    IncidentBook book(topology(), std::chrono::seconds(holdSeconds));
    QList<IncidentChange> changes = book.endpointStateChanged(21, EndpointState::Down, at(0));
    QCOMPARE(changes.size(), 1);
    const qint64 auth = changes.constFirst().incidentId;
    QCOMPARE(changes.constFirst().events.size(), 2);
    QCOMPARE(changes.constFirst().events.at(0).kind, Kind::Opened);
    QCOMPARE(changes.constFirst().events.at(1).kind, Kind::EndpointChanged);
    QCOMPARE(changes.constFirst().events.at(1).endpointId, 21);
    // The change carries the incident as it is now, for storage, without the timeline.
    QCOMPARE(changes.constFirst().incident.id, auth);
    QCOMPARE(changes.constFirst().incident.downEndpoints, QSet<qint64> {21});
    QVERIFY(changes.constFirst().incident.timeline.isEmpty());

    // Portal goes down: its incident opens and names Auth; Auth's incident is not touched.
    changes = book.endpointStateChanged(11, EndpointState::Down, at(10));
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.constFirst().incidentId != auth);
    const QList<IncidentEvent> &events = changes.constFirst().events;
    QCOMPARE(events.constLast().kind, Kind::CauseNamed);
    QCOMPARE(events.constLast().serviceId, Auth);
    QCOMPARE(book.incident(changes.constFirst().incidentId)->timeline, events);

    // Up again for an endpoint that was never down in an incident: nothing happens.
    QVERIFY(book.endpointStateChanged(12, EndpointState::Up, at(20)).isEmpty());
    changes = book.endpointStateChanged(21, EndpointState::Up, at(30));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().incidentId, auth);
    QCOMPARE(changes.constFirst().events.constFirst().endpointState, EndpointState::Up);
}

void TestIncidentBook::nextDeadlineIsTheHoldTime()
{
    IncidentBook book(topology(), std::chrono::seconds(holdSeconds));
    QVERIFY(!book.nextDeadline());
    book.endpointStateChanged(41, EndpointState::Down, at(0));
    QVERIFY(!book.nextDeadline()); // nothing to do while it is down
    book.endpointStateChanged(41, EndpointState::Up, at(50));
    QCOMPARE(book.nextDeadline(), at(50 + holdSeconds));
    QCOMPARE(book.tick(at(50 + holdSeconds)).size(), 1);
    // Resolved: kept for reopening until the hold time has passed again, then forgotten.
    QCOMPARE(book.nextDeadline(), at(50 + 2 * holdSeconds));
    QVERIFY(book.tick(at(50 + 2 * holdSeconds)).isEmpty());
    QVERIFY(book.incidents().isEmpty());
    QVERIFY(!book.nextDeadline());
}

void TestIncidentBook::openByHand()
{
    IncidentBook book(topology(), std::chrono::seconds(holdSeconds));
    QVERIFY(!book.open(Mail, u"  "_s, IncidentSeverity::Minor, u"anna"_s, at(0)));
    const IncidentBook::Result opened
        = book.open(Mail, u" Mails arrive late "_s, IncidentSeverity::Minor, u"anna"_s, at(0));
    QVERIFY(opened);
    const Incident *incident = book.incident(opened->incidentId);
    QVERIFY(!incident->automatic);
    QCOMPARE(incident->title, u"Mails arrive late"_s);
    QCOMPARE(incident->severity, IncidentSeverity::Minor);
    QCOMPARE(incident->timeline.constFirst().actor, u"anna"_s);

    // An outage of the service joins the incident opened by hand, which the checks never resolve.
    const QList<IncidentChange> changes = book.endpointStateChanged(41, EndpointState::Down, at(10));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().incidentId, opened->incidentId);
    book.endpointStateChanged(41, EndpointState::Up, at(20));
    book.tick(at(10'000));
    QVERIFY(book.incident(opened->incidentId)->isOpen());
    QCOMPARE(book.incidents().size(), 1);
}

void TestIncidentBook::handOperations_data()
{
    QTest::addColumn<int>("acknowledgedAfter"); // -1: never
    QTest::addColumn<int>("resolvedAfter"); // -1: never
    QTest::addRow("acknowledged and resolved") << 90 << 1800;
    QTest::addRow("acknowledged only") << 30 << -1;
    QTest::addRow("resolved without acknowledgement") << -1 << 600;
}

void TestIncidentBook::handOperations()
{
    QFETCH(int, acknowledgedAfter);
    QFETCH(int, resolvedAfter);

    IncidentBook book(topology(), std::chrono::seconds(holdSeconds));
    const qint64 id = book.endpointStateChanged(11, EndpointState::Down, at(0)).constFirst().incidentId;
    QVERIFY(book.setState(id, IncidentState::Identified, u"ben"_s, at(10)));
    QVERIFY(book.setSeverity(id, IncidentSeverity::Critical, u"ben"_s, at(11)));
    QVERIFY(book.assign(id, 300, u"ben"_s, at(12)));
    QVERIFY(!book.addNote(id, u"\n "_s, u"ben"_s, at(13)));
    QVERIFY(book.addNote(id, u"Zertifikat abgelaufen <b>sic</b>"_s, u"ben"_s, at(14)));
    if (acknowledgedAfter >= 0) {
        QVERIFY(book.acknowledge(id, u"carla"_s, at(acknowledgedAfter)));
        // A second acknowledgement records nothing and keeps the first.
        QVERIFY(book.acknowledge(id, u"dora"_s, at(acknowledgedAfter + 5))->events.isEmpty());
    }
    if (resolvedAfter >= 0)
        QVERIFY(book.resolve(id, u"ben"_s, at(resolvedAfter)));

    const Incident &incident = *book.incident(id);
    QCOMPARE(incident.teamId, 300);
    QCOMPARE(incident.severity, IncidentSeverity::Critical);
    if (acknowledgedAfter >= 0) {
        QCOMPARE(incident.secondsToAcknowledge(), acknowledgedAfter);
        QCOMPARE(incident.acknowledgedBy, u"carla"_s);
    } else {
        QVERIFY(!incident.secondsToAcknowledge());
    }
    if (resolvedAfter >= 0) {
        QCOMPARE(incident.state, IncidentState::Resolved);
        QCOMPARE(incident.secondsToResolve(), resolvedAfter);
        QCOMPARE(incident.timeline.constLast().actor, u"ben"_s);
    } else {
        QCOMPARE(incident.state, IncidentState::Identified);
        QVERIFY(!incident.secondsToResolve());
    }
    QList<Kind> kinds;
    for (const IncidentEvent &event : incident.timeline)
        kinds.append(event.kind);
    QList<Kind> wanted {
        Kind::Opened, Kind::EndpointChanged, Kind::StateChanged, Kind::SeverityChanged, Kind::Assigned, Kind::Note};
    if (acknowledgedAfter >= 0)
        wanted.append(Kind::Acknowledged);
    if (resolvedAfter >= 0)
        wanted.append(Kind::Resolved);
    QCOMPARE(kinds, wanted);
    QCOMPARE(incident.timeline.at(5).text, u"Zertifikat abgelaufen <b>sic</b>"_s);
    QCOMPARE(incident.timeline.at(4).teamId, 300);
}

void TestIncidentBook::resolvedIncidentRefusesChanges()
{
    IncidentBook book(topology(), std::chrono::seconds(holdSeconds));
    const qint64 id = book.endpointStateChanged(41, EndpointState::Down, at(0)).constFirst().incidentId;
    QVERIFY(book.setState(id, IncidentState::Resolved, u"ben"_s, at(10)));
    QVERIFY(!book.incident(id)->isOpen());
    QVERIFY(!book.acknowledge(id, u"ben"_s, at(11)));
    QVERIFY(!book.addNote(id, u"late"_s, u"ben"_s, at(11)));
    QVERIFY(!book.setState(id, IncidentState::Monitoring, u"ben"_s, at(11)));
    QVERIFY(!book.resolve(id, u"ben"_s, at(11)));
    QVERIFY(!book.resolve(4711, u"ben"_s, at(11)));
    QVERIFY(!book.resolve(4711, u"ben"_s, at(11)).error().isEmpty());
}

void TestIncidentBook::loadTakesOverIds()
{
    Incident stored;
    stored.id = 41;
    stored.serviceId = Portal;
    stored.automatic = true;
    stored.openedAt = at(0);
    stored.downEndpoints = {11};
    stored.affectedEndpoints = {11};
    IncidentBook book(topology(), std::chrono::seconds(holdSeconds));
    book.load({stored}, 42);
    QCOMPARE(book.endpointStateChanged(12, EndpointState::Down, at(10)).constFirst().incidentId, 41);
    QCOMPARE(book.endpointStateChanged(41, EndpointState::Down, at(10)).constFirst().incidentId, 42);
}

QTEST_GUILESS_MAIN(TestIncidentBook)
#include "tst_incidentbook.moc"
