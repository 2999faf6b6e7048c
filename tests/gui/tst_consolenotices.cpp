// Outage notices in a real console, published to a real feed server: Apache httpd with mod_dav
// over TLS (a test CA) and Basic authentication on 127.0.0.1, the password in gnome-keyring.
// A notice started from an incident goes online from the Notices dock; while the server is down
// the dock says why and the notice waits, and it arrives once the server is back. The feed
// server dialog refuses settings that cannot work and keeps the password out of the settings
// file. Every control of the dock and the dialog is reachable by Tab and has a name.

#include "console.h"
#include "core/secretstore.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "feed/feedconfiguration.h"
#include "feed/statusfeed.h"
#include "feedserverdialog.h"
#include "guitesthelpers.h"
#include "incidentdetail.h"
#include "incidentsdock.h"
#include "itemmodels/incidentlistmodel.h"
#include "itemmodels/noticelistmodel.h"
#include "mainwindow.h"
#include "newincidentdialog.h"
#include "noticeeditor.h"
#include "noticesdock.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "support/apacheserver.h"
#include "support/testcertificates.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using Leitstand::Test::ApacheServer;
using Leitstand::Test::TestCertificates;

namespace {

constexpr int timeoutMs = 30'000;
const QString user = u"redaktion"_s;
const QString password = u"Feed-Passwort 2026"_s;

Endpoint pausedEndpoint(const QString &service, const QString &name)
{
    Endpoint endpoint;
    endpoint.service = service;
    endpoint.name = name;
    endpoint.kind = CheckKind::Tcp;
    endpoint.target = u"127.0.0.1:9"_s;
    endpoint.paused = true; // the incidents here are opened by hand
    return endpoint;
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

std::chrono::milliseconds quickBackoff(int)
{
    return std::chrono::milliseconds(300);
}

} // namespace

class TestConsoleNotices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(UiLanguage::English));
        QVERIFY(m_dir.isValid());
        m_certificates = std::make_unique<TestCertificates>(m_dir.filePath(u"pki"_s));
        const TestCertificates::Files site = m_certificates->issue(u"feed"_s, 30);
        QVERIFY2(m_certificates->errorString().isEmpty(), qPrintable(m_certificates->errorString()));
        m_apache = std::make_unique<ApacheServer>(QList {site});
        QVERIFY(m_apache->enableWebDav(u"/feed/"_s, user, password));
        QVERIFY2(m_apache->start(), qPrintable(m_apache->errorString()));

        SecretStore secrets;
        bool stored = false;
        bool done = false;
        secrets.write(FeedServer::secretKey(), password, [&](std::expected<void, QString> written) {
            stored = written.has_value();
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, timeoutMs));
        QVERIFY(stored);

        m_database = std::make_unique<Database>(m_dir.filePath(u"notices.sqlite"_s));
        QVERIFY(m_database->open());
        EndpointRepository endpoints(*m_database);
        QVERIFY(endpoints.add(pausedEndpoint(u"Bürgerportal"_s, u"Startseite"_s)));
        QVERIFY(endpoints.add(pausedEndpoint(u"Wohngeld"_s, u"Antrag"_s)));

        m_settings = std::make_unique<Settings>(m_dir.filePath(u"leitstand.conf"_s));
        m_settings->setUserName(u"anna"_s);
        FeedConfiguration feed;
        feed.baseUrl = m_apache->httpsUrl(u"/feed/"_s);
        feed.authentication = FeedServer::Authentication::Basic;
        feed.user = user;
        feed.authorityFile = m_certificates->authorityFile();
        feed.publisher = u"Bezirksamt Mitte"_s;
        feed.write(*m_settings);

        m_console = std::make_unique<Console>(
            *m_settings, *m_database, u"test"_s, Console::Options {.trayIcon = false, .engine = {}});
        m_console->publications().setBackoff(quickBackoff);
        m_console->start();
        QVERIFY(QTest::qWaitForWindowActive(&m_console->window()));
        m_dock = m_console->window().noticesDock();
        QVERIFY(m_dock);
        QTRY_COMPARE(m_console->incidents().names().services.size(), 2);
    }

    void cleanupTestCase()
    {
        m_console.reset();
        m_settings.reset();
        m_database.reset();
        m_apache.reset();
    }

    // F12 in the View menu shows the dock at the bottom; it names the feed server.
    void dockIsInTheViewMenu()
    {
        MainWindow &window = m_console->window();
        QAction *toggle = child<QAction>(&window, u"toggleNoticesAction"_s);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F12));
        QVERIFY(window.viewMenu()->actions().contains(toggle));
        QVERIFY(!m_dock->isVisible());
        toggle->trigger();
        QVERIFY(m_dock->isVisible());
        QCOMPARE(window.dockWidgetArea(m_dock), Qt::BottomDockWidgetArea);
        // No notice chosen yet: a line says how to get one, rather than an empty, disabled form.
        QVERIFY(child<QLabel>(m_dock, u"noticePlaceholder"_s)->isVisible());
        QVERIFY(!m_dock->editor()->isVisible());
        QTRY_VERIFY(feedLine().contains(m_apache->httpsUrl(u"/feed/"_s).toDisplayString()));
    }

    // From an incident's detail to a published notice: the template fills both languages and the
    // incident's service, Publish sends it, and the feed on the server holds it.
    void noticeFromIncidentIsPublished()
    {
        const qint64 incident = openIncident(u"Anträge bleiben hängen"_s);
        QVERIFY(incident != 0);
        IncidentsDock *incidents = m_console->window().incidentsDock();
        QVERIFY(incidents->selectIncident(incident));
        child<QPushButton>(incidents->detail(), u"noticeButton"_s)->click();
        QVERIFY(m_dock->isVisible());

        NoticeEditor *editor = m_dock->editor();
        QVERIFY(editor->hasNotice());
        QVERIFY(editor->isVisible());
        const Notice notice = editor->notice();
        QCOMPARE(notice.incidentId, std::optional<qint64>(incident));
        QCOMPARE(notice.services, QStringList {u"Bürgerportal"_s});
        QVERIFY2(
            notice.problemsBeforePublishing().isEmpty(), qPrintable(notice.problemsBeforePublishing().join(u'\n')));

        child<QPushButton>(editor, u"noticePublish"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_dock->model()->publicationState(notice.id), NoticePublicationState::Published, timeoutMs);
        const auto online = StatusFeed::parse(onlineFile(u"status.json"_s));
        QVERIFY2(online, qPrintable(online ? QString() : online.error()));
        QCOMPARE(online->notices.size(), 1);
        QCOMPARE(online->notices.constFirst().id, notice.id);
        QCOMPARE(online->notices.constFirst().title, notice.title);
        // Every monitored service with its state; paused endpoints speak against none.
        QCOMPARE(online->services.size(), 2);
        QCOMPARE(online->services.constFirst().name, u"Bürgerportal"_s);
        QCOMPARE(online->services.constFirst().state, PublicServiceState::Operational);
        QVERIFY(onlineFile(u"feed.de.atom"_s).contains(notice.title.de.toUtf8()));
        const QModelIndex row = m_dock->model()->indexOf(notice.id, NoticeListModel::Publication);
        QCOMPARE(row.data().toString(), u"Published"_s);
        m_published = notice.id;
    }

    // The preview compares with what the feed server holds now, read without credentials:
    // publishing again would raise the revision, and an edited title shows as its old line
    // taken out and the new one put in.
    void previewComparesWithWhatIsOnline()
    {
        QVERIFY(m_dock->selectNotice(m_published));
        NoticeEditor *editor = m_dock->editor();
        auto *status = child<QLabel>(editor, u"noticeOnlineStatus"_s);
        auto *diff = child<QPlainTextEdit>(editor, u"noticePreviewDiff"_s);
        auto *english = child<QLineEdit>(editor, u"noticeTitleEnglish"_s);
        const QString before = english->text();
        english->setText(before + u" – more"_s);
        editor->refreshPreview();
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(u"What publishing would change in status.json"_s),
            qPrintable(status->text()), timeoutMs);
        const QStringList lines = diff->toPlainText().split(u'\n');
        const auto has = [&lines](QChar sign, const QString &text) {
            return std::ranges::any_of(
                lines, [&](const QString &line) { return line.startsWith(sign) && line.contains(text); });
        };
        QVERIFY2(has(u'-', u"\"revision\": 1"_s), qPrintable(diff->toPlainText()));
        QVERIFY2(has(u'+', u"\"revision\": 2"_s), qPrintable(diff->toPlainText()));
        QVERIFY2(has(u'-', u"\"en\": \""_s + before + u'"'), qPrintable(diff->toPlainText()));
        QVERIFY2(has(u'+', before + u" – more"_s), qPrintable(diff->toPlainText()));
        english->setText(before); // leaves the notice as stored for the next test
    }

    // The server goes away: the update waits, the dock says why, and it arrives once the server
    // is back, without anybody doing anything.
    void serverOutageIsShownAndSurvived()
    {
        QVERIFY(m_dock->selectNotice(m_published));
        NoticeEditor *editor = m_dock->editor();
        QCOMPARE(editor->notice().id, m_published);
        m_apache->stop();

        auto *english = child<QLineEdit>(editor, u"noticeTitleEnglish"_s);
        auto *german = child<QLineEdit>(editor, u"noticeTitleGerman"_s);
        german->setText(german->text() + u" (Update)"_s);
        english->setText(english->text() + u" (update)"_s);
        child<QPushButton>(editor, u"noticePublish"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_dock->model()->publicationState(m_published), NoticePublicationState::Failed, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(feedLine().contains(u"The last attempt failed"_s), timeoutMs);
        const QString reason
            = m_dock->model()->indexOf(m_published, NoticeListModel::Publication).data(Qt::ToolTipRole).toString();
        QVERIFY2(reason.startsWith(u"The server said:"_s), qPrintable(reason));

        QVERIFY2(m_apache->restart(), qPrintable(m_apache->errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_dock->model()->publicationState(m_published), NoticePublicationState::Published, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!feedLine().contains(u"The last attempt failed"_s), timeoutMs);
        const auto online = StatusFeed::parse(onlineFile(u"status.json"_s));
        QVERIFY(online);
        QCOMPARE(online->notices.size(), 1);
        QVERIFY(online->notices.constFirst().title.en.endsWith(u"(update)"_s));
        QCOMPARE(online->notices.constFirst().revision, 2);
    }

    void feedServerDialogRefusesWhatCannotWork_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("authentication");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("problem"); // empty: OK is enabled

        const QString https = u"https://status.example.org/feed/"_s;
        QTest::newRow("https and a user")
            << https << int(FeedServer::Authentication::Basic) << u"redaktion"_s << QString();
        QTest::newRow("publish nowhere") << QString() << int(FeedServer::Authentication::Basic) << QString()
                                         << QString();
        QTest::newRow("clear text") << u"http://status.example.org/feed/"_s << int(FeedServer::Authentication::Basic)
                                    << u"redaktion"_s << u"https://"_s;
        QTest::newRow("basic without a user")
            << https << int(FeedServer::Authentication::Basic) << QString() << u"user name"_s;
        QTest::newRow("bearer needs no user")
            << https << int(FeedServer::Authentication::Bearer) << QString() << QString();
    }

    void feedServerDialogRefusesWhatCannotWork()
    {
        QFETCH(QString, url);
        QFETCH(int, authentication);
        QFETCH(QString, userName);
        QFETCH(QString, problem);

        FeedServerDialog dialog(FeedConfiguration {}, &m_console->window());
        dialog.show();
        child<QLineEdit>(&dialog, u"feedUrl"_s)->setText(url);
        auto *kind = child<QComboBox>(&dialog, u"feedAuthentication"_s);
        kind->setCurrentIndex(kind->findData(authentication));
        child<QLineEdit>(&dialog, u"feedUser"_s)->setText(userName);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), problem.isEmpty());
        QVERIFY2(dialog.problems().contains(problem), qPrintable(dialog.problems()));
        QCOMPARE(child<QLineEdit>(&dialog, u"feedUser"_s)->isEnabled(),
            authentication == int(FeedServer::Authentication::Basic));
        const QStringList problems = GuiTest::focusChainProblems(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Settings chosen in the dialog reach the dock at once; the password never reaches the file.
    void feedServerDialogAppliesSettings()
    {
        m_console->window().findChild<QAction *>(u"configureFeedAction"_s)->trigger();
        auto *dialog = m_console->window().findChild<FeedServerDialog *>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, u"feedUrl"_s)->text(), m_apache->httpsUrl(u"/feed/"_s).toString());
        child<QLineEdit>(dialog, u"feedPublisher"_s)->setText(u"Bezirksamt Pankow"_s);
        child<QLineEdit>(dialog, u"feedSecret"_s)->setText(password);
        dialog->accept();
        QCOMPARE(FeedConfiguration::read(*m_settings).publisher, u"Bezirksamt Pankow"_s);
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Bezirksamt Pankow"));
        QVERIFY(!text.contains(password.toUtf8()));

        // Taking the server away: the dock says that nothing is published.
        FeedConfiguration none;
        none.write(*m_settings);
        QTRY_VERIFY(feedLine().contains(u"No feed server is set up"_s));
    }

    void everyControlIsReachableAndNamed()
    {
        m_dock->show();
        const QStringList problems = GuiTest::focusChainProblems(&m_console->window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Closing the window with an unsaved notice asks first: Cancel keeps the window, Save stores
    // the notice and then closes, Discard closes without it.
    void closingAsksAboutAnUnsavedNotice()
    {
        MainWindow &window = m_console->window();
        NoticeEditor *editor = m_dock->editor();
        editor->discardChanges();
        QVERIFY(!editor->hasUnsavedChanges());
        const auto answer = [&window](QMessageBox::StandardButton button) {
            auto *box = window.findChild<QMessageBox *>(u"unsavedNoticeQuestion"_s);
            if (!box)
                return false;
            box->button(button)->click();
            return QTest::qWaitFor([&window] { return !window.findChild<QMessageBox *>(u"unsavedNoticeQuestion"_s); });
        };

        QVERIFY(m_dock->newNotice(NoticeKind::Information));
        QVERIFY(editor->hasUnsavedChanges());
        const QUuid id = editor->notice().id;
        QVERIFY(!window.close());
        QVERIFY(answer(QMessageBox::Cancel));
        QVERIFY(window.isVisible());

        QVERIFY(!window.close());
        QVERIFY(answer(QMessageBox::Save));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), timeoutMs);
        QVERIFY(m_dock->model()->notice(id));

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_dock->newNotice(NoticeKind::PlannedMaintenance));
        const QUuid dropped = editor->notice().id;
        QVERIFY(!window.close());
        QVERIFY(answer(QMessageBox::Discard));
        QTRY_VERIFY(!window.isVisible());
        QVERIFY(!editor->hasNotice());
        QVERIFY(!m_dock->model()->notice(dropped));
    }

