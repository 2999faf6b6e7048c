#include "endpointoverview.h"

#include "heartbeatdelegate.h"
#include "itemmodels/endpointfiltermodel.h"
#include "itemmodels/endpointtreemodel.h"
#include "statedelegate.h"
#include "stateicons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// The entries of the state filter, in the order shown; the texts are set in retranslateUi().
const QList<QList<EndpointState>> stateChoices {
    {},
    {EndpointState::Down},
    {EndpointState::Degraded},
    {EndpointState::Down, EndpointState::Degraded},
    {EndpointState::Up},
    {EndpointState::Paused},
};

} // namespace

EndpointOverview::EndpointOverview(EndpointTreeModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"endpointOverview"_s);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"overviewFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    createStateFilter();

    m_filter = new EndpointFilterModel(this);
    m_filter->setSourceModel(&m_model);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"endpointTree"_s);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true); // 10,000 rows scroll smoothly only with this
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setItemDelegateForColumn(EndpointTreeModel::State, new StateDelegate(m_tree));
    m_tree->setItemDelegateForColumn(EndpointTreeModel::Heartbeat, new HeartbeatDelegate(m_tree));
    // Trouble first: the usual reason to look.
    m_tree->sortByColumn(EndpointTreeModel::State, Qt::DescendingOrder);
    setInitialColumnWidths();

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_tree);
    m_pages->addWidget(m_emptyState);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_stateFilter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);

    setTabOrder(m_filterEdit, m_stateFilter);
    setTabOrder(m_stateFilter, m_tree);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &EndpointFilterModel::setFilterText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &EndpointOverview::applyStateFilter);

    // Services are expanded, also those that appear later or come back when a filter is relaxed;
    // one the user collapsed stays collapsed while it is shown.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EndpointOverview::expandServices);
    connect(m_filter, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &EndpointOverview::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &EndpointOverview::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &EndpointOverview::updateEmptyState);
    m_tree->expandAll();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { Q_EMIT currentEndpointChanged(currentEndpointId()); });

    retranslateUi();
    updateEmptyState();
}

EndpointOverview::~EndpointOverview() = default;

qint64 EndpointOverview::currentEndpointId() const
{
    return m_tree->currentIndex().data(EndpointTreeModel::EndpointIdRole).toLongLong();
}

QList<qint64> EndpointOverview::selectedEndpointIds() const
{
    QList<qint64> ids;
    const auto rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.data(EndpointTreeModel::IsServiceRole).toBool()) {
            for (int child = 0; child < m_filter->rowCount(row); ++child)
                ids.append(m_filter->index(child, 0, row).data(EndpointTreeModel::EndpointIdRole).toLongLong());
        } else {
            ids.append(row.data(EndpointTreeModel::EndpointIdRole).toLongLong());
        }
    }
    std::ranges::sort(ids);
    ids.erase(std::ranges::unique(ids).begin(), ids.end());
    if (ids.isEmpty() && currentEndpointId() != 0)
        ids.append(currentEndpointId());
    return ids;
}

bool EndpointOverview::selectEndpoint(qint64 endpointId)
{
    const QModelIndex row = m_filter->mapFromSource(m_model.indexOfEndpoint(endpointId));
    if (!row.isValid())
        return false;
    m_tree->expand(row.parent());
    m_tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(row);
    return true;
}

QList<QModelIndex> EndpointOverview::shownEndpointRows() const
{
    QList<QModelIndex> rows;
    for (int service = 0; service < m_filter->rowCount(); ++service) {
        const QModelIndex parent = m_filter->index(service, 0);
        for (int row = 0; row < m_filter->rowCount(parent); ++row)
            rows.append(m_filter->index(row, 0, parent));
    }
    return rows;
}

bool EndpointOverview::selectNextInState(EndpointState state, bool forward)
{
    const QList<QModelIndex> rows = shownEndpointRows();
    if (rows.isEmpty())
        return false;
    const qint64 current = currentEndpointId();
    qsizetype start = -1;
    if (current != 0) {
        start = std::ranges::find_if(rows, [current](const QModelIndex &row) {
            return row.data(EndpointTreeModel::EndpointIdRole).toLongLong() == current;
        }) - rows.cbegin();
        if (start == rows.size())
            start = -1;
    }
    const qsizetype count = rows.size();
    for (qsizetype step = 1; step <= count; ++step) {
        const qsizetype at
            = forward ? (start + step) % count : ((start < 0 ? count : start) - step + 2 * count) % count;
        const QModelIndex &row = rows.at(at);
        if (EndpointState(row.data(EndpointTreeModel::StateRole).toInt()) == state)
            return selectEndpoint(row.data(EndpointTreeModel::EndpointIdRole).toLongLong());
    }
    return false;
}

