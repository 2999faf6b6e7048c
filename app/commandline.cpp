#include "commandline.h"

#include "core/paths.h"
#include "core/secretstore.h"
#include "core/settings.h"
#include "core/uilanguage.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Leitstand::CommandLine {

void printError(const QString &program, const QString &message)
{
    printErrorLine(program + u": "_s + message);
}

int usageError(const QString &program, const QString &message)
{
    printError(program, message);
    return exitUsage;
}

void printErrorLine(const QString &line)
{
    const QByteArray text = (line + u'\n').toUtf8();
    // A failed write to stderr has nowhere left to be reported.
    (void)std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

void printLine(const QString &line)
{
    printText((line + u'\n').toUtf8());
}

void printText(const QByteArray &text)
{
    // When stdout is gone (a closed pipe, a full disk) there is nobody left to tell.
    (void)std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    (void)std::fflush(stdout);
}

bool setUpLanguage(const QString &program, TranslationInstaller &translations)
{
    UiLanguage choice = Settings().language();
    if (const std::optional<QString> code = languageArgument(QCoreApplication::arguments())) {
        const auto parsed = languageFromCode(*code);
        if (!parsed) {
            printError(program,
                QCoreApplication::translate("main", "unknown language \"%1\"; use de, en or system").arg(*code));
            return false;
        }
        choice = *parsed;
    }
    const UiLanguage effective = effectiveLanguage(choice, QLocale::system());
    QLocale::setDefault(localeFor(effective, QLocale::system()));
    if (!translations.install(effective)) {
        printError(program,
            QCoreApplication::translate("main", "the %1 translation is missing from this build")
                .arg(languageCode(effective)));
    }
    return true;
}

QCommandLineOption databaseOption()
{
    return {u"database"_s,
        QCoreApplication::translate("main",
            "The database: an SQLite file, or postgresql://USER@HOST:PORT/DATABASE for one a team shares "
            "(default: %1).")
            .arg(QDir::toNativeSeparators(Paths::defaultDatabaseFile())),
        QCoreApplication::translate("main", "file|url")};
}

QCommandLineOption languageOption()
{
    return {u"lang"_s,
        QCoreApplication::translate("main", "Language of the user interface for this run: de, en or system."),
        QCoreApplication::translate("main", "language")};
}

std::expected<std::optional<QString>, QString> readSecret(const QString &key)
{
    SecretStore store;
    QEventLoop loop;
    std::expected<std::optional<QString>, QString> read;
    store.read(key, [&](std::expected<std::optional<QString>, QString> answer) {
        read = std::move(answer);
        loop.quit();
    });
    loop.exec();
    return read;
}

std::expected<DatabaseLocation, QString> databaseLocation(const QString &program, const QCommandLineParser &parser)
{
    const QString name = databaseOption().names().constFirst();
    auto location = DatabaseLocation::parse(parser.isSet(name) ? parser.value(name) : Paths::defaultDatabaseFile());
    if (!location || !location->isShared())
        return location;
    const auto password = readSecret(location->secretKey());
    if (!password) {
        printError(
            program, QCoreApplication::translate("main", "connecting without a password: %1").arg(password.error()));
    } else if (*password) {
        location->setPassword(**password);
    }
    return location;
}

std::unique_ptr<Database> openDatabase(const QString &program, const QCommandLineParser &parser)
{
    auto location = databaseLocation(program, parser);
    if (!location) {
        printError(program, location.error());
        return nullptr;
    }
    auto database = std::make_unique<Database>(*location);
    if (const auto opened = database->open(); !opened) {
        printError(program, opened.error());
        return nullptr;
    }
    return database;
}

} // namespace Leitstand::CommandLine
