// The incidents dock in a real console: a temporary database, the EngineHost with its
// IncidentMonitor, the loader. An incident opened in the dialog is listed and selected; the
// detail's actions reach the engine in the user's name and come back on the timeline; a refusal
// is shown; resolving asks first and takes the incident off the open list. A failed team
// notification is shown with its reason, counted in the tab's title, and tried again on request.
// Every control of the dock, the detail and the dialog is reachable by Tab and has a name.

#include "catalogoverview.h"
#include "console.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "deliveriespane.h"
#include "guitesthelpers.h"
#include "incidentdetail.h"
#include "incidentsdock.h"
#include "itemmodels/deliverylistmodel.h"
#include "itemmodels/incidentlistmodel.h"
#include "itemmodels/incidenttimelinemodel.h"
#include "itemmodels/servicecatalogmodel.h"
#include "mainwindow.h"
#include "newincidentdialog.h"
#include "notifications/teamchannel.h"
#include "storage/database.h"
#include "storage/deliveryrepository.h"
#include "storage/endpointrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

Endpoint pausedEndpoint(const QString &service, const QString &name)
{
    Endpoint endpoint;
    endpoint.service = service;
    endpoint.name = name;
    endpoint.kind = CheckKind::Tcp;
    endpoint.target = u"127.0.0.1:9"_s;
    endpoint.paused = true; // no checks: the incidents here are opened by hand
    return endpoint;
}

} // namespace

