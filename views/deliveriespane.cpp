#include "deliveriespane.h"

#include "incidenticons.h"
#include "itemmodels/deliverylistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// The State column: the state's icon in front of its word, so that it is never told by colour.
class DeliveryStateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != DeliveryListModel::State)
            return;
        option->icon
            = IncidentIcons::delivery(NotificationDelivery::State(index.data(DeliveryListModel::StateRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

DeliveriesPane::DeliveriesPane(DeliveryListModel &deliveries, QWidget *parent)
    : QWidget(parent)
    , m_deliveries(deliveries)
{
    setObjectName(u"deliveriesPane"_s);
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"deliveriesEmpty"_s);
    m_empty->setWordWrap(true);

    m_table = new QTreeView(this);
    m_table->setObjectName(u"deliveryTable"_s);
    m_table->setModel(&m_deliveries);
    m_table->setItemDelegate(new DeliveryStateDelegate(m_table));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_table->header();
    for (const int column : {DeliveryListModel::Event, DeliveryListModel::Channel, DeliveryListModel::State,
             DeliveryListModel::Attempts, DeliveryListModel::When})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    m_details = new QLabel(this);
    m_details->setObjectName(u"deliveryDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(IncidentIcons::delivery(NotificationDelivery::State::Pending), QString(), this);
    m_retry->setObjectName(u"deliveryRetry"_s);
    m_retry->setAutoDefault(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_details, 1);
    bottom->addWidget(m_retry, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        const NotificationDelivery *delivery = m_deliveries.delivery(currentDeliveryId());
        if (delivery && delivery->state == NotificationDelivery::State::Failed)
            Q_EMIT retryRequested(delivery->id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeliveriesPane::updateDetails);
    connect(&m_deliveries, &QAbstractItemModel::rowsInserted, this, &DeliveriesPane::updateDetails);
    connect(&m_deliveries, &QAbstractItemModel::rowsRemoved, this, &DeliveriesPane::updateDetails);
    connect(&m_deliveries, &QAbstractItemModel::dataChanged, this, &DeliveriesPane::updateDetails);
    connect(&m_deliveries, &QAbstractItemModel::modelReset, this, &DeliveriesPane::updateDetails);

    retranslateUi();
}

DeliveriesPane::~DeliveriesPane() = default;

qint64 DeliveriesPane::currentDeliveryId() const
{
    return m_table->currentIndex().data(DeliveryListModel::DeliveryIdRole).toLongLong();
}

void DeliveriesPane::updateDetails()
{
    m_empty->setVisible(m_deliveries.rowCount() == 0);
    const NotificationDelivery *delivery = m_deliveries.delivery(currentDeliveryId());
    m_retry->setEnabled(delivery && delivery->state == NotificationDelivery::State::Failed);
    // The reason in full and selectable, for a message whose last attempt failed.
    const QString reason = delivery && !delivery->lastError.isEmpty()
        ? m_table->currentIndex().data(Qt::ToolTipRole).toString()
        : QString();
    m_details->setText(reason);
    m_details->setVisible(!reason.isEmpty());
}

void DeliveriesPane::retranslateUi()
{
    m_empty->setText(tr("No team has been told of this incident: its service has no team, or the team has no "
                        "notification channel."));
    m_table->setAccessibleName(tr("Team notifications"));
    m_details->setAccessibleName(tr("Why the notification was not delivered"));
    m_retry->setText(tr("Retry No&w"));
    m_retry->setToolTip(tr("Try once more to deliver the selected failed notification, now"));
    updateDetails();
}

void DeliveriesPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Leitstand
