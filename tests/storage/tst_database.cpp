#include "storagetesthelpers.h"

#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseHasLatestSchema();
    void engineIsSetUp();
    void olderDatabaseIsUpgradedInPlace();
    void newerDatabaseIsRefused();
    void reopeningChangesNothing();
    void everyThreadHasItsOwnConnection();
};

namespace {

bool onPostgresql()
{
    return !StorageTest::postgresqlUrl().isEmpty();
}

const SqlDialect &dialect()
{
    return onPostgresql() ? postgresqlDialect() : sqliteDialect();
}

QStringList tables(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(onPostgresql() ? u"SELECT table_name FROM information_schema.tables "
                                "WHERE table_schema = current_schema() ORDER BY table_name"_s
                              : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

qint64 scalar(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

void TestDatabase::freshDatabaseHasLatestSchema()
{
    StorageTest::TestDatabase test;
    // SQLite makes the folders the file needs.
    Database database(onPostgresql() ? test.location()
                                     : DatabaseLocation::sqliteFile(test.dir.filePath(u"sub/folder/fresh.sqlite"_s)));
    const auto opened = database.open();
    QVERIFY2(opened, StorageTest::errorOf(opened).constData());
    QCOMPARE(database.schemaVersion(), dialect().latestVersion());
    QCOMPARE(scalar(database.connection(), u"SELECT version FROM schema_version"_s), dialect().latestVersion());
    const QStringList names = tables(database.connection());
    for (const auto *table : {"endpoints", "samples", "rollup_minute", "rollup_hour", "endpoint_status",
             "endpoints_revision", "schema_version", "teams", "services", "service_contacts", "service_dependencies",
             "maintenance_windows", "runbook_versions", "incidents", "incident_events", "notification_deliveries"})
        QVERIFY2(names.contains(QLatin1StringView(table)), table);
}

void TestDatabase::engineIsSetUp()
{
    StorageTest::TestDatabase test;
    Database &database = *test.database;
    if (onPostgresql()) {
        // samples is partitioned by month, so that retention can drop months.
        QCOMPARE(scalar(database.connection(),
                     u"SELECT COUNT(*) FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid "
                     "WHERE c.relname = 'samples' AND c.relnamespace = current_schema()::regnamespace"_s),
            1);
        QSqlQuery partition(database.connection());
        QVERIFY(partition.exec(u"SELECT leitstand_sample_partition(1732838400)"_s) && partition.next());
        QCOMPARE(partition.value(0).toString(), u"samples_2024_11"_s);
        return;
    }
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QCOMPARE(scalar(database.connection(), u"PRAGMA foreign_keys"_s), 1);
    QCOMPARE(scalar(database.connection(), u"PRAGMA synchronous"_s), 1); // NORMAL
    QCOMPARE(scalar(database.connection(), u"PRAGMA wal_autocheckpoint"_s), 10000);
}

void TestDatabase::olderDatabaseIsUpgradedInPlace()
{
    StorageTest::TestDatabase test;
    test.database.reset();
    const DatabaseLocation path
        = onPostgresql() ? test.location() : DatabaseLocation::sqliteFile(test.dir.filePath(u"old.sqlite"_s));
    if (onPostgresql())
        StorageTest::administer({u"DROP SCHEMA %1 CASCADE"_s.arg(test.schema), u"CREATE SCHEMA %1"_s.arg(test.schema)});
    {
        SqlDialect versionOne = dialect();
        versionOne.migrations.resize(1);
        Database old(path, versionOne);
        QVERIFY(old.open());
        QCOMPARE(old.schemaVersion(), 1);
        QVERIFY(!tables(old.connection()).contains(u"samples"_s));
        EndpointRepository repository(old);
        QVERIFY(repository.add(StorageTest::endpoint(u"portal"_s, u"start"_s)));
        QVERIFY(repository.add(StorageTest::endpoint(u"portal"_s, u"login"_s)));
    }

    Database current(path);
    const auto opened = current.open();
    QVERIFY2(opened, StorageTest::errorOf(opened).constData());
    QCOMPARE(current.schemaVersion(), dialect().latestVersion());
    QVERIFY(tables(current.connection()).contains(u"samples"_s));
    const auto endpoints = EndpointRepository(current).all();
    QVERIFY(endpoints);
    QCOMPARE(endpoints->size(), 2);
    QCOMPARE(endpoints->at(0).name, u"login"_s);
    QVERIFY(endpoints->at(1).sameDefinition(StorageTest::endpoint(u"portal"_s, u"start"_s)));
    // Version 4 gave the service the endpoints named a row of its own.
    QCOMPARE(scalar(current.connection(), u"SELECT COUNT(*) FROM services WHERE name = 'portal'"_s), 1);
}

void TestDatabase::newerDatabaseIsRefused()
{
    StorageTest::TestDatabase test;
    test.database.reset();
    const DatabaseLocation path = test.location();
    {
        Database database(path);
        QVERIFY(database.open());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"UPDATE schema_version SET version = 99"_s));
    }
    Database database(path);
    const auto opened = database.open();
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"99"_s), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QString::number(dialect().latestVersion())), qPrintable(opened.error()));
    QVERIFY(!database.isOpen());
    QCOMPARE(scalar(database.connection(), u"SELECT version FROM schema_version"_s), 99);
}

void TestDatabase::reopeningChangesNothing()
{
    StorageTest::TestDatabase test;
    test.database.reset();
    const DatabaseLocation path = test.location();
    for (int i = 0; i < 3; ++i) {
        Database database(path);
        const auto opened = database.open();
        QVERIFY2(opened, StorageTest::errorOf(opened).constData());
        QCOMPARE(scalar(database.connection(), u"SELECT COUNT(*) FROM schema_version"_s), 1);
    }
}

void TestDatabase::everyThreadHasItsOwnConnection()
{
    StorageTest::TestDatabase test;
    Database &database = *test.database;
    const QString mine = database.connection().connectionName();
    QString theirs;
    qint64 count = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QSqlDatabase db = database.connection();
        theirs = db.connectionName();
        count = scalar(db, u"SELECT COUNT(*) FROM endpoints"_s);
        db = {};
        database.closeConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(30'000));
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(count, 0);
    QVERIFY(!QSqlDatabase::contains(theirs));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
