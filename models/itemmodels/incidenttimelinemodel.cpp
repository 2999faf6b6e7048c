#include "itemmodels/incidenttimelinemodel.h"

#include "itemmodels/endpointtext.h"
#include "itemmodels/incidenttext.h"

#include <algorithm>

namespace Leitstand {

IncidentTimelineModel::IncidentTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void IncidentTimelineModel::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    beginResetModel();
    m_incidentId = incidentId;
    m_events.clear();
    endResetModel();
}

void IncidentTimelineModel::setEvents(qint64 incidentId, const QList<IncidentEvent> &events)
{
    if (incidentId != m_incidentId || incidentId == 0)
        return;
    beginResetModel();
    m_events = events;
    std::ranges::reverse(m_events);
    endResetModel();
}

void IncidentTimelineModel::appendEvents(qint64 incidentId, const QList<IncidentEvent> &events)
{
    if (incidentId != m_incidentId || incidentId == 0)
        return;
    // A load that started after the change was stored already holds its entries, and its answer
    // may arrive before the change does.
    QList<IncidentEvent> fresh;
    for (const IncidentEvent &event : events) {
        if (!m_events.contains(event))
            fresh.append(event);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    for (const IncidentEvent &event : std::as_const(fresh))
        m_events.prepend(event);
    endInsertRows();
}

void IncidentTimelineModel::setNames(const CatalogNames &names)
{
    m_names = names;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int IncidentTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant IncidentTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return tr("%1 – %2", "timeline entry: time – what happened")
            .arg(EndpointText::time(event.at), IncidentText::event(event, m_names));
    case TimeRole:
        return event.at;
    case KindRole:
        return int(event.kind);
    case ActorRole:
        return event.actor;
    case SentenceRole:
        return IncidentText::event(event, m_names);
    default:
        return {};
    }
}

} // namespace Leitstand
