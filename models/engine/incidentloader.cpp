#include "engine/incidentloader.h"

#include "storage/database.h"
#include "storage/deliveryrepository.h"
#include "storage/endpointrepository.h"
#include "storage/incidentrepository.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Leitstand {

IncidentLoader::IncidentLoader(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_context(std::make_unique<QObject>())
{
    qRegisterMetaType<QList<Leitstand::Incident>>();
    qRegisterMetaType<QList<Leitstand::IncidentEvent>>();
    qRegisterMetaType<Leitstand::CatalogNames>();
    qRegisterMetaType<Leitstand::CatalogSnapshot>();
    qRegisterMetaType<QList<Leitstand::NotificationDelivery>>();
    m_thread.setObjectName(u"IncidentLoader"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

IncidentLoader::~IncidentLoader()
{
    ++m_incidentsGeneration;
    ++m_namesGeneration;
    ++m_timelineGeneration;
    ++m_catalogGeneration;
    ++m_deliveriesGeneration;
    // The connection belongs to the worker thread: close it there before the thread ends.
    QMetaObject::invokeMethod(m_context.get(), [this] { m_database.closeConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename Read, typename Deliver>
void IncidentLoader::run(std::atomic<quint64> &generation, Read read, Deliver deliver, std::function<void()> settled)
{
    const quint64 mine = ++generation;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, &generation, mine, read = std::move(read), deliver = std::move(deliver), settled = std::move(settled)] {
            if (generation.load() != mine)
                return;
            auto result = read();
            QMetaObject::invokeMethod(
                this,
                [this, &generation, mine, deliver, settled, result = std::move(result)] {
                    if (generation.load() != mine)
                        return;
                    if (settled)
                        settled();
                    if (result)
                        deliver(*result);
                    else
                        Q_EMIT failed(result.error());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void IncidentLoader::loadIncidents(bool includeHistory)
{
    m_incidentsPending = true;
    m_includeHistory = includeHistory;
    run(
        m_incidentsGeneration,
        [this, includeHistory]() -> std::expected<QList<Incident>, QString> {
            const IncidentRepository repository(m_database);
            auto open = repository.list(IncidentFilter {});
            if (!open || !includeHistory)
                return open;
            // Open incidents older than the history still belong in it: read both and merge.
            IncidentFilter recent;
            recent.openOnly = false;
            recent.openedFrom = QDateTime::currentDateTimeUtc().addDays(-historyDays);
            auto history = repository.list(recent);
            if (!history)
                return history;
            QSet<qint64> listed;
            for (const Incident &incident : std::as_const(*history))
                listed.insert(incident.id);
            for (const Incident &incident : std::as_const(*open)) {
                if (!listed.contains(incident.id))
                    history->append(incident);
            }
            return history;
        },
        [this, includeHistory](const QList<Incident> &incidents) { Q_EMIT incidentsLoaded(incidents, includeHistory); },
        [this] { m_incidentsPending = false; });
}

void IncidentLoader::loadNames()
{
    run(
        m_namesGeneration, [this] { return CatalogRepository(m_database).names(); },
        [this](const CatalogNames &names) { Q_EMIT namesLoaded(names); });
}

void IncidentLoader::loadTimeline(qint64 incidentId)
{
    m_timelinePending = incidentId;
    if (incidentId == 0) {
        ++m_timelineGeneration;
        return;
    }
    run(
        m_timelineGeneration, [this, incidentId] { return IncidentRepository(m_database).timeline(incidentId); },
        [this, incidentId](const QList<IncidentEvent> &events) { Q_EMIT timelineLoaded(incidentId, events); },
        [this] { m_timelinePending = 0; });
}

void IncidentLoader::refreshCatalog()
{
    run(
        m_catalogGeneration,
        [this, known = m_catalogRevisions]() -> std::expected<std::optional<CatalogSnapshot>, QString> {
            const CatalogRepository catalog(m_database);
            const auto catalogRevision = catalog.revision();
            if (!catalogRevision)
                return std::unexpected(catalogRevision.error());
            const auto endpointRevision = EndpointRepository(m_database).revision();
            if (!endpointRevision)
                return std::unexpected(endpointRevision.error());
            const std::pair revisions {*catalogRevision, *endpointRevision};
            if (known == revisions)
                return std::optional<CatalogSnapshot>();
            auto read = catalog.catalog();
            if (!read)
                return std::unexpected(read.error());
            auto endpoints = catalog.endpointNamesByService();
            if (!endpoints)
                return std::unexpected(endpoints.error());
            return std::optional<CatalogSnapshot>(CatalogSnapshot {revisions, *std::move(read), *std::move(endpoints)});
        },
        [this](const std::optional<CatalogSnapshot> &snapshot) {
            if (!snapshot)
                return;
            m_catalogRevisions = snapshot->revisions;
            Q_EMIT catalogLoaded(*snapshot);
        });
}

void IncidentLoader::loadDeliveries(qint64 incidentId)
{
    m_deliveriesPending = incidentId;
    if (incidentId == 0) {
        ++m_deliveriesGeneration;
        return;
    }
    run(
        m_deliveriesGeneration, [this, incidentId] { return DeliveryRepository(m_database).forIncident(incidentId); },
        [this, incidentId](
            const QList<NotificationDelivery> &deliveries) { Q_EMIT deliveriesLoaded(incidentId, deliveries); },
        [this] { m_deliveriesPending = 0; });
}

void IncidentLoader::noteDelivery(const NotificationDelivery &delivery)
{
    // Stored before it was announced, like the incident changes.
    if (m_deliveriesPending != 0 && delivery.incidentId == m_deliveriesPending)
        loadDeliveries(m_deliveriesPending);
}

void IncidentLoader::noteChanges(const QList<IncidentChange> &changes)
{
    if (changes.isEmpty())
        return;
    // The changes are stored before they are announced: a read started now sees them.
    if (m_incidentsPending)
        loadIncidents(m_includeHistory);
    if (m_timelinePending != 0) {
        for (const IncidentChange &change : changes) {
            if (change.incidentId == m_timelinePending) {
                loadTimeline(m_timelinePending);
                break;
            }
        }
    }
}

} // namespace Leitstand
