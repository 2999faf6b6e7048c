#pragma once

#include "monitoring/endpoint.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/sample.h"

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

// A fresh database in a temporary folder.
struct TestDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;

    TestDatabase()
    {
        database = std::make_unique<Database>(dir.filePath(QStringLiteral("test.sqlite")));
        const auto opened = database->open();
        if (!opened)
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
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
