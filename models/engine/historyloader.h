#pragma once

#include "storage/sample.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Leitstand {

class Database;

struct EndpointSamples
{
    qint64 endpointId = 0;
    QList<Sample> samples; // newest first
};

// Reads recent history for the console in a worker thread with its own database connection: the
// heartbeat strips of every endpoint when the console opens (10,000 small index walks add up to
// a second), and the recent failures of the endpoint the detail pane shows. A newer request of the
// same kind abandons an older one, so a quick walk through the list never queues up stale reads.
class HistoryLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int batchSize = 500;
    static constexpr int failureLimit = 100;
    static constexpr int failureDays = 30;

    // `database` must be open and outlive the loader.
    explicit HistoryLoader(const Database &database, QObject *parent = nullptr);
    ~HistoryLoader() override;
    Q_DISABLE_COPY_MOVE(HistoryLoader)

    // The latest `count` samples of each endpoint, delivered in batches by heartbeatsLoaded().
    void loadHeartbeats(const QList<qint64> &endpointIds, int count);
    // The latest failures (at most failureLimit, at most failureDays old) by failuresLoaded().
    void loadFailures(qint64 endpointId);

Q_SIGNALS:
    void heartbeatsLoaded(const QList<Leitstand::EndpointSamples> &batch);
    void failuresLoaded(qint64 endpointId, const QList<Leitstand::Sample> &failures);
    void failed(const QString &message);

private:
    const Database &m_database;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    std::atomic<quint64> m_heartbeatGeneration = 0;
    std::atomic<quint64> m_failureGeneration = 0;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::EndpointSamples)
Q_DECLARE_METATYPE(Leitstand::Sample)
