#include "itemmodels/deliverylistmodel.h"

#include "itemmodels/endpointtext.h"
#include "itemmodels/incidenttext.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QDateTime timeOf(const NotificationDelivery &delivery)
{
    // A failed delivery keeps the due time of its last attempt as its next one.
    return delivery.state == NotificationDelivery::State::Delivered ? delivery.deliveredAt : delivery.nextAttemptAt;
}

} // namespace

DeliveryListModel::DeliveryListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DeliveryListModel::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    if (!m_deliveries.isEmpty()) {
        beginRemoveRows({}, 0, rowCount() - 1);
        m_deliveries.clear();
        m_rowOf.clear();
        endRemoveRows();
    }
    announceFailedCount();
}

void DeliveryListModel::setDeliveries(qint64 incidentId, const QList<NotificationDelivery> &deliveries)
{
    if (incidentId != m_incidentId || incidentId == 0)
        return;
    QSet<qint64> listed;
    for (const NotificationDelivery &delivery : deliveries) {
        if (delivery.incidentId == incidentId)
            listed.insert(delivery.id);
    }
    QList<qint64> gone;
    for (const NotificationDelivery &delivery : std::as_const(m_deliveries)) {
        if (!listed.contains(delivery.id))
            gone.append(delivery.id);
    }
    for (const qint64 id : std::as_const(gone))
        removeRowOf(id);
    for (const NotificationDelivery &delivery : deliveries) {
        if (delivery.incidentId == incidentId)
            upsert(delivery);
    }
    announceFailedCount();
}

void DeliveryListModel::applyDelivery(const NotificationDelivery &delivery)
{
    if (delivery.incidentId != m_incidentId || m_incidentId == 0)
        return;
    upsert(delivery);
    announceFailedCount();
}

void DeliveryListModel::setNames(const CatalogNames &names)
{
    m_names = names;
    if (!m_deliveries.isEmpty())
        Q_EMIT dataChanged(index(0, Team), index(rowCount() - 1, Team));
}

void DeliveryListModel::upsert(const NotificationDelivery &delivery)
{
    NotificationDelivery stored = delivery;
    stored.request.clear(); // the rendered request is the notifier's business, and may be large
    if (const auto row = m_rowOf.constFind(delivery.id); row != m_rowOf.cend()) {
        m_deliveries[*row] = std::move(stored);
        Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
        return;
    }
    const auto before = std::ranges::find_if(
        m_deliveries, [id = delivery.id](const NotificationDelivery &listed) { return listed.id < id; });
    const int row = int(before - m_deliveries.begin());
    beginInsertRows({}, row, row);
    m_deliveries.insert(row, std::move(stored));
    rebuildRowIndex();
    endInsertRows();
}

void DeliveryListModel::removeRowOf(qint64 id)
{
    const auto found = m_rowOf.constFind(id);
    if (found == m_rowOf.cend())
        return;
    const int row = *found;
    beginRemoveRows({}, row, row);
    m_deliveries.removeAt(row);
    rebuildRowIndex();
    endRemoveRows();
}

void DeliveryListModel::rebuildRowIndex()
{
    // An incident has a handful of deliveries: three events, a few teams at most.
    m_rowOf.clear();
    for (int row = 0; row < m_deliveries.size(); ++row)
        m_rowOf.insert(m_deliveries.at(row).id, row);
}

void DeliveryListModel::announceFailedCount()
{
    const int failed = failedCount();
    if (failed == m_announcedFailed)
        return;
    m_announcedFailed = failed;
    Q_EMIT failedCountChanged(failed);
}

const NotificationDelivery *DeliveryListModel::delivery(qint64 id) const
{
    const auto row = m_rowOf.constFind(id);
    return row == m_rowOf.cend() ? nullptr : &m_deliveries.at(*row);
}

QModelIndex DeliveryListModel::indexOf(qint64 id, int column) const
{
    const auto row = m_rowOf.constFind(id);
    return row == m_rowOf.cend() ? QModelIndex() : index(*row, column);
}

int DeliveryListModel::failedCount() const
{
    return int(std::ranges::count(m_deliveries, NotificationDelivery::State::Failed, &NotificationDelivery::state));
}

int DeliveryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deliveries.size());
}

int DeliveryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationDelivery &delivery = m_deliveries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(delivery, index.column());
    case Qt::ToolTipRole:
        return toolTip(delivery, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Attempts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case DeliveryIdRole:
        return delivery.id;
    case StateRole:
        return int(delivery.state);
    case TimeRole:
        return timeOf(delivery);
    default:
        return {};
    }
}

QVariant DeliveryListModel::display(const NotificationDelivery &delivery, int column) const
{
    switch (Column(column)) {
    case Event:
        return incidentEventDisplayName(delivery.eventKind);
    case Team:
        return IncidentText::teamName(delivery.teamId, m_names);
    case Channel:
        return channelDisplayName(delivery.channel);
    case State:
        return stateDisplayName(delivery.state);
    case Attempts:
        return QLocale().toString(delivery.attempts);
    case When: {
        const QString time = EndpointText::time(timeOf(delivery));
        switch (delivery.state) {
        case NotificationDelivery::State::Pending:
            return tr("next attempt %1", "delivery: time").arg(time);
        case NotificationDelivery::State::Delivered:
            return tr("delivered %1", "delivery: time").arg(time);
        case NotificationDelivery::State::Failed:
            return tr("last attempt %1", "delivery: time").arg(time);
        }
        return time;
    }
    case LastError:
        return delivery.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QString DeliveryListModel::toolTip(const NotificationDelivery &delivery, int column) const
{
    // The reason is what matters about a delivery that did not get through: on every column, in full.
    if (!delivery.lastError.isEmpty()) {
        if (delivery.state == NotificationDelivery::State::Failed)
            return tr("Failed after %n attempt(s): %1", nullptr, delivery.attempts).arg(delivery.lastError);
        if (delivery.state == NotificationDelivery::State::Pending)
            return tr("Attempt %n failed: %1", nullptr, delivery.attempts).arg(delivery.lastError);
    }
    return display(delivery, column).toString();
}

QVariant DeliveryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Event:
        return tr("Event");
    case Team:
        return tr("Team");
    case Channel:
        return tr("Channel");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case When:
        return tr("When");
    case LastError:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

QString DeliveryListModel::stateDisplayName(NotificationDelivery::State state)
{
    switch (state) {
    case NotificationDelivery::State::Pending:
        return tr("Pending", "delivery state");
    case NotificationDelivery::State::Delivered:
        return tr("Delivered", "delivery state");
    case NotificationDelivery::State::Failed:
        return tr("Failed", "delivery state");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString DeliveryListModel::channelDisplayName(const QString &channel)
{
    if (channel == "webhook"_L1)
        return tr("Webhook");
    if (channel == "matrix"_L1)
        return tr("Matrix");
    return channel;
}

} // namespace Leitstand