private:
    QString feedLine() const { return child<QLabel>(m_dock, u"feedLine"_s)->text(); }

    QByteArray onlineFile(const QString &name) const
    {
        QFile file(m_apache->documentRoot() + u"/feed/"_s + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    qint64 openIncident(const QString &title)
    {
        IncidentsDock *dock = m_console->window().incidentsDock();
        const int before = m_console->incidents().rowCount();
        dock->openNewIncidentDialog();
        auto *dialog = dock->findChild<NewIncidentDialog *>();
        if (!dialog)
            return 0;
        auto *service = dialog->findChild<QComboBox *>(u"service"_s);
        service->setCurrentIndex(service->findText(u"Bürgerportal"_s));
        dialog->findChild<QLineEdit *>(u"title"_s)->setText(title);
        dialog->accept();
        if (!QTest::qWaitFor([&] { return m_console->incidents().rowCount() > before; }, timeoutMs))
            return 0;
        for (int row = 0; row < m_console->incidents().rowCount(); ++row) {
            const QModelIndex index = m_console->incidents().index(row, IncidentListModel::Title);
            if (index.data().toString() == title)
                return index.data(IncidentListModel::IncidentIdRole).toLongLong();
        }
        return 0;
    }

    TranslationInstaller m_translations;
    QTemporaryDir m_dir;
    std::unique_ptr<TestCertificates> m_certificates;
    std::unique_ptr<ApacheServer> m_apache;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Console> m_console;
    NoticesDock *m_dock = nullptr;
    QUuid m_published;
};

QTEST_MAIN(TestConsoleNotices)
#include "tst_consolenotices.moc"
