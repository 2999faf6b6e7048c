#include "databasecommands.h"

#include "commandline.h"
#include "storage/database.h"
#include "storage/databaseroles.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Leitstand::DatabaseCommands {

namespace {

const QString program = u"leitstand"_s;
const QString databaseCommand = u"database"_s;
const QString rolesCommand = u"roles"_s;

// The translation context of these commands' messages.
struct DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommand)
};

int usageError(const QString &message)
{
    return CommandLine::usageError(program, message);
}

} // namespace

bool handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == databaseCommand;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    if (command != rolesCommand) {
        if (command == u"--help"_s || command == u"-h"_s) {
            CommandLine::printLine(DatabaseCommand::tr("Usage: leitstand database roles --database URL [options]\n"
                                                       "Sets up the roles of team mode on a shared PostgreSQL "
                                                       "database (docs/team-mode.md); see leitstand database roles "
                                                       "--help."));
            return CommandLine::exitOk;
        }
        return usageError(command.isEmpty()
                ? DatabaseCommand::tr("database needs roles; see leitstand database --help")
                : DatabaseCommand::tr("unknown database command \"%1\"; use roles").arg(command));
    }

    const QString example = DatabaseRoles::roleName(DatabaseRoles::defaultPrefix(), DatabaseRoles::Role::Operator);
    QCommandLineParser parser;
    parser.setApplicationDescription(DatabaseCommand::tr(
        "Sets up the roles of team mode on a shared PostgreSQL database: creates the group roles "
        "PREFIX_poller, PREFIX_operator, PREFIX_publisher and PREFIX_administrator where they are missing "
        "(they cannot log in) and grants each exactly what it needs on Leitstand's tables, revoking "
        "whatever else they held there, so that running it again changes nothing. Run it as the owner of "
        "the tables or as a superuser, with the right to create roles, after every upgrade of Leitstand "
        "too. It does not make anyone a member: grant each user the role of their work, e.g. with "
        "GRANT %1 TO anna; (see docs/team-mode.md).")
            .arg(example));
    parser.addHelpOption();
    const QCommandLineOption databaseOption = CommandLine::databaseOption();
    const QCommandLineOption prefixOption(u"prefix"_s,
        DatabaseCommand::tr("The start of the role names (default: %1).").arg(DatabaseRoles::defaultPrefix()),
        DatabaseCommand::tr("prefix"));
    parser.addOption(databaseOption);
    parser.addOption(prefixOption);
    parser.addOption(CommandLine::languageOption());
    parser.addPositionalArgument(databaseCommand + u' ' + command, {});

    QStringList withoutCommand = arguments;
    withoutCommand.remove(1, 2);
    if (!parser.parse(withoutCommand))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        CommandLine::printText(parser.helpText().toUtf8());
        return CommandLine::exitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(DatabaseCommand::tr("unexpected argument \"%1\"; see leitstand database roles --help")
                .arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(databaseOption))
        return usageError(DatabaseCommand::tr("database roles needs --database postgresql://USER@HOST:PORT/DATABASE"));
    const QString prefix = parser.isSet(prefixOption) ? parser.value(prefixOption) : DatabaseRoles::defaultPrefix();
    if (const auto checked = DatabaseRoles::checkPrefix(prefix); !checked)
        return usageError(checked.error());

    // Before opening, which would create an SQLite file.
    if (const auto location = DatabaseLocation::parse(parser.value(databaseOption)); location && !location->isShared())
        return usageError(DatabaseCommand::tr("roles exist only on a shared PostgreSQL database, not in an SQLite "
                                              "file; see docs/team-mode.md"));
    const std::unique_ptr<Database> database = CommandLine::openDatabase(program, parser);
    if (!database)
        return CommandLine::exitFailure;
    const auto outcomes = DatabaseRoles::setUp(*database, prefix);
    if (!outcomes) {
        CommandLine::printError(program, outcomes.error());
        return CommandLine::exitFailure;
    }
    for (const DatabaseRoles::Outcome &outcome : *outcomes) {
        CommandLine::printLine(outcome.created ? DatabaseCommand::tr("%1: created").arg(outcome.role)
                                               : DatabaseCommand::tr("%1: already there").arg(outcome.role));
    }
    CommandLine::printLine(
        DatabaseCommand::tr("The roles hold exactly their privileges on %1.").arg(database->location().displayName()));
    CommandLine::printLine(DatabaseCommand::tr("Make users members of the role of their work, e.g.: GRANT %1 TO anna;")
            .arg(DatabaseRoles::roleName(prefix, DatabaseRoles::Role::Operator)));
    return CommandLine::exitOk;
}

} // namespace Leitstand::DatabaseCommands
