#include "incidentdetail.h"

#include "core/settings.h"
#include "deliveriespane.h"
#include "incidenticons.h"
#include "itemmodels/deliverylistmodel.h"
#include "itemmodels/endpointtext.h"
#include "itemmodels/incidentlistmodel.h"
#include "itemmodels/incidenttext.h"
#include "itemmodels/incidenttimelinemodel.h"
#include "itemmodels/naturalorder.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

IncidentCommand commandOf(IncidentCommand::Kind kind)
{
    IncidentCommand command;
    command.kind = kind;
    return command;
}

} // namespace

IncidentDetail::IncidentDetail(IncidentListModel &incidents, IncidentTimelineModel &timeline,
    DeliveryListModel &deliveries, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_incidents(incidents)
    , m_timeline(timeline)
    , m_deliveries(deliveries)
    , m_settings(settings)
{
    setObjectName(u"incidentDetail"_s);
    m_icon = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"incidentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"incidentSummary"_s);
    m_summary->setWordWrap(true);
    m_times = new QLabel(this);
    m_times->setObjectName(u"incidentTimes"_s);
    m_times->setWordWrap(true);
    for (QLabel *label : {m_title, m_summary, m_times})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(u"incidentRefusal"_s);
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->hide();

    m_acknowledge = new QPushButton(this);
    m_acknowledge->setObjectName(u"acknowledgeButton"_s);
    connect(
        m_acknowledge, &QPushButton::clicked, this, [this] { request(commandOf(IncidentCommand::Kind::Acknowledge)); });
    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateCombo"_s);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setBuddy(m_state);
    connect(m_state, &QComboBox::activated, this, [this] {
        const auto state = IncidentState(m_state->currentData().toInt());
        if (m_incident && state != m_incident->state) {
            IncidentCommand command = commandOf(IncidentCommand::Kind::SetState);
            command.state = state;
            request(command);
        }
    });
    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"severityCombo"_s);
    m_severityLabel = new QLabel(this);
    m_severityLabel->setBuddy(m_severity);
    connect(m_severity, &QComboBox::activated, this, [this] {
        const auto severity = IncidentSeverity(m_severity->currentData().toInt());
        if (m_incident && severity != m_incident->severity) {
            IncidentCommand command = commandOf(IncidentCommand::Kind::SetSeverity);
            command.severity = severity;
            request(command);
        }
    });
    m_team = new QComboBox(this);
    m_team->setObjectName(u"teamCombo"_s);
    m_teamLabel = new QLabel(this);
    m_teamLabel->setBuddy(m_team);
    connect(m_team, &QComboBox::activated, this, [this] {
        const qint64 team = m_team->currentData().toLongLong();
        if (m_incident && team != m_incident->teamId) {
            IncidentCommand command = commandOf(IncidentCommand::Kind::Assign);
            command.teamId = team;
            request(command);
        }
    });
    m_resolve = new QPushButton(this);
    m_resolve->setObjectName(u"resolveButton"_s);
    connect(m_resolve, &QPushButton::clicked, this, &IncidentDetail::confirmResolve);
    m_notice = new QPushButton(this);
    m_notice->setObjectName(u"noticeButton"_s);
    connect(m_notice, &QPushButton::clicked, this, [this] {
        if (m_incident)
            Q_EMIT noticeRequested(*m_incident);
    });

    m_note = new QLineEdit(this);
    m_note->setObjectName(u"noteField"_s);
    m_note->setClearButtonEnabled(true);
    connect(m_note, &QLineEdit::returnPressed, this, &IncidentDetail::addNote);
    connect(m_note, &QLineEdit::textChanged, this, &IncidentDetail::updateActions);
    m_addNote = new QPushButton(this);
    m_addNote->setObjectName(u"addNoteButton"_s);
    connect(m_addNote, &QPushButton::clicked, this, &IncidentDetail::addNote);
    m_actor = new QLineEdit(m_settings.userName(), this);
    m_actor->setObjectName(u"actorField"_s);
    m_actorLabel = new QLabel(this);
    m_actorLabel->setBuddy(m_actor);
    connect(m_actor, &QLineEdit::editingFinished, this, [this] {
        m_settings.setUserName(m_actor->text());
        m_actor->setText(m_settings.userName());
    });
    connect(&m_settings, &Settings::userNameChanged, this, [this](const QString &name) {
        if (!m_actor->hasFocus())
            m_actor->setText(name);
    });

    m_timelineView = new QListView(this);
    m_timelineView->setObjectName(u"timelineView"_s);
    m_timelineView->setModel(&m_timeline);
    m_timelineView->setWordWrap(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setUniformItemSizes(false);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"incidentTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_timelineView, QString());
    m_deliveriesPane = new DeliveriesPane(m_deliveries, this);
    m_tabs->addTab(m_deliveriesPane, QString());
    connect(m_deliveriesPane, &DeliveriesPane::retryRequested, this, &IncidentDetail::retryDeliveryRequested);
    connect(&m_deliveries, &DeliveryListModel::failedCountChanged, this, &IncidentDetail::updateNotificationsTab);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_summary);
    texts->addWidget(m_times);
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(texts, 1);

    auto *actions = new QGridLayout;
    actions->addWidget(m_acknowledge, 0, 0);
    actions->addWidget(m_stateLabel, 0, 1);
    actions->addWidget(m_state, 0, 2);
    actions->addWidget(m_severityLabel, 0, 3);
    actions->addWidget(m_severity, 0, 4);
    actions->addWidget(m_resolve, 0, 5);
    actions->addWidget(m_notice, 1, 5);
    actions->addWidget(m_teamLabel, 1, 1);
    actions->addWidget(m_team, 1, 2, 1, 3);
    actions->addWidget(m_actorLabel, 2, 1);
    actions->addWidget(m_actor, 2, 2, 1, 3);
    actions->setColumnStretch(6, 1);
    auto *note = new QHBoxLayout;
    note->addWidget(m_note, 1);
    note->addWidget(m_addNote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_refusal);
    layout->addLayout(note);
    layout->addWidget(m_tabs, 1);

    // Names loaded, a reload, a live change: the list's copy is the newer one while it has it.
    connect(&m_incidents, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_incident)
            return;
        if (const Incident *listed = m_incidents.incident(m_incident->id))
            m_incident = *listed;
        fillTeams();
        updateHeader();
    });

    retranslateUi();
    setIncident(0);
}

