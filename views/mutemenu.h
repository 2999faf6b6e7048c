#pragma once

#include <QMenu>

namespace Leitstand {

class AlertBatcher;

// "Notifications": mute desktop notifications for a while, or resume them. The same menu serves
// the tray icon and the main window, so that muting works where there is no system tray.
class MuteMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit MuteMenu(AlertBatcher &alerts, QWidget *parent = nullptr);

    // The actions in order: 15 min, 1 h, 4 h, until tomorrow morning, resume.
    QList<QAction *> muteActions() const { return m_muteActions; }
    QAction *resumeAction() const { return m_resume; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    AlertBatcher &m_alerts;
    QList<QAction *> m_muteActions;
    QAction *m_resume = nullptr;
    QAction *m_status = nullptr;
};

} // namespace Leitstand
