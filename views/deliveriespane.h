#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Leitstand {

class DeliveryListModel;

// The team notifications of the incident the detail shows: one row per message with its event,
// team, channel, state (icon and words), attempts, time and the last error. The current row's
// reason is spelled out under the table, and a failed message can be tried once more
// (retryRequested()); whether and when that happens is the notifier's business.
class DeliveriesPane final : public QWidget
{
    Q_OBJECT

public:
    // `deliveries` must outlive the pane.
    explicit DeliveriesPane(DeliveryListModel &deliveries, QWidget *parent = nullptr);
    ~DeliveriesPane() override;
    Q_DISABLE_COPY_MOVE(DeliveriesPane)

    QTreeView *table() const { return m_table; }

Q_SIGNALS:
    void retryRequested(qint64 deliveryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    qint64 currentDeliveryId() const;
    void updateDetails();
    void retranslateUi();

    DeliveryListModel &m_deliveries;
    QLabel *m_empty = nullptr;
    QTreeView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace Leitstand
