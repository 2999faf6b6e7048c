#include "mutemenu.h"

#include "itemmodels/endpointtext.h"
#include "notifications/alertbatcher.h"

#include <QEvent>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Tomorrow at 08:00 local time: "until the next shift" for a night without notifications.
QDateTime tomorrowMorning()
{
    const QDateTime now = QDateTime::currentDateTime();
    return QDateTime(now.date().addDays(1), QTime(8, 0), now.timeZone()).toUTC();
}

} // namespace

MuteMenu::MuteMenu(AlertBatcher &alerts, QWidget *parent)
    : QMenu(parent)
    , m_alerts(alerts)
{
    setObjectName(u"muteMenu"_s);
    setIcon(QIcon::fromTheme(u"notifications-disabled"_s));
    m_status = addAction(QString());
    m_status->setEnabled(false);
    addSeparator();
    const QList<qint64> minutes {15, 60, 240};
    for (const qint64 span : minutes) {
        QAction *action = addAction(QString());
        connect(action, &QAction::triggered, this,
            [this, span] { m_alerts.muteUntil(QDateTime::currentDateTimeUtc().addSecs(span * 60)); });
        m_muteActions.append(action);
    }
    QAction *morning = addAction(QString());
    connect(morning, &QAction::triggered, this, [this] { m_alerts.muteUntil(tomorrowMorning()); });
    m_muteActions.append(morning);
    addSeparator();
    m_resume = addAction(QIcon::fromTheme(u"notifications"_s), QString());
    connect(m_resume, &QAction::triggered, this, [this] { m_alerts.muteUntil({}); });
    connect(&m_alerts, &AlertBatcher::mutedChanged, this, &MuteMenu::updateState);
    // The mute runs out by itself: look again whenever the menu opens.
    connect(this, &QMenu::aboutToShow, this, &MuteMenu::updateState);
    retranslateUi();
}

void MuteMenu::retranslateUi()
{
    setTitle(tr("&Notifications"));
    m_muteActions.at(0)->setText(tr("Mute for &15 minutes"));
    m_muteActions.at(1)->setText(tr("Mute for &1 hour"));
    m_muteActions.at(2)->setText(tr("Mute for &4 hours"));
    m_muteActions.at(3)->setText(tr("Mute until &tomorrow 8:00"));
    m_resume->setText(tr("&Resume notifications"));
    updateState();
}

void MuteMenu::updateState()
{
    const QDateTime until = m_alerts.mutedUntil();
    m_status->setText(
        until.isValid() ? tr("Muted until %1").arg(EndpointText::time(until)) : tr("Notifications are on"));
    m_resume->setEnabled(until.isValid());
}

void MuteMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace Leitstand
