#include "mainwindow.h"

#include "aboutdialog.h"
#include "catalogoverview.h"
#include "colorscheme.h"
#include "core/settings.h"
#include "detailpane.h"
#include "endpointactions.h"
#include "endpointoverview.h"
#include "incidentsdock.h"
#include "itemmodels/endpointtreemodel.h"
#include "noticeeditor.h"
#include "noticesdock.h"
#include "runbookpane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {
const auto windowKey = u"main"_s;
const auto splitterKey = u"main/splitter"_s;
const auto overviewHeaderKey = u"main/overviewHeader"_s;
} // namespace

MainWindow::MainWindow(
    Settings &settings, const MainWindowModels &models, const QString &databaseDescription, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_endpoints(models.endpoints)
    , m_databaseDescription(databaseDescription)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon::fromTheme(u"leitstand"_s));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_overview = new EndpointOverview(m_endpoints, m_splitter);
    m_detail = new DetailPane(m_endpoints, models.history, models.responses, models.charts, m_splitter);
    m_splitter->addWidget(m_overview);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    // Says in words (and with an icon, not by colour alone) that what is shown is out of date.
    auto *banner = new QFrame(this);
    banner->setFrameShape(QFrame::StyledPanel);
    m_databaseBanner = banner;
    m_databaseBanner->setObjectName(u"databaseBanner"_s);
    auto *bannerIcon = new QLabel(m_databaseBanner);
    bannerIcon->setPixmap(QIcon::fromTheme(u"dialog-warning"_s).pixmap(22, 22));
    m_databaseBannerText = new QLabel(m_databaseBanner);
    m_databaseBannerText->setObjectName(u"databaseBannerText"_s);
    m_databaseBannerText->setWordWrap(true);
    m_databaseBannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_databaseBannerText->setFocusPolicy(Qt::TabFocus);
    auto *bannerLayout = new QHBoxLayout(m_databaseBanner);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_databaseBannerText, 1);
    m_databaseBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_databaseBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_overview, &EndpointOverview::currentEndpointChanged, m_detail, &DetailPane::setEndpoint);
    connect(m_overview, &EndpointOverview::currentEndpointChanged, this, &MainWindow::updateEndpointActions);
    connect(m_detail, &DetailPane::checkNowRequested, this,
        [this](qint64 endpointId) { Q_EMIT checkNowRequested({endpointId}); });

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    statusBar()->addWidget(m_countsLabel);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createCatalogOverview();
    createMenus();
    retranslateUi();
    restoreLayout();
    updateEndpointActions();
    connect(m_overview->treeView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateEndpointActions);

    connect(&m_endpoints, &EndpointTreeModel::countsChanged, this, &MainWindow::updateCounts);
    connect(&m_settings, &Settings::colorSchemeChanged, this, [this](const QString &code) {
        const auto actions = m_colorSchemeGroup->actions();
        for (QAction *action : actions)
            action->setChecked(action->data().toString() == code);
    });
    connect(&m_settings, &Settings::languageChanged, this, [this](UiLanguage language) {
        const auto actions = m_languageGroup->actions();
        for (QAction *action : actions) {
            if (action->data().toString() == languageCode(language))
                action->setChecked(true);
        }
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), QString(), this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_fullScreenAction = new QAction(QIcon::fromTheme(u"view-fullscreen"_s), QString(), this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcuts(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    auto addLanguage = [this](UiLanguage language) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setData(languageCode(language));
        action->setChecked(m_settings.language() == language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { m_settings.setLanguage(language); });
        return action;
    };
    m_languageSystemAction = addLanguage(UiLanguage::System);
    m_languageGermanAction = addLanguage(UiLanguage::German);
    m_languageEnglishAction = addLanguage(UiLanguage::English);

    m_checkNowAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), QString(), this);
    m_checkNowAction->setObjectName(u"checkNowAction"_s);
    m_checkNowAction->setShortcuts(QKeySequence::Refresh);
    connect(m_checkNowAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_overview->selectedEndpointIds();
        if (!ids.isEmpty())
            Q_EMIT checkNowRequested(ids);
    });
    m_nextDownAction = new QAction(QIcon::fromTheme(u"go-down"_s), QString(), this);
    m_nextDownAction->setObjectName(u"nextDownAction"_s);
    m_nextDownAction->setShortcut(Qt::Key_F8);
    connect(m_nextDownAction, &QAction::triggered, this, [this] { selectNextDown(true); });
    m_previousDownAction = new QAction(QIcon::fromTheme(u"go-up"_s), QString(), this);
    m_previousDownAction->setObjectName(u"previousDownAction"_s);
    m_previousDownAction->setShortcut(Qt::SHIFT | Qt::Key_F8);
    connect(m_previousDownAction, &QAction::triggered, this, [this] { selectNextDown(false); });

    m_colorSchemeGroup = new QActionGroup(this);
    auto addScheme = [this](ColorSchemeChoice choice) {
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setData(colorSchemeCode(choice));
        action->setChecked(colorSchemeFromCode(m_settings.colorScheme()).value_or(ColorSchemeChoice::System) == choice);
        m_colorSchemeGroup->addAction(action);
        connect(
            action, &QAction::triggered, this, [this, choice] { m_settings.setColorScheme(colorSchemeCode(choice)); });
        return action;
    };
    m_schemeSystemAction = addScheme(ColorSchemeChoice::System);
    m_schemeLightAction = addScheme(ColorSchemeChoice::Light);
    m_schemeDarkAction = addScheme(ColorSchemeChoice::Dark);

    m_aboutAction = new QAction(QIcon::fromTheme(u"help-about"_s), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCatalogOverview()
{
    m_catalogOverview = new CatalogOverview(this);
    addDockWidget(Qt::RightDockWidgetArea, m_catalogOverview);
    // Reference, not live state: it stays out of the way until asked for; a saved layout that
    // had it open opens it again.
    m_catalogOverview->hide();
    QAction *toggle = m_catalogOverview->toggleViewAction();
    toggle->setObjectName(u"toggleCatalogAction"_s);
    toggle->setIcon(QIcon::fromTheme(u"view-list-details"_s));
    toggle->setShortcut(Qt::Key_F10);
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_catalogOverview->focusContent();
    });
    connect(m_catalogOverview, &CatalogOverview::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_quitAction);

    m_endpointMenu = menuBar()->addMenu(QString());
    m_endpointMenu->setObjectName(u"endpointMenu"_s);
    m_endpointMenu->addAction(m_checkNowAction);
    m_endpointMenu->addSeparator();
    m_endpointMenu->addAction(m_nextDownAction);
    m_endpointMenu->addAction(m_previousDownAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addAction(m_catalogOverview->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QIcon::fromTheme(u"preferences-desktop-locale"_s), QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addAction(m_languageSystemAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_languageGermanAction);
    m_languageMenu->addAction(m_languageEnglishAction);
    m_colorSchemeMenu = m_viewMenu->addMenu(QIcon::fromTheme(u"preferences-desktop-theme"_s), QString());
    m_colorSchemeMenu->setObjectName(u"colorSchemeMenu"_s);
    m_colorSchemeMenu->addAction(m_schemeSystemAction);
    m_colorSchemeMenu->addSeparator();
    m_colorSchemeMenu->addAction(m_schemeLightAction);
    m_colorSchemeMenu->addAction(m_schemeDarkAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_endpointMenu->setTitle(tr("&Endpoint"));
    m_checkNowAction->setText(tr("&Check Now"));
    m_checkNowAction->setToolTip(tr("Check the selected endpoints now"));
    m_nextDownAction->setText(tr("&Next Down Endpoint"));
    m_previousDownAction->setText(tr("&Previous Down Endpoint"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_colorSchemeMenu->setTitle(tr("&Colour Scheme"));
    m_schemeSystemAction->setText(tr("&System Default"));
    m_schemeLightAction->setText(tr("&Light"));
    m_schemeDarkAction->setText(tr("&Dark"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_fullScreenAction->setText(tr("F&ull Screen Mode"));
    m_languageSystemAction->setText(tr("&System Default"));
    // Language names are shown in their own language, so that anyone can find theirs.
    m_languageGermanAction->setText(u"&Deutsch"_s);
    m_languageEnglishAction->setText(u"&English"_s);
    m_aboutAction->setText(tr("&About Leitstand"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_databaseLabel->setAccessibleName(tr("Database"));
    m_databaseBanner->setAccessibleName(tr("Database unreachable"));
    m_countsLabel->setAccessibleName(tr("Endpoint states"));
    updateDatabaseBanner();
    updateCounts();
}

void MainWindow::setDatabaseUnreachable(const QString &message)
{
    if (!m_unreachableSince.isValid())
        m_unreachableSince = QDateTime::currentDateTimeUtc();
    m_unreachableMessage = message;
    updateDatabaseBanner();
}

void MainWindow::setDatabaseReachable()
{
    m_unreachableSince = {};
    m_unreachableMessage.clear();
    updateDatabaseBanner();
}

void MainWindow::updateDatabaseBanner()
{
    if (!m_unreachableSince.isValid()) {
        m_databaseBanner->hide();
        m_databaseLabel->setText(tr("Database: %1").arg(m_databaseDescription));
        return;
    }
    const QString since = QLocale().toString(m_unreachableSince.toLocalTime().time(), QLocale::ShortFormat);
    m_databaseBannerText->setText(tr("<b>The database cannot be reached since %1.</b> What you see is the last known "
                                     "state and may be out of date; Leitstand keeps trying to reconnect.<br>%2")
            .arg(since, m_unreachableMessage.toHtmlEscaped()));
    m_databaseLabel->setText(tr("Database: %1 (unreachable, data from %2)").arg(m_databaseDescription, since));
    m_databaseBanner->show();
}

void MainWindow::updateCounts()
{
    const int total = int(m_endpoints.endpointCount());
    const int down = m_endpoints.countInState(EndpointState::Down);
    const int degraded = m_endpoints.countInState(EndpointState::Degraded);
    const QString downText = tr("%n down", nullptr, down);
    const QString degradedText = tr("%n degraded", nullptr, degraded);
    // Counts in words, not a red title: the state must never depend on colour alone.
    if (down == 0 && degraded == 0)
        setWindowTitle(tr("Leitstand"));
    else
        setWindowTitle(tr("Leitstand – %1, %2", "window title: down, degraded").arg(downText, degradedText));
    m_countsLabel->setText(
        tr("%n endpoint(s): %1, %2", "status bar: down, degraded", total).arg(downText, degradedText));
}

void MainWindow::updateEndpointActions()
{
    m_checkNowAction->setEnabled(!m_overview->selectedEndpointIds().isEmpty());
    if (m_endpointActions)
        m_endpointActions->setCurrentEndpoint(m_endpoints.endpoint(m_overview->currentEndpointId()));
}

void MainWindow::setEndpointActions(EndpointActions &actions)
{
    m_endpointActions = &actions;
    m_fileMenu->insertAction(m_quitAction, actions.importAction());
    m_fileMenu->insertAction(m_quitAction, actions.exportAction());
    m_fileMenu->insertSeparator(m_quitAction);

    QAction *first = m_endpointMenu->actions().value(0);
    for (QAction *action : {actions.addAction(), actions.editAction(), actions.duplicateAction(), actions.pauseAction(),
             actions.deleteAction()})
        m_endpointMenu->insertAction(first, action);
    m_endpointMenu->insertSeparator(first);

    // Delete and F2 belong to the overview: in the filter line, Delete edits text.
    for (QAction *action : {actions.editAction(), actions.deleteAction()})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QTreeView *tree = m_overview->treeView();
    tree->addActions({actions.editAction(), actions.deleteAction()});
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &at) {
        QMenu menu(tree);
        menu.addAction(m_checkNowAction);
        menu.addSeparator();
        menu.addActions(m_endpointActions->endpointActions());
        menu.addSeparator();
        menu.addAction(m_endpointActions->addAction());
        menu.exec(tree->viewport()->mapToGlobal(at));
    });
    connect(tree, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(EndpointTreeModel::EndpointIdRole).toLongLong() != 0)
            m_endpointActions->editAction()->trigger();
    });
    connect(&actions, &EndpointActions::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    // Keep the current endpoint's definition fresh after an edit (paused or not, its name).
    connect(&m_endpoints, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEndpointActions);
    connect(&m_endpoints, &QAbstractItemModel::modelReset, this, &MainWindow::updateEndpointActions);
    updateEndpointActions();
}

void MainWindow::addIncidentsDock(IncidentsDock *dock)
{
    m_incidentsDock = dock;
    addDockWidget(Qt::RightDockWidgetArea, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(u"toggleIncidentsAction"_s);
    toggle->setIcon(QIcon::fromTheme(u"dialog-warning"_s));
    toggle->setShortcut(Qt::Key_F9);
    m_viewMenu->insertAction(m_catalogOverview->toggleViewAction(), toggle);
    // Both on the right; the catalog is a tab next to the incidents when the user opens it.
    tabifyDockWidget(dock, m_catalogOverview);
    dock->raise();
    // The saved state names the dock by its object name; now that it exists, it can be placed.
    restoreState(m_settings.windowState(windowKey));
}

void MainWindow::addNoticesDock(NoticesDock *dock)
{
    m_noticesDock = dock;
    // At the bottom, hidden until wanted: the editor needs the window's width for German and
    // English side by side, and most of the day nobody writes notices.
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(u"toggleNoticesAction"_s);
    toggle->setIcon(QIcon::fromTheme(u"document-edit"_s));
    toggle->setShortcut(Qt::Key_F12);
    // After the catalog's toggle, with the other docks.
    const QList<QAction *> viewActions = m_viewMenu->actions();
    const qsizetype catalogAt = viewActions.indexOf(m_catalogOverview->toggleViewAction());
    m_viewMenu->insertAction(
        catalogAt >= 0 && catalogAt + 1 < viewActions.size() ? viewActions.at(catalogAt + 1) : nullptr, toggle);
    connect(toggle, &QAction::triggered, this, [dock](bool shown) {
        if (shown)
            dock->list()->setFocus(Qt::ShortcutFocusReason);
    });
    restoreState(m_settings.windowState(windowKey));
}

void MainWindow::selectNextDown(bool forward)
{
    if (!m_overview->selectNextInState(EndpointState::Down, forward))
        statusBar()->showMessage(tr("No endpoint is down."), 5'000);
}

void MainWindow::showAbout()
{
    auto *dialog = findChild<AboutDialog *>();
    if (!dialog)
        dialog = new AboutDialog(this);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!std::exchange(m_closeConfirmed, false) && !mayClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::mayClose()
{
    if (!mayCloseNoticeEditor())
        return false;
    QList<QPointer<RunbookPane>> panes;
    QStringList services;
    const auto children = findChildren<RunbookPane *>();
    for (RunbookPane *pane : children) {
        const QStringList drafts = pane->unsavedDrafts();
        if (!drafts.isEmpty()) {
            panes.append(pane);
            services += drafts;
        }
    }
    if (services.isEmpty())
        return true;
    if (auto *asked = findChild<QMessageBox *>(u"unsavedRunbooksQuestion"_s)) {
        asked->raise();
        asked->activateWindow();
        return false;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Runbook Changes"),
        services.size() == 1
            ? tr("The runbook of %1 has changes that are not saved.").arg(services.constFirst())
            : tr("The runbooks of %1 have changes that are not saved.").arg(QLocale().createSeparatedList(services)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"unsavedRunbooksQuestion"_s);
    box->setInformativeText(tr("Save the changes before closing, or discard them?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the console keeps updating while the question is open.
    connect(box, &QMessageBox::finished, this, [this, box, panes] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Discard:
            for (const QPointer<RunbookPane> &pane : panes) {
                if (pane)
                    pane->discardAllDrafts();
            }
            m_closeConfirmed = true;
            close();
            break;
        case QMessageBox::Save: {
            // Closes once every pane has stored its drafts; one that could not stays open and says why.
            auto waiting = std::make_shared<qsizetype>(panes.size());
            auto allSaved = std::make_shared<bool>(true);
            for (const QPointer<RunbookPane> &pane : panes) {
                if (!pane) {
                    --*waiting;
                    continue;
                }
                connect(
                    pane, &RunbookPane::draftsSaved, this,
                    [this, waiting, allSaved](bool saved) {
                        *allSaved = *allSaved && saved;
                        if (--*waiting == 0 && *allSaved) {
                            m_closeConfirmed = true;
                            close();
                        }
                    },
                    Qt::SingleShotConnection);
                pane->saveAllDrafts();
            }
            break;
        }
        default:
            break; // Cancel, or the question closed: the window stays
        }
    });
    box->open();
    return false;
}

bool MainWindow::mayCloseNoticeEditor()
{
    NoticeEditor *editor = m_noticesDock ? m_noticesDock->editor() : nullptr;
    if (!editor || !editor->hasUnsavedChanges())
        return true;
    if (auto *asked = findChild<QMessageBox *>(u"unsavedNoticeQuestion"_s)) {
        asked->raise();
        asked->activateWindow();
        return false;
    }
    m_noticesDock->show();
    m_noticesDock->raise();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Notice"),
        tr("The notice being edited has changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"unsavedNoticeQuestion"_s);
    box->setInformativeText(tr("Save the changes before closing, or discard them?"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the console keeps updating while the question is open.
    connect(box, &QMessageBox::finished, this, [this, box, editor] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Discard:
            editor->discardChanges();
            close(); // asks about runbooks next, if any
            break;
        case QMessageBox::Save: {
            // Closed once stored; a refusal stays in the editor with its reason.
            auto saved = std::make_shared<QMetaObject::Connection>();
            auto failed = std::make_shared<QMetaObject::Connection>();
            *saved = connect(editor, &NoticeEditor::noticeSaved, this, [this, saved, failed] {
                disconnect(*saved);
                disconnect(*failed);
                close();
            });
            *failed = connect(editor, &NoticeEditor::saveFailed, this, [saved, failed] {
                disconnect(*saved);
                disconnect(*failed);
            });
            editor->saveChanges();
            break;
        }
        default:
            break; // Cancel, or the question closed: the window stays
        }
    });
    box->open();
    return false;
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(windowKey, saveGeometry());
    m_settings.setWindowState(windowKey, saveState());
    m_settings.setWindowState(splitterKey, m_splitter->saveState());
    m_settings.setWindowState(overviewHeaderKey, m_overview->treeView()->header()->saveState());
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry(windowKey)))
        resize(1280, 880);
    restoreState(m_settings.windowState(windowKey));
    if (!m_splitter->restoreState(m_settings.windowState(splitterKey)))
        m_splitter->setSizes({380, 440}); // the detail pane holds two charts
    m_overview->treeView()->header()->restoreState(m_settings.windowState(overviewHeaderKey));
}

} // namespace Leitstand
