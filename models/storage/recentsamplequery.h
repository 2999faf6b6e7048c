#pragma once

#include "storage/sample.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <expected>

namespace Leitstand {

class Database;

// The newest samples of one endpoint, newest first: the heartbeat strip of a freshly opened
// console and the detail pane's list of recent failures. Both walk the samples' primary key
// (endpoint_id, t) backwards, so a limit costs as many rows as it returns.
class RecentSampleQuery final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::RecentSampleQuery)

public:
    explicit RecentSampleQuery(const Database &database);

    std::expected<QList<Sample>, QString> latest(qint64 endpointId, int limit) const;
    // Samples with an error (the check failed or was slow), no older than `since`.
    std::expected<QList<Sample>, QString> failures(qint64 endpointId, const QDateTime &since, int limit) const;

private:
    std::expected<QList<Sample>, QString> select(
        const QString &sql, qint64 endpointId, qint64 sinceSeconds, int limit) const;

    const Database &m_database;
};

} // namespace Leitstand
