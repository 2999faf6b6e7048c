// leitstand: the operations console.

#include "commandline.h"
#include "core/applicationinfo.h"
#include "core/paths.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "endpointcommands.h"
#include "engine/enginehost.h"
#include "engine/historyloader.h"
#include "engine/lastresponses.h"
#include "engine/uptimeloader.h"
#include "itemmodels/endpointtreemodel.h"
#include "mainwindow.h"
#include "mutemenu.h"
#include "notifications/alertbatcher.h"
#include "storage/database.h"
#include "trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImageWriter>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

using CommandLine::exitFailure;
using CommandLine::exitOk;
using CommandLine::exitUsage;

// --screenshot grabs the window once the first live result is shown, or after this long: the
// first checks of a fleet are spread over its intervals, so waiting for all of them could take
// minutes.
constexpr int screenshotMaxDelayMs = 3'000;
// With nothing to wait for (no endpoints), the window still needs a moment to lay itself out.
constexpr int screenshotSettleMs = 300;

void printError(const QString &message)
{
    CommandLine::printError(u"leitstand"_s, message);
}

// --help and --version need no display, so they must work without a GUI application; as in
// Qt's documentation, the application type is chosen before it is created.
bool wantsGui(int argc, char *argv[])
{
    if (argc > 1 && (QByteArrayView(argv[1]) == "import" || QByteArrayView(argv[1]) == "export"))
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Leitstand monitors public digital services and their incidents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption = CommandLine::languageOption();
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QCoreApplication::translate("main", "Render the main window after start-up into a PNG file and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption databaseOption = CommandLine::databaseOption();
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
    parser.process(*app);

    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("main", "unexpected argument \"%1\"; see --help")
                .arg(parser.positionalArguments().constFirst()));
        return exitUsage;
    }

    // A language picked in the menu later is remembered; --lang only applies to this run.
    QObject::connect(&settings, &Settings::languageChanged, app.get(), applyLanguage);

    const bool screenshot = parser.isSet(screenshotOption);
    const QString databaseFile = CommandLine::databaseFile(parser);
    Database database(databaseFile);
    if (const auto opened = database.open(); !opened) {
        printError(opened.error());
        // Nobody would see a message box while --screenshot renders off screen.
        if (!screenshot) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Leitstand"),
                QCoreApplication::translate("main", "Could not open the database %1:\n%2")
                    .arg(QDir::toNativeSeparators(databaseFile), opened.error()));
        }
        return exitFailure;
    }

    EndpointTreeModel endpoints;
    LastResponses responses;
    EngineHost engine(database);
    UptimeLoader uptime(database);
    HistoryLoader history(database);
    bool firstLoad = true;
    QObject::connect(&engine, &EngineHost::endpointsChanged, &endpoints, [&](const QList<Endpoint> &list) {
        QList<qint64> ids;
        ids.reserve(list.size());
        for (const Endpoint &endpoint : list)
            ids.append(endpoint.id);
        // A reset for the first load of possibly thousands; row moves afterwards keep the selection.
        if (std::exchange(firstLoad, false)) {
            endpoints.setEndpoints(list);
            history.loadHeartbeats(ids, int(HeartbeatHistory::capacity));
        } else {
            endpoints.syncEndpoints(list);
        }
        uptime.setEndpoints(ids);
    });
    QObject::connect(&history, &HistoryLoader::heartbeatsLoaded, &endpoints, &EndpointTreeModel::setStoredHeartbeats);
    QObject::connect(&engine, &EngineHost::resultReady, &responses, &LastResponses::record);
    QObject::connect(&uptime, &UptimeLoader::loaded, &endpoints, [&endpoints](const QList<EndpointUptime> &list) {
        for (const EndpointUptime &value : list)
            endpoints.setUptime(value.endpointId, value.last24h, value.last30d);
    });
    QObject::connect(&engine, &EngineHost::statusesLoaded, &endpoints, &EndpointTreeModel::setStatuses);
    QObject::connect(&engine, &EngineHost::resultReady, &endpoints, &EndpointTreeModel::applyResult);
    QObject::connect(&engine, &EngineHost::stateChanged, &endpoints, &EndpointTreeModel::applyTransition);

    MainWindow window(settings, MainWindowModels {.endpoints = endpoints, .history = history, .responses = responses},
        QDir::toNativeSeparators(databaseFile));
    QObject::connect(&window, &MainWindow::checkNowRequested, &engine, &EngineHost::checkNow);

    AlertBatcher alerts([&endpoints](qint64 id) {
        const auto endpoint = endpoints.endpoint(id);
        return endpoint ? QCoreApplication::translate("main", "%1 – %2", "service – endpoint")
                              .arg(endpoint->service, endpoint->name)
                        : QString::number(id);
    });
    alerts.muteUntil(settings.notificationsMutedUntil());
    QObject::connect(&alerts, &AlertBatcher::mutedChanged, &settings, &Settings::setNotificationsMutedUntil);
    QObject::connect(&engine, &EngineHost::stateChanged, &alerts, &AlertBatcher::addTransition);
    window.viewMenu()->addSeparator();
    window.viewMenu()->addMenu(new MuteMenu(alerts, &window));
    // No bubbles for a screenshot: it renders off screen and exits.
    std::unique_ptr<TrayIcon> tray = screenshot ? nullptr : std::make_unique<TrayIcon>(endpoints, alerts, &window);
    auto showProblem = [&window](const QString &message) {
        printError(message);
        window.statusBar()->showMessage(message);
    };
    QObject::connect(&engine, &EngineHost::storageFailed, &window, showProblem);
    QObject::connect(&engine, &EngineHost::loadFailed, &window, showProblem);
    QObject::connect(&uptime, &UptimeLoader::failed, &window, showProblem);
    QObject::connect(&history, &HistoryLoader::failed, &window, showProblem);
    window.show();
    engine.start();

    if (screenshot) {
        const QString fileName = parser.value(screenshotOption);
        int result = exitOk;
        bool grabbed = false;
        auto grab = [&] {
            if (std::exchange(grabbed, true))
                return;
            endpoints.flushPendingUpdates();
            result = grabScreenshot(window, fileName);
            QCoreApplication::exit(result);
        };
        auto grabSoon = [&] {
            QTimer::singleShot(screenshotSettleMs, &window, grab);
        };
        QObject::connect(&engine, &EngineHost::endpointsChanged, &window, [&](const QList<Endpoint> &list) {
            if (list.isEmpty())
                grabSoon();
        });
        QObject::connect(&engine, &EngineHost::resultReady, &window, grabSoon, Qt::SingleShotConnection);
        QTimer::singleShot(screenshotMaxDelayMs, &window, grab);
        QCoreApplication::exec();
        return result;
    }
    return QCoreApplication::exec();
}
