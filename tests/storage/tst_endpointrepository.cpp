#include "storagetesthelpers.h"

#include "storage/endpointrepository.h"
#include "storage/samplestore.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

class TestEndpointRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldRoundTrips_data();
    void everyFieldRoundTrips();
    void crud();
    void duplicateNameIsRefused();
    void syncAddsChangesRemoves();
    void mergeKeepsEndpointsNotInTheFile();
    void revisionRisesWithEveryChange();
    void resyncChangesNothing();
    void failingSyncLeavesTheOldSet();
    void duplicateDefinitionsAreRefused();
    void removingDeletesSamples();
};

namespace {

qint64 count(const Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList names(const QList<Endpoint> &endpoints)
{
    QStringList result;
    for (const Endpoint &e : endpoints)
        result.append(e.service + u'/' + e.name);
    return result;
}

} // namespace

void TestEndpointRepository::everyFieldRoundTrips_data()
{
    QTest::addColumn<Endpoint>("endpoint");

    QTest::addRow("defaults") << endpoint(u"svc"_s, u"plain"_s);

    Endpoint http = endpoint(u"Bürgerportal"_s, u"Anmeldung"_s, 30'000);
    http.kind = CheckKind::Http;
    http.timeoutMs = 5000;
    http.confirmationsDown = 5;
    http.confirmationsUp = 2;
    http.paused = true;
    http.http.method = "HEAD";
    http.http.headers = {{"Accept", "application/json"}, {"X-Token", "\xe4\xf6\xfc"}};
    http.http.expectedStatus = {{200, 204}, {301, 301}};
    http.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/status"_s, QJsonValue(u"ok"_s)};
    http.http.degradedAboveMs = 1500;
    http.http.maxRedirects = 0;
    http.http.maxBodyBytes = qint64(5) << 30;
    QTest::addRow("http with everything") << http;

    Endpoint number = endpoint(u"svc"_s, u"number"_s);
    number.http.assertion = {BodyAssertion::Kind::JsonPointer, u"/count"_s, QJsonValue(3)};
    QTest::addRow("json number") << number;

    Endpoint regex = endpoint(u"svc"_s, u"regex"_s);
    regex.http.assertion = {BodyAssertion::Kind::RegularExpression, u"^ok$"_s, QJsonValue(QJsonValue::Undefined)};
    QTest::addRow("regex, undefined expected") << regex;

    Endpoint dns = endpoint(u"svc"_s, u"dns"_s);
    dns.kind = CheckKind::Dns;
    dns.target = u"example.org"_s;
    dns.dns.recordType = DnsSettings::RecordType::AAAA;
    dns.dns.expectedAddresses = {u"2001:db8::1"_s, u"2001:db8::2"_s};
    dns.dns.server = u"192.0.2.53:5353"_s;
    QTest::addRow("dns") << dns;

    Endpoint tls = endpoint(u"svc"_s, u"tls"_s);
    tls.kind = CheckKind::Tls;
    tls.target = u"[::1]:8443"_s;
    tls.tls.warnDays = 30;
    tls.tls.verify = false;
    tls.tls.caFile = u"/etc/ssl/own-ca.pem"_s;
    QTest::addRow("tls") << tls;
}

void TestEndpointRepository::everyFieldRoundTrips()
{
    QFETCH(Endpoint, endpoint);
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    const auto id = repository.add(endpoint);
    QVERIFY2(id, StorageTest::errorOf(id).constData());
    QVERIFY(*id > 0);
    const auto stored = repository.byId(*id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->id, *id);
    QVERIFY((*stored)->sameDefinition(endpoint));
}

void TestEndpointRepository::crud()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    QCOMPARE(repository.all()->size(), 0);
    const qint64 b = *repository.add(endpoint(u"b"_s, u"one"_s));
    const qint64 a = *repository.add(endpoint(u"a"_s, u"two"_s));
    QCOMPARE(names(*repository.all()), QStringList({u"a/two"_s, u"b/one"_s}));

    Endpoint changed = **repository.byId(b);
    changed.target = u"https://elsewhere.example.org/"_s;
    changed.intervalMs = 10'000;
    QVERIFY(repository.update(changed));
    QVERIFY((*repository.byId(b))->sameDefinition(changed));

    QVERIFY(repository.setPaused(a, true));
    QVERIFY((*repository.byId(a))->paused);
    QVERIFY(repository.setPaused(a, false));
    QVERIFY(!(*repository.byId(a))->paused);

    QVERIFY(repository.remove(a));
    QVERIFY(repository.byId(a).has_value());
    QVERIFY(!repository.byId(a)->has_value());
    QVERIFY(!repository.remove(a));
    QVERIFY(!repository.setPaused(a, true));
    Endpoint missing = changed;
    missing.id = a;
    QVERIFY(!repository.update(missing));
    QCOMPARE(names(*repository.all()), QStringList({u"b/one"_s}));
}

void TestEndpointRepository::duplicateNameIsRefused()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    QVERIFY(repository.add(endpoint(u"svc"_s, u"same"_s)));
    const auto again = repository.add(endpoint(u"svc"_s, u"same"_s));
    QVERIFY(!again);
    QVERIFY(!again.error().isEmpty());
    QVERIFY(repository.add(endpoint(u"other"_s, u"same"_s)));
}

