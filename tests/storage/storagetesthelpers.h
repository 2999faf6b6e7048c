#pragma once

#include "monitoring/endpoint.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/sample.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <expected>
#include <memory>

namespace Leitstand::StorageTest {

inline Endpoint endpoint(const QString &service, const QString &name, int intervalMs = 60'000)
{
    Endpoint e;
    e.service = service;
    e.name = name;
    e.kind = CheckKind::Https;
    e.target = QStringLiteral("https://%1.example.org/health").arg(name);
    e.intervalMs = intervalMs;
    return e;
}

inline Sample sample(
    qint64 endpointId, qint64 second, EndpointState state, int latencyMs = 100, CheckError error = CheckError::Ok)
{
    return Sample {.endpointId = endpointId,
        .timeMs = second * 1000,
        .latencyMs = latencyMs,
        .state = state,
        .error = error,
        .detail = {}};
}

// For QVERIFY2, which evaluates its message even when the check passes.
template<typename T>
QByteArray errorOf(const std::expected<T, QString> &result)
{
    return result ? QByteArray() : result.error().toLocal8Bit();
}

// 2024-05-01T00:00:00Z: whole hours and minutes start here.
constexpr qint64 t0 = 1714521600;

// The PostgreSQL server the test runs against (tests/support/with-postgresql), or empty: then the
// storage tests run on SQLite. ctest runs every storage test both ways.
inline QString postgresqlUrl()
{
    return qEnvironmentVariable("LEITSTAND_TEST_POSTGRESQL");
}

// Runs statements on the test server as its superuser, outside any Database.
inline void administer(const QStringList &statements)
{
    const QString name = QStringLiteral("leitstand-test-admin");
    {
        const auto location = DatabaseLocation::parse(postgresqlUrl());
        if (!location)
            qFatal("LEITSTAND_TEST_POSTGRESQL: %s", qPrintable(location.error()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location->host());
        db.setPort(location->port());
        db.setUserName(location->userName());
        db.setDatabaseName(location->databaseName());
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

// A fresh database: a file in a temporary folder, or, against PostgreSQL, a schema of its own that
// is dropped afterwards.
struct TestDatabase
{
    QTemporaryDir dir;
    QString schema;
    std::unique_ptr<Database> database;

    TestDatabase()
    {
        database = std::make_unique<Database>(location());
        const auto opened = database->open();
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
    }

    ~TestDatabase()
    {
        database.reset();
        if (!schema.isEmpty())
            administer({QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)});
    }
    Q_DISABLE_COPY_MOVE(TestDatabase)

    // Where a second Database on the same data would point.
    DatabaseLocation location()
    {
        if (postgresqlUrl().isEmpty())
            return DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("test.sqlite")));
        if (schema.isEmpty()) {
            static int serial = 0;
            schema = QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
            administer({QStringLiteral("CREATE SCHEMA %1").arg(schema)});
        }
        return *DatabaseLocation::parse(postgresqlUrl() + QStringLiteral("?schema=") + schema);
    }

    qint64 addEndpoint(const QString &name, int intervalMs = 60'000)
    {
        EndpointRepository repository(*database);
        const auto id = repository.add(endpoint(QStringLiteral("svc"), name, intervalMs));
        if (!id)
            qFatal("cannot add an endpoint: %s", qPrintable(id.error()));
        return *id;
    }
};

} // namespace Leitstand::StorageTest
