#include "endpointcommands.h"

#include "commandline.h"
#include "config/endpointfile.h"
#include "editing/endpointtransfer.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leitstand::EndpointCommands {

namespace {

const QString program = u"leitstand"_s;
const QString importCommand = u"import"_s;
const QString exportCommand = u"export"_s;

// The translation context of these commands' messages.
struct EndpointCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCommand)
};

int runImport(const QString &fileName, const Database &database, bool prune)
{
    const auto mode = prune ? EndpointRepository::SyncMode::Replace : EndpointRepository::SyncMode::Merge;
    const ImportOutcome outcome = EndpointTransfer::importFile(database, fileName, mode);
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        break;
    case ImportOutcome::Status::Refused:
        for (const EndpointFileProblem &problem : outcome.problems)
            CommandLine::printErrorLine(problem.toString());
        CommandLine::printError(program,
            EndpointCommand::tr("%n problem(s) in %1; nothing was imported", nullptr, int(outcome.problems.size()))
                .arg(QDir::toNativeSeparators(fileName)));
        return CommandLine::exitFailure;
    case ImportOutcome::Status::Failed:
    case ImportOutcome::Status::Cancelled: // nothing here cancels
        CommandLine::printError(program, outcome.error);
        return CommandLine::exitFailure;
    }
    const ImportSummary &summary = outcome.summary;
    const QLocale locale;
    CommandLine::printLine(EndpointCommand::tr("%1: %2 added, %3 changed, %4 removed, %5 unchanged")
            .arg(QDir::toNativeSeparators(fileName), locale.toString(summary.added), locale.toString(summary.changed),
                locale.toString(summary.removed), locale.toString(summary.unchanged)));
    return CommandLine::exitOk;
}

int runExport(const QString &fileName, const Database &database)
{
    if (fileName == u"-"_s) {
        const auto endpoints = EndpointRepository(database).all();
        if (!endpoints) {
            CommandLine::printError(program, endpoints.error());
            return CommandLine::exitFailure;
        }
        CommandLine::printText(EndpointFile::write(*endpoints));
        return CommandLine::exitOk;
    }
    const auto written = EndpointTransfer::exportFile(database, fileName);
    if (!written) {
        CommandLine::printError(program, written.error());
        return CommandLine::exitFailure;
    }
    CommandLine::printLine(EndpointCommand::tr("%1: %n endpoint(s) written", nullptr, int(*written))
            .arg(QDir::toNativeSeparators(fileName)));
    return CommandLine::exitOk;
}

} // namespace

bool handles(const QStringList &arguments)
{
    return arguments.size() > 1 && (arguments.at(1) == importCommand || arguments.at(1) == exportCommand);
}

int run(const QStringList &arguments)
{
    const QString &command = arguments.at(1);
    const bool isImport = command == importCommand;
    QCommandLineParser parser;
    parser.setApplicationDescription(isImport
            ? EndpointCommand::tr("Imports endpoint definitions from a YAML file (docs/endpoint-file.md) into "
                                  "the database. Endpoints are matched by service and name; a file with any "
                                  "problem is refused as a whole.")
            : EndpointCommand::tr("Writes the database's endpoint definitions to a YAML file that imports back "
                                  "to the same definitions; - writes to standard output."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption = CommandLine::databaseOption();
    const QCommandLineOption pruneOption(
        u"prune"_s, EndpointCommand::tr("Also remove the endpoints that are not in the file, with their history."));
    const QCommandLineOption languageOption = CommandLine::languageOption();
    parser.addOption(databaseOption);
    if (isImport)
        parser.addOption(pruneOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(command, {});
    parser.addPositionalArgument(EndpointCommand::tr("FILE"), EndpointCommand::tr("The endpoint file."));

    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand)) {
        CommandLine::printError(program, parser.errorText());
        return CommandLine::exitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        CommandLine::printText(parser.helpText().toUtf8());
        return CommandLine::exitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        CommandLine::printError(
            program, EndpointCommand::tr("%1 needs exactly one FILE; see leitstand %1 --help").arg(command));
        return CommandLine::exitUsage;
    }
    const QString fileName = parser.positionalArguments().constFirst();
    const std::unique_ptr<Database> database = CommandLine::openDatabase(program, parser);
    if (!database)
        return CommandLine::exitFailure;
    return isImport ? runImport(fileName, *database, parser.isSet(pruneOption)) : runExport(fileName, *database);
}

} // namespace Leitstand::EndpointCommands
