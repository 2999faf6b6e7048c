#pragma once

#include "itemmodels/naturalorder.h"

#include <QSortFilterProxyModel>
#include <QString>

namespace Leitstand {

// Filters and sorts a ServiceCatalogModel for the catalog overview. Sorting uses
// ServiceCatalogModel::SortRole: names in natural order, targets and endpoint counts by value;
// equal values fall back to the service name, so that rows keep a stable order.
class ServiceCatalogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceCatalogFilterModel(QObject *parent = nullptr);

    // Case-insensitive substring of the service, its description, team and members, contacts,
    // prerequisites, dependencies in both directions or endpoints; empty shows all.
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    NaturalOrder m_order;
};

} // namespace Leitstand
