// The runbook pane on real widgets against a temporary database: the empty state, writing and
// saving with a live preview, older versions read-only and restored, the warning when another
// console saved meanwhile, cancelling, unsaved text surviving a change of service, tables with
// rules, the question before the main window closes over unsaved text, the focus chain, and a
// picture of a realistic German runbook for people to look at.

#include "catalog/runbookstore.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "guitesthelpers.h"
#include "itemmodels/endpointtreemodel.h"
#include "mainwindow.h"
#include "runbookpane.h"
#include "storagetesthelpers.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

namespace {

constexpr int timeoutMs = 30'000;

const QString germanRunbook = uR"(# Störungsplan Bürgerportal

Gilt für Ausfälle des Bürgerportals (Antragsstrecken, Anmeldung über BundID). Ziel: Wiederherstellung
innerhalb von **4 Stunden** in der Servicezeit (Mo–Fr 7–19 Uhr).

## Erste Schritte

1. Lage im Leitstand prüfen: Welche Endpunkte sind gestört, seit wann?
2. Rufbereitschaft anrufen und die Störung im Ticketsystem erfassen.
3. Prüfen, ob die Anmeldung betroffen ist: <https://id.bund.de/de/status>
4. Bei mehr als 15 Minuten Ausfall die Störungsmeldung auf der Statusseite veröffentlichen.

## Ansprechpartner

| Rolle | Name | Telefon | Erreichbar |
|---|---|---|---|
| Rufbereitschaft Betrieb | Jürgen Weiß | 030 1234-5678 | 24/7 |
| Fachverfahren | Dr. Aylin Özdemir | 030 1234-5690 | Mo–Fr 8–17 Uhr |
| Rechenzentrum (ITZ) | Leitstelle | 0391 567-0 | 24/7 |

## Dienst neu starten

```sh
ssh portal-app-01.verwaltung.example
sudo systemctl restart buergerportal.service
journalctl -u buergerportal.service --since "-10 min"
```

## Nach der Störung

- [ ] Ursache im Ticket dokumentieren
- [ ] Nachbesprechung innerhalb von 5 Werktagen ansetzen
)"_s;

qint64 addService(const Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(u"INSERT INTO services (name) VALUES (?)"_s);
    query.addBindValue(name);
    if (!query.exec())
        qFatal("cannot add a service");
    return query.lastInsertId().toLongLong();
}

