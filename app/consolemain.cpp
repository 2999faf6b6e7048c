// leitstand: the operations console.

#include "catalogcommands.h"
#include "colorscheme.h"
#include "commandline.h"
#include "console.h"
#include "core/applicationinfo.h"
#include "core/paths.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "databasecommands.h"
#include "endpointcommands.h"
#include "endpointoverview.h"
#include "feedcommands.h"
#include "icontheme.h"
#include "incidentsdock.h"
#include "itemmodels/endpointtreemodel.h"
#include "mainwindow.h"
#include "noticecommands.h"
#include "noticesdock.h"
#include "secretcommands.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

using CommandLine::exitFailure;
using CommandLine::exitOk;
using CommandLine::exitUsage;

// --screenshot waits for every endpoint to have a state, at most this long: the start-up checks
// of a large fleet are spread over more time than a screenshot is worth.
constexpr int screenshotMaxDelayMs = 8'000;
// With nothing to wait for (no endpoints), the window still needs a moment to lay itself out.
constexpr int screenshotSettleMs = 300;
// The charts of the selected endpoint load in a worker thread.
constexpr int screenshotChartsMs = 1'500;

void printError(const QString &message)
{
    CommandLine::printError(u"leitstand"_s, message);
}

// --help and --version need no display, so they must work without a GUI application; as in
// Qt's documentation, the application type is chosen before it is created.
bool wantsGui(int argc, char *argv[])
{
    if (argc > 1
        && (QByteArrayView(argv[1]) == "import" || QByteArrayView(argv[1]) == "export"
            || QByteArrayView(argv[1]) == "catalog" || QByteArrayView(argv[1]) == "secret"
            || QByteArrayView(argv[1]) == "feed" || QByteArrayView(argv[1]) == "notice"
            || QByteArrayView(argv[1]) == "database"))
        return false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version"
            || argument == "-v" || argument == "-?")
            return false;
    }
    return true;
}

