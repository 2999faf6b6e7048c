#include "itemmodels/servicecatalogfiltermodel.h"

#include "itemmodels/servicecatalogmodel.h"

namespace Leitstand {

ServiceCatalogFilterModel::ServiceCatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ServiceCatalogModel::SortRole);
    setDynamicSortFilter(true);
}

void ServiceCatalogFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool ServiceCatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return row.data(ServiceCatalogModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool ServiceCatalogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue != rightValue) {
        if (leftValue.userType() == QMetaType::QString)
            return m_order.less(leftValue.toString(), rightValue.toString());
        return leftValue.toDouble() < rightValue.toDouble();
    }
    // Descending sorts ask lessThan(right, left): swapping back keeps ties by name ascending.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const QModelIndex a = descending ? right : left;
    const QModelIndex b = descending ? left : right;
    return m_order.less(a.data(ServiceCatalogModel::ServiceNameRole).toString(),
        b.data(ServiceCatalogModel::ServiceNameRole).toString());
}

} // namespace Leitstand
