#include "aboutdialog.h"
#include "catalogoverview.h"
#include "colorscheme.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "guitesthelpers.h"
#include "itemmodels/endpointtreemodel.h"
#include "leitstand/version.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

QAction *languageAction(const QMainWindow &window, const QString &code)
{
    const auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
    if (!menu)
        return nullptr;
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"leitstand-%1.conf"_s.arg(m_counter++)));
        QVERIFY(m_translations.install(UiLanguage::English));
    }

    void cleanup() { m_settings.reset(); }

    // The View menu stores the choice; applying it gives a dark or light palette even where the
    // platform cannot switch (as offscreen).
    void colorScheme()
    {
        MainWindow window(*m_settings, m_models.forWindow(m_endpoints), u"x"_s);
        const auto *menu = window.findChild<QMenu *>(u"colorSchemeMenu"_s);
        QVERIFY(menu);
        QAction *dark = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == "dark"_L1)
                dark = action;
        }
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(m_settings->colorScheme(), u"dark"_s);
        QCOMPARE(colorSchemeFromCode(m_settings->colorScheme()), ColorSchemeChoice::Dark);
        applyColorScheme(ColorSchemeChoice::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200);
        applyColorScheme(ColorSchemeChoice::Light);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 200);
        QCOMPARE(colorSchemeFromCode(u"purple"_s), std::nullopt);
        applyColorScheme(ColorSchemeChoice::System);
    }

    void menusAndStatusBar()
    {
        MainWindow window(*m_settings, m_models.forWindow(m_endpoints), u"/data/leitstand.sqlite"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitles(window), (QStringList {u"&File"_s, u"&Endpoint"_s, u"&View"_s, u"&Help"_s}));
        QCOMPARE(window.windowTitle(), u"Leitstand"_s);
        const auto *database = window.findChild<QLabel *>(u"databaseLabel"_s);
        QVERIFY(database);
        QVERIFY(database->isVisible());
        QCOMPARE(database->text(), u"Database: /data/leitstand.sqlite"_s);
        QVERIFY(window.statusBar()->isVisible());
    }

    void switchesLanguageLive()
    {
        MainWindow window(*m_settings, m_models.forWindow(m_endpoints), u"x"_s);
        window.show();
        QAction *german = languageAction(window, u"de"_s);
        QVERIFY(german);
        QVERIFY(languageAction(window, u"system"_s)->isChecked());

        // The application wires the setting to the translators; the window only follows the
        // LanguageChange event that installing them sends.
        connect(m_settings.get(), &Settings::languageChanged, this,
            [this](UiLanguage language) { m_translations.install(effectiveLanguage(language, QLocale::system())); });
        german->trigger();
        QCOMPARE(m_settings->language(), UiLanguage::German);
        QTRY_COMPARE(menuTitles(window), (QStringList {u"&Datei"_s, u"&Endpunkt"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
        QVERIFY(german->isChecked());
        QCOMPARE(window.findChild<QLabel *>(u"databaseLabel"_s)->text(), u"Datenbank: x"_s);

        languageAction(window, u"en"_s)->trigger();
        QTRY_COMPARE(menuTitles(window), (QStringList {u"&File"_s, u"&Endpoint"_s, u"&View"_s, u"&Help"_s}));
    }

    void aboutShowsVersionAndLicence()
    {
        MainWindow window(*m_settings, m_models.forWindow(m_endpoints), u"x"_s);
        window.show();
        window.showAbout();
        auto *about = window.findChild<AboutDialog *>();
        QVERIFY(about);
        QVERIFY(QTest::qWaitForWindowExposed(about));
        const QString title = about->findChild<QLabel *>(u"aboutTitle"_s)->text();
        QVERIFY2(title.contains(QRegularExpression(u"Leitstand \\d+\\.\\d+\\.\\d+"_s)), qPrintable(title));
        QVERIFY(title.contains(QLatin1StringView(LEITSTAND_VERSION_STRING)));
        QVERIFY(about->findChild<QLabel *>(u"aboutLicense"_s)->text().contains(u"GPL-3.0-or-later"_s));
        QVERIFY(about->findChild<QLabel *>(u"aboutComponents"_s)->text().contains(QString::fromLatin1(qVersion())));

        // A second request reuses the open dialog instead of stacking another one.
        window.showAbout();
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
    }

    // The catalog is reference: hidden at first, F10 in the View menu opens it with the keyboard
    // focus in it, and the window remembers that it was open.
    void catalogDock()
    {
        {
            MainWindow window(*m_settings, m_models.forWindow(m_endpoints), u"x"_s);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            CatalogOverview *catalog = window.catalogOverview();
            QVERIFY(catalog);
            QVERIFY(!catalog->isVisible());
            auto *toggle = window.findChild<QAction *>(u"toggleCatalogAction"_s);
            QVERIFY(toggle);
            QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F10));
            QVERIFY(window.viewMenu()->actions().contains(toggle));
            QCOMPARE(toggle->text(), u"Service Catalog"_s);
            ServiceCatalog services;
            services.services.append(ServiceDefinition());
            services.services.first().name = u"Bürgerportal"_s;
            catalog->setCatalog(services, {});
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_F10);
            QVERIFY(catalog->isVisible());
            QTRY_COMPARE(QApplication::focusWidget(), catalog->filterField());
            window.close();
        }
        MainWindow reopened(*m_settings, m_models.forWindow(m_endpoints), u"x"_s);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QVERIFY(reopened.catalogOverview()->isVisible());
    }

    void remembersGeometry()
    {
        {
            MainWindow window(*m_settings, m_models.forWindow(m_endpoints), u"x"_s);
            window.show();
            window.resize(712, 433);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow reopened(*m_settings, m_models.forWindow(m_endpoints), u"x"_s);
        QCOMPARE(reopened.size(), QSize(712, 433));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    EndpointTreeModel m_endpoints;
    GuiTest::WindowModels m_models;
    TranslationInstaller m_translations;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
