#include "incidentsdock.h"

#include "core/settings.h"
#include "engine/incidentloader.h"
#include "incidentdelegate.h"
#include "incidentdetail.h"
#include "incidenticons.h"
#include "itemmodels/deliverylistmodel.h"
#include "itemmodels/incidentfiltermodel.h"
#include "itemmodels/incidentlistmodel.h"
#include "itemmodels/incidenttimelinemodel.h"
#include "itemmodels/naturalorder.h"
#include "newincidentdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {
// The severity filter's choices: everything, or one severity. Stored as item data.
constexpr int allSeverities = -1;
// The team filter's choices besides the teams' ids.
constexpr qint64 allTeams = -1;
} // namespace

IncidentsDock::IncidentsDock(IncidentListModel &incidents, IncidentLoader &loader, Settings &settings, QWidget *parent)
    : QDockWidget(parent)
    , m_incidents(incidents)
    , m_loader(loader)
    , m_settings(settings)
{
    setObjectName(u"incidentsDock"_s);
    setAllowedAreas(Qt::AllDockWidgetAreas);

    auto *content = new QWidget(this);
    m_filterText = new QLineEdit(content);
    m_filterText->setObjectName(u"incidentFilter"_s);
    m_filterText->setClearButtonEnabled(true);
    m_severityFilter = new QComboBox(content);
    m_severityFilter->setObjectName(u"incidentSeverityFilter"_s);
    m_teamFilter = new QComboBox(content);
    m_teamFilter->setObjectName(u"incidentTeamFilter"_s);
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showResolved = new QCheckBox(content);
    m_showResolved->setObjectName(u"showResolved"_s);
    m_newIncident = new QPushButton(QIcon::fromTheme(u"list-add"_s), QString(), content);
    m_newIncident->setObjectName(u"newIncidentButton"_s);

    m_filter = new IncidentFilterModel(this);
    m_filter->setSourceModel(&m_incidents);
    m_timeline = new IncidentTimelineModel(this);
    m_deliveries = new DeliveryListModel(this);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(u"incidentsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTreeView(m_splitter);
    m_table->setObjectName(u"incidentTable"_s);
    m_table->setModel(m_filter);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegate(new IncidentDelegate(m_table));
    m_table->setSortingEnabled(true);
    // Trouble first: the most severe on top, the longest-running first among equals.
    m_table->sortByColumn(IncidentListModel::Severity, Qt::DescendingOrder);
    QHeaderView *header = m_table->header();
    header->setSectionsMovable(true);
    for (const int column : {IncidentListModel::Severity, IncidentListModel::State, IncidentListModel::Duration})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(IncidentListModel::Title, 220);
    m_detail = new IncidentDetail(m_incidents, *m_timeline, *m_deliveries, m_settings, m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 1);
    filters->addWidget(m_severityFilter);
    filters->addWidget(m_teamFilter);
    filters->addWidget(m_showResolved);
    filters->addWidget(m_newIncident);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    setWidget(content);

    connect(m_filterText, &QLineEdit::textChanged, m_filter, &IncidentFilterModel::setFilterText);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int severity = m_severityFilter->currentData().toInt();
        m_filter->setSeverityFilter(
            severity == allSeverities ? QList<IncidentSeverity>() : QList {IncidentSeverity(severity)});
    });
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 team = m_teamFilter->currentData().toLongLong();
        m_filter->setTeamFilter(team == allTeams ? std::nullopt : std::optional(team));
    });
    connect(m_showResolved, &QCheckBox::toggled, this, [this](bool on) {
        m_incidents.setIncludeResolved(on);
        m_loader.loadIncidents(on);
    });
    connect(m_newIncident, &QPushButton::clicked, this, &IncidentsDock::openNewIncidentDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IncidentsDock::onCurrentChanged);
    // A filter or a reload that takes the current row away leaves the detail where it was: it
    // keeps its own copy, and the user may still want to act on it.
    connect(m_detail, &IncidentDetail::commandRequested, this, &IncidentsDock::commandRequested);
    connect(m_detail, &IncidentDetail::retryDeliveryRequested, this, &IncidentsDock::retryDeliveryRequested);
    connect(&m_loader, &IncidentLoader::timelineLoaded, m_timeline, &IncidentTimelineModel::setEvents);
    connect(&m_loader, &IncidentLoader::deliveriesLoaded, m_deliveries, &DeliveryListModel::setDeliveries);
    connect(&m_loader, &IncidentLoader::namesLoaded, this, [this](const CatalogNames &names) {
        m_timeline->setNames(names);
        m_deliveries->setNames(names);
        fillTeamFilter(names);
    });
    connect(&m_incidents, &IncidentListModel::countsChanged, this, &IncidentsDock::updateTitle);

    retranslateUi();
}

IncidentsDock::~IncidentsDock() = default;