int grabScreenshot(QWidget &window, const QString &fileName)
{
    const QImage image = window.grab().toImage();
    QImageWriter writer(fileName, "png");
    if (!writer.write(image)) {
        printError(QCoreApplication::translate("main", "could not write the screenshot to %1: %2")
                .arg(QDir::toNativeSeparators(fileName), writer.errorString()));
        return exitFailure;
    }
    return exitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool gui = wantsGui(argc, argv);
    std::unique_ptr<QCoreApplication> app
        = gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    setApplicationInfo();
    if (gui) {
        QGuiApplication::setApplicationDisplayName(u"Leitstand"_s);
        QGuiApplication::setDesktopFileName(u"de.leitstand.Leitstand"_s);
        // Before any window or action asks for a themed icon.
        installFallbackIcons();
    }

    Settings settings;
    UiLanguage choice = settings.language();
    const std::optional<QString> languageOverride = languageArgument(QCoreApplication::arguments());
    if (languageOverride) {
        const auto parsed = languageFromCode(*languageOverride);
        if (!parsed) {
            printError(QCoreApplication::translate("main", "unknown language \"%1\"; use de, en or system")
                    .arg(*languageOverride));
            return exitUsage;
        }
        choice = *parsed;
    }

    TranslationInstaller translations;
    auto applyLanguage = [&translations](UiLanguage language) {
        const UiLanguage effective = effectiveLanguage(language, QLocale::system());
        QLocale::setDefault(localeFor(effective, QLocale::system()));
        if (!translations.install(effective))
            printError(u"the %1 translation is missing from this build"_s.arg(languageCode(effective)));
    };
    applyLanguage(choice);

    if (EndpointCommands::handles(QCoreApplication::arguments()))
        return EndpointCommands::run(QCoreApplication::arguments());
    if (CatalogCommands::handles(QCoreApplication::arguments()))
        return CatalogCommands::run(QCoreApplication::arguments());
    if (SecretCommands::handles(QCoreApplication::arguments()))
        return SecretCommands::run(QCoreApplication::arguments());
    if (FeedCommands::handles(QCoreApplication::arguments()))
        return FeedCommands::run(QCoreApplication::arguments());
    if (NoticeCommands::handles(QCoreApplication::arguments()))
        return NoticeCommands::run(QCoreApplication::arguments());
    if (DatabaseCommands::handles(QCoreApplication::arguments()))
        return DatabaseCommands::run(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Leitstand monitors public digital services and their incidents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption = CommandLine::languageOption();
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QCoreApplication::translate("main", "Render the main window after start-up into a PNG file and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption colorSchemeOption(u"color-scheme"_s,
        QCoreApplication::translate("main", "Use this colour scheme for this run: system, light or dark."),
        QCoreApplication::translate("main", "scheme"));
    const QCommandLineOption showIncidentsOption(u"show-incidents"_s,
        QCoreApplication::translate(
            "main", "With --screenshot: show the incidents with the most severe open one selected."));
    const QCommandLineOption showNoticesOption(u"show-notices"_s,
        QCoreApplication::translate("main", "With --screenshot: show the outage notices with the newest selected."));
    const QCommandLineOption databaseOption = CommandLine::databaseOption();
    parser.addOption(databaseOption);
    parser.addOption(showIncidentsOption);
    parser.addOption(showNoticesOption);
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
    parser.addOption(colorSchemeOption);
    parser.process(*app);

    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("main", "unexpected argument \"%1\"; see --help")
                .arg(parser.positionalArguments().constFirst()));
        return exitUsage;
    }

    // As --lang: --color-scheme applies to this run; a scheme picked in the menu is remembered.
    std::optional<ColorSchemeChoice> scheme = colorSchemeFromCode(settings.colorScheme());
    if (parser.isSet(colorSchemeOption)) {
        scheme = colorSchemeFromCode(parser.value(colorSchemeOption));
        if (!scheme) {
            printError(QCoreApplication::translate("main", "unknown colour scheme \"%1\"; use system, light or dark")
                    .arg(parser.value(colorSchemeOption)));
            return exitUsage;
        }
    }
    applyColorScheme(scheme.value_or(ColorSchemeChoice::System));
    QObject::connect(&settings, &Settings::colorSchemeChanged, app.get(),
        [](const QString &code) { applyColorScheme(colorSchemeFromCode(code).value_or(ColorSchemeChoice::System)); });

    // A language picked in the menu later is remembered; --lang only applies to this run.
    QObject::connect(&settings, &Settings::languageChanged, app.get(), applyLanguage);

    const bool screenshot = parser.isSet(screenshotOption);
    auto location = CommandLine::databaseLocation(QCoreApplication::applicationName(), parser);
    if (!location) {
        printError(location.error());
        return exitUsage;
    }
    const QString databaseName = location->displayName();
    Database database(*location);
    if (const auto opened = database.open(); !opened) {
        printError(opened.error());
        // Nobody would see a message box while --screenshot renders off screen.
        if (!screenshot) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Leitstand"),
                QCoreApplication::translate("main", "Could not open the database %1:\n%2")
                    .arg(databaseName, opened.error()));
        }
        return exitFailure;
    }

    Console console(settings, database, databaseName, {.trayIcon = !screenshot, .engine = {}});
    QObject::connect(&console, &Console::problem, &console, printError);
    MainWindow &window = console.window();
    EndpointTreeModel &endpoints = console.endpoints();
    console.start();

    if (screenshot) {
        const QString fileName = parser.value(screenshotOption);
        int result = exitOk;
        // Once every endpoint has a state (the start-up checks take a few seconds) or the time is
        // up, select the most troubled endpoint so that the detail pane shows its charts, give
        // them a moment to load, and grab.
        QElapsedTimer waited;
        waited.start();
        QTimer poll;
        auto grab = [&] {
            endpoints.flushPendingUpdates();
            result = grabScreenshot(window, fileName);
            QCoreApplication::exit(result);
        };
        QObject::connect(&poll, &QTimer::timeout, &window, [&] {
            const bool loaded = endpoints.endpointCount() > 0 || waited.elapsed() > screenshotSettleMs;
            const bool settled = loaded && endpoints.countInState(EndpointState::Unknown) == 0;
            if (!settled && waited.elapsed() < screenshotMaxDelayMs)
                return;
            poll.stop();
            EndpointOverview *overview = window.overview();
            if (!overview->selectNextInState(EndpointState::Down, true)
                && !overview->selectNextInState(EndpointState::Degraded, true))
                overview->selectNextInState(EndpointState::Up, true);
            if (parser.isSet(showIncidentsOption)) {
                IncidentsDock *incidents = window.incidentsDock();
                incidents->show();
                incidents->raise();
                incidents->selectMostSevere();
            }
            if (parser.isSet(showNoticesOption)) {
                NoticesDock *notices = window.noticesDock();
                notices->show();
                notices->raise();
                notices->list()->setCurrentIndex(notices->list()->model()->index(0, 0));
            }
            QTimer::singleShot(screenshotChartsMs, &window, grab);
        });
        poll.start(100);
        QCoreApplication::exec();
        return result;
    }
    return QCoreApplication::exec();
}
