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
    void pragmasAreSet();
    void olderDatabaseIsUpgradedInPlace();
    void newerDatabaseIsRefused();
    void reopeningChangesNothing();
    void everyThreadHasItsOwnConnection();
};

namespace {

QStringList tables(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
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
    QTemporaryDir dir;
    Database database(dir.filePath(u"sub/folder/fresh.sqlite"_s));
    const auto opened = database.open();
    QVERIFY2(opened, StorageTest::errorOf(opened).constData());
    QCOMPARE(database.schemaVersion(), sqliteDialect().latestVersion());
    QCOMPARE(scalar(database.connection(), u"SELECT version FROM schema_version"_s), sqliteDialect().latestVersion());
    const QStringList names = tables(database.connection());
    for (const auto *table : {"endpoints", "samples", "rollup_minute", "rollup_hour", "endpoint_status",
             "endpoints_revision", "schema_version", "teams", "services", "service_contacts", "service_dependencies",
             "maintenance_windows", "runbook_versions", "incidents", "incident_events", "notification_deliveries"})
        QVERIFY2(names.contains(QLatin1StringView(table)), table);
}

void TestDatabase::pragmasAreSet()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"p.sqlite"_s));
    QVERIFY(database.open());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QCOMPARE(scalar(database.connection(), u"PRAGMA foreign_keys"_s), 1);
    QCOMPARE(scalar(database.connection(), u"PRAGMA synchronous"_s), 1); // NORMAL
    QCOMPARE(scalar(database.connection(), u"PRAGMA wal_autocheckpoint"_s), 10000);
}

void TestDatabase::olderDatabaseIsUpgradedInPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        SqlDialect versionOne = sqliteDialect();
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
    QCOMPARE(current.schemaVersion(), sqliteDialect().latestVersion());
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
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
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
    QVERIFY2(opened.error().contains(QString::number(sqliteDialect().latestVersion())), qPrintable(opened.error()));
    QVERIFY(!database.isOpen());
    QCOMPARE(scalar(database.connection(), u"SELECT version FROM schema_version"_s), 99);
}

void TestDatabase::reopeningChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"again.sqlite"_s);
    for (int i = 0; i < 3; ++i) {
        Database database(path);
        const auto opened = database.open();
        QVERIFY2(opened, StorageTest::errorOf(opened).constData());
        QCOMPARE(scalar(database.connection(), u"SELECT COUNT(*) FROM schema_version"_s), 1);
    }
}

void TestDatabase::everyThreadHasItsOwnConnection()
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"threads.sqlite"_s));
    QVERIFY(database.open());
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
