#include "feedcommands.h"

#include "commandline.h"
#include "core/settings.h"
#include "feed/feedconfiguration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand::FeedCommands {

namespace {

const QString program = u"leitstand"_s;
const QString feedCommand = u"feed"_s;
const QString configureCommand = u"configure"_s;
const QString showCommand = u"show"_s;

// The translation context of these commands' messages.
struct FeedCommand
{
    Q_DECLARE_TR_FUNCTIONS(FeedCommand)
};

int usageError(const QString &message)
{
    return CommandLine::usageError(program, message);
}

// Whether a password or token for the feed server is stored, as one line for people; the secret
// itself is read only to learn that and goes no further.
QString secretState(const FeedConfiguration &configuration)
{
    if (configuration.authentication == FeedServer::Authentication::None)
        return FeedCommand::tr("not needed");
    const auto read = CommandLine::readSecret(FeedServer::secretKey());
    if (!read)
        return FeedCommand::tr("cannot be read: %1").arg(read.error());
    if (!*read) {
        return FeedCommand::tr("not stored; store it with leitstand secret set %1").arg(FeedServer::secretKey());
    }
    return FeedCommand::tr("stored in the secret store under %1").arg(FeedServer::secretKey());
}

int runShow()
{
    const Settings settings;
    const FeedConfiguration configuration = FeedConfiguration::read(settings);
    if (!configuration.isConfigured()) {
        CommandLine::printLine(
            FeedCommand::tr("No feed server is configured; set one up with leitstand feed configure --url URL."));
        return CommandLine::exitOk;
    }
    QString authentication = FeedConfiguration::authenticationCode(configuration.authentication);
    if (configuration.authentication == FeedServer::Authentication::Basic)
        authentication = FeedCommand::tr("%1, user %2").arg(authentication, configuration.user);
    const QString none = FeedCommand::tr("none");
    const QList<std::pair<QString, QString>> lines {
        {FeedCommand::tr("Feed server:"), configuration.baseUrl.toString()},
        {FeedCommand::tr("Authentication:"), authentication},
        {FeedCommand::tr("Password or token:"), secretState(configuration)},
        {FeedCommand::tr("Certificate authorities:"),
            configuration.authorityFile.isEmpty() ? FeedCommand::tr("the system's")
                                                  : FeedCommand::tr("the system's and those in %1")
                                                        .arg(QDir::toNativeSeparators(configuration.authorityFile))},
        {FeedCommand::tr("Portal page:"),
            configuration.portalUrl.isEmpty() ? none : configuration.portalUrl.toString()},
        {FeedCommand::tr("Publisher:"), configuration.publisher.isEmpty() ? none : configuration.publisher},
        {FeedCommand::tr("Settings file:"), QDir::toNativeSeparators(settings.fileName())},
    };
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    QString text;
    for (const auto &[label, value] : lines)
        text += label.leftJustified(width + 1) + value + u'\n';
    for (const QString &problem : configuration.problems())
        text += FeedCommand::tr("Problem: %1").arg(problem) + u'\n';
    if (const auto server = configuration.server(); !server)
        text += FeedCommand::tr("Problem: %1").arg(server.error()) + u'\n';
    CommandLine::printText(text.toUtf8());
    return CommandLine::exitOk;
}

struct ConfigureOptions
{
    QCommandLineOption url {u"url"_s,
        FeedCommand::tr("The WebDAV folder the feeds are published to; https://, ending in a slash."),
        FeedCommand::tr("url")};
    QCommandLineOption authentication {u"auth"_s,
        FeedCommand::tr("How Leitstand signs in: none, basic (the default) or bearer."), FeedCommand::tr("method")};
    QCommandLineOption user {
        u"user"_s, FeedCommand::tr("The user name for basic authentication."), FeedCommand::tr("name")};
    QCommandLineOption authorities {u"ca-file"_s,
        FeedCommand::tr("A PEM file of certificate authorities to trust besides the system's, for a server with "
                        "an authority of its own."),
        FeedCommand::tr("file")};
    QCommandLineOption portal {u"portal-url"_s,
        FeedCommand::tr("A page that shows the notices, linked from every entry of the Atom feeds."),
        FeedCommand::tr("url")};
    QCommandLineOption publisher {u"publisher"_s,
        FeedCommand::tr("Who publishes the notices, as the Atom feeds name the author."), FeedCommand::tr("text")};
    QCommandLineOption none {u"none"_s, FeedCommand::tr("Remove the feed server: nothing is published any more.")};
};

int runConfigure(const QCommandLineParser &parser, const ConfigureOptions &options)
{
    Settings settings;
    if (parser.isSet(options.none)) {
        for (const QCommandLineOption *other : {&options.url, &options.authentication, &options.user,
                 &options.authorities, &options.portal, &options.publisher}) {
            if (parser.isSet(*other))
                return usageError(FeedCommand::tr("--none takes no other options"));
        }
        FeedConfiguration().write(settings);
        settings.sync();
        CommandLine::printLine(FeedCommand::tr("No feed server is configured any more; notices are not published."));
        return CommandLine::exitOk;
    }
    if (!parser.isSet(options.url))
        return usageError(FeedCommand::tr("feed configure needs --url URL, or --none to remove the feed server"));

    FeedConfiguration configuration;
    configuration.baseUrl = QUrl(parser.value(options.url), QUrl::StrictMode);
    if (parser.isSet(options.authentication)) {
        const QString code = parser.value(options.authentication);
        const auto authentication = FeedConfiguration::authenticationFromCode(code);
        if (!authentication)
            return usageError(FeedCommand::tr("unknown authentication \"%1\"; use none, basic or bearer").arg(code));
        configuration.authentication = *authentication;
    }
    if (parser.isSet(options.user) && configuration.authentication != FeedServer::Authentication::Basic)
        return usageError(FeedCommand::tr("--user is only for basic authentication"));
    configuration.user = parser.value(options.user).trimmed();
    if (parser.isSet(options.authorities)) {
        // The console reads the file later from wherever it was started.
        configuration.authorityFile = QFileInfo(parser.value(options.authorities)).absoluteFilePath();
    }
    if (parser.isSet(options.portal))
        configuration.portalUrl = QUrl(parser.value(options.portal), QUrl::StrictMode);
    configuration.publisher = parser.value(options.publisher).trimmed();

    QStringList problems = configuration.problems();
    if (problems.isEmpty()) {
        if (const auto server = configuration.server(); !server)
            problems.append(server.error());
    }
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            CommandLine::printError(program, problem);
        return usageError(FeedCommand::tr("the feed server was not changed"));
    }
    configuration.write(settings);
    settings.sync();
    CommandLine::printLine(FeedCommand::tr("Notices are published to %1.").arg(configuration.baseUrl.toString()));
    if (configuration.authentication != FeedServer::Authentication::None) {
        CommandLine::printLine(
            FeedCommand::tr("Store its password or token with: leitstand secret set %1").arg(FeedServer::secretKey()));
    }
    return CommandLine::exitOk;
}

} // namespace

