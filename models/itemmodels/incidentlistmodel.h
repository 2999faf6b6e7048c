#pragma once

#include "incidents/incidentbook.h"
#include "storage/catalogrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>

namespace Leitstand {

// The incidents the console lists: the open ones, and with includeResolved() also resolved ones
// (the history the loader reads). Filled by a loaded list and kept current by the IncidentChanges
// the engine announces, upserted by id, so that rows change in place and selections stay.
//
// Durations of open incidents grow: a timer refreshes that column twice a minute. Names of
// services, teams and endpoints come from setNames(); until then rows show ids in words.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : quint8 {
        Severity,
        Service,
        Title,
        Team,
        State,
        OpenedAt,
        Duration,
        Endpoints,
        AcknowledgedBy,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Roles : int {
        IncidentIdRole = Qt::UserRole + 1,
        // The column's raw value for sorting: severity and state as their rank, times in ms since
        // the epoch, durations in seconds, endpoints as their count, texts as shown.
        SortRole,
        SeverityRole, // int of IncidentSeverity, in every column
        StateRole, // int of IncidentState, in every column
        TeamIdRole, // 0 for none
        // Everything the filter text is matched against, in one string.
        SearchTextRole,
    };

    using Clock = std::function<QDateTime()>;
    static constexpr int durationRefreshMs = 30'000;

    explicit IncidentListModel(QObject *parent = nullptr);

    // For tests: the time durations are measured to (UTC). Defaults to the current time.
    void setClock(Clock clock);
    void setNames(const CatalogNames &names);
    const CatalogNames &names() const { return m_names; }

    bool includesResolved() const { return m_includeResolved; }
    // Off: resolved incidents leave the list, at once and whenever one is resolved.
    void setIncludeResolved(bool include);
    // Brings the list in line with a loaded one: rows of incidents no longer listed go, the others
    // are updated in place or inserted.
    void setIncidents(const QList<Incident> &incidents);
    void applyChanges(const QList<Leitstand::IncidentChange> &changes);

    const Incident *incident(qint64 id) const;
    QModelIndex indexOf(qint64 id, int column = 0) const;
    qsizetype openCount() const;
    // Emits dataChanged for the durations of the open incidents; the timer calls it.
    void refreshDurations();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The number of open incidents may have changed (for the dock's title and the status bar).
    void countsChanged();

private:
    void upsert(const Incident &incident);
    void removeRowOf(qint64 id);
    void rebuildRowIndex();
    qint64 durationSeconds(const Incident &incident) const;
    QVariant display(const Incident &incident, int column) const;
    QVariant sortValue(const Incident &incident, int column) const;
    QString searchText(const Incident &incident) const;
    void updateTimer();

    QList<Incident> m_incidents;
    QHash<qint64, int> m_rowOf;
    CatalogNames m_names;
    bool m_includeResolved = false;
    Clock m_clock;
    QTimer m_durationTimer;
};

} // namespace Leitstand
