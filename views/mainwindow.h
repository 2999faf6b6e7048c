#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace Leitstand {

class EndpointOverview;
class EndpointTreeModel;
class Settings;

// The console's main window: menus, the central area and the status bar. It restores its layout
// from Settings and follows language changes at run time.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Shows `endpoints`, which must outlive the window; filling it is the caller's business.
    explicit MainWindow(Settings &settings, EndpointTreeModel &endpoints, const QString &databaseDescription,
        QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Opens Help ▸ About; public so that tests and --screenshot can reach it.
    void showAbout();
    EndpointOverview *overview() const { return m_overview; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void saveLayout();
    void restoreLayout();
    void updateCounts();

    Settings &m_settings;
    EndpointTreeModel &m_endpoints;
    QString m_databaseDescription;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_languageSystemAction = nullptr;
    QAction *m_languageGermanAction = nullptr;
    QAction *m_languageEnglishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    EndpointOverview *m_overview = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace Leitstand
