// The services status.json lists: every monitored service, in the worst public state among its
// endpoints, read from a real database.

#include "feed/feedservices.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

// One endpoint of a service: its stored state, or none when it was never checked.
struct Stored
{
    QString service;
    std::optional<EndpointState> state;
    bool paused = false;
};

} // namespace

Q_DECLARE_METATYPE(QList<Stored>)
Q_DECLARE_METATYPE(QList<FeedService>)

class TestFeedServices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worstStateWins_data();
    void worstStateWins();
};

void TestFeedServices::worstStateWins_data()
{
    QTest::addColumn<QList<Stored>>("endpoints");
    QTest::addColumn<QList<FeedService>>("expected");

    using enum EndpointState;
    using S = PublicServiceState;
    QTest::newRow("nothing monitored") << QList<Stored> {} << QList<FeedService> {};
    QTest::newRow("all up") << QList<Stored> {{u"Wohngeld"_s, Up}, {u"Wohngeld"_s, Up}}
                            << QList<FeedService> {{u"Wohngeld"_s, S::Operational}};
    QTest::newRow("one down of two") << QList<Stored> {{u"Wohngeld"_s, Up}, {u"Wohngeld"_s, Down}}
                                     << QList<FeedService> {{u"Wohngeld"_s, S::Disrupted}};
    QTest::newRow("down beats degraded beats maintenance")
        << QList<Stored> {{u"A"_s, Degraded}, {u"A"_s, Maintenance}, {u"B"_s, Maintenance}, {u"B"_s, Up},
               {u"C"_s, Down}, {u"C"_s, Degraded}}
        << QList<FeedService> {{u"A"_s, S::Degraded}, {u"B"_s, S::Maintenance}, {u"C"_s, S::Disrupted}};
    QTest::newRow("never checked says nothing")
        << QList<Stored> {{u"Bürgerportal"_s, std::nullopt}, {u"Wohngeld"_s, std::nullopt}, {u"Wohngeld"_s, Degraded}}
        << QList<FeedService> {{u"Bürgerportal"_s, S::Operational}, {u"Wohngeld"_s, S::Degraded}};
    QTest::newRow("a paused endpoint's old state does not count") << QList<Stored> {
        {u"Wohngeld"_s, Down, true}, {u"Wohngeld"_s, Up}} << QList<FeedService> {{u"Wohngeld"_s, S::Operational}};
    QTest::newRow("ordered by name, ignoring case")
        << QList<Stored> {{u"zulassung"_s, Up}, {u"Antrag"_s, Up}, {u"bürgerportal"_s, Up}}
        << QList<FeedService> {
               {u"Antrag"_s, S::Operational}, {u"bürgerportal"_s, S::Operational}, {u"zulassung"_s, S::Operational}};
}

void TestFeedServices::worstStateWins()
{
    QFETCH(QList<Stored>, endpoints);
    QFETCH(QList<FeedService>, expected);

    QTemporaryDir dir;
    Database database(dir.filePath(u"services.sqlite"_s));
    QVERIFY(database.open());
    EndpointRepository repository(database);
    int number = 0;
    for (const Stored &stored : std::as_const(endpoints)) {
        Endpoint endpoint;
        endpoint.service = stored.service;
        endpoint.name = u"Endpunkt %1"_s.arg(++number);
        endpoint.kind = CheckKind::Tcp;
        endpoint.target = u"127.0.0.1:9"_s;
        endpoint.paused = stored.paused;
        const auto id = repository.add(endpoint);
        QVERIFY(id);
        if (!stored.state)
            continue;
        QSqlQuery query(database.connection());
        query.prepare(u"INSERT INTO endpoint_status (endpoint_id, state, since_ms, last_result_ms, error, last_error, "
                      "last_error_ms, last_error_detail) VALUES (?, ?, 0, 0, 0, 0, 0, '')"_s);
        query.addBindValue(*id);
        query.addBindValue(int(*stored.state));
        QVERIFY(query.exec());
    }
    const auto services = feedServices(database);
    QVERIFY(services);
    QCOMPARE(*services, expected);
}

QTEST_GUILESS_MAIN(TestFeedServices)
#include "tst_feedservices.moc"
