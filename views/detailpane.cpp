#include "detailpane.h"

#include "chartpanel.h"
#include "engine/historyloader.h"
#include "engine/lastresponses.h"
#include "itemmodels/endpointtext.h"
#include "itemmodels/endpointtreemodel.h"
#include "itemmodels/failurelistmodel.h"
#include "lastresponseview.h"
#include "statedelegate.h"
#include "stateicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Leitstand {

DetailPane::DetailPane(EndpointTreeModel &endpoints, HistoryLoader &history, LastResponses &responses,
    ChartDataLoader &charts, QWidget *parent)
    : QWidget(parent)
    , m_endpoints(endpoints)
    , m_history(history)
    , m_responses(responses)
{
    setObjectName(u"detailPane"_s);
    m_icon = new QLabel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"detailTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_state->setObjectName(u"detailState"_s);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target = new QLabel(this);
    m_target->setObjectName(u"detailTarget"_s);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkNow = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), QString(), this);
    m_checkNow->setObjectName(u"checkNowButton"_s);
    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (m_endpointId != 0)
            Q_EMIT checkNowRequested(m_endpointId);
    });

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_state);
    texts->addWidget(m_target);
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(texts, 1);
    header->addWidget(m_checkNow, 0, Qt::AlignTop);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);

    m_charts = new ChartPanel(charts, m_tabs);

    m_failures = new FailureListModel(this);
    m_failureView = new QTreeView(m_tabs);
    m_failureView->setObjectName(u"failureView"_s);
    m_failureView->setModel(m_failures);
    m_failureView->setRootIsDecorated(false);
    m_failureView->setUniformRowHeights(true);
    m_failureView->setAlternatingRowColors(true);
    m_failureView->setItemDelegateForColumn(FailureListModel::Outcome, new StateDelegate(m_failureView));
    m_failureView->header()->setStretchLastSection(false);
    m_failureView->header()->setSectionResizeMode(FailureListModel::Error, QHeaderView::Stretch);
    m_failureView->header()->setSectionResizeMode(FailureListModel::Time, QHeaderView::ResizeToContents);
    m_failureView->header()->setSectionResizeMode(FailureListModel::Outcome, QHeaderView::ResizeToContents);
    m_failureView->header()->setSectionResizeMode(FailureListModel::Latency, QHeaderView::ResizeToContents);

    m_response = new LastResponseView(m_tabs);

    // In a scroll area, so that two charts do not force a tall window: a small one scrolls.
    auto *chartsScroller = new QScrollArea(m_tabs);
    chartsScroller->setObjectName(u"chartsScroller"_s);
    chartsScroller->setWidgetResizable(true);
    chartsScroller->setFrameShape(QFrame::NoFrame);
    chartsScroller->setFocusPolicy(Qt::NoFocus);
    chartsScroller->setWidget(m_charts);
    m_tabs->addTab(chartsScroller, QString());
    m_tabs->addTab(m_failureView, QString());
    m_tabs->addTab(m_response, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(&m_endpoints, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (m_row.isValid() && topLeft.parent() == m_row.parent() && topLeft.row() <= m_row.row()
                && bottomRight.row() >= m_row.row())
                updateHeader();
        });
    // Rows move and go when endpoints are edited; look the endpoint up again.
    connect(&m_endpoints, &QAbstractItemModel::modelReset, this, [this] { setEndpoint(m_endpointId); });
    connect(&m_endpoints, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_row.isValid())
            setEndpoint(m_endpointId);
    });
    connect(&m_history, &HistoryLoader::failuresLoaded, m_failures, &FailureListModel::setStoredFailures);
    connect(&m_responses, &LastResponses::updated, this, [this](qint64 endpointId) {
        if (endpointId != m_endpointId)
            return;
        updateResponse();
        if (const auto result = m_responses.latest(endpointId))
            m_failures->addResult(*result);
    });

    retranslateUi();
    setEndpoint(0);
}

DetailPane::~DetailPane() = default;

void DetailPane::setEndpoint(qint64 endpointId)
{
    const bool changed = endpointId != m_endpointId;
    m_row = endpointId == 0 ? QPersistentModelIndex() : QPersistentModelIndex(m_endpoints.indexOfEndpoint(endpointId));
    m_endpointId = m_row.isValid() ? endpointId : 0;
    m_failures->setEndpoint(m_endpointId);
    if (changed || m_charts->endpointId() != m_endpointId)
        m_charts->setEndpoint(m_endpointId, m_endpointId == 0 ? QString() : endpointTitle());
    if (changed && m_endpointId != 0)
        m_history.loadFailures(m_endpointId);
    m_checkNow->setEnabled(m_endpointId != 0);
    m_tabs->setEnabled(m_endpointId != 0);
    updateHeader();
    updateResponse();
}

void DetailPane::updateHeader()
{
    if (!m_row.isValid()) {
        m_icon->clear();
        m_title->setText(tr("No endpoint selected"));
        m_state->setText(tr("Select an endpoint in the overview to see its charts, failures and last response."));
        m_target->clear();
        return;
    }
    const QModelIndex row = m_row.sibling(m_row.row(), EndpointTreeModel::State);
    const auto state = EndpointState(row.data(EndpointTreeModel::StateRole).toInt());
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(StateIcons::icon(state).pixmap(size, size));
    m_title->setText(endpointTitle());
    // The tooltip has the state, since when and why, one per line: the header says the same.
    m_state->setText(row.data(Qt::ToolTipRole).toString());
    m_target->setText(m_row.sibling(m_row.row(), EndpointTreeModel::Target).data().toString());
    m_icon->setAccessibleName(endpointStateDisplayName(state));
}

QString DetailPane::endpointTitle() const
{
    const QString service = m_row.data(EndpointTreeModel::ServiceRole).toString();
    const QString name = m_row.sibling(m_row.row(), EndpointTreeModel::Name).data().toString();
    return tr("%1 – %2", "detail title: service, endpoint").arg(service, name);
}

void DetailPane::updateResponse()
{
    m_response->setResponse(m_endpointId == 0 ? std::nullopt : m_responses.latest(m_endpointId));
}

void DetailPane::retranslateUi()
{
    m_checkNow->setText(tr("&Check now"));
    m_checkNow->setToolTip(tr("Check this endpoint now instead of waiting for its next turn (F5)"));
    m_checkNow->setAccessibleName(tr("Check now"));
    m_title->setAccessibleName(tr("Endpoint"));
    m_state->setAccessibleName(tr("State"));
    m_target->setAccessibleName(tr("Target"));
    m_tabs->setTabText(ChartsTab, tr("Char&ts"));
    m_tabs->setTabText(FailuresTab, tr("Recent fai&lures"));
    m_tabs->setTabText(ResponseTab, tr("Last res&ponse"));
    m_tabs->setAccessibleName(tr("Endpoint details"));
    m_failureView->setAccessibleName(tr("Recent failures"));
    updateHeader();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Leitstand