void EndpointOverview::createStateFilter()
{
    m_stateLabel = new QLabel(this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(u"overviewStateFilter"_s);
    m_stateLabel->setBuddy(m_stateFilter);
    for (const auto &states : stateChoices) {
        // Each choice shows the icons of its states, besides the words.
        QIcon icon = states.size() == 1 ? StateIcons::icon(states.constFirst()) : QIcon();
        m_stateFilter->addItem(icon, QString());
    }
}

void EndpointOverview::applyStateFilter()
{
    const int choice = m_stateFilter->currentIndex();
    m_filter->setStateFilter(
        choice >= 0 && choice < stateChoices.size() ? stateChoices.at(choice) : QList<EndpointState>());
}

void EndpointOverview::expandServices(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        m_tree->expand(m_filter->index(row, 0));
}

void EndpointOverview::updateEmptyState()
{
    m_pages->setCurrentWidget(m_model.endpointCount() == 0 ? static_cast<QWidget *>(m_emptyState) : m_tree);
}

void EndpointOverview::setInitialColumnWidths()
{
    QHeaderView *header = m_tree->header();
    // The strip takes what is left, so that there is no horizontal scroll bar at first.
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Fixed starting widths rather than ResizeToContents, which would measure every row of a
    // large fleet on each change; the user can still drag them.
    header->resizeSection(EndpointTreeModel::State, 11 * em);
    header->resizeSection(EndpointTreeModel::Name, 12 * em);
    header->resizeSection(EndpointTreeModel::Target, 13 * em);
    header->resizeSection(EndpointTreeModel::Latency, 6 * em);
    header->resizeSection(EndpointTreeModel::Uptime24h, 7 * em);
    header->resizeSection(EndpointTreeModel::Uptime30d, 7 * em);
    header->resizeSection(EndpointTreeModel::LastCheck, 10 * em);
    header->resizeSection(EndpointTreeModel::Heartbeat,
        m_tree->itemDelegateForColumn(EndpointTreeModel::Heartbeat)->sizeHint({}, {}).width());
    fitHeaderTexts();
}

void EndpointOverview::fitHeaderTexts()
{
    // Headers are longer in some languages ("Verfügbarkeit 24 h"); widen, never narrow, what the
    // user may have set.
    QHeaderView *header = m_tree->header();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, std::max(header->sectionSize(column), header->sectionSizeHint(column)));

    // The state column is the tree's first: endpoint rows lose two indentations to the branches,
    // and their state name must still be readable next to its icon.
    int widestState = 0;
    for (int state = 0; state <= int(EndpointState::Maintenance); ++state) {
        widestState
            = std::max(widestState, fontMetrics().horizontalAdvance(endpointStateDisplayName(EndpointState(state))));
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_tree);
    const int stateWidth
        = 2 * m_tree->indentation() + iconSize + widestState + 2 * fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(
        EndpointTreeModel::State, std::max(header->sectionSize(EndpointTreeModel::State), stateWidth));
}

void EndpointOverview::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter by name, target, service or error (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_filterEdit->setAccessibleName(tr("Filter endpoints"));
    m_stateLabel->setText(tr("&Show:"));
    m_stateFilter->setAccessibleName(tr("Show endpoints in state"));
    const QStringList choices {tr("All"), tr("Down"), tr("Degraded"), tr("Down and degraded"), tr("Up"), tr("Paused")};
    for (int i = 0; i < choices.size(); ++i)
        m_stateFilter->setItemText(i, choices.at(i));
    m_tree->setAccessibleName(tr("Endpoints"));
    m_emptyState->setText(tr("No endpoints are monitored yet."));
    m_emptyState->setAccessibleName(tr("Overview"));
}

void EndpointOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitHeaderTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace Leitstand
