#include "itemmodels/incidentlistmodel.h"

#include "itemmodels/endpointtext.h"
#include "itemmodels/incidenttext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Leitstand {

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_durationTimer.setInterval(durationRefreshMs);
    // Minute precision is all the column shows; a coarse timer wakes nobody up for nothing.
    m_durationTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_durationTimer, &QTimer::timeout, this, &IncidentListModel::refreshDurations);
}

void IncidentListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshDurations();
}

void IncidentListModel::setNames(const CatalogNames &names)
{
    m_names = names;
    if (!m_incidents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void IncidentListModel::setIncludeResolved(bool include)
{
    if (include == m_includeResolved)
        return;
    m_includeResolved = include;
    if (include)
        return;
    QList<qint64> resolved;
    for (const Incident &incident : std::as_const(m_incidents)) {
        if (!incident.isOpen())
            resolved.append(incident.id);
    }
    for (const qint64 id : std::as_const(resolved))
        removeRowOf(id);
    Q_EMIT countsChanged();
}

void IncidentListModel::setIncidents(const QList<Incident> &incidents)
{
    QSet<qint64> listed;
    for (const Incident &incident : incidents) {
        if (incident.isOpen() || m_includeResolved)
            listed.insert(incident.id);
    }
    QList<qint64> gone;
    for (const Incident &incident : std::as_const(m_incidents)) {
        if (!listed.contains(incident.id))
            gone.append(incident.id);
    }
    for (const qint64 id : std::as_const(gone))
        removeRowOf(id);
    for (const Incident &incident : incidents)
        upsert(incident);
    updateTimer();
    Q_EMIT countsChanged();
}

void IncidentListModel::applyChanges(const QList<IncidentChange> &changes)
{
    for (const IncidentChange &change : changes)
        upsert(change.incident);
    updateTimer();
    Q_EMIT countsChanged();
}

void IncidentListModel::upsert(const Incident &incident)
{
    if (!incident.isOpen() && !m_includeResolved) {
        removeRowOf(incident.id);
        return;
    }
    Incident stored = incident;
    stored.timeline.clear(); // the timeline model shows those, for one incident at a time
    if (const auto row = m_rowOf.constFind(incident.id); row != m_rowOf.cend()) {
        m_incidents[*row] = std::move(stored);
        Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
        return;
    }
    const int row = int(m_incidents.size());
    beginInsertRows({}, row, row);
    m_incidents.append(std::move(stored));
    m_rowOf.insert(incident.id, row);
    endInsertRows();
}

void IncidentListModel::removeRowOf(qint64 id)
{
    const auto found = m_rowOf.constFind(id);
    if (found == m_rowOf.cend())
        return;
    const int row = *found;
    beginRemoveRows({}, row, row);
    m_incidents.removeAt(row);
    rebuildRowIndex();
    endRemoveRows();
}

void IncidentListModel::rebuildRowIndex()
{
    // Incidents are tens, not thousands: rebuilding after a removal costs nothing worth a cleverer map.
    m_rowOf.clear();
    for (int row = 0; row < m_incidents.size(); ++row)
        m_rowOf.insert(m_incidents.at(row).id, row);
}

void IncidentListModel::updateTimer()
{
    if (openCount() > 0) {
        if (!m_durationTimer.isActive())
            m_durationTimer.start();
    } else {
        m_durationTimer.stop();
    }
}

void IncidentListModel::refreshDurations()
{
    for (int row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents.at(row).isOpen())
            Q_EMIT dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole, SortRole});
    }
}

const Incident *IncidentListModel::incident(qint64 id) const
{
    const auto row = m_rowOf.constFind(id);
    return row == m_rowOf.cend() ? nullptr : &m_incidents.at(*row);
}

QModelIndex IncidentListModel::indexOf(qint64 id, int column) const
{
    const auto row = m_rowOf.constFind(id);
    return row == m_rowOf.cend() ? QModelIndex() : index(*row, column);
}

qsizetype IncidentListModel::openCount() const
{
    return std::ranges::count_if(m_incidents, [](const Incident &incident) { return incident.isOpen(); });
}

qint64 IncidentListModel::durationSeconds(const Incident &incident) const
{
    const QDateTime end = incident.isOpen() ? m_clock() : incident.resolvedAt;
    return std::max<qint64>(0, incident.openedAt.secsTo(end));
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::display(const Incident &incident, int column) const
{
    switch (column) {
    case Severity:
        return incidentSeverityDisplayName(incident.severity);
    case Service:
        return IncidentText::serviceName(incident.serviceId, m_names);
    case Title:
        return IncidentText::title(incident, m_names);
    case Team:
        return IncidentText::teamName(incident.teamId, m_names);
    case State:
        return incidentStateDisplayName(incident.state);
    case OpenedAt:
        return EndpointText::time(incident.openedAt);
    case Duration:
        return IncidentText::duration(durationSeconds(incident));
    case Endpoints:
        return IncidentText::endpointList(incident.affectedEndpoints, m_names);
    case AcknowledgedBy:
        return incident.acknowledgedBy;
    default:
        return {};
    }
}

QVariant IncidentListModel::sortValue(const Incident &incident, int column) const
{
    switch (column) {
    case Severity:
        return int(incident.severity);
    case State:
        return int(incident.state);
    case OpenedAt:
        return incident.openedAt.toMSecsSinceEpoch();
    case Duration:
        return durationSeconds(incident);
    case Endpoints:
        return int(incident.affectedEndpoints.size());
    default:
        return display(incident, column);
    }
}

QString IncidentListModel::searchText(const Incident &incident) const
{
    QStringList parts;
    for (const int column : {Service, Title, Team, Endpoints, AcknowledgedBy})
        parts.append(display(incident, column).toString());
    return parts.join(u'\n');
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &incident = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(incident, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Endpoints && !incident.downEndpoints.isEmpty()) {
            return tr("Down now: %1\nAffected: %2")
                .arg(IncidentText::endpointList(incident.downEndpoints, m_names),
                    IncidentText::endpointList(incident.affectedEndpoints, m_names));
        }
        if (index.column() == Duration && incident.isOpen())
            return tr("Open for %1").arg(display(incident, Duration).toString());
        return display(incident, index.column());
    case IncidentIdRole:
        return incident.id;
    case SortRole:
        return sortValue(incident, index.column());
    case SeverityRole:
        return int(incident.severity);
    case StateRole:
        return int(incident.state);
    case TeamIdRole:
        return incident.teamId;
    case SearchTextRole:
        return searchText(incident);
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Service:
        return tr("Service");
    case Title:
        return tr("Incident");
    case Team:
        return tr("Team");
    case State:
        return tr("State");
    case OpenedAt:
        return tr("Opened");
    case Duration:
        return tr("Duration");
    case Endpoints:
        return tr("Affected endpoints");
    case AcknowledgedBy:
        return tr("Acknowledged by");
    default:
        return {};
    }
}

} // namespace Leitstand
