#include "secretcommands.h"

#include "commandline.h"
#include "core/secretstore.h"
#include "notifications/teamchannel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Leitstand::SecretCommands {

namespace {

const QString program = u"leitstand"_s;
const QString secretCommand = u"secret"_s;
const QString setAction = u"set"_s;
const QString deleteAction = u"delete"_s;

// The translation context of these commands' messages.
struct SecretCommand
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommand)
};

// Typing a token on a terminal must not show it, nor leave it on the screen.
QByteArray readLineWithoutEcho(const QString &prompt)
{
    const QByteArray text = prompt.toUtf8();
    (void)std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    (void)std::fflush(stderr);
    termios saved {};
    const bool silenced = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (silenced) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (silenced)
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    (void)std::fputs("\n", stderr); // the Enter that echo did not show
    return QByteArray::fromStdString(line);
}

// One line from standard input, without its line ending.
std::expected<QString, QString> readSecret(const QString &key)
{
    QByteArray line;
    if (isatty(STDIN_FILENO) != 0) {
        line = readLineWithoutEcho(SecretCommand::tr("Secret for %1: ").arg(key));
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return std::unexpected(SecretCommand::tr("cannot read standard input: %1").arg(input.errorString()));
        line = input.readAll();
        if (line.endsWith('\n'))
            line.chop(1);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.contains('\n'))
        return std::unexpected(
            SecretCommand::tr("standard input has more than one line; a secret is one line; nothing was stored"));
    if (line.isEmpty())
        return std::unexpected(SecretCommand::tr("no secret on standard input; nothing was stored"));
    return QString::fromUtf8(line);
}

// QtKeychain passes on what D-Bus or libsecret said ("Could not connect: No such file or
// directory"), which rarely names what is missing.
QString secretServiceHint()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return SecretCommand::tr(
            "No Secret Service can be reached: there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set). Run "
            "the command in a desktop session, or start a Secret Service such as gnome-keyring-daemon under "
            "dbus-run-session.");
    }
    return SecretCommand::tr("Is a Secret Service (GNOME Keyring, KWallet or KeePassXC) running and unlocked in this "
                             "session? Leitstand keeps secrets nowhere else.");
}

// Runs one call of the asynchronous SecretStore to its end.
std::expected<void, QString> await(const std::function<void(SecretStore &, SecretStore::WriteCallback)> &call)
{
    SecretStore store;
    QEventLoop loop;
    std::expected<void, QString> result;
    call(store, [&](std::expected<void, QString> done) {
        result = std::move(done);
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

bool handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == secretCommand;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SecretCommand::tr("Keeps a secret, such as a team's notification token, in the platform's secret store "
                          "(the Secret Service: GNOME Keyring, KWallet, KeePassXC). set reads the secret from "
                          "standard input, one line, without showing it on a terminal; delete removes it."));
    parser.addHelpOption();
    const QCommandLineOption teamOption(u"team"_s,
        SecretCommand::tr("The notification token of this team, kept under team/NAME/notifications."),
        SecretCommand::tr("name"));
    const QCommandLineOption languageOption = CommandLine::languageOption();
    parser.addOption(teamOption);
    parser.addOption(languageOption);
    parser.addPositionalArgument(secretCommand, {});
    parser.addPositionalArgument(u"set|delete"_s, SecretCommand::tr("Store or remove the secret."));
    parser.addPositionalArgument(SecretCommand::tr("KEY"),
        SecretCommand::tr("Where the secret is kept, such as team/Portal/notifications; not with --team."),
        u"[%1]"_s.arg(SecretCommand::tr("KEY")));

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

    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    const auto usageError = [](const QString &message) {
        return CommandLine::usageError(program, message);
    };
    if (action != setAction && action != deleteAction) {
        return usageError(action.isEmpty()
                ? SecretCommand::tr("secret needs an action, set or delete; see leitstand secret --help")
                : SecretCommand::tr("unknown action \"%1\"; use set or delete").arg(action));
    }
    if (positional.size() > 1)
        return usageError(
            SecretCommand::tr("unexpected argument \"%1\"; see leitstand secret --help").arg(positional.at(1)));
    if (parser.isSet(teamOption) && !positional.isEmpty())
        return usageError(SecretCommand::tr("give a KEY or --team, not both"));
    if (!parser.isSet(teamOption) && positional.isEmpty())
        return usageError(SecretCommand::tr("secret %1 needs a KEY or --team NAME").arg(action));
    QString key;
    if (parser.isSet(teamOption)) {
        const QString team = parser.value(teamOption).trimmed();
        if (team.isEmpty())
            return usageError(SecretCommand::tr("--team needs the name of a team"));
        key = TeamChannel::secretKey(team);
    } else {
        key = positional.constFirst();
        if (key.trimmed().isEmpty())
            return usageError(SecretCommand::tr("the KEY is empty"));
    }

    std::expected<void, QString> done;
    if (action == setAction) {
        const auto secret = readSecret(key);
        if (!secret) {
            CommandLine::printError(program, secret.error());
            return CommandLine::exitFailure;
        }
        done = await([&](SecretStore &store, SecretStore::WriteCallback callback) {
            store.write(key, *secret, std::move(callback));
        });
    } else {
        done = await(
            [&](SecretStore &store, SecretStore::WriteCallback callback) { store.remove(key, std::move(callback)); });
    }
    if (!done) {
        CommandLine::printError(program, done.error());
        CommandLine::printError(program, secretServiceHint());
        return CommandLine::exitFailure;
    }
    CommandLine::printLine(action == setAction ? SecretCommand::tr("Stored the secret %1.").arg(key)
                                               : SecretCommand::tr("The secret %1 is no longer stored.").arg(key));
    return CommandLine::exitOk;
}

} // namespace Leitstand::SecretCommands
