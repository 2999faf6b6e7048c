#include "itemmodels/incidentfiltermodel.h"

#include "itemmodels/incidentlistmodel.h"

namespace Leitstand {

IncidentFilterModel::IncidentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentListModel::SortRole);
    setDynamicSortFilter(true);
}

void IncidentFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

QList<IncidentSeverity> IncidentFilterModel::severityFilter() const
{
    QList<IncidentSeverity> list;
    for (const auto severity : {IncidentSeverity::Minor, IncidentSeverity::Major, IncidentSeverity::Critical}) {
        if (m_severities & (1U << quint32(severity)))
            list.append(severity);
    }
    return list;
}

void IncidentFilterModel::setSeverityFilter(const QList<IncidentSeverity> &severities)
{
    quint32 bits = 0;
    for (const IncidentSeverity severity : severities)
        bits |= 1U << quint32(severity);
    if (bits == m_severities)
        return;
    m_severities = bits;
    invalidateRowsFilter();
}

void IncidentFilterModel::setTeamFilter(std::optional<qint64> teamId)
{
    if (teamId == m_team)
        return;
    m_team = teamId;
    invalidateRowsFilter();
}

bool IncidentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_severities != 0 && !(m_severities & (1U << row.data(IncidentListModel::SeverityRole).toUInt())))
        return false;
    if (m_team && row.data(IncidentListModel::TeamIdRole).toLongLong() != *m_team)
        return false;
    return m_text.isEmpty()
        || row.data(IncidentListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool IncidentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue != rightValue) {
        if (leftValue.userType() == QMetaType::QString)
            return m_order.less(leftValue.toString(), rightValue.toString());
        return leftValue.toLongLong() < rightValue.toLongLong();
    }
    // QSortFilterProxyModel sorts descending by asking lessThan(right, left): swapping back keeps
    // ties in the same order either way, the longest-running incident first.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const QModelIndex a = descending ? right : left;
    const QModelIndex b = descending ? left : right;
    const auto opened = [](const QModelIndex &index) {
        return index.sibling(index.row(), IncidentListModel::OpenedAt).data(IncidentListModel::SortRole).toLongLong();
    };
    if (opened(a) != opened(b))
        return opened(a) < opened(b);
    return a.data(IncidentListModel::IncidentIdRole).toLongLong()
        < b.data(IncidentListModel::IncidentIdRole).toLongLong();
}

} // namespace Leitstand