void TestEndpointRepository::syncAddsChangesRemoves()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    const qint64 kept = *repository.add(endpoint(u"svc"_s, u"kept"_s));
    const qint64 changed = *repository.add(endpoint(u"svc"_s, u"changed"_s));
    QVERIFY(repository.add(endpoint(u"svc"_s, u"gone"_s)));

    Endpoint changedDefinition = endpoint(u"svc"_s, u"changed"_s);
    changedDefinition.timeoutMs = 2000;
    const QList<Endpoint> definitions {endpoint(u"svc"_s, u"kept"_s), changedDefinition, endpoint(u"svc"_s, u"new"_s)};
    const auto summary = repository.sync(definitions);
    QVERIFY2(summary, StorageTest::errorOf(summary).constData());
    QCOMPARE(*summary, (ImportSummary {.added = 1, .changed = 1, .removed = 1, .unchanged = 1}));

    const auto all = *repository.all();
    QCOMPARE(names(all), QStringList({u"svc/changed"_s, u"svc/kept"_s, u"svc/new"_s}));
    QCOMPARE(all.at(0).id, changed);
    QCOMPARE(all.at(0).timeoutMs, 2000);
    QCOMPARE(all.at(1).id, kept);
}

void TestEndpointRepository::mergeKeepsEndpointsNotInTheFile()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    const qint64 other = *repository.add(endpoint(u"svc"_s, u"added-by-hand"_s));
    Endpoint changedDefinition = endpoint(u"svc"_s, u"a"_s);
    QVERIFY(repository.add(changedDefinition));
    changedDefinition.timeoutMs = 3000;

    const auto summary
        = repository.sync({changedDefinition, endpoint(u"svc"_s, u"b"_s)}, EndpointRepository::SyncMode::Merge);
    QVERIFY2(summary, StorageTest::errorOf(summary).constData());
    QCOMPARE(*summary, (ImportSummary {.added = 1, .changed = 1, .removed = 0, .unchanged = 0}));
    const auto all = *repository.all();
    QCOMPARE(names(all), QStringList({u"svc/a"_s, u"svc/added-by-hand"_s, u"svc/b"_s}));
    QCOMPARE(all.at(0).timeoutMs, 3000);
    QCOMPARE(all.at(1).id, other);
}

void TestEndpointRepository::revisionRisesWithEveryChange()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    const qint64 start = *repository.revision();
    const qint64 id = *repository.add(endpoint(u"svc"_s, u"a"_s));
    const qint64 afterAdd = *repository.revision();
    QVERIFY(afterAdd > start);
    QVERIFY(repository.setPaused(id, true));
    const qint64 afterPause = *repository.revision();
    QVERIFY(afterPause > afterAdd);
    // A re-import that changes nothing leaves it alone, so nobody reloads for nothing.
    const auto all = *repository.all();
    QVERIFY(repository.sync(all));
    QCOMPARE(*repository.revision(), afterPause);
    QVERIFY(repository.remove(id));
    QVERIFY(*repository.revision() > afterPause);
}

