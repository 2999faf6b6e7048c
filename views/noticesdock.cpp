#include "noticesdock.h"

#include "feed/noticetemplates.h"
#include "feed/onlinefeed.h"
#include "incidenticons.h"
#include "itemmodels/noticelistmodel.h"
#include "noticeeditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// The Publication column: the state's icon in front of its words, so that it is never told by
// colour or shape alone.
class PublicationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != NoticeListModel::Publication)
            return;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = IncidentIcons::publication(
            NoticePublicationState(index.data(NoticeListModel::PublicationStateRole).toInt()));
    }
};

constexpr std::array newNoticeKinds {NoticeKind::Disruption, NoticeKind::PlannedMaintenance, NoticeKind::Information};

} // namespace

NoticesDock::NoticesDock(NoticeStore &store, QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
{
    setObjectName(u"noticesDock"_s);
    setAllowedAreas(Qt::AllDockWidgetAreas);
    m_online = new OnlineFeedReader(std::nullopt, this);
    m_model = new NoticeListModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(NoticeListModel::SortRole);

    auto *content = new QWidget(this);
    m_feedLine = new QLabel(content);
    m_feedLine->setObjectName(u"feedLine"_s);
    m_feedLine->setWordWrap(true);
    m_feedLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_configureFeed = new QPushButton(content);
    m_configureFeed->setObjectName(u"configureFeedButton"_s);
    m_newNotice = new QToolButton(content);
    m_newNotice->setObjectName(u"newNoticeButton"_s);
    m_newNotice->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_newNotice->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newNotice->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(m_newNotice);
    for (const NoticeKind kind : newNoticeKinds) {
        QAction *action = kinds->addAction(QString());
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { newNotice(kind); });
    }
    m_newNotice->setMenu(kinds);

    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->setObjectName(u"noticesSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_list = new QTreeView(m_splitter);
    m_list->setObjectName(u"noticeList"_s);
    m_list->setModel(m_sorted);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setItemDelegate(new PublicationDelegate(m_list));
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NoticeListModel::Kind, Qt::AscendingOrder);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (const int column :
        {NoticeListModel::Kind, NoticeListModel::Severity, NoticeListModel::Phase, NoticeListModel::Publication})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(NoticeListModel::Title, 220);
    // Where each notice stands on its way online matters most: right after its title.
    header->moveSection(header->visualIndex(NoticeListModel::Publication), NoticeListModel::Title + 1);
    // Until a notice is chosen, a line that says how to get one instead of an empty, disabled form.
    m_editorPages = new QStackedWidget(m_splitter);
    m_placeholder = new QLabel(m_editorPages);
    m_placeholder->setObjectName(u"noticePlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_editor = new NoticeEditor(m_store, *m_online, m_editorPages);
    m_editorPages->addWidget(m_placeholder);
    m_editorPages->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The list wide enough for the title and where each notice stands; the editor takes the rest.
    m_splitter->setSizes({560, 840});

    auto *feedRow = new QHBoxLayout;
    feedRow->addWidget(m_feedLine, 1);
    feedRow->addWidget(m_configureFeed);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_newNotice);
    actionRow->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(feedRow);
    layout->addLayout(actionRow);
    layout->addWidget(m_splitter, 1);
    setWidget(content);

    connect(&m_store, &NoticeStore::loaded, this, &NoticesDock::onLoaded);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NoticesDock::onCurrentChanged);
    connect(m_editor, &NoticeEditor::noticeSaved, this, [this](const StoredNotice &stored) {
        m_model->upsertNotice(stored);
        updateEditorPage();
        const QSignalBlocker blocker(m_list->selectionModel());
        selectNotice(stored.notice.id);
    });
    connect(m_editor, &NoticeEditor::publicationRequested, this, [this](const NoticePublication &publication) {
        m_model->upsertPublication(publication);
        Q_EMIT publicationRequested();
    });
    connect(m_configureFeed, &QPushButton::clicked, this, &NoticesDock::configureFeedRequested);

    retranslateUi();
}

NoticesDock::~NoticesDock() = default;

void NoticesDock::setFeedConfiguration(const FeedConfiguration &configuration)
{
    m_configuration = configuration;
    m_publicationProblem.clear();
    // Reading what is online needs no credentials: the feed is public.
    std::optional<FeedServer> reader;
    if (configuration.isConfigured() && configuration.problems().isEmpty()) {
        if (auto server = configuration.server()) {
            server->authentication = FeedServer::Authentication::None;
            reader = *server;
        }
    }
    m_online->setServer(reader);
    m_editor->setFeedSite(configuration.site());
    updateFeedLine();
}

void NoticesDock::setCatalog(const ServiceCatalog &catalog)
{
    m_catalog = catalog;
    QStringList names;
    names.reserve(catalog.services.size());
    for (const ServiceDefinition &service : catalog.services)
        names.append(service.name);
    m_editor->setServiceNames(names);
}