IncidentDetail::~IncidentDetail() = default;

void IncidentDetail::setIncident(qint64 incidentId)
{
    const qint64 previousService = m_incident ? m_incident->serviceId : 0;
    const Incident *listed = incidentId == 0 ? nullptr : m_incidents.incident(incidentId);
    if (listed)
        m_incident = *listed;
    else if (!m_incident || m_incident->id != incidentId)
        m_incident.reset();
    m_timeline.setIncident(incidentId == 0 || !m_incident ? 0 : incidentId);
    m_deliveries.setIncident(incidentId == 0 || !m_incident ? 0 : incidentId);
    m_refusal->hide();
    m_refusal->clear();
    const qint64 service = m_incident ? m_incident->serviceId : 0;
    if (service != previousService)
        Q_EMIT serviceChanged(service);
    fillTeams();
    updateHeader();
}

void IncidentDetail::applyChanges(const QList<IncidentChange> &changes)
{
    if (!m_incident)
        return;
    for (const IncidentChange &change : changes) {
        if (change.incidentId != m_incident->id)
            continue;
        m_incident = change.incident;
        m_timeline.appendEvents(change.incidentId, change.events);
        m_refusal->hide();
    }
    updateHeader();
}

void IncidentDetail::showRefusal(const QString &message)
{
    m_refusal->setText(tr("Not done: %1").arg(message));
    m_refusal->setAccessibleName(tr("Refused"));
    m_refusal->show();
    // The combos still show what was asked for; put them back to what is.
    updateHeader();
}

