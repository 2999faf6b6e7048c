// The main window with its detail pane on a model filled by hand: the pane follows the selection,
// shows live failures and the last response with the right highlighting, the keyboard shortcuts
// work, and the focus chain reaches every control, each with a name.

#include "../itemmodels/itemmodeltesthelpers.h"
#include "aboutdialog.h"
#include "charts/chartrange.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "customrangedialog.h"
#include "detailpane.h"
#include "editing/endpointstore.h"
#include "endpointeditordialog.h"
#include "endpointoverview.h"
#include "guitesthelpers.h"
#include "importproblemsdialog.h"
#include "itemmodels/endpointtreemodel.h"
#include "itemmodels/failurelistmodel.h"
#include "lastresponseview.h"
#include "mainwindow.h"
#include "monitoring/checks/ondemandchecker.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

class TestDetailPane final : public QObject
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
        m_models = std::make_unique<GuiTest::WindowModels>();
        m_settings = std::make_unique<Settings>(m_models->dir.filePath(u"leitstand.conf"_s));
        m_model = std::make_unique<EndpointTreeModel>();
        m_model->setEndpoints(fleet());
        m_window = std::make_unique<MainWindow>(*m_settings, m_models->forWindow(*m_model), u"x"_s);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_settings.reset();
        m_models.reset();
    }

    void followsTheSelection()
    {
        DetailPane *pane = m_window->detailPane();
        QCOMPARE(pane->endpointId(), 0);
        QVERIFY(!pane->tabs()->isEnabled());
        m_model->applyResult(result(3, EndpointState::Down, 10, 0, CheckError::ConnectionRefused), EndpointState::Down);
        m_model->flushPendingUpdates();
        QVERIFY(m_window->overview()->selectEndpoint(3));
        QCOMPARE(pane->endpointId(), 3);
        QVERIFY(pane->tabs()->isEnabled());
        auto *title = pane->findChild<QLabel *>(u"detailTitle"_s);
        auto *state = pane->findChild<QLabel *>(u"detailState"_s);
        QCOMPARE(title->text(), u"Mail – smtp"_s);
        QVERIFY2(state->text().contains(endpointStateDisplayName(EndpointState::Down)), qPrintable(state->text()));
        QVERIFY2(state->text().contains(checkErrorMessage(CheckError::ConnectionRefused)), qPrintable(state->text()));

        // Live changes reach the header.
        m_model->applyResult(result(3, EndpointState::Up, 10, 30), EndpointState::Up);
        m_model->flushPendingUpdates();
        QVERIFY2(state->text().contains(endpointStateDisplayName(EndpointState::Up)), qPrintable(state->text()));

        // The endpoint goes away: the pane says so instead of showing a stale one.
        m_model->removeEndpoint(3);
        QCOMPARE(pane->endpointId(), 0);
    }

    void liveFailuresAndLastResponse()
    {
        DetailPane *pane = m_window->detailPane();
        QVERIFY(m_window->overview()->selectEndpoint(1));
        CheckResult failure = result(1, EndpointState::Down, 120, 5, CheckError::HttpStatus, u"HTTP 503"_s);
        failure.responseHead = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n";
        failure.bodyExcerpt = R"({"status":"down"})";
        failure.contentType = u"application/json; charset=utf-8"_s;
        m_models->responses.record(failure);
        m_models->responses.record(result(2, EndpointState::Down, 1, 5, CheckError::Timeout)); // another one

        QCOMPARE(pane->failures()->rowCount(), 1);
        QVERIFY(pane->failures()->index(0, FailureListModel::Error).data().toString().contains(u"HTTP 503"_s));
        LastResponseView *view = pane->responseView();
        QVERIFY(view->headView()->toPlainText().startsWith(u"HTTP/1.1 503"_s));
        QCOMPARE(view->bodyView()->toPlainText(), u"{\"status\":\"down\"}"_s);
        QCOMPARE(view->highlightingDefinition(), u"JSON"_s);

        // Another endpoint without a response says so.
        QVERIFY(m_window->overview()->selectEndpoint(4));
        QVERIFY(view->headView()->toPlainText().isEmpty());
        QCOMPARE(pane->failures()->rowCount(), 0);
    }

    void definitionFromContentType_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("definition");
        QTest::addRow("json") << u"application/json"_s << u"JSON"_s;
        QTest::addRow("problem+json with charset") << u"application/problem+json; charset=utf-8"_s << u"JSON"_s;
        QTest::addRow("upper case") << u"Application/JSON"_s << u"JSON"_s;
        QTest::addRow("html") << u"text/html; charset=UTF-8"_s << u"HTML"_s;
        QTest::addRow("xhtml") << u"application/xhtml+xml"_s << u"HTML"_s;
        QTest::addRow("xml") << u"text/xml"_s << u"XML"_s;
        QTest::addRow("atom") << u"application/atom+xml"_s << u"XML"_s;
        QTest::addRow("plain") << u"text/plain"_s << QString();
        QTest::addRow("none") << QString() << QString();
        QTest::addRow("binary") << u"application/octet-stream"_s << QString();
    }

    void definitionFromContentType()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, definition);
        QCOMPARE(LastResponseView::definitionNameFor(contentType), definition);
        if (definition.isEmpty())
            return;
        // The definition exists in the KSyntaxHighlighting that we ship with.
        LastResponseView view;
        CheckResult response = result(1, EndpointState::Up, 10);
        response.responseHead = "HTTP/1.1 200 OK\r\n";
        response.bodyExcerpt = "<x/>";
        response.contentType = contentType;
        view.setResponse(response);
        QCOMPARE(view.highlightingDefinition(), definition);
    }

    void shortcutsWalkTheDownEndpointsAndCheckNow()
    {
        // Shown order: Auth login(5), Mail smtp(3), Shop api(4), web-2(1), web-10(2); sorted by state
        // descending, so the down ones come first within their service.
        m_model->applyResult(result(3, EndpointState::Down, 10), EndpointState::Down);
        m_model->applyResult(result(1, EndpointState::Down, 10), EndpointState::Down);
        m_model->flushPendingUpdates();
        QTreeView *tree = m_window->overview()->treeView();
        tree->setFocus();
        QSet<qint64> visited;
        QTest::keyClick(tree, Qt::Key_F8);
        visited.insert(m_window->overview()->currentEndpointId());
        QTest::keyClick(tree, Qt::Key_F8);
        visited.insert(m_window->overview()->currentEndpointId());
        QCOMPARE(visited, (QSet<qint64> {1, 3}));
        const qint64 second = m_window->overview()->currentEndpointId();
        QTest::keyClick(tree, Qt::Key_F8); // wraps around
        QVERIFY(m_window->overview()->currentEndpointId() != second);
        QTest::keyClick(tree, Qt::Key_F8, Qt::ShiftModifier); // and back
        QCOMPARE(m_window->overview()->currentEndpointId(), second);

        QSignalSpy checkNow(m_window.get(), &MainWindow::checkNowRequested);
        QTest::keyClick(tree, Qt::Key_F5);
        QCOMPARE(checkNow.size(), 1);
        QCOMPARE(checkNow.constFirst().at(0).value<QList<qint64>>(), QList<qint64> {second});

        // Nothing down: the status bar says so and the selection stays.
        m_model->applyResult(result(3, EndpointState::Up, 10, 1), EndpointState::Up);
        m_model->applyResult(result(1, EndpointState::Up, 10, 1), EndpointState::Up);
        m_model->flushPendingUpdates();
        QTest::keyClick(tree, Qt::Key_F8);
        QCOMPARE(m_window->overview()->currentEndpointId(), second);
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    }

    void mainWindowFocusChain()
    {
        QVERIFY(m_window->overview()->selectEndpoint(1)); // so that the pane's controls are enabled
        for (int tab = 0; tab < m_window->detailPane()->tabs()->count(); ++tab) {
            m_window->detailPane()->tabs()->setCurrentIndex(tab);
            const QStringList problems = GuiTest::focusChainProblems(m_window.get());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }

    void aboutDialogFocusChain()
    {
        m_window->showAbout();
        auto *about = m_window->findChild<AboutDialog *>();
        QVERIFY(about);
        about->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(about));
        const QStringList problems = GuiTest::focusChainProblems(about);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every dialog of the console, with the same check as the main window; the editor once per kind,
    // since each kind shows its own settings.
    void dialogFocusChains()
    {
        CustomRangeDialog range(
            ChartRange::preset(ChartRangePreset::LastDay, QDateTime::currentDateTimeUtc()), m_window.get());
        range.show();
        QStringList problems = GuiTest::focusChainProblems(&range);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        range.close();

        ImportProblemsDialog refused(u"fleet.yaml"_s,
            {EndpointFileProblem {.file = u"fleet.yaml"_s,
                .line = 3,
                .field = u"endpoints[0].interval"_s,
                .message = u"not a duration"_s}},
            m_window.get());
        refused.show();
        problems = GuiTest::focusChainProblems(&refused);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        refused.close();

        EndpointStore store(*m_models->database);
        OnDemandChecker checker;
        EndpointEditorDialog editor(EndpointEditorDialog::Mode::Add, Endpoint(), {}, store, checker, m_window.get());
        editor.show();
        auto *kind = editor.findChild<QComboBox *>(u"kind"_s);
        QVERIFY(kind);
        for (int i = 0; i < kind->count(); ++i) {
            kind->setCurrentIndex(i);
            problems = GuiTest::focusChainProblems(&editor);
            QVERIFY2(problems.isEmpty(), qPrintable(kind->currentText() + u": "_s + problems.join(u'\n')));
        }
        editor.close();
    }

private:
    TranslationInstaller m_translations;
    std::unique_ptr<GuiTest::WindowModels> m_models;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EndpointTreeModel> m_model;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
