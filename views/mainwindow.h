#pragma once

#include <QDateTime>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;

namespace Leitstand {

class CatalogOverview;
class ChartDataLoader;
class DetailPane;
class EndpointActions;
class EndpointOverview;
class EndpointTreeModel;
class HistoryLoader;
class IncidentsDock;
class LastResponses;
class NoticesDock;
class Settings;

// What the main window shows; all must outlive it. Filling them is the caller's business.
struct MainWindowModels
{
    EndpointTreeModel &endpoints;
    HistoryLoader &history;
    LastResponses &responses;
    ChartDataLoader &charts; // for the detail pane alone
};

// The console's main window: menus, the central area and the status bar. It restores its layout
// from Settings and follows language changes at run time. Closing it with runbook or notice text
// that is not saved asks first: save, discard or keep the window open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings &settings, const MainWindowModels &models, const QString &databaseDescription,
        QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Puts the endpoint actions into the File and Endpoint menus and the overview's context menu,
    // and keeps them told which endpoint is current.
    void setEndpointActions(EndpointActions &actions);

    // Docks the incidents on the right, puts its toggle (F9) into the View menu and restores
    // where the user left it.
    void addIncidentsDock(IncidentsDock *dock);
    IncidentsDock *incidentsDock() const { return m_incidentsDock; }
    // Docks the outage notices at the bottom, hidden, with its toggle (F12) in the View menu.
    void addNoticesDock(NoticesDock *dock);
    NoticesDock *noticesDock() const { return m_noticesDock; }
    // The service catalog dock, hidden until the user opens it (F10); whoever loads the catalog
    // feeds it through CatalogOverview::setCatalog().
    CatalogOverview *catalogOverview() const { return m_catalogOverview; }

    // Opens Help ▸ About; public so that tests and --screenshot can reach it.
    void showAbout();
    EndpointOverview *overview() const { return m_overview; }
    DetailPane *detailPane() const { return m_detail; }
    QMenu *endpointMenu() const { return m_endpointMenu; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    // Where File menu entries of others (import, export) go: before Quit.
    QAction *quitAction() const { return m_quitAction; }

    // A shared database went away: a banner above the overview says so and since when the states
    // shown are not updated; setDatabaseReachable() takes it away again.
    void setDatabaseUnreachable(const QString &message);
    void setDatabaseReachable();

Q_SIGNALS:
    void checkNowRequested(const QList<qint64> &endpointIds);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCatalogOverview();
    void createMenus();
    void retranslateUi();
    void saveLayout();
    void restoreLayout();
    void updateCounts();
    void updateDatabaseBanner();
    void updateEndpointActions();
    void selectNextDown(bool forward);
    // False, after asking in a dialog, if closing would lose unsaved runbook or notice text.
    bool mayClose();
    bool mayCloseNoticeEditor();

    Settings &m_settings;
    EndpointTreeModel &m_endpoints;
    QString m_databaseDescription;
    // When the shared database went away, and what the driver said; invalid while it is reachable.
    QDateTime m_unreachableSince;
    QString m_unreachableMessage;
    QWidget *m_databaseBanner = nullptr;
    QLabel *m_databaseBannerText = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_endpointMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_colorSchemeMenu = nullptr;
    QActionGroup *m_colorSchemeGroup = nullptr;
    QAction *m_schemeSystemAction = nullptr;
    QAction *m_schemeLightAction = nullptr;
    QAction *m_schemeDarkAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_languageSystemAction = nullptr;
    QAction *m_languageGermanAction = nullptr;
    QAction *m_languageEnglishAction = nullptr;
    QAction *m_checkNowAction = nullptr;
    QAction *m_nextDownAction = nullptr;
    QAction *m_previousDownAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    EndpointActions *m_endpointActions = nullptr;
    QSplitter *m_splitter = nullptr;
    EndpointOverview *m_overview = nullptr;
    DetailPane *m_detail = nullptr;
    IncidentsDock *m_incidentsDock = nullptr;
    NoticesDock *m_noticesDock = nullptr;
    CatalogOverview *m_catalogOverview = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    bool m_closeConfirmed = false; // the unsaved text was saved or discarded on request
};

} // namespace Leitstand
