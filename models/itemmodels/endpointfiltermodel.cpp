#include "itemmodels/endpointfiltermodel.h"

#include "itemmodels/endpointtreemodel.h"

namespace Leitstand {

namespace {

constexpr quint32 stateBit(EndpointState state)
{
    return 1U << quint32(state);
}

constexpr EndpointState allStates[] = {
    EndpointState::Unknown,
    EndpointState::Up,
    EndpointState::Degraded,
    EndpointState::Down,
    EndpointState::Paused,
    EndpointState::Maintenance,
};

} // namespace

EndpointFilterModel::EndpointFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    setSortRole(EndpointTreeModel::SortRole);
}

void EndpointFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

QList<EndpointState> EndpointFilterModel::stateFilter() const
{
    QList<EndpointState> states;
    for (const EndpointState state : allStates) {
        if ((m_states & stateBit(state)) != 0)
            states.append(state);
    }
    return states;
}

void EndpointFilterModel::setStateFilter(const QList<EndpointState> &states)
{
    quint32 bits = 0;
    for (const EndpointState state : states)
        bits |= stateBit(state);
    if (bits == m_states)
        return;
    m_states = bits;
    invalidateRowsFilter();
}

void EndpointFilterModel::setServiceFilter(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    invalidateRowsFilter();
}

bool EndpointFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // A service is shown through its endpoints (recursive filtering), never on its own.
    if (!sourceParent.isValid())
        return false;
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, EndpointTreeModel::State, sourceParent);
    if (!m_service.isEmpty() && index.data(EndpointTreeModel::ServiceRole).toString() != m_service)
        return false;
    if (m_states != 0 && (m_states & stateBit(EndpointState(index.data(EndpointTreeModel::StateRole).toInt()))) == 0)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto matches = [this](const QVariant &value) {
        return value.toString().contains(m_text, Qt::CaseInsensitive);
    };
    return matches(source->index(sourceRow, EndpointTreeModel::Name, sourceParent).data())
        || matches(source->index(sourceRow, EndpointTreeModel::Target, sourceParent).data())
        || matches(index.data(EndpointTreeModel::ServiceRole)) || matches(index.data(EndpointTreeModel::ErrorTextRole));
}

bool EndpointFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // QSortFilterProxyModel sorts descending by asking lessThan(right, left). Swapping the
    // arguments back for descending gives orders that stay ascending either way.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const auto alwaysAscending = [descending](const auto &less, const QModelIndex &a, const QModelIndex &b) {
        return descending ? less(b, a) : less(a, b);
    };
    const auto byName = [this](const QModelIndex &a, const QModelIndex &b) {
        return m_order.less(
            a.data(EndpointTreeModel::ServiceRole).toString(), b.data(EndpointTreeModel::ServiceRole).toString());
    };
    const auto byRow = [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    };

    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());

    if (left.data(EndpointTreeModel::IsServiceRole).toBool()) {
        if (left.column() == EndpointTreeModel::Name)
            return byName(left, right);
        if (left.column() == EndpointTreeModel::State && leftValue != rightValue)
            return leftValue.toInt() < rightValue.toInt();
        return alwaysAscending(byName, left, right);
    }

    if (!leftValue.isValid() || !rightValue.isValid()) {
        if (leftValue.isValid() != rightValue.isValid())
            return descending ? !leftValue.isValid() : !rightValue.isValid(); // empty last
        return alwaysAscending(byRow, left, right);
    }
    if (leftValue.userType() == QMetaType::QString && rightValue.userType() == QMetaType::QString) {
        const QString leftText = leftValue.toString();
        const QString rightText = rightValue.toString();
        if (leftText != rightText)
            return m_order.less(leftText, rightText);
    } else {
        const QPartialOrdering order = QVariant::compare(leftValue, rightValue);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    // The source model keeps endpoints sorted by name.
    return alwaysAscending(byRow, left, right);
}

} // namespace Leitstand
