#include "uptimeloader.h"

#include "storage/database.h"
#include "storage/uptimequery.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Leitstand {

UptimeLoader::UptimeLoader(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_context(std::make_unique<QObject>())
{
    qRegisterMetaType<QList<Leitstand::EndpointUptime>>();
    m_thread.setObjectName(u"UptimeLoader"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

UptimeLoader::~UptimeLoader()
{
    ++m_generation;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            m_refreshTimer.reset();
            m_database.closeConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void UptimeLoader::setEndpoints(const QList<qint64> &endpointIds)
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, endpointIds, generation] {
            m_endpointIds = endpointIds;
            if (!m_refreshTimer) {
                auto timer = std::make_unique<QTimer>();
                connect(timer.get(), &QTimer::timeout, m_context.get(), [this] { loadInWorker(m_generation.load()); });
                timer->start(refreshIntervalMs);
                m_refreshTimer = std::move(timer);
            }
            loadInWorker(generation);
        },
        Qt::QueuedConnection);
}

void UptimeLoader::loadInWorker(quint64 generation)
{
    const UptimeQuery query(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime dayAgo = now.addDays(-1);
    const QDateTime monthAgo = now.addDays(-30);
    QList<EndpointUptime> batch;
    auto send = [this, &batch] {
        if (!batch.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, list = std::exchange(batch, {})] { Q_EMIT loaded(list); }, Qt::QueuedConnection);
    };
    for (const qint64 id : std::as_const(m_endpointIds)) {
        if (m_generation.load() != generation)
            return;
        const auto day = query.uptime(id, dayAgo, now);
        const auto month = day ? query.uptime(id, monthAgo, now) : day;
        if (!day || !month) {
            const QString message = !day ? day.error() : month.error();
            send();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
            return;
        }
        batch.append({id, day->availability(), month->availability()});
        if (batch.size() >= batchSize)
            send();
    }
    send();
}

} // namespace Leitstand
