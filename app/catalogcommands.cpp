#include "catalogcommands.h"

#include "commandline.h"
#include "config/catalogfile.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leitstand::CatalogCommands {

namespace {

const QString program = u"leitstand"_s;
const QString catalogCommand = u"catalog"_s;
const QString importCommand = u"import"_s;
const QString exportCommand = u"export"_s;

// The translation context of these commands' messages.
struct CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)
};

QString counts(const ImportSummary &summary)
{
    const QLocale locale;
    return CatalogCommand::tr("%1 added, %2 changed, %3 removed, %4 unchanged")
        .arg(locale.toString(summary.added), locale.toString(summary.changed), locale.toString(summary.removed),
            locale.toString(summary.unchanged));
}

int runImport(const QString &fileName, const Database &database, EndpointRepository::SyncMode mode, bool dryRun)
{
    const QString shownName = QDir::toNativeSeparators(fileName);
    const auto catalog = CatalogFile::read(fileName);
    if (!catalog) {
        for (const EndpointFileProblem &problem : catalog.error())
            CommandLine::printErrorLine(problem.toString());
        CommandLine::printError(program,
            CatalogCommand::tr("%n problem(s) in %1; nothing was imported", nullptr, int(catalog.error().size()))
                .arg(shownName));
        return CommandLine::exitFailure;
    }
    const auto summary = CatalogRepository(database).replaceCatalog(*catalog, mode, dryRun);
    if (!summary) {
        CommandLine::printError(program, summary.error());
        return CommandLine::exitFailure;
    }
    CommandLine::printLine(CatalogCommand::tr("%1: teams: %2; services: %3")
            .arg(shownName, counts(summary->teams), counts(summary->services)));
    if (dryRun)
        CommandLine::printLine(CatalogCommand::tr("A dry run: nothing was changed."));
    return CommandLine::exitOk;
}

int runExport(const QString &fileName, const Database &database)
{
    const auto catalog = CatalogRepository(database).catalog();
    if (!catalog) {
        CommandLine::printError(program, catalog.error());
        return CommandLine::exitFailure;
    }
    if (fileName == u"-"_s) {
        CommandLine::printText(CatalogFile::write(*catalog));
        return CommandLine::exitOk;
    }
    QString error;
    if (!CatalogFile::writeFile(fileName, *catalog, &error)) {
        CommandLine::printError(
            program, CatalogCommand::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), error));
        return CommandLine::exitFailure;
    }
    CommandLine::printLine(CatalogCommand::tr("%1: %2 and %3 written")
            .arg(QDir::toNativeSeparators(fileName),
                CatalogCommand::tr("%n team(s)", nullptr, int(catalog->teams.size())),
                CatalogCommand::tr("%n service(s)", nullptr, int(catalog->services.size()))));
    return CommandLine::exitOk;
}

} // namespace

bool handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == catalogCommand;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    const bool isImport = command == importCommand;
    if (!isImport && command != exportCommand) {
        if (command == u"--help"_s || command == u"-h"_s) {
            CommandLine::printLine(CatalogCommand::tr("Usage: leitstand catalog import|export FILE [options]\n"
                                                      "Reads or writes the service catalog file "
                                                      "(docs/catalog-file.md); see leitstand catalog import --help."));
            return CommandLine::exitOk;
        }
        CommandLine::printError(program,
            command.isEmpty()
                ? CatalogCommand::tr("catalog needs import or export; see leitstand catalog --help")
                : CatalogCommand::tr("unknown catalog command \"%1\"; use import or export").arg(command));
        return CommandLine::exitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(isImport
            ? CatalogCommand::tr("Imports the service catalog from a YAML file (docs/catalog-file.md) into the "
                                 "database: teams and services are matched by name; those not in the file are "
                                 "removed (services that endpoints still use only lose their catalog entries). "
                                 "A file with any problem is refused as a whole.")
            : CatalogCommand::tr("Writes the database's service catalog to a YAML file that imports back to the "
                                 "same catalog; - writes to standard output."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption = CommandLine::databaseOption();
    const QCommandLineOption mergeOption(u"merge"_s,
        CatalogCommand::tr("Keep the teams and services that are not in the file instead of removing them."));
    const QCommandLineOption dryRunOption(
        u"dry-run"_s, CatalogCommand::tr("Check the file and say what the import would change, without changing it."));
    const QCommandLineOption languageOption = CommandLine::languageOption();
    parser.addOption(databaseOption);
    if (isImport) {
        parser.addOption(mergeOption);
        parser.addOption(dryRunOption);
    }
    parser.addOption(languageOption);
    parser.addPositionalArgument(catalogCommand + u' ' + command, {});
    parser.addPositionalArgument(CatalogCommand::tr("FILE"), CatalogCommand::tr("The catalog file."));

    QStringList withoutCommand = arguments;
    withoutCommand.remove(1, 2);
    if (!parser.parse(withoutCommand)) {
        CommandLine::printError(program, parser.errorText());
        return CommandLine::exitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        CommandLine::printText(parser.helpText().toUtf8());
        return CommandLine::exitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        CommandLine::printError(program,
            CatalogCommand::tr("catalog %1 needs exactly one FILE; see leitstand catalog %1 --help").arg(command));
        return CommandLine::exitUsage;
    }
    const QString fileName = parser.positionalArguments().constFirst();
    const std::unique_ptr<Database> database = CommandLine::openDatabase(program, parser);
    if (!database)
        return CommandLine::exitFailure;
    if (!isImport)
        return runExport(fileName, *database);
    const auto mode
        = parser.isSet(mergeOption) ? EndpointRepository::SyncMode::Merge : EndpointRepository::SyncMode::Replace;
    return runImport(fileName, *database, mode, parser.isSet(dryRunOption));
}

} // namespace Leitstand::CatalogCommands
