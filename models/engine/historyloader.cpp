#include "engine/historyloader.h"

#include "storage/database.h"
#include "storage/recentsamplequery.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Leitstand {

HistoryLoader::HistoryLoader(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_context(std::make_unique<QObject>())
{
    qRegisterMetaType<QList<Leitstand::EndpointSamples>>();
    qRegisterMetaType<QList<Leitstand::Sample>>();
    m_thread.setObjectName(u"HistoryLoader"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

HistoryLoader::~HistoryLoader()
{
    ++m_heartbeatGeneration;
    ++m_failureGeneration;
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(m_context.get(), [this] { m_database.closeConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HistoryLoader::loadHeartbeats(const QList<qint64> &endpointIds, int count)
{
    const quint64 generation = ++m_heartbeatGeneration;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, endpointIds, count, generation] {
            const RecentSampleQuery query(m_database);
            QList<EndpointSamples> batch;
            auto send = [this, &batch] {
                if (!batch.isEmpty())
                    QMetaObject::invokeMethod(
                        this, [this, list = std::exchange(batch, {})] { Q_EMIT heartbeatsLoaded(list); },
                        Qt::QueuedConnection);
            };
            for (const qint64 id : endpointIds) {
                if (m_heartbeatGeneration.load() != generation)
                    return;
                auto samples = query.latest(id, count);
                if (!samples) {
                    send();
                    QMetaObject::invokeMethod(
                        this, [this, message = samples.error()] { Q_EMIT failed(message); }, Qt::QueuedConnection);
                    return;
                }
                if (!samples->isEmpty())
                    batch.append({id, std::move(*samples)});
                if (batch.size() >= batchSize)
                    send();
            }
            send();
        },
        Qt::QueuedConnection);
}

void HistoryLoader::loadFailures(qint64 endpointId)
{
    const quint64 generation = ++m_failureGeneration;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, endpointId, generation] {
            // Skipped, not merely dropped: the detail pane may ask for every row the user walks past.
            if (m_failureGeneration.load() != generation)
                return;
            const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-failureDays);
            auto failures = RecentSampleQuery(m_database).failures(endpointId, since, failureLimit);
            QMetaObject::invokeMethod(
                this,
                [this, endpointId, generation, failures = std::move(failures)] {
                    if (m_failureGeneration.load() != generation)
                        return;
                    if (failures)
                        Q_EMIT failuresLoaded(endpointId, *failures);
                    else
                        Q_EMIT failed(failures.error());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Leitstand
