#pragma once

#include "storage/catalogrepository.h"
#include "storage/deliveryrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Leitstand {

// The team notifications of one incident, newest first: which event went to which team by which
// channel, whether it was delivered, is waiting for its next attempt or failed for good, and why
// the last attempt failed. Filled by a loaded list and kept current by the notifier's delivery
// changes, upserted by id, so that rows change in place and a selection stays.
class DeliveryListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : quint8 {
        Event,
        Team,
        Channel,
        State,
        Attempts,
        // The next attempt of a pending delivery, when a delivered one was delivered, the last
        // attempt of a failed one.
        When,
        LastError,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Roles : int {
        DeliveryIdRole = Qt::UserRole + 1,
        StateRole, // int of NotificationDelivery::State, in every column
        TimeRole, // the When column's time, UTC, in every column
    };

    explicit DeliveryListModel(QObject *parent = nullptr);

    qint64 incidentId() const { return m_incidentId; }
    // Another incident (0: none): empties the list until setDeliveries() fills it.
    void setIncident(qint64 incidentId);
    // Brings the list in line with a loaded one; ignored for other incidents.
    void setDeliveries(qint64 incidentId, const QList<NotificationDelivery> &deliveries);
    // A delivery queued, attempted, retried or given up; ignored for other incidents.
    void applyDelivery(const NotificationDelivery &delivery);
    void setNames(const CatalogNames &names);

    const NotificationDelivery *delivery(qint64 id) const;
    QModelIndex indexOf(qint64 id, int column = 0) const;
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateDisplayName(NotificationDelivery::State state);
    static QString channelDisplayName(const QString &channel);

Q_SIGNALS:
    // The number of failed deliveries may have changed (for the tab's title).
    void failedCountChanged(int failed);

private:
    void upsert(const NotificationDelivery &delivery);
    void removeRowOf(qint64 id);
    void rebuildRowIndex();
    QVariant display(const NotificationDelivery &delivery, int column) const;
    QString toolTip(const NotificationDelivery &delivery, int column) const;
    void announceFailedCount();

    qint64 m_incidentId = 0;
    QList<NotificationDelivery> m_deliveries; // newest (highest id) first
    QHash<qint64, int> m_rowOf;
    CatalogNames m_names;
    int m_announcedFailed = 0;
};

} // namespace Leitstand
