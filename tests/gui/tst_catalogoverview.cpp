// The service catalog dock: the explanation while nothing is described, filtering, the detail of
// the selected service, links to other services that select them, reloads that keep the
// selection, the PDF export off the GUI thread, and keyboard access with names for every control.

#include "../catalog/samplecatalog.h"
#include "catalog/catalogtext.h"
#include "catalogoverview.h"
#include "guitesthelpers.h"
#include "itemmodels/servicecatalogmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace CatalogTest;

namespace {

constexpr int timeoutMs = 30'000;

QStringList visibleServices(const QTreeView *table)
{
    QStringList names;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, ServiceCatalogModel::Service).data().toString());
    return names;
}

// Where the detail shows the link to `service`, in viewport coordinates; null if it has none.
QPoint linkPosition(QTextBrowser *browser, const QString &service)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.text() != service)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + (fragment.length() / 2));
            return browser->cursorRect(cursor).center();
        }
    }
    return {};
}

} // namespace

class TestCatalogOverview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_window = std::make_unique<QMainWindow>();
        m_window->setObjectName(u"catalogTestWindow"_s);
        m_window->setCentralWidget(new QWidget);
        m_dock = new CatalogOverview(m_window.get());
        m_dock->setClock([] { return QDateTime(QDate(2026, 12, 2), QTime(9, 30), QTimeZone::UTC); });
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_window->resize(1200, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void placeholderWithoutServices()
    {
        QLabel *placeholder = m_dock->placeholder();
        QVERIFY(placeholder->isVisible());
        QVERIFY(!m_dock->table()->isVisible());
        QVERIFY(placeholder->text().contains(u"leitstand catalog import FILE"_s));
        QVERIFY(placeholder->text().contains(u"docs/catalog-file.md"_s));
        QVERIFY(!m_dock->exportButton()->isEnabled());
        QVERIFY(!m_dock->filterField()->isEnabled());

        m_dock->setCatalog(sampleCatalog(), sampleEndpoints());
        QVERIFY(!placeholder->isVisible());
        QVERIFY(m_dock->table()->isVisible());
        QVERIFY(m_dock->exportButton()->isEnabled());

        m_dock->setCatalog({}, {});
        QVERIFY(placeholder->isVisible());
        QVERIFY(!m_dock->exportButton()->isEnabled());
    }

    void filter()
    {
        m_dock->setCatalog(sampleCatalog(), sampleEndpoints());
        QCOMPARE(visibleServices(m_dock->table()),
            (QStringList {
                u"Anmeldung"_s, u"Antragsdatenbank"_s, u"Bezahldienst"_s, u"Bürgerportal"_s, u"Wohngeld-Online"_s}));
        QTest::keyClicks(m_dock->filterField(), u"wagner"_s);
        QCOMPARE(visibleServices(m_dock->table()), QStringList {u"Antragsdatenbank"_s});
        m_dock->filterField()->clear();
        QTest::keyClicks(m_dock->filterField(), u"Verwaltungsnetz"_s);
        QCOMPARE(visibleServices(m_dock->table()), QStringList {u"Bürgerportal"_s});
        m_dock->filterField()->clear();
        QCOMPARE(m_dock->table()->model()->rowCount(), 5);
    }

    void selectionShowsDetail()
    {
        m_dock->setCatalog(sampleCatalog(), sampleEndpoints());
        m_dock->table()->setCurrentIndex({});
        const QString empty = m_dock->detail()->toPlainText();
        QVERIFY2(empty.contains(u"Select a service"_s), qPrintable(empty));

        // By keyboard: the first row is Anmeldung, the fourth the portal.
        QTreeView *table = m_dock->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home);
        QCOMPARE(m_dock->currentServiceName(), u"Anmeldung"_s);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(m_dock->currentServiceName(), u"Bürgerportal"_s);

        const QString text = m_dock->detail()->toPlainText();
        for (const QString &expected :
            {u"Zentrales Portal für Anträge und Auskünfte"_s, u"Team Bürgerportal, notified by Matrix room"_s,
                u"Jürgen Weiß, phone +49 171 5550199"_s, u"Members of Team Bürgerportal"_s,
                u"aylin.oezdemir@example.de"_s, u"on call"_s, u"Zugang zum Verwaltungsnetz (NdB-VN)"_s,
                u"Monday to Friday 07:00–19:00; Saturday 08:00–12:00 (Europe/Berlin), closed on public holidays in "
                "Berlin"_s,
                u"99.5 % of the service hours"_s, u"Anmeldung, Antragsdatenbank, Bezahldienst"_s, u"Wohngeld-Online"_s,
                u"Wöchentliche Aktualisierung: weekly on Tuesday, 22:00–23:00 (Europe/Berlin), until Wednesday, 30 "
                "June 2027"_s,
                u"Umzug ins Rechenzentrum Süd: once on Saturday, 16 January 2027, 06:00–12:00 (Europe/Berlin)"_s,
                // Tuesday 22:00 in Berlin, in the local time of whoever reads it.
                QString(u"next on "_s
                    + CatalogText::dateTime(QDateTime(QDate(2026, 12, 8), QTime(21, 0), QTimeZone::UTC).toLocalTime())),
                u"Antrag 2, Antrag 10, Login-Weiterleitung, Startseite"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));

        QVERIFY(m_dock->selectService(u"Wohngeld-Online"_s));
        const QString housing = m_dock->detail()->toPlainText();
        QVERIFY(housing.contains(u"Nobody is on call."_s));
        QVERIFY(housing.contains(u"no endpoint yet"_s));
        QVERIFY(housing.contains(u"None planned."_s));
        QVERIFY(!m_dock->selectService(u"Kfz-Zulassung"_s));
    }

    void dependencyLinkSelectsService()
    {
        m_dock->setCatalog(sampleCatalog(), sampleEndpoints());
        // The filter hides what the link names: following it shows everything again.
        QTest::keyClicks(m_dock->filterField(), u"Verwaltungsnetz"_s);
        QVERIFY(m_dock->selectService(u"Bürgerportal"_s));
        QTextBrowser *detail = m_dock->detail();
        const QPoint link = linkPosition(detail, u"Anmeldung"_s);
        QVERIFY(!link.isNull());
        QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, link);
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->currentServiceName(), u"Anmeldung"_s, timeoutMs);
        QVERIFY(m_dock->filterField()->text().isEmpty());
        QVERIFY(detail->toPlainText().contains(u"Anbindung an die BundID (SAML 2.0)"_s));

        // Needed by, the other way: from the database to the service that needs it, by keyboard.
        QVERIFY(m_dock->selectService(u"Antragsdatenbank"_s));
        detail->setFocus();
        QTest::keyClick(detail, Qt::Key_Home, Qt::ControlModifier);
        bool reached = false;
        for (int presses = 0; presses < 10 && !reached; ++presses) {
            QTest::keyClick(detail, Qt::Key_Tab);
            reached = detail->textCursor().selectedText() == u"Wohngeld-Online"_s;
        }
        QVERIFY(reached);
        QTest::keyClick(detail, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->currentServiceName(), u"Wohngeld-Online"_s, timeoutMs);

        // A service the catalog does not describe is named, but is no link.
        ServiceCatalog catalog = sampleCatalog();
        catalog.services[2].dependsOn.append(u"Zahlungsverkehrsplattform"_s);
        m_dock->setCatalog(catalog, sampleEndpoints());
        QVERIFY(m_dock->selectService(u"Bezahldienst"_s));
        QVERIFY(detail->toPlainText().contains(u"Zahlungsverkehrsplattform (not in the catalog)"_s));
        QVERIFY(linkPosition(detail, u"Zahlungsverkehrsplattform"_s).isNull());
        QVERIFY(!linkPosition(detail, u"Bürgerportal"_s).isNull());
    }

    void reloadKeepsSelection()
    {
        m_dock->setCatalog(sampleCatalog(), sampleEndpoints());
        QVERIFY(m_dock->selectService(u"Anmeldung"_s));
        ServiceCatalog catalog = sampleCatalog();
        catalog.services[0].description = u"Jetzt auch mit Unternehmenskonto."_s;
        catalog.teams[1].members.append(member(u"Mia Becker"_s, u"Betrieb"_s, u"mia.becker@example.de"_s, {}));
        m_dock->setCatalog(catalog, sampleEndpoints());
        QCOMPARE(m_dock->currentServiceName(), u"Anmeldung"_s);
        const QString text = m_dock->detail()->toPlainText();
        QVERIFY(text.contains(u"Jetzt auch mit Unternehmenskonto."_s));
        QVERIFY(text.contains(u"Mia Becker"_s)); // a team change alone reaches the detail too
    }

    void exportsOffTheGuiThread()
    {
        m_dock->setCatalog(sampleCatalog(), sampleEndpoints());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"katalog.pdf"_s);
        QSignalSpy finished(m_dock, &CatalogOverview::exportFinished);
        QSignalSpy status(m_dock, &CatalogOverview::statusMessage);
        m_dock->exportPdf(path);
        // The result comes back through the event loop, never from within the call.
        QCOMPARE(finished.size(), 0);
        QVERIFY(m_dock->isExporting());
        QVERIFY(!m_dock->exportButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
        QCOMPARE(finished.constFirst().at(0).toString(), path);
        QCOMPARE(finished.constFirst().at(1).toString(), QString());
        QVERIFY(!m_dock->isExporting());
        QVERIFY(m_dock->exportButton()->isEnabled());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QVERIFY2(status.constLast().at(0).toString().startsWith(u"Saved the service catalog to"_s),
            qPrintable(status.constLast().at(0).toString()));

        // A folder that does not exist: a message says why, and the button works again.
        const QString nowhere = dir.filePath(u"gibt-es-nicht/katalog.pdf"_s);
        m_dock->exportPdf(nowhere);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, timeoutMs);
        QVERIFY(!finished.constLast().at(1).toString().isEmpty());
        auto *box = m_dock->findChild<QMessageBox *>(u"catalogExportError"_s);
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), timeoutMs);
        QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(nowhere)));
        box->close();
        QVERIFY(m_dock->exportButton()->isEnabled());
    }

    void everyControlReachableAndNamed()
    {
        QStringList problems = GuiTest::focusChainProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        m_dock->setCatalog(sampleCatalog(), sampleEndpoints());
        QVERIFY(m_dock->selectService(u"Bürgerportal"_s));
        problems = GuiTest::focusChainProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(GuiTest::spokenName(m_dock->exportButton()), u"Export as PDF…"_s);
    }

    // Writes catalog-overview.png and catalog-overview-empty.png (into LEITSTAND_SCREENSHOT_DIR,
    // or next to the test) for a person to look at; checks only that they are not blank.
    void screenshots()
    {
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
            QVERIFY(colours.size() > 5);
        };
        m_dock->setFloating(true);
        m_dock->resize(1000, 820);
        QVERIFY(QTest::qWaitForWindowExposed(m_dock));
        write(m_dock, u"catalog-overview-empty.png"_s);
        m_dock->setCatalog(sampleCatalog(), sampleEndpoints());
        QVERIFY(m_dock->selectService(u"Bürgerportal"_s));
        write(m_dock, u"catalog-overview.png"_s);
    }

private:
    std::unique_ptr<QMainWindow> m_window;
    CatalogOverview *m_dock = nullptr;
};

QTEST_MAIN(TestCatalogOverview)
#include "tst_catalogoverview.moc"
