#pragma once

#include "engine/incidentmonitor.h"
#include "storage/catalogrepository.h"
#include "storage/deliveryrepository.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeView;

namespace Leitstand {

class DeliveryListModel;
class IncidentDetail;
class IncidentFilterModel;
class IncidentListModel;
class IncidentLoader;
class IncidentTimelineModel;
class Settings;

// The "Incidents" dock: a filter line, a severity and a team choice, "show resolved", the
// incident table and, below it, the detail of the selected incident. It asks the loader for the
// history when resolved incidents are to be shown and for the timeline and the team
// notifications of the selected one;
// feeding the list model is the caller's business. What people do to incidents leaves as
// commandRequested().
class IncidentsDock final : public QDockWidget
{
    Q_OBJECT

public:
    IncidentsDock(IncidentListModel &incidents, IncidentLoader &loader, Settings &settings, QWidget *parent = nullptr);
    ~IncidentsDock() override;
    Q_DISABLE_COPY_MOVE(IncidentsDock)

    // Whether resolved incidents are listed too, so that a reload asks for the same.
    bool showsResolved() const;

    // Makes the incident current in the table; false if the filter hides it or it is not listed.
    bool selectIncident(qint64 incidentId);
    qint64 currentIncidentId() const;
    // Selects the most severe open incident, the oldest among equals; false if there is none.
    bool selectMostSevere();
    void openNewIncidentDialog();

    void applyChanges(const QList<Leitstand::IncidentChange> &changes);
    void applyDelivery(const Leitstand::NotificationDelivery &delivery);
    void showRefusal(const QString &message);

    IncidentDetail *detail() const { return m_detail; }
    QTreeView *table() const { return m_table; }
    IncidentFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void commandRequested(const Leitstand::IncidentCommand &command);
    void retryDeliveryRequested(qint64 deliveryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged();
    void updateTitle();
    void fillTeamFilter(const CatalogNames &names);
    void retranslateUi();

    IncidentListModel &m_incidents;
    IncidentLoader &m_loader;
    Settings &m_settings;
    IncidentFilterModel *m_filter = nullptr;
    IncidentTimelineModel *m_timeline = nullptr;
    DeliveryListModel *m_deliveries = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QPushButton *m_newIncident = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_table = nullptr;
    IncidentDetail *m_detail = nullptr;
};

} // namespace Leitstand