bool handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == feedCommand;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    const bool isConfigure = command == configureCommand;
    if (!isConfigure && command != showCommand) {
        if (command == u"--help"_s || command == u"-h"_s) {
            CommandLine::printLine(FeedCommand::tr("Usage: leitstand feed configure|show [options]\n"
                                                   "Sets up or shows where the status feed is published "
                                                   "(docs/status-feed.md); see leitstand feed configure --help."));
            return CommandLine::exitOk;
        }
        return usageError(command.isEmpty()
                ? FeedCommand::tr("feed needs configure or show; see leitstand feed --help")
                : FeedCommand::tr("unknown feed command \"%1\"; use configure or show").arg(command));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(isConfigure
            ? FeedCommand::tr("Sets up the server the status feed is published to, in the settings file; the "
                              "options given replace the whole previous set-up. The password or token is stored "
                              "apart, with leitstand secret set %1.")
                  .arg(FeedServer::secretKey())
            : FeedCommand::tr("Shows where the status feed is published, and whether its password or token is "
                              "stored (never the secret itself)."));
    parser.addHelpOption();
    const ConfigureOptions options;
    if (isConfigure) {
        parser.addOptions({options.url, options.authentication, options.user, options.authorities, options.portal,
            options.publisher, options.none});
    }
    parser.addOption(CommandLine::languageOption());
    parser.addPositionalArgument(feedCommand + u' ' + command, {});

    QStringList withoutCommand = arguments;
    withoutCommand.remove(1, 2);
    if (!parser.parse(withoutCommand))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        CommandLine::printText(parser.helpText().toUtf8());
        return CommandLine::exitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(FeedCommand::tr("unexpected argument \"%1\"; see leitstand feed %2 --help")
                .arg(parser.positionalArguments().constFirst(), command));
    }
    return isConfigure ? runConfigure(parser, options) : runShow();
}

} // namespace Leitstand::FeedCommands
