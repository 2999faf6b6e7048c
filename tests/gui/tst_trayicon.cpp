// The tray icon's state and texts, the notification fallback where there is no tray (as on the
// offscreen platform), and the mute menu.

#include "../itemmodels/itemmodeltesthelpers.h"
#include "core/uilanguage.h"
#include "itemmodels/endpointtreemodel.h"
#include "mutemenu.h"
#include "notifications/alertbatcher.h"
#include "trayicon.h"

#include <QAction>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

class TestTrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(UiLanguage::English));
    }

    void worstStateAndToolTip()
    {
        EndpointTreeModel model;
        model.setEndpoints(fleet());
        AlertBatcher alerts([](qint64) { return QString(); });
        QMainWindow window;
        TrayIcon tray(model, alerts, &window);
        QCOMPARE(tray.worstState(), EndpointState::Unknown);
        model.applyResult(result(1, EndpointState::Up, 10), EndpointState::Up);
        model.flushPendingUpdates();
        QCOMPARE(tray.worstState(), EndpointState::Up);
        model.applyResult(result(2, EndpointState::Degraded, 900), EndpointState::Degraded);
        model.flushPendingUpdates();
        QCOMPARE(tray.worstState(), EndpointState::Degraded);
        model.applyResult(result(3, EndpointState::Down, 10), EndpointState::Down);
        model.flushPendingUpdates();
        QCOMPARE(tray.worstState(), EndpointState::Down);
        QCOMPARE(tray.toolTip(), u"Leitstand: 1 down, 1 degraded"_s);
    }

    void notificationsWithoutATrayGoToTheStatusBar()
    {
        EndpointTreeModel model;
        model.setEndpoints(fleet());
        AlertBatcher alerts([](qint64 id) { return u"endpoint-%1"_s.arg(id); });
        QMainWindow window;
        window.show();
        TrayIcon tray(model, alerts, &window);
        alerts.addTransition(
            {.endpointId = 3, .from = EndpointState::Up, .to = EndpointState::Down, .at = {}, .cause = {}});
        alerts.flush();
        QVERIFY2(tray.lastNotification().contains(u"endpoint-3"_s), qPrintable(tray.lastNotification()));
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            QVERIFY2(window.statusBar()->currentMessage().contains(u"endpoint-3"_s),
                qPrintable(window.statusBar()->currentMessage()));
    }

    void muteMenu()
    {
        AlertBatcher alerts([](qint64) { return QString(); });
        MuteMenu menu(alerts);
        QCOMPARE(menu.muteActions().size(), 4);
        QVERIFY(!menu.resumeAction()->isEnabled());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        menu.muteActions().at(1)->trigger(); // an hour
        QVERIFY(alerts.isMuted());
        QVERIFY(qAbs(alerts.mutedUntil().secsTo(before.addSecs(3600))) < 60);
        QVERIFY(menu.resumeAction()->isEnabled());
        menu.muteActions().at(3)->trigger(); // tomorrow morning
        QCOMPARE(alerts.mutedUntil().toLocalTime().time(), QTime(8, 0));
        QCOMPARE(alerts.mutedUntil().toLocalTime().date(), QDate::currentDate().addDays(1));
        menu.resumeAction()->trigger();
        QVERIFY(!alerts.isMuted());
        for (QAction *action : menu.actions())
            QVERIFY(action->isSeparator() || !action->text().isEmpty());
    }

private:
    TranslationInstaller m_translations;
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