void NoticesDock::setAuthor(const QString &author)
{
    m_editor->setAuthor(author);
}

void NoticesDock::reload()
{
    m_loadJob = m_store.load();
}

void NoticesDock::showPublicationProblem(const QString &message)
{
    m_publicationProblem = message;
    updateFeedLine();
}

void NoticesDock::onLoaded(quint64 job, const NoticeOverview &overview)
{
    if (job != m_store.latestLoad())
        return;
    m_model->setOverview(overview);
    // A problem stays on the line while any publication still waits after a failed attempt.
    const bool anyFailing = std::ranges::any_of(overview.publications, [](const NoticePublication &publication) {
        return publication.state == NoticePublication::State::Pending && publication.attempts > 0;
    });
    if (!anyFailing && !m_publicationProblem.isEmpty()) {
        m_publicationProblem.clear();
        updateFeedLine();
    }
}

bool NoticesDock::mayReplaceEditorContent()
{
    if (!m_editor->hasNotice() || !m_editor->hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Notice"),
        tr("The notice being edited has changes that are not saved. Discard them?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void NoticesDock::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_revertingSelection || !current.isValid())
        return;
    const QUuid id = current.data(NoticeListModel::NoticeIdRole).value<QUuid>();
    if (m_editor->hasNotice() && m_editor->notice().id == id)
        return;
    if (!mayReplaceEditorContent()) {
        // Back to the notice whose changes the user keeps.
        m_revertingSelection = true;
        m_list->selectionModel()->setCurrentIndex(
            previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_revertingSelection = false;
        return;
    }
    if (const StoredNotice *stored = m_model->notice(id))
        m_editor->setStoredNotice(*stored);
    updateEditorPage();
}

void NoticesDock::updateEditorPage()
{
    m_editorPages->setCurrentWidget(m_editor->hasNotice() ? static_cast<QWidget *>(m_editor) : m_placeholder);
}

bool NoticesDock::newNotice(NoticeKind kind)
{
    if (!mayReplaceEditorContent())
        return false;
    m_list->selectionModel()->clearSelection();
    m_editor->setNewNotice(noticeFromTemplate(kind, {}, QDateTime::currentDateTimeUtc()));
    updateEditorPage();
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

bool NoticesDock::newNoticeFromIncident(NoticeKind kind, const Incident &incident, const QString &serviceName)
{
    if (!mayReplaceEditorContent())
        return false;
    QList<ServiceDefinition> services;
    if (const ServiceDefinition *service = m_catalog.service(serviceName))
        services.append(*service);
    else if (!serviceName.isEmpty()) {
        ServiceDefinition unknown; // not in the catalog (yet): the template words it by name alone
        unknown.name = serviceName;
        services.append(unknown);
    }
    m_list->selectionModel()->clearSelection();
    m_editor->setNewNotice(noticeFromIncident(kind, incident, services, QDateTime::currentDateTimeUtc()));
    updateEditorPage();
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

bool NoticesDock::selectNotice(const QUuid &id)
{
    const QModelIndex index = m_sorted->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return false;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    return true;
}

void NoticesDock::updateFeedLine()
{
    QString line;
    if (!m_configuration.isConfigured()) {
        line = tr("No feed server is set up: notices are saved, and what is published waits in the outbox "
                  "until one is.");
    } else if (const QStringList problems = m_configuration.problems(); !problems.isEmpty()) {
        line = tr("The feed server settings cannot be used: %1").arg(problems.join(u' '));
    } else {
        line = tr("Notices are published to %1.").arg(m_configuration.baseUrl.toDisplayString());
        if (!m_publicationProblem.isEmpty())
            line += u' ' + tr("The last attempt failed: %1").arg(m_publicationProblem);
    }
    m_feedLine->setText(line);
}

void NoticesDock::retranslateUi()
{
    setWindowTitle(tr("Notices"));
    m_configureFeed->setText(tr("&Feed Server…"));
    m_configureFeed->setToolTip(tr("Where the status feed is published, and how to log in"));
    m_newNotice->setText(tr("&New Notice"));
    m_newNotice->setToolTip(tr("Start a notice for the public from the template of its kind"));
    m_newNotice->setAccessibleName(tr("New notice"));
    for (QAction *action : m_newNotice->menu()->actions())
        action->setText(noticeKindDisplayName(NoticeKind(action->data().toInt())));
    m_list->setAccessibleName(tr("Notices"));
    m_placeholder->setText(tr("Choose a notice in the list to edit it, or start one with New Notice or, for an "
                              "incident, with Notice for Users in its detail."));
    m_feedLine->setAccessibleName(tr("Feed server"));
    updateFeedLine();
}

void NoticesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace Leitstand
