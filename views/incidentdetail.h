#pragma once

#include "engine/incidentmonitor.h"
#include "incidents/incident.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;

namespace Leitstand {

class DeliveriesPane;
class DeliveryListModel;
class IncidentListModel;
class IncidentTimelineModel;
class Settings;

// Everything about the incident selected in the incidents dock: a header (title, service,
// severity and state in icon and words, team, times and how long acknowledging and resolving
// took), the actions people take, and tabs with the timeline and the team notifications.
//
// Actions become IncidentCommands in the name of Settings::userName(); the engine answers with a
// change or a refusal, which showRefusal() puts under the actions instead of swallowing it.
// The detail keeps its own copy of the incident, so that it still shows one the list dropped
// (resolved while only open incidents are listed).
class IncidentDetail final : public QWidget
{
    Q_OBJECT

public:
    enum Tab : quint8 {
        TimelineTab,
        // Titled with the number of failed deliveries, if any: "Notifications (1 failed)".
        NotificationsTab,
        // The console adds the runbook of the incident's service (views/runbookpane) as the next
        // tab and follows serviceChanged().
        RunbookTab,
    };

    IncidentDetail(IncidentListModel &incidents, IncidentTimelineModel &timeline, DeliveryListModel &deliveries,
        Settings &settings, QWidget *parent = nullptr);
    ~IncidentDetail() override;
    Q_DISABLE_COPY_MOVE(IncidentDetail)

    // 0 shows a hint to select an incident.
    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incident ? m_incident->id : 0; }
    // Keeps the shown incident and its timeline current.
    void applyChanges(const QList<Leitstand::IncidentChange> &changes);
    void showRefusal(const QString &message);

    QTabWidget *tabs() const { return m_tabs; }
    QListView *timelineView() const { return m_timelineView; }
    DeliveriesPane *deliveriesPane() const { return m_deliveriesPane; }

Q_SIGNALS:
    void commandRequested(const Leitstand::IncidentCommand &command);
    void retryDeliveryRequested(qint64 deliveryId);
    // The user wants to tell the public about this incident: a notice from it.
    void noticeRequested(const Leitstand::Incident &incident);
    // The service of the shown incident, 0 for none.
    void serviceChanged(qint64 serviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void request(IncidentCommand command);
    void confirmResolve();
    void addNote();
    void updateHeader();
    void updateActions();
    void fillTeams();
    void updateNotificationsTab();
    void retranslateUi();

    IncidentListModel &m_incidents;
    IncidentTimelineModel &m_timeline;
    DeliveryListModel &m_deliveries;
    Settings &m_settings;
    std::optional<Incident> m_incident;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_notice = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    QLabel *m_actorLabel = nullptr;
    QLineEdit *m_actor = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListView *m_timelineView = nullptr;
    DeliveriesPane *m_deliveriesPane = nullptr;
};

} // namespace Leitstand