void IncidentDetail::request(IncidentCommand command)
{
    if (!m_incident)
        return;
    command.incidentId = m_incident->id;
    command.actor = m_settings.userName();
    m_refusal->hide();
    Q_EMIT commandRequested(command);
}

void IncidentDetail::addNote()
{
    const QString text = m_note->text().trimmed();
    if (text.isEmpty() || !m_incident)
        return;
    IncidentCommand command = commandOf(IncidentCommand::Kind::AddNote);
    command.text = text;
    request(command);
    m_note->clear();
}

void IncidentDetail::confirmResolve()
{
    if (!m_incident)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resolve Incident"),
        tr("Resolve \"%1\"?").arg(IncidentText::title(*m_incident, m_incidents.names())), QMessageBox::NoButton, this);
    box->setObjectName(u"resolveConfirmation"_s);
    box->setInformativeText(tr("The incident leaves the list of open incidents. If the service fails again within "
                               "a few minutes, the incident is reopened."));
    QPushButton *resolve = box->addButton(tr("&Resolve"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_incident->id;
    // Not exec(): the console keeps updating while the question is open.
    connect(box, &QMessageBox::finished, this, [this, box, resolve, id] {
        if (box->clickedButton() == resolve && m_incident && m_incident->id == id)
            request(commandOf(IncidentCommand::Kind::Resolve));
    });
    box->open();
}

void IncidentDetail::fillTeams()
{
    QList<std::pair<QString, qint64>> teams;
    for (auto it = m_incidents.names().teams.cbegin(); it != m_incidents.names().teams.cend(); ++it)
        teams.append({it.value(), it.key()});
    const NaturalOrder order;
    std::ranges::sort(teams, [&order](const auto &a, const auto &b) { return order.less(a.first, b.first); });
    if (m_incident && m_incident->teamId != 0
        && std::ranges::find(teams, m_incident->teamId, &std::pair<QString, qint64>::second) == teams.end())
        teams.append({IncidentText::teamName(m_incident->teamId, m_incidents.names()), m_incident->teamId});
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("No team"), qint64(0));
    for (const auto &[name, id] : std::as_const(teams))
        m_team->addItem(name, id);
}

void IncidentDetail::updateHeader()
{
    updateActions();
    if (!m_incident) {
        m_icon->clear();
        m_title->setText(tr("No incident selected"));
        m_summary->setText(tr("Select an incident in the list to see its timeline and act on it."));
        m_times->clear();
        return;
    }
    const Incident &incident = *m_incident;
    const CatalogNames &names = m_incidents.names();
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(IncidentIcons::severity(incident.severity).pixmap(size, size));
    m_icon->setAccessibleName(incidentSeverityDisplayName(incident.severity));
    m_title->setText(IncidentText::title(incident, names));
    const QString team = incident.teamId == 0 ? tr("none") : IncidentText::teamName(incident.teamId, names);
    m_summary->setText(tr("Service: %1 · Severity: %2 · State: %3 · Team: %4")
            .arg(IncidentText::serviceName(incident.serviceId, names), incidentSeverityDisplayName(incident.severity),
                incidentStateDisplayName(incident.state), team));

    QStringList times {tr("Opened %1").arg(EndpointText::time(incident.openedAt))};
    if (const auto toAcknowledge = incident.secondsToAcknowledge()) {
        times.append(tr("Acknowledged %1 by %2, %3 after opening")
                .arg(EndpointText::time(incident.acknowledgedAt), incident.acknowledgedBy,
                    IncidentText::duration(*toAcknowledge)));
    } else if (incident.isOpen()) {
        times.append(tr("Not acknowledged yet"));
    }
    if (const auto toResolve = incident.secondsToResolve()) {
        times.append(tr("Resolved %1, %2 after opening")
                .arg(EndpointText::time(incident.resolvedAt), IncidentText::duration(*toResolve)));
    }
    if (!incident.affectedEndpoints.isEmpty())
        times.append(tr("Affected endpoints: %1").arg(IncidentText::endpointList(incident.affectedEndpoints, names)));
    m_times->setText(times.join(u'\n'));
}