// Types ASCII text into the editor key by key, Return for each line break.
void type(QPlainTextEdit *editor, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace

class TestRunbookPane final : public QObject
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
        m_db = std::make_unique<TestDatabase>();
        m_portal = addService(*m_db->database, u"Bürgerportal"_s);
        m_mail = addService(*m_db->database, u"E-Mail"_s);
        m_store = std::make_unique<RunbookStore>(*m_db->database);
        m_window = std::make_unique<QWidget>();
        m_window->setObjectName(u"runbookWindow"_s);
        m_pane = new RunbookPane(*m_store, m_window.get());
        m_pane->setAuthor(u"Anna Schmidt"_s);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_pane);
        m_window->resize(1000, 650);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_db.reset();
    }

    void emptyStateThenFirstVersion()
    {
        QSignalSpy saved(m_pane, &RunbookPane::runbookSaved);
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        auto *writeFirst = child<QPushButton>(m_pane, u"runbookWriteFirst"_s);
        QTRY_VERIFY_WITH_TIMEOUT(writeFirst->isVisible(), timeoutMs);
        QVERIFY(child<QLabel>(m_pane, u"runbookEmpty"_s)->text().contains(u"No runbook yet"_s));
        QCOMPARE(child<QLabel>(m_pane, u"runbookTitle"_s)->text(), u"Runbook of Bürgerportal"_s);
        QVERIFY(!child<QPushButton>(m_pane, u"runbookEdit"_s)->isVisible());

        writeFirst->click();
        QVERIFY(m_pane->isEditing());
        QCOMPARE(m_pane->highlightingDefinition(), u"Markdown"_s);
        auto *editor = child<QPlainTextEdit>(m_pane, u"runbookEditor"_s);
        auto *preview = child<QTextBrowser>(m_pane, u"runbookPreview"_s);
        auto *save = child<QPushButton>(m_pane, u"runbookSave"_s);
        QVERIFY(!save->isEnabled()); // nothing written yet
        type(editor, u"# Erste Hilfe\n\n1. Ruhe bewahren"_s);
        QVERIFY(save->isEnabled());
        // The preview renders the Markdown after a pause in typing.
        QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(u"Ruhe bewahren"_s), timeoutMs);
        QVERIFY(!preview->toPlainText().contains(u'#'));
        QCOMPARE(preview->document()->begin().blockFormat().headingLevel(), 1);

        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isEditing(), timeoutMs);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(1).toInt(), 1);
        QCOMPARE(m_pane->shownVersion(), 1);
        auto *view = child<QTextBrowser>(m_pane, u"runbookView"_s);
        QVERIFY(view->isVisible());
        QVERIFY(view->toPlainText().startsWith(u"Erste Hilfe"_s));
        auto *status = child<QLabel>(m_pane, u"runbookStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Version 1, saved by Anna Schmidt on"_s), timeoutMs);
        const auto stored = RunbookRepository(*m_db->database).latest(m_portal);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->markdown, u"# Erste Hilfe\n\n1. Ruhe bewahren"_s);
        QCOMPARE((*stored)->author, u"Anna Schmidt"_s);
    }

    void olderVersionsAndRestore()
    {
        saveDirectly(m_portal, 0, u"# Version eins"_s, u"Jürgen Weiß"_s);
        saveDirectly(m_portal, 1, u"# Version zwei"_s, u"Jürgen Weiß"_s);
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        auto *versions = child<QComboBox>(m_pane, u"runbookVersions"_s);
        QTRY_COMPARE_WITH_TIMEOUT(versions->count(), 2, timeoutMs);
        QVERIFY(versions->itemText(0).contains(u"Version 2 (latest)"_s));
        QVERIFY(versions->itemText(1).contains(u"Jürgen Weiß"_s));
        auto *view = child<QTextBrowser>(m_pane, u"runbookView"_s);
        QCOMPARE(view->toPlainText(), u"Version zwei"_s);
        auto *restore = child<QPushButton>(m_pane, u"runbookRestore"_s);
        auto *edit = child<QPushButton>(m_pane, u"runbookEdit"_s);
        QVERIFY(!restore->isVisible());

        versions->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->shownVersion(), 1, timeoutMs);
        QCOMPARE(view->toPlainText(), u"Version eins"_s);
        QVERIFY(restore->isVisible() && restore->isEnabled());
        QVERIFY(!edit->isEnabled()); // older versions are read-only
        QVERIFY(child<QLabel>(m_pane, u"runbookStatus"_s)->text().contains(u"older version"_s));

        QSignalSpy saved(m_pane, &RunbookPane::runbookSaved);
        restore->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeoutMs);
        QCOMPARE(saved.at(0).at(1).toInt(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(versions->count(), 3, timeoutMs);
        QCOMPARE(m_pane->shownVersion(), 3);
        QCOMPARE(view->toPlainText(), u"Version eins"_s);
        QVERIFY(!restore->isVisible());
        QVERIFY(child<QLabel>(m_pane, u"runbookStatus"_s)->text().contains(u"Version 1 restored as version 3"_s));
        const auto stored = RunbookRepository(*m_db->database).latest(m_portal);
        QCOMPARE((*stored)->markdown, u"# Version eins"_s);
        QCOMPARE((*stored)->author, u"Anna Schmidt"_s);
    }

    // Another console saves while this one edits: saving warns with who and when, keeps the text,
    // and saves on top only when asked.
    void conflictWarning()
    {
        saveDirectly(m_portal, 0, u"# Plan"_s, u"Jürgen Weiß"_s);
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        auto *edit = child<QPushButton>(m_pane, u"runbookEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(edit->isVisible() && edit->isEnabled(), timeoutMs);
        edit->click();
        auto *editor = child<QPlainTextEdit>(m_pane, u"runbookEditor"_s);
        QCOMPARE(editor->toPlainText(), u"# Plan"_s);
        editor->moveCursor(QTextCursor::End);
        type(editor, u"\n\n1. Mein Schritt"_s);

        saveDirectly(m_portal, 1, u"# Plan\n\n1. Sein Schritt"_s, u"Ben Krüger"_s);
        child<QPushButton>(m_pane, u"runbookSave"_s)->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = m_pane->findChild<QMessageBox *>(u"runbookConflict"_s)), timeoutMs);
        QVERIFY2(box->text().contains(u"Ben Krüger saved version 2"_s), qPrintable(box->text()));
        QCOMPARE(box->detailedText(), u"# Plan\n\n1. Sein Schritt"_s);
        QVERIFY(m_pane->isEditing());
        QCOMPARE(editor->toPlainText(), u"# Plan\n\n1. Mein Schritt"_s);

        // Keep editing: nothing stored, the text stays.
        box->findChild<QPushButton *>(u"runbookKeepEditing"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->findChild<QMessageBox *>(u"runbookConflict"_s), timeoutMs);
        QVERIFY(m_pane->isEditing());
        QCOMPARE(RunbookRepository(*m_db->database).versions(m_portal)->size(), 2);

        // Saving again warns again; this time the user saves on top.
        child<QPushButton>(m_pane, u"runbookSave"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT((box = m_pane->findChild<QMessageBox *>(u"runbookConflict"_s)), timeoutMs);
        box->findChild<QPushButton *>(u"runbookSaveAnyway"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isEditing(), timeoutMs);
        const auto versions = RunbookRepository(*m_db->database).versions(m_portal);
        QCOMPARE(versions->size(), 3);
        QCOMPARE((*RunbookRepository(*m_db->database).latest(m_portal))->markdown, u"# Plan\n\n1. Mein Schritt"_s);
    }

    void cancelAsksBeforeDiscarding()
    {
        saveDirectly(m_portal, 0, u"# Plan"_s, u"Jürgen Weiß"_s);
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        auto *edit = child<QPushButton>(m_pane, u"runbookEdit"_s);
        auto *cancel = child<QPushButton>(m_pane, u"runbookCancel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(edit->isVisible() && edit->isEnabled(), timeoutMs);

        // Unchanged: no question.
        edit->click();
        cancel->click();
        QVERIFY(!m_pane->isEditing());
        QVERIFY(!m_pane->findChild<QMessageBox *>());

        edit->click();
        type(child<QPlainTextEdit>(m_pane, u"runbookEditor"_s), u" erweitert"_s);
        cancel->click();
        auto *question = m_pane->findChild<QMessageBox *>(u"runbookDiscardQuestion"_s);
        QVERIFY(question);
        question->findChild<QPushButton *>(u"runbookKeepEditing"_s)->click();
        QVERIFY(m_pane->isEditing());

        cancel->click();
        question = m_pane->findChild<QMessageBox *>(u"runbookDiscardQuestion"_s);
        QTRY_VERIFY_WITH_TIMEOUT((question = m_pane->findChild<QMessageBox *>(u"runbookDiscardQuestion"_s)), timeoutMs);
        question->findChild<QPushButton *>(u"runbookDiscard"_s)->click();
        QVERIFY(!m_pane->isEditing());
        QCOMPARE(child<QTextBrowser>(m_pane, u"runbookView"_s)->toPlainText(), u"Plan"_s);
        QCOMPARE(RunbookRepository(*m_db->database).versions(m_portal)->size(), 1);
    }

    void unsavedTextSurvivesAChangeOfService()
    {
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        auto *writeFirst = child<QPushButton>(m_pane, u"runbookWriteFirst"_s);
        QTRY_VERIFY_WITH_TIMEOUT(writeFirst->isVisible(), timeoutMs);
        writeFirst->click();
        type(child<QPlainTextEdit>(m_pane, u"runbookEditor"_s), u"# Entwurf"_s);

        m_pane->setService(m_mail, u"E-Mail"_s);
        QVERIFY(!m_pane->isEditing());
        QTRY_VERIFY_WITH_TIMEOUT(writeFirst->isVisible(), timeoutMs);
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->isEditing(), timeoutMs);
        QCOMPARE(child<QPlainTextEdit>(m_pane, u"runbookEditor"_s)->toPlainText(), u"# Entwurf"_s);
        QVERIFY(m_pane->hasUnsavedChanges());
    }

    // Markdown tables get rules between their cells and some room, in the view and the preview.
    void tablesHaveRules()
    {
        saveDirectly(
            m_portal, 0, u"| Rolle | Telefon |\n|---|---|\n| Rufbereitschaft | 030 1234-5678 |"_s, u"Jürgen Weiß"_s);
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        auto *view = child<QTextBrowser>(m_pane, u"runbookView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(u"Rufbereitschaft"_s), timeoutMs);
        const auto checkRules = [](QTextBrowser *browser) {
            const QList<QTextFrame *> frames = browser->document()->rootFrame()->childFrames();
            QCOMPARE(frames.size(), 1);
            auto *table = qobject_cast<QTextTable *>(frames.constFirst());
            QVERIFY(table);
            QCOMPARE(table->rows(), 2);
            QVERIFY(table->format().borderCollapse());
            const QColor rule = browser->palette().color(QPalette::Mid);
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCellFormat cell = table->cellAt(row, column).format().toTableCellFormat();
                    for (const double border :
                        {cell.topBorder(), cell.bottomBorder(), cell.leftBorder(), cell.rightBorder()})
                        QVERIFY(border >= 1);
                    QCOMPARE(cell.topBorderStyle(), QTextFrameFormat::BorderStyle_Solid);
                    QCOMPARE(cell.leftBorderBrush().color(), rule);
                    QVERIFY(cell.leftPadding() >= 4 && cell.topPadding() >= 2);
                    // The header row is shaded, the others are not.
                    QCOMPARE(cell.background().style() != Qt::NoBrush, row == 0);
                }
            }
        };
        checkRules(view);
        child<QPushButton>(m_pane, u"runbookEdit"_s)->click();
        auto *preview = child<QTextBrowser>(m_pane, u"runbookPreview"_s);
        QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(u"Rufbereitschaft"_s), timeoutMs);
        checkRules(preview);
    }

    // Closing the console over runbook text that is not saved asks, as editors do: Save stores it
    // and closes, Discard closes without it, Cancel keeps the window and the text. Text waiting
    // for its service (another incident is shown) counts too. A save that someone else's version
    // overtook keeps the window open.
    void closingAsksAboutUnsavedText_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("parked");
        QTest::addColumn<bool>("overtaken");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<QString>("stored");
        const QString mine = u"# Entwurf"_s;
        const QString theirs = u"# Fremd"_s;
        for (const bool parked : {false, true}) {
            const char *where = parked ? "parked" : "edited";
            QTest::addRow("%s, save", where) << int(QMessageBox::Save) << parked << false << true << mine;
            QTest::addRow("%s, discard", where) << int(QMessageBox::Discard) << parked << false << true << QString();
            QTest::addRow("%s, cancel", where) << int(QMessageBox::Cancel) << parked << false << false << QString();
            QTest::addRow("%s, save overtaken", where) << int(QMessageBox::Save) << parked << true << false << theirs;
        }
    }

    void closingAsksAboutUnsavedText()
    {
        QFETCH(int, answer);
        QFETCH(bool, parked);
        QFETCH(bool, overtaken);
        QFETCH(bool, closes);
        QFETCH(QString, stored);
        m_window.reset(); // this test has a main window of its own
        Settings settings(m_db->dir.filePath(u"leitstand.conf"_s));
        EndpointTreeModel endpoints;
        GuiTest::WindowModels models;
        MainWindow window(settings, models.forWindow(endpoints), u"test"_s);
        auto *dock = new QDockWidget(&window);
        dock->setObjectName(u"runbookDock"_s);
        auto *pane = new RunbookPane(*m_store, dock);
        pane->setAuthor(u"Anna Schmidt"_s);
        dock->setWidget(pane);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Nothing unsaved: it closes without a question.
        pane->setService(m_portal, u"Bürgerportal"_s);
        auto *writeFirst = child<QPushButton>(pane, u"runbookWriteFirst"_s);
        QTRY_VERIFY_WITH_TIMEOUT(writeFirst->isVisible(), timeoutMs);
        QVERIFY(window.close());
        window.show();

        writeFirst->click();
        type(child<QPlainTextEdit>(pane, u"runbookEditor"_s), u"# Entwurf"_s);
        if (parked) {
            pane->setService(m_mail, u"E-Mail"_s);
            QVERIFY(!pane->isEditing());
        }
        if (overtaken)
            saveDirectly(m_portal, 0, u"# Fremd"_s, u"Ben Krüger"_s);
        QCOMPARE(pane->unsavedDrafts(), QStringList {u"Bürgerportal"_s});

        QVERIFY(!window.close());
        auto *question = window.findChild<QMessageBox *>(u"unsavedRunbooksQuestion"_s);
        QVERIFY(question);
        QVERIFY2(question->text().contains(u"Bürgerportal"_s), qPrintable(question->text()));
        QVERIFY(window.isVisible());
        // Asking again while the question is open does not ask twice.
        QVERIFY(!window.close());
        QCOMPARE(window.findChildren<QMessageBox *>(u"unsavedRunbooksQuestion"_s).size(), 1);

        question->button(QMessageBox::StandardButton(answer))->click();
        if (closes) {
            QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), timeoutMs);
            QVERIFY(pane->unsavedDrafts().isEmpty());
        } else if (overtaken) {
            // The question about their version, in the pane or for the parked text.
            const QString box = parked ? u"runbookDraftsNotSaved"_s : u"runbookConflict"_s;
            QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox *>(box), timeoutMs);
            QVERIFY(window.isVisible());
            QCOMPARE(pane->unsavedDrafts(), QStringList {u"Bürgerportal"_s});
        } else {
            QVERIFY(window.isVisible());
            QCOMPARE(pane->isEditing(), !parked);
            QCOMPARE(pane->unsavedDrafts(), QStringList {u"Bürgerportal"_s});
        }
        const auto latest = RunbookRepository(*m_db->database).latest(m_portal);
        QVERIFY(latest);
        QCOMPARE(*latest ? (*latest)->markdown : QString(), stored);
    }

    void focusChain()
    {
        saveDirectly(m_portal, 0, u"# Plan\n\nSiehe [Status](https://status.example.org)."_s, u"Jürgen Weiß"_s);
        saveDirectly(m_portal, 1, u"# Plan 2"_s, u"Jürgen Weiß"_s);
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        auto *versions = child<QComboBox>(m_pane, u"runbookVersions"_s);
        QTRY_COMPARE_WITH_TIMEOUT(versions->count(), 2, timeoutMs);
        QStringList problems = GuiTest::focusChainProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(u"latest: "_s + problems.join(u'\n')));

        versions->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_pane, u"runbookRestore"_s)->isVisible(), timeoutMs);
        problems = GuiTest::focusChainProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(u"older: "_s + problems.join(u'\n')));

        versions->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_pane, u"runbookEdit"_s)->isEnabled(), timeoutMs);
        child<QPushButton>(m_pane, u"runbookEdit"_s)->click();
        type(child<QPlainTextEdit>(m_pane, u"runbookEditor"_s), u"x"_s);
        problems = GuiTest::focusChainProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(u"editing: "_s + problems.join(u'\n')));

        m_pane->setService(m_mail, u"E-Mail"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_pane, u"runbookWriteFirst"_s)->isVisible(), timeoutMs);
        problems = GuiTest::focusChainProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(u"empty: "_s + problems.join(u'\n')));
    }

    // Writes runbookpane-view.png and runbookpane-edit.png (into LEITSTAND_SCREENSHOT_DIR, or next
    // to the test) for a person to look at; checks only that the pictures are not blank.
    void screenshots()
    {
        saveDirectly(m_portal, 0, u"# Störungsplan Bürgerportal\n\nErster Entwurf."_s, u"Jürgen Weiß"_s);
        saveDirectly(m_portal, 1, germanRunbook, u"Dr. Aylin Özdemir"_s);
        m_pane->setService(m_portal, u"Bürgerportal"_s);
        auto *view = child<QTextBrowser>(m_pane, u"runbookView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(u"Ansprechpartner"_s), timeoutMs);
        // The table of contacts and the code block came through as such.
        QTextTable *contacts = nullptr;
        QTextCursor cursor(view->document());
        bool codeShaded = false;
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            cursor.setPosition(block.position());
            contacts = contacts ? contacts : cursor.currentTable();
            codeShaded = codeShaded || block.blockFormat().background().style() != Qt::NoBrush;
        }
        QVERIFY(contacts);
        QCOMPARE(contacts->rows(), 4);
        QVERIFY(codeShaded);
        const QString dir = qEnvironmentVariableIsSet("LEITSTAND_SCREENSHOT_DIR")
            ? qEnvironmentVariable("LEITSTAND_SCREENSHOT_DIR")
            : QCoreApplication::applicationDirPath();
        const auto write = [&dir](QWidget *widget, const QString &name) {
            const QImage image = widget->grab().toImage();
            const QString path = QDir(dir).filePath(name);
            QVERIFY(image.save(path));
            qInfo("%s", qPrintable(path));
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY(colours.size() > 8);
        };
        write(m_window.get(), u"runbookpane-view.png"_s);

        child<QPushButton>(m_pane, u"runbookEdit"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QTextBrowser>(m_pane, u"runbookPreview"_s)->toPlainText().contains(u"Ansprechpartner"_s), timeoutMs);
        write(m_window.get(), u"runbookpane-edit.png"_s);
    }

private:
    void saveDirectly(qint64 service, int basedOn, const QString &markdown, const QString &author)
    {
        const auto outcome
            = RunbookRepository(*m_db->database)
                  .save({.serviceId = service, .basedOnVersion = basedOn, .markdown = markdown, .author = author},
                      QDateTime::currentDateTimeUtc());
        QVERIFY2(outcome && outcome->status == RunbookSaveOutcome::Status::Saved, errorOf(outcome).constData());
    }

    TranslationInstaller m_translations;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RunbookStore> m_store;
    std::unique_ptr<QWidget> m_window;
    RunbookPane *m_pane = nullptr;
    qint64 m_portal = 0;
    qint64 m_mail = 0;
};

QTEST_MAIN(TestRunbookPane)
#include "tst_runbookpane.moc"
