#include "storage/databaselocation.h"
#include "storage/sqldialect.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestDatabaseLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteFile();
    void postgresqlUrl_data();
    void postgresqlUrl();
    void refused_data();
    void refused();
};

void TestDatabaseLocation::sqliteFile()
{
    const auto location = DatabaseLocation::parse(u"/var/lib/leitstand/db.sqlite"_s);
    QVERIFY(location);
    QCOMPARE(location->engine(), DatabaseLocation::Engine::Sqlite);
    QVERIFY(!location->isShared());
    QCOMPARE(location->databaseName(), u"/var/lib/leitstand/db.sqlite"_s);
    QCOMPARE(location->dialect().driverName, u"QSQLITE"_s);
    QVERIFY(location->secretKey().isEmpty());
}

void TestDatabaseLocation::postgresqlUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("secretKey");

    QTest::addRow("plain") << u"postgresql://leitstand@db.intern:5433/betrieb"_s << u"db.intern"_s << 5433
                           << u"leitstand"_s << u"betrieb"_s << u"connect_timeout=10"_s
                           << u"database/leitstand@db.intern:5433/betrieb"_s;
    QTest::addRow("default port, short scheme")
        << u"postgres://anna@127.0.0.1/leitstand"_s << u"127.0.0.1"_s << 5432 << u"anna"_s << u"leitstand"_s
        << u"connect_timeout=10"_s << u"database/anna@127.0.0.1:5432/leitstand"_s;
    QTest::addRow("tls") << u"postgresql://anna@db/leitstand?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"_s
                         << u"db"_s << 5432 << u"anna"_s << u"leitstand"_s
                         << u"connect_timeout=10;sslmode=verify-full;sslrootcert=/etc/ssl/ca.pem"_s
                         << u"database/anna@db:5432/leitstand"_s;
    QTest::addRow("own timeout and schema")
        << u"postgresql://anna@db/leitstand?connect_timeout=3&schema=team_a"_s << u"db"_s << 5432 << u"anna"_s
        << u"leitstand"_s << u"connect_timeout=3;options=-csearch_path=team_a"_s
        << u"database/anna@db:5432/leitstand"_s;
}

void TestDatabaseLocation::postgresqlUrl()
{
    QFETCH(QString, url);
    const auto location = DatabaseLocation::parse(url);
    QVERIFY2(location, location ? "" : qPrintable(location.error()));
    QCOMPARE(location->engine(), DatabaseLocation::Engine::PostgreSql);
    QCOMPARE(location->dialect().driverName, u"QPSQL"_s);
    QTEST(location->host(), "host");
    QTEST(location->port(), "port");
    QTEST(location->userName(), "user");
    QTEST(location->databaseName(), "database");
    QTEST(location->connectOptions(), "options");
    QTEST(location->secretKey(), "secretKey");
    QVERIFY(location->password().isEmpty());
    QVERIFY(location->displayName().startsWith(u"postgresql://"_s));
}

void TestDatabaseLocation::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty") << u" "_s << u"No database"_s;
    QTest::addRow("password in the URL") << u"postgresql://anna:geheim@db/leitstand"_s
                                         << u"leitstand secret set database/anna@db:5432/leitstand"_s;
    QTest::addRow("no user") << u"postgresql://db/leitstand"_s << u"names no user"_s;
    QTest::addRow("no database") << u"postgresql://anna@db"_s << u"names no database"_s;
    QTest::addRow("no host") << u"postgresql:///leitstand"_s << u"no host"_s;
    QTest::addRow("unknown setting") << u"postgresql://anna@db/leitstand?sslmod=require"_s << u"sslmod"_s;
    QTest::addRow("option smuggled in") << u"postgresql://anna@db/leitstand?sslmode=require%20host=evil"_s
                                        << u"sslmode"_s;
    QTest::addRow("schema not a name") << u"postgresql://anna@db/leitstand?schema=a;drop"_s << u"a;drop"_s;
}

void TestDatabaseLocation::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto location = DatabaseLocation::parse(text);
    QVERIFY(!location);
    QVERIFY2(location.error().contains(message), qPrintable(location.error()));
    QVERIFY2(!location.error().contains(u"geheim"_s), qPrintable(location.error()));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
