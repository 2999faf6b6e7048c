#pragma once

#include "incidents/incident.h"
#include "itemmodels/naturalorder.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace Leitstand {

// Filters and sorts an IncidentListModel for the incidents dock. The criteria combine with "and";
// each one that is empty lets everything through. Sorting uses IncidentListModel::SortRole, so
// severities, times and durations sort by value and names in natural order; equal values fall
// back to the older incident first, so rows keep their places while durations tick.
class IncidentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IncidentFilterModel(QObject *parent = nullptr);

    // Case-insensitive substring of the title, service, team, endpoints or who acknowledged.
    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    // Only these severities; empty shows all.
    QList<IncidentSeverity> severityFilter() const;
    void setSeverityFilter(const QList<IncidentSeverity> &severities);
    // Only incidents of this team (0: those without a team); none shows all.
    std::optional<qint64> teamFilter() const { return m_team; }
    void setTeamFilter(std::optional<qint64> teamId);

    bool isFiltering() const { return !m_text.isEmpty() || m_severities != 0 || m_team.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    quint32 m_severities = 0; // bit per IncidentSeverity
    std::optional<qint64> m_team;
    NaturalOrder m_order;
};

} // namespace Leitstand
