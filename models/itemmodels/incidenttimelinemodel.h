#pragma once

#include "incidents/incident.h"
#include "storage/catalogrepository.h"

#include <QAbstractListModel>
#include <QList>

namespace Leitstand {

// The timeline of one incident, newest first, each entry worded in the UI language with its time
// and who did it. Filled by the loaded timeline and extended by the entries of live changes.
class IncidentTimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles : int {
        TimeRole = Qt::UserRole + 1, // QDateTime, UTC
        KindRole, // int of IncidentEvent::Kind
        ActorRole, // empty when Leitstand did it on its own
        SentenceRole, // what happened, without the time
    };

    explicit IncidentTimelineModel(QObject *parent = nullptr);

    qint64 incidentId() const { return m_incidentId; }
    // Another incident (0: none): empties the list until setEvents() fills it.
    void setIncident(qint64 incidentId);
    // The stored timeline, oldest first as the repository reads it; ignored for other incidents.
    void setEvents(qint64 incidentId, const QList<IncidentEvent> &events);
    // Entries of a live change, oldest first; ignored for other incidents.
    void appendEvents(qint64 incidentId, const QList<IncidentEvent> &events);
    void setNames(const CatalogNames &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    qint64 m_incidentId = 0;
    QList<IncidentEvent> m_events; // newest first
    CatalogNames m_names;
};

} // namespace Leitstand