void TestEndpointRepository::resyncChangesNothing()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    Endpoint dns = endpoint(u"svc"_s, u"dns"_s);
    dns.kind = CheckKind::Dns;
    dns.dns.expectedAddresses = {u"192.0.2.1"_s};
    const QList<Endpoint> definitions {endpoint(u"a"_s, u"x"_s), endpoint(u"b"_s, u"y"_s), dns};
    QCOMPARE(*repository.sync(definitions), (ImportSummary {.added = 3, .changed = 0, .removed = 0, .unchanged = 0}));
    const auto before = *repository.all();
    QCOMPARE(*repository.sync(definitions), (ImportSummary {.added = 0, .changed = 0, .removed = 0, .unchanged = 3}));
    const auto after = *repository.all();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QVERIFY(after.at(i).sameDefinition(before.at(i)));
    }
}

void TestEndpointRepository::failingSyncLeavesTheOldSet()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    QVERIFY(repository.sync({endpoint(u"svc"_s, u"a"_s), endpoint(u"svc"_s, u"b"_s), endpoint(u"svc"_s, u"c"_s)}));
    const auto before = *repository.all();

    // b is removed, a changed and d added before the last definition fails the schema's check.
    Endpoint changed = endpoint(u"svc"_s, u"a"_s);
    changed.target = u"https://changed.example.org/"_s;
    Endpoint invalid = endpoint(u"svc"_s, u"z-invalid"_s);
    invalid.intervalMs = 0;
    const auto summary = repository.sync({changed, endpoint(u"svc"_s, u"c"_s), endpoint(u"svc"_s, u"d"_s), invalid});
    QVERIFY(!summary);
    QVERIFY2(summary.error().contains(u"z-invalid"_s), qPrintable(summary.error()));

    const auto after = *repository.all();
    QCOMPARE(names(after), names(before));
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QVERIFY(after.at(i).sameDefinition(before.at(i)));
    }
}

void TestEndpointRepository::duplicateDefinitionsAreRefused()
{
    StorageTest::TestDatabase db;
    EndpointRepository repository(*db.database);
    QVERIFY(repository.add(endpoint(u"svc"_s, u"a"_s)));
    const auto summary = repository.sync({endpoint(u"svc"_s, u"b"_s), endpoint(u"svc"_s, u"b"_s)});
    QVERIFY(!summary);
    QCOMPARE(names(*repository.all()), QStringList({u"svc/a"_s}));
}

void TestEndpointRepository::removingDeletesSamples()
{
    StorageTest::TestDatabase db;
    const qint64 gone = db.addEndpoint(u"gone"_s);
    const qint64 kept = db.addEndpoint(u"kept"_s);
    SampleStore store(*db.database);
    QList<Sample> samples;
    for (int i = 0; i < 10; ++i) {
        samples.append(sample(gone, t0 + i * 60, EndpointState::Up));
        samples.append(sample(kept, t0 + i * 60, EndpointState::Up));
    }
    QVERIFY(store.write(samples));
    QCOMPARE(count(*db.database, u"samples"_s), 20);

    EndpointRepository repository(*db.database);
    QCOMPARE(*repository.sync({**repository.byId(kept)}),
        (ImportSummary {.added = 0, .changed = 0, .removed = 1, .unchanged = 1}));
    QCOMPARE(count(*db.database, u"samples"_s), 10);
    QCOMPARE(count(*db.database, u"endpoint_status"_s), 1);
    QSqlQuery query(db.database->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM rollup_minute WHERE endpoint_id = %1"_s.arg(gone)) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();

    QVERIFY(repository.remove(kept));
    QCOMPARE(count(*db.database, u"samples"_s), 0);
    QCOMPARE(count(*db.database, u"rollup_hour"_s), 0);
}

QTEST_GUILESS_MAIN(TestEndpointRepository)
#include "tst_endpointrepository.moc"
