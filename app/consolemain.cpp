// leitstand: the operations console.

#include "commandline.h"
#include "core/applicationinfo.h"
#include "core/paths.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "endpointcommands.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImageWriter>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

using CommandLine::exitFailure;
using CommandLine::exitOk;
using CommandLine::exitUsage;

// How long the window gets to lay itself out and load its first data before --screenshot grabs it.
constexpr int screenshotDelayMs = 300;

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

    MainWindow window(settings, QDir::toNativeSeparators(Paths::defaultDatabaseFile()));
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString fileName = parser.value(screenshotOption);
        int result = exitOk;
        QTimer::singleShot(screenshotDelayMs, &window, [&] {
            result = grabScreenshot(window, fileName);
            QCoreApplication::exit(result);
        });
        QCoreApplication::exec();
        return result;
    }
    return QCoreApplication::exec();
}
