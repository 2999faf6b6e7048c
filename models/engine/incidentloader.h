#pragma once

#include "catalog/servicecatalog.h"
#include "incidents/incidentbook.h"
#include "storage/catalogrepository.h"
#include "storage/deliveryrepository.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Leitstand {

class Database;

// The service catalog as the overview shows it: the catalog and which endpoints measure each
// service, as of one revision of both.
struct CatalogSnapshot
{
    std::pair<qint64, qint64> revisions; // catalog, endpoints
    ServiceCatalog catalog;
    QHash<QString, QStringList> endpointsByService;
};

// Reads what the incident views show in a worker thread with its own database connection: the
// incident list (open ones, or with the history of the last historyDays days), the names of
// services, teams and endpoints, the timeline and team notifications of the incident the detail
// shows, and the service catalog.
//
// A newer request of a kind makes older ones stale: they are skipped if not started and dropped
// if done. Live changes can overtake a read that started before they were stored: noteChanges()
// asks again for whatever pending read they concern, so the answer never shows an older state
// than the changes did.
class IncidentLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int historyDays = 30;

    // `database` must be open and outlive the loader.
    explicit IncidentLoader(const Database &database, QObject *parent = nullptr);
    ~IncidentLoader() override;
    Q_DISABLE_COPY_MOVE(IncidentLoader)

    // The open incidents, with `includeHistory` also those opened within historyDays, by
    // incidentsLoaded().
    void loadIncidents(bool includeHistory);
    void loadNames();
    void loadTimeline(qint64 incidentId);
    void loadDeliveries(qint64 incidentId);
    void noteChanges(const QList<Leitstand::IncidentChange> &changes);
    // Reads the catalog if it or the endpoints changed since the last catalogLoaded() (two rows
    // read otherwise): cheap enough for a timer.
    void refreshCatalog();
    // As noteChanges(), for a team notification that was queued or attempted.
    void noteDelivery(const Leitstand::NotificationDelivery &delivery);

    bool isLoadingIncidents() const { return m_incidentsPending; }
    bool isLoadingTimeline() const { return m_timelinePending != 0; }
    bool isLoadingDeliveries() const { return m_deliveriesPending != 0; }

Q_SIGNALS:
    void incidentsLoaded(const QList<Leitstand::Incident> &incidents, bool includesHistory);
    void namesLoaded(const Leitstand::CatalogNames &names);
    void timelineLoaded(qint64 incidentId, const QList<Leitstand::IncidentEvent> &events);
    void catalogLoaded(const Leitstand::CatalogSnapshot &snapshot);
    void deliveriesLoaded(qint64 incidentId, const QList<Leitstand::NotificationDelivery> &deliveries);
    void failed(const QString &message);

private:
    // Runs `read` in the worker unless `generation` moved on, and in this object's thread, unless
    // it moved on meanwhile, calls `settled` and hands the result to `deliver` or failed().
    template<typename Read, typename Deliver>
    void run(std::atomic<quint64> &generation, Read read, Deliver deliver, std::function<void()> settled = {});

    const Database &m_database;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    std::atomic<quint64> m_incidentsGeneration = 0;
    std::atomic<quint64> m_namesGeneration = 0;
    std::atomic<quint64> m_timelineGeneration = 0;
    std::atomic<quint64> m_catalogGeneration = 0;
    std::optional<std::pair<qint64, qint64>> m_catalogRevisions; // of the last catalogLoaded()
    std::atomic<quint64> m_deliveriesGeneration = 0;
    // In this object's thread: what the latest requests asked for, while they are pending.
    bool m_incidentsPending = false;
    bool m_includeHistory = false;
    qint64 m_timelinePending = 0;
    qint64 m_deliveriesPending = 0;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::CatalogNames)
Q_DECLARE_METATYPE(Leitstand::CatalogSnapshot)