class TestIncidentsDock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(UiLanguage::English));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>(m_dir->filePath(u"incidents.sqlite"_s));
        QVERIFY(m_database->open());
        EndpointRepository endpoints(*m_database);
        QVERIFY(endpoints.add(pausedEndpoint(u"Bürgerportal"_s, u"Startseite"_s)));
        QVERIFY(endpoints.add(pausedEndpoint(u"Wohngeld"_s, u"Antrag"_s)));
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"INSERT INTO teams (id, name) VALUES (7, 'Team Portal')"_s));
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"leitstand.conf"_s));
        m_settings->setUserName(u"anna"_s);
        m_console = std::make_unique<Console>(
            *m_settings, *m_database, u"test"_s, Console::Options {.trayIcon = false, .engine = {}});
        m_console->start();
        QVERIFY(QTest::qWaitForWindowActive(&m_console->window()));
        m_dock = m_console->window().incidentsDock();
        QVERIFY(m_dock);
        QVERIFY(m_dock->isVisible());
        QTRY_COMPARE(m_console->incidents().names().services.size(), 2);
    }

    void cleanup()
    {
        m_console.reset();
        m_settings.reset();
        m_database.reset();
        m_dir.reset();
    }

    void openActAndResolve()
    {
        const qint64 id = openByDialog(u"Bescheide kommen doppelt"_s);
        QVERIFY(m_dock->selectIncident(id));
        IncidentDetail *detail = m_dock->detail();
        QCOMPARE(detail->incidentId(), id);
        QCOMPARE(detail->findChild<QLabel *>(u"incidentTitle"_s)->text(), u"Bescheide kommen doppelt"_s);
        auto *timeline = qobject_cast<IncidentTimelineModel *>(detail->timelineView()->model());
        QTRY_COMPARE(timeline->rowCount(), 1);
        QCOMPARE(
            timeline->index(0).data(IncidentTimelineModel::SentenceRole).toString(), u"Opened by anna as Critical"_s);

        detail->findChild<QPushButton *>(u"acknowledgeButton"_s)->click();
        QTRY_COMPARE(m_console->incidents().incident(id)->acknowledgedBy, u"anna"_s);
        QTRY_COMPARE(
            timeline->index(0).data(IncidentTimelineModel::SentenceRole).toString(), u"Acknowledged by anna"_s);
        QVERIFY(!detail->findChild<QPushButton *>(u"acknowledgeButton"_s)->isEnabled());

        auto *state = detail->findChild<QComboBox *>(u"stateCombo"_s);
        state->setCurrentIndex(state->findData(int(IncidentState::Identified)));
        Q_EMIT state->activated(state->currentIndex());
        QTRY_COMPARE(m_console->incidents().incident(id)->state, IncidentState::Identified);

        auto *team = detail->findChild<QComboBox *>(u"teamCombo"_s);
        team->setCurrentIndex(team->findData(qint64(7)));
        Q_EMIT team->activated(team->currentIndex());
        QTRY_COMPARE(m_console->incidents().incident(id)->teamId, 7);
        QTRY_COMPARE(m_console->incidents().indexOf(id, IncidentListModel::Team).data().toString(), u"Team Portal"_s);

        auto *note = detail->findChild<QLineEdit *>(u"noteField"_s);
        note->setFocus();
        QTest::keyClicks(note, u"Druckstraße neu gestartet"_s);
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_COMPARE(timeline->index(0).data(IncidentTimelineModel::SentenceRole).toString(),
            u"Note by anna: Druckstraße neu gestartet"_s);
        QVERIFY(note->text().isEmpty());

        detail->findChild<QPushButton *>(u"resolveButton"_s)->click();
        QTRY_VERIFY(detail->findChild<QMessageBox *>(u"resolveConfirmation"_s));
        auto *confirmation = detail->findChild<QMessageBox *>(u"resolveConfirmation"_s);
        QPushButton *resolve = nullptr;
        for (QAbstractButton *button : confirmation->buttons()) {
            if (confirmation->buttonRole(button) == QMessageBox::AcceptRole)
                resolve = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(resolve);
        resolve->click();
        QTRY_VERIFY(!m_console->incidents().incident(id));
        // The detail still shows what was resolved, and says so.
        QCOMPARE(detail->incidentId(), id);
        QTRY_VERIFY(detail->findChild<QLabel *>(u"incidentSummary"_s)->text().contains(u"Resolved"_s));
        QVERIFY(!detail->findChild<QPushButton *>(u"resolveButton"_s)->isEnabled());
    }

    void refusalsAreShown()
    {
        const qint64 id = openByDialog(u"Formular lädt nicht"_s);
        QVERIFY(m_dock->selectIncident(id));
        auto *refusal = m_dock->detail()->findChild<QLabel *>(u"incidentRefusal"_s);
        QVERIFY(!refusal->isVisible());
        IncidentCommand stale;
        stale.kind = IncidentCommand::Kind::Acknowledge;
        stale.incidentId = id + 1000; // one the engine does not know
        stale.actor = u"anna"_s;
        m_console->engine().executeIncidentCommand(stale);
        QTRY_VERIFY(refusal->isVisible());
        QVERIFY(refusal->text().startsWith(u"Not done: "_s));
    }

    void failedNotificationsShownAndRetried()
    {
        const qint64 id = openByDialog(u"Bescheide fehlen"_s);
        QVERIFY(id != 0);
        // A webhook that failed for good after its nine attempts; the receiver is gone for good too.
        quint16 closed = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            closed = server.serverPort();
        }
        NotificationDelivery delivery;
        delivery.incidentId = id;
        delivery.teamId = 7;
        delivery.eventKind = IncidentEvent::Kind::Opened;
        delivery.channel = u"webhook"_s;
        delivery.request = QJsonDocument(
            QJsonObject {{"secret"_L1, TeamChannel::secretKey(u"Team Portal"_s)}, {"method"_L1, u"POST"_s},
                {"url"_L1, u"http://127.0.0.1:%1/hook"_s.arg(closed)}, {"body"_L1, QJsonObject()}})
                               .toJson(QJsonDocument::Compact);
        delivery.createdAt = QDateTime::currentDateTimeUtc();
        delivery.nextAttemptAt = delivery.createdAt;
        DeliveryRepository repository(*m_database);
        const auto deliveryId = repository.enqueue(delivery);
        QVERIFY(deliveryId);
        QVERIFY(repository.markAttemptFailed(*deliveryId, 9, u"HTTP 410 Gone"_s, std::nullopt));

        QVERIFY(m_dock->selectIncident(id));
        IncidentDetail *detail = m_dock->detail();
        QTabWidget *tabs = detail->tabs();
        QTRY_COMPARE(tabs->tabText(IncidentDetail::NotificationsTab), u"N&otifications (1 failed)"_s);
        QVERIFY(!tabs->tabIcon(IncidentDetail::NotificationsTab).isNull());
        tabs->setCurrentIndex(IncidentDetail::NotificationsTab);
        QTreeView *table = detail->deliveriesPane()->table();
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [model](int column) {
            return model->index(0, column).data().toString();
        };
        QCOMPARE(cell(DeliveryListModel::Event), u"Opened"_s);
        QCOMPARE(cell(DeliveryListModel::Team), u"Team Portal"_s);
        QCOMPARE(cell(DeliveryListModel::State), u"Failed"_s);
        QCOMPARE(cell(DeliveryListModel::LastError), u"HTTP 410 Gone"_s);

        auto *retry = detail->findChild<QPushButton *>(u"deliveryRetry"_s);
        auto *details = detail->findChild<QLabel *>(u"deliveryDetails"_s);
        QVERIFY(!retry->isEnabled()); // nothing chosen yet
        table->setCurrentIndex(model->index(0, 0));
        QVERIFY(retry->isEnabled());
        QVERIFY(details->isVisible());
        QVERIFY2(details->text().contains(u"HTTP 410 Gone"_s), qPrintable(details->text()));

        // One more attempt, now: it reaches the closed port, fails at once and is Failed again,
        // with the new reason and the attempt counted.
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(DeliveryListModel::Attempts), u"10"_s, 20'000);
        QVERIFY(changed.size() >= 2); // Pending, then Failed
        QCOMPARE(cell(DeliveryListModel::State), u"Failed"_s);
        QVERIFY2(cell(DeliveryListModel::LastError).contains(u"refused"_s, Qt::CaseInsensitive),
            qPrintable(cell(DeliveryListModel::LastError)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(tabs->tabText(IncidentDetail::NotificationsTab), u"N&otifications (1 failed)"_s);
        QVERIFY(details->text().contains(u"refused"_s, Qt::CaseInsensitive));

        // Every control of the tab is reachable and named.
        const QStringList problems = GuiTest::focusChainProblems(&m_console->window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void dialogValidates()
    {
        NewIncidentDialog dialog(m_console->incidents().names(), &m_console->window());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
        dialog.findChild<QLineEdit *>(u"title"_s)->setText(u"   "_s);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit *>(u"title"_s)->setText(u"  Anträge hängen "_s);
        QVERIFY(ok->isEnabled());
        const IncidentCommand command = dialog.command(u"anna"_s);
        QCOMPARE(command.kind, IncidentCommand::Kind::Open);
        QCOMPARE(command.text, u"Anträge hängen"_s);
        QVERIFY(m_console->incidents().names().services.contains(command.serviceId));

        NewIncidentDialog empty(CatalogNames {}, &m_console->window());
        QVERIFY(!empty.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void focusChains()
    {
        const qint64 id = openByDialog(u"Langsame Antworten"_s);
        QVERIFY(m_dock->selectIncident(id));
        QStringList problems = GuiTest::focusChainProblems(&m_console->window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        NewIncidentDialog dialog(m_console->incidents().names(), &m_console->window());
        dialog.show();
        problems = GuiTest::focusChainProblems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The service catalog shares the right side with the incidents: F10 after F9 in the View menu
    // (and the notices, F12, after them),
    // a tab beside them once opened.
    void catalogIsATabBesideTheIncidents()
    {
        MainWindow &window = m_console->window();
        CatalogOverview *catalog = window.catalogOverview();
        QVERIFY(!catalog->isVisible());
        const QList<QAction *> view = window.viewMenu()->actions();
        QCOMPARE(view.value(0)->objectName(), u"toggleIncidentsAction"_s);
        QCOMPARE(view.value(1)->objectName(), u"toggleCatalogAction"_s);
        QCOMPARE(view.value(2)->objectName(), u"toggleNoticesAction"_s);
        QVERIFY(view.value(3)->isSeparator());

        view.value(1)->trigger();
        QVERIFY(catalog->isVisible());
        QCOMPARE(window.dockWidgetArea(catalog), Qt::RightDockWidgetArea);
        QVERIFY(window.tabifiedDockWidgets(m_dock).contains(catalog));
        QTRY_VERIFY(m_dock->visibleRegion().isEmpty()); // behind the catalog's tab
        // The console reads the catalog from the database: the endpoints' two services are in it,
        // though nobody described them yet.
        QTRY_COMPARE(catalog->model()->rowCount(), 2);
        QVERIFY(!catalog->placeholder()->isVisible());
    }

private:
    // Opens an incident through the dialog as a user would and returns its id once it is listed.
    qint64 openByDialog(const QString &title)
    {
        const int before = m_console->incidents().rowCount();
        m_dock->openNewIncidentDialog();
        auto *dialog = m_dock->findChild<NewIncidentDialog *>();
        if (!dialog)
            return 0;
        dialog->findChild<QLineEdit *>(u"title"_s)->setText(title);
        auto *severity = dialog->findChild<QComboBox *>(u"severity"_s);
        severity->setCurrentIndex(severity->findData(int(IncidentSeverity::Critical)));
        dialog->accept();
        if (!QTest::qWaitFor([&] { return m_console->incidents().rowCount() > before; }))
            return 0;
        for (int row = 0; row < m_console->incidents().rowCount(); ++row) {
            const QModelIndex index = m_console->incidents().index(row, IncidentListModel::Title);
            if (index.data().toString() == title)
                return index.data(IncidentListModel::IncidentIdRole).toLongLong();
        }
        return 0;
    }

    TranslationInstaller m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Console> m_console;
    IncidentsDock *m_dock = nullptr;
};

QTEST_MAIN(TestIncidentsDock)
#include "tst_incidentsdock.moc"