bool IncidentsDock::selectIncident(qint64 incidentId)
{
    const QModelIndex index = m_filter->mapFromSource(m_incidents.indexOf(incidentId));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

qint64 IncidentsDock::currentIncidentId() const
{
    return m_table->currentIndex().data(IncidentListModel::IncidentIdRole).toLongLong();
}

bool IncidentsDock::selectMostSevere()
{
    // The table may be sorted by anything: look for the most severe, oldest open incident.
    QModelIndex best;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (IncidentState(index.data(IncidentListModel::StateRole).toInt()) == IncidentState::Resolved)
            continue;
        const auto rank = [](const QModelIndex &i) {
            return std::pair(i.data(IncidentListModel::SeverityRole).toInt(),
                -i.sibling(i.row(), IncidentListModel::OpenedAt).data(IncidentListModel::SortRole).toLongLong());
        };
        if (!best.isValid() || rank(index) > rank(best))
            best = index;
    }
    if (!best.isValid())
        return false;
    m_table->setCurrentIndex(best);
    return true;
}

void IncidentsDock::openNewIncidentDialog()
{
    auto *dialog = new NewIncidentDialog(m_incidents.names(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { Q_EMIT commandRequested(dialog->command(m_settings.userName())); });
    dialog->open();
}

void IncidentsDock::applyChanges(const QList<IncidentChange> &changes)
{
    m_detail->applyChanges(changes);
}

void IncidentsDock::applyDelivery(const NotificationDelivery &delivery)
{
    m_deliveries->applyDelivery(delivery);
}

void IncidentsDock::showRefusal(const QString &message)
{
    m_detail->showRefusal(message);
}

void IncidentsDock::onCurrentChanged()
{
    const qint64 id = currentIncidentId();
    if (id == 0 || id == m_detail->incidentId())
        return;
    m_detail->setIncident(id);
    m_loader.loadTimeline(id);
    m_loader.loadDeliveries(id);
}

void IncidentsDock::updateTitle()
{
    const int open = int(m_incidents.openCount());
    // The count in words in the title, so that the tab of a tabbed dock says it too.
    setWindowTitle(open == 0 ? tr("Incidents") : tr("Incidents (%n open)", nullptr, open));
}

void IncidentsDock::fillTeamFilter(const CatalogNames &names)
{
    const qint64 chosen = m_teamFilter->count() == 0 ? allTeams : m_teamFilter->currentData().toLongLong();
    QList<std::pair<QString, qint64>> teams;
    for (auto it = names.teams.cbegin(); it != names.teams.cend(); ++it)
        teams.append({it.value(), it.key()});
    const NaturalOrder order;
    std::ranges::sort(teams, [&order](const auto &a, const auto &b) { return order.less(a.first, b.first); });
    const QSignalBlocker blocker(m_teamFilter);
    m_teamFilter->clear();
    m_teamFilter->addItem(tr("All teams"), allTeams);
    m_teamFilter->addItem(tr("No team"), qint64(0));
    for (const auto &[name, id] : std::as_const(teams))
        m_teamFilter->addItem(name, id);
    m_teamFilter->setCurrentIndex(std::max(0, m_teamFilter->findData(chosen)));
}

void IncidentsDock::retranslateUi()
{
    updateTitle();
    m_filterText->setPlaceholderText(tr("Filter by title, service, team or endpoint"));
    m_filterText->setAccessibleName(tr("Filter incidents"));
    m_severityFilter->setAccessibleName(tr("Severity filter"));
    m_teamFilter->setAccessibleName(tr("Team filter"));
    m_showResolved->setText(tr("Show re&solved"));
    m_showResolved->setToolTip(
        tr("Also list the incidents of the last %n day(s)", nullptr, IncidentLoader::historyDays));
    m_newIncident->setText(tr("New &Incident…"));
    m_newIncident->setToolTip(tr("Open an incident by hand, for a problem the checks do not see"));
    m_table->setAccessibleName(tr("Incidents"));

    const int severity = m_severityFilter->count() == 0 ? allSeverities : m_severityFilter->currentData().toInt();
    {
        const QSignalBlocker blocker(m_severityFilter);
        m_severityFilter->clear();
        m_severityFilter->addItem(tr("All severities"), allSeverities);
        for (const auto each : {IncidentSeverity::Critical, IncidentSeverity::Major, IncidentSeverity::Minor})
            m_severityFilter->addItem(IncidentIcons::severity(each), incidentSeverityDisplayName(each), int(each));
        m_severityFilter->setCurrentIndex(std::max(0, m_severityFilter->findData(severity)));
    }
    fillTeamFilter(m_incidents.names());
}

void IncidentsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

bool IncidentsDock::showsResolved() const
{
    return m_showResolved->isChecked();
}

} // namespace Leitstand
