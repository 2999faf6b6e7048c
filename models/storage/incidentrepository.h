#pragma once

#include "incidents/incidentbook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <expected>
#include <optional>

namespace Leitstand {

class Database;

// Which incidents a list shows: open ones, or those opened in a range (history), of one service or
// all. Times UTC.
struct IncidentFilter
{
    bool openOnly = true;
    QDateTime openedFrom;
    QDateTime openedBefore;
    std::optional<qint64> serviceId;
};

// Incidents and their timelines in the database. Each call uses the calling thread's connection
// and either succeeds or changes nothing; errors are translated messages.
class IncidentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::IncidentRepository)

public:
    explicit IncidentRepository(const Database &database);

    // Writes what changes did: each changed incident as the change left it, and the new timeline
    // entries, in one transaction.
    std::expected<void, QString> apply(const QList<IncidentChange> &changes);

    // What IncidentBook::load() needs to carry on after a restart: the open incidents and those
    // resolved less than holdTime before now, with their timelines, and the next free id.
    struct WorkingSet
    {
        QList<Incident> incidents;
        qint64 nextId = 1;
    };
    std::expected<WorkingSet, QString> workingSet(const QDateTime &now, std::chrono::seconds holdTime) const;

    // Newest first, without timelines.
    std::expected<QList<Incident>, QString> list(const IncidentFilter &filter) const;
    std::expected<std::optional<Incident>, QString> byId(qint64 id) const;
    std::expected<QList<IncidentEvent>, QString> timeline(qint64 incidentId) const;

private:
    const Database &m_database;
};

} // namespace Leitstand
