#pragma once

#include "monitoring/checkresult.h"

#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;
class QWidget;

namespace Leitstand {

struct Alert;
class AlertBatcher;
class EndpointTreeModel;
class MuteMenu;

// The console in the system tray: its icon is the worst current state (shape and colour, as in
// the overview), its tooltip counts what is down, and it shows the AlertBatcher's notifications.
// Where the desktop has no tray, notifications go to the main window's status bar instead.
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    TrayIcon(EndpointTreeModel &endpoints, AlertBatcher &alerts, QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;
    Q_DISABLE_COPY_MOVE(TrayIcon)

    // Down, Degraded, Unknown (nothing checked yet) or Up.
    EndpointState worstState() const;
    QString toolTip() const;
    // The notification shown last (also when no tray shows it), for tests.
    QString lastNotification() const { return m_lastNotification; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void notify(const Alert &alert);
    void retranslateUi();
    void toggleWindow();

    EndpointTreeModel &m_endpoints;
    QWidget *m_window;
    QSystemTrayIcon m_tray;
    QMenu *m_menu = nullptr;
    MuteMenu *m_muteMenu = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_quitAction = nullptr;
    EndpointState m_shownState = EndpointState::Unknown;
    QString m_lastNotification;
};

} // namespace Leitstand
