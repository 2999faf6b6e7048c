#pragma once

#include "itemmodels/naturalorder.h"
#include "monitoring/checkresult.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace Leitstand {

// Filters and sorts an EndpointTreeModel for the overview.
//
// Filtering looks at endpoints only: a service row is shown while at least one of its endpoints
// passes (recursive filtering), so that a filtered view never shows empty services. The criteria
// combine with "and"; each one that is empty lets everything through.
//
// Sorting uses EndpointTreeModel::SortRole, so numbers sort as numbers. What operators expect:
// - Endpoints sort by the column within their service, and the services stay groups.
// - Services sort by their worst state in the State column (Down first when descending, the usual
//   way to look for trouble) and by name in every other column, always A to Z unless the Name
//   column is sorted descending: a column such as Latency means nothing for a whole service.
// - Empty values (no result yet, uptime not measured) come last in both directions, so that
//   sorting by latency or uptime shows the interesting endpoints at the top.
// - Equal values keep the order by name in both directions, so rows do not jump around among
//   equals when live updates re-sort.
// Live updates re-sort and re-filter in place (dynamic sorting), keeping the selection.
class EndpointFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EndpointFilterModel(QObject *parent = nullptr);

    // Case-insensitive substring of the name, target, service or error message and detail.
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    // Only endpoints in one of these states; empty shows all.
    QList<EndpointState> stateFilter() const;
    void setStateFilter(const QList<EndpointState> &states);
    // Only this service (exact name); empty shows all.
    QString serviceFilter() const { return m_service; }
    void setServiceFilter(const QString &service);

    bool isFiltering() const { return !m_text.isEmpty() || m_states != 0 || !m_service.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    quint32 m_states = 0; // bit per EndpointState
    QString m_service;
    NaturalOrder m_order;
};

} // namespace Leitstand