void IncidentDetail::updateActions()
{
    const bool open = m_incident && m_incident->isOpen();
    m_acknowledge->setEnabled(open && !m_incident->acknowledgedAt.isValid());
    for (QWidget *widget : std::initializer_list<QWidget *> {m_state, m_severity, m_team, m_resolve, m_note})
        widget->setEnabled(open);
    m_addNote->setEnabled(open && !m_note->text().trimmed().isEmpty());
    // Also for a resolved incident: the public learns that it is over.
    m_notice->setEnabled(m_incident.has_value());
    m_tabs->setEnabled(m_incident.has_value());
    if (!m_incident)
        return;
    const QSignalBlocker stateBlocker(m_state);
    const QSignalBlocker severityBlocker(m_severity);
    const QSignalBlocker teamBlocker(m_team);
    m_state->setCurrentIndex(std::max(0, m_state->findData(int(m_incident->state))));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(int(m_incident->severity))));
    m_team->setCurrentIndex(std::max(0, m_team->findData(m_incident->teamId)));
}

void IncidentDetail::updateNotificationsTab()
{
    const int failed = m_deliveries.failedCount();
    // In words and with the Failed icon: a failed delivery is never told by colour alone.
    m_tabs->setTabText(
        NotificationsTab, failed == 0 ? tr("N&otifications") : tr("N&otifications (%n failed)", nullptr, failed));
    m_tabs->setTabIcon(
        NotificationsTab, failed == 0 ? QIcon() : IncidentIcons::delivery(NotificationDelivery::State::Failed));
}

void IncidentDetail::retranslateUi()
{
    m_acknowledge->setText(tr("A&cknowledge"));
    m_acknowledge->setToolTip(tr("Say that you are working on this incident"));
    m_stateLabel->setText(tr("S&tate:"));
    m_severityLabel->setText(tr("Se&verity:"));
    m_teamLabel->setText(tr("Assi&gned to:"));
    m_resolve->setText(tr("&Resolve…"));
    m_resolve->setToolTip(tr("Mark the incident as resolved, after a confirmation"));
    m_notice->setText(tr("Notice for &Users…"));
    m_notice->setToolTip(tr("Write an outage notice for the public about this incident, in German and English"));
    m_note->setPlaceholderText(tr("Add a note to the timeline"));
    m_note->setAccessibleName(tr("Note"));
    m_addNote->setText(tr("Add &note"));
    m_actorLabel->setText(tr("&Your name:"));
    m_actor->setToolTip(tr("The name the timeline gives for what you do"));
    m_title->setAccessibleName(tr("Incident"));
    m_summary->setAccessibleName(tr("Service, severity, state and team"));
    m_times->setAccessibleName(tr("Times"));
    m_tabs->setTabText(TimelineTab, tr("Ti&meline"));
    updateNotificationsTab();
    m_tabs->setAccessibleName(tr("Incident details"));
    m_timelineView->setAccessibleName(tr("Timeline"));

    const QSignalBlocker stateBlocker(m_state);
    m_state->clear();
    // Resolving has its own button and confirmation.
    for (const auto state : {IncidentState::Investigating, IncidentState::Identified, IncidentState::Monitoring})
        m_state->addItem(IncidentIcons::state(state), incidentStateDisplayName(state), int(state));
    const QSignalBlocker severityBlocker(m_severity);
    m_severity->clear();
    for (const auto severity : {IncidentSeverity::Critical, IncidentSeverity::Major, IncidentSeverity::Minor})
        m_severity->addItem(IncidentIcons::severity(severity), incidentSeverityDisplayName(severity), int(severity));
    fillTeams();
    updateHeader();
}

void IncidentDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Leitstand
