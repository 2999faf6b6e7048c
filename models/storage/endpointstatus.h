#pragma once

#include "monitoring/checkresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Leitstand {

class Database;

// The latest state of an endpoint, kept up to date by the SampleWriter, so that the console shows
// it without scanning samples.
struct EndpointStatus
{
    qint64 endpointId = 0;
    EndpointState state = EndpointState::Unknown;
    QDateTime since; // UTC: the first sample of the current state
    QDateTime lastResultAt; // UTC: the latest sample
    CheckError error = CheckError::Ok; // of the latest sample
    // The latest sample that had an error (invalid time and Ok if none had).
    CheckError lastError = CheckError::Ok;
    QDateTime lastErrorAt;
    QString lastErrorDetail;
    // Of the latest sample, if that check was answered (Up or Degraded).
    std::optional<int> latencyMs;
};

class EndpointStatusQuery final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::EndpointStatusQuery)

public:
    explicit EndpointStatusQuery(const Database &database);

    // Endpoints without any sample are left out.
    std::expected<QList<EndpointStatus>, QString> all() const;
    std::expected<std::optional<EndpointStatus>, QString> byEndpoint(qint64 endpointId) const;

private:
    std::expected<QList<EndpointStatus>, QString> select(std::optional<qint64> endpointId) const;

    const Database &m_database;
};

} // namespace Leitstand
