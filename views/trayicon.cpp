#include "trayicon.h"

#include "itemmodels/endpointtreemodel.h"
#include "mutemenu.h"
#include "notifications/alertbatcher.h"
#include "stateicons.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Leitstand {

TrayIcon::TrayIcon(EndpointTreeModel &endpoints, AlertBatcher &alerts, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_window(window)
{
    m_menu = new QMenu(window);
    m_showAction = m_menu->addAction(QString());
    connect(m_showAction, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_muteMenu = new MuteMenu(alerts, m_menu);
    m_menu->addMenu(m_muteMenu);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QIcon::fromTheme(u"application-exit"_s), QString());
    connect(m_quitAction, &QAction::triggered, m_window, &QWidget::close);
    m_tray.setContextMenu(m_menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });

    connect(&m_endpoints, &EndpointTreeModel::countsChanged, this, &TrayIcon::update);
    connect(&alerts, &AlertBatcher::alert, this, &TrayIcon::notify);
    // Follows the language of the window it belongs to.
    m_window->installEventFilter(this);
    retranslateUi();
    update();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray.show();
}

TrayIcon::~TrayIcon() = default;

EndpointState TrayIcon::worstState() const
{
    if (m_endpoints.countInState(EndpointState::Down) > 0)
        return EndpointState::Down;
    if (m_endpoints.countInState(EndpointState::Degraded) > 0)
        return EndpointState::Degraded;
    if (m_endpoints.countInState(EndpointState::Up) > 0 || m_endpoints.countInState(EndpointState::Maintenance) > 0)
        return EndpointState::Up;
    return EndpointState::Unknown;
}

QString TrayIcon::toolTip() const
{
    const int down = m_endpoints.countInState(EndpointState::Down);
    const int degraded = m_endpoints.countInState(EndpointState::Degraded);
    return tr("Leitstand: %1, %2", "tray tooltip: down, degraded")
        .arg(tr("%n down", nullptr, down), tr("%n degraded", nullptr, degraded));
}

void TrayIcon::update()
{
    const EndpointState worst = worstState();
    if (worst != m_shownState || m_tray.icon().isNull()) {
        m_shownState = worst;
        m_tray.setIcon(StateIcons::icon(worst));
    }
    m_tray.setToolTip(toolTip());
}

void TrayIcon::notify(const Alert &alert)
{
    m_lastNotification = alert.title + u'\n' + alert.text;
    if (m_tray.isVisible() && QSystemTrayIcon::supportsMessages()) {
        const auto icon = alert.kind == AlertKind::Recovered ? QSystemTrayIcon::Information : QSystemTrayIcon::Critical;
        m_tray.showMessage(alert.title, alert.text, icon, 15'000);
        return;
    }
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(alert.title + u": "_s + QString(alert.text).replace(u'\n', u"; "_s), 15'000);
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized() && m_window->isActiveWindow()) {
        m_window->hide();
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::retranslateUi()
{
    m_showAction->setText(tr("&Show or Hide Leitstand"));
    m_quitAction->setText(tr("&Quit"));
    m_tray.setToolTip(toolTip());
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

} // namespace Leitstand
