#include "noticecommands.h"

#include "commandline.h"
#include "core/settings.h"
#include "feed/feedconfiguration.h"
#include "feed/feedservices.h"
#include "feed/publicationqueue.h"
#include "feed/statusfeed.h"
#include "storage/database.h"
#include "storage/noticerepository.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QTimer>

#include <chrono>
#include <optional>

using namespace Qt::StringLiterals;

namespace Leitstand::NoticeCommands {

namespace {

const QString program = u"leitstand"_s;
const QString noticeCommand = u"notice"_s;
const QString publishCommand = u"publish"_s;
const QString withdrawCommand = u"withdraw"_s;
const QString listCommand = u"list"_s;

constexpr int defaultTimeoutSeconds = 60;

// The translation context of these commands' messages.
struct NoticeCommand
{
    Q_DECLARE_TR_FUNCTIONS(NoticeCommand)
};

int usageError(const QString &message)
{
    return CommandLine::usageError(program, message);
}

int failure(const QString &message)
{
    CommandLine::printError(program, message);
    return CommandLine::exitFailure;
}

QString shortTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// Where the notices go, as the user's settings say.
struct FeedTarget
{
    FeedServer server; // without its secret: the PublicationQueue reads that from the secret store
    AtomFeedSite site;
};

// The feed server from the settings, or why nothing can be published, one problem a line.
std::expected<FeedTarget, QStringList> feedTarget()
{
    const FeedConfiguration configuration = FeedConfiguration::read(Settings());
    if (!configuration.isConfigured()) {
        return std::unexpected(QStringList {
            NoticeCommand::tr("no feed server is configured; set one up with leitstand feed configure --url URL")});
    }
    if (const QStringList problems = configuration.problems(); !problems.isEmpty())
        return std::unexpected(problems);
    auto server = configuration.server();
    if (!server)
        return std::unexpected(QStringList {server.error()});
    return FeedTarget {*std::move(server), configuration.site()};
}

// One notice in the form status.json holds it; "-" reads standard input.
std::expected<Notice, QString> readNotice(const QString &fileName)
{
    const QString shownName
        = fileName == u"-"_s ? NoticeCommand::tr("standard input") : QDir::toNativeSeparators(fileName);
    QFile file(fileName);
    const bool opened = fileName == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return std::unexpected(NoticeCommand::tr("cannot read %1: %2").arg(shownName, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(
            NoticeCommand::tr("%1 is not JSON: %2 at byte %3").arg(shownName, error.errorString()).arg(error.offset));
    }
    if (!document.isObject())
        return std::unexpected(NoticeCommand::tr("%1 holds no JSON object, so no notice").arg(shownName));
    auto notice = StatusFeed::noticeFromJson(document.object());
    if (!notice)
        return std::unexpected(NoticeCommand::tr("%1: %2").arg(shownName, notice.error()));
    return notice;
}

// What became of one publication once the feed server answered, or why it did not.
struct PublicationOutcome
{
    bool published = false;
    QString answer; // the server's answer when published, else why not
};

// Works the outbox off in this process's event loop until the first attempt that carries
// `publication` has ended, or `timeout` has passed.
PublicationOutcome awaitPublication(const Database &database, const FeedTarget &target,
    const NoticePublication &publication, std::chrono::seconds timeout)
{
    PublicationQueue queue(database, target.server, target.site);
    // The services' states as this database knows them, as the console publishes them.
    queue.setServicesProvider([&database] { return feedServices(database).value_or(QList<FeedService>()); });
    QEventLoop loop;
    std::optional<QString> failed;
    bool timedOut = false;
    QObject::connect(
        &queue, &PublicationQueue::attemptFailed, &loop, [&](const QString &message) { failed = message; });
    QObject::connect(&queue, &PublicationQueue::storageFailed, &loop, [&](const QString &message) {
        failed = message;
        loop.quit();
    });
    QObject::connect(&queue, &PublicationQueue::publicationsChanged, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    // Started from the loop, so that an answer that comes at once is not lost before it runs.
    QTimer::singleShot(0, &queue, &PublicationQueue::start);
    loop.exec();

    if (timedOut) {
        return {false,
            NoticeCommand::tr("the feed server did not answer within %n second(s)", nullptr, int(timeout.count()))};
    }
    if (failed)
        return {false, *failed};
    // Every pending publication went out in that attempt; the audit log has the server's answer.
    const auto audit = NoticeRepository(database).audit();
    if (!audit)
        return {false, audit.error()};
    for (auto entry = audit->crbegin(); entry != audit->crend(); ++entry) {
        if (entry->noticeId == publication.noticeId && entry->revision == publication.revision
            && entry->action == publication.action)
            return {entry->outcome == PublicationAuditEntry::Outcome::Published, entry->serverAnswer};
    }
    return {false, NoticeCommand::tr("the publication was not attempted")};
}

int publishAndWait(const Database &database, const FeedTarget &target, const NoticePublication &publication,
    std::chrono::seconds timeout)
{
    const QString id = publication.noticeId.toString(QUuid::WithoutBraces);
    const PublicationOutcome outcome = awaitPublication(database, target, publication, timeout);
    if (!outcome.published) {
        CommandLine::printError(program,
            publication.action == PublicationAction::Withdraw
                ? NoticeCommand::tr("the withdrawal of notice %1 (revision %2) is not in the feed yet: %3")
                      .arg(id)
                      .arg(publication.revision)
                      .arg(outcome.answer)
                : NoticeCommand::tr("notice %1 (revision %2) is not in the feed yet: %3")
                      .arg(id)
                      .arg(publication.revision)
                      .arg(outcome.answer));
        return failure(NoticeCommand::tr("the publication stays in the outbox of %1; the console retries it "
                                         "while it runs, as does the next leitstand notice publish")
                .arg(QDir::toNativeSeparators(database.databaseName())));
    }
    CommandLine::printLine(publication.action == PublicationAction::Withdraw
            ? NoticeCommand::tr("%1 revision %2 withdrawn: %3").arg(id).arg(publication.revision).arg(outcome.answer)
            : NoticeCommand::tr("%1 revision %2 published: %3").arg(id).arg(publication.revision).arg(outcome.answer));
    return CommandLine::exitOk;
}

// The notice in the file, if it may be published; otherwise says why and returns nothing.
std::optional<Notice> publishableNotice(const QString &fileName)
{
    auto notice = readNotice(fileName);
    if (!notice) {
        CommandLine::printError(program, NoticeCommand::tr("%1; nothing was stored").arg(notice.error()));
        return std::nullopt;
    }
    if (const QStringList problems = notice->problemsBeforePublishing(); !problems.isEmpty()) {
        for (const QString &problem : problems)
            CommandLine::printError(program, problem);
        CommandLine::printError(program,
            NoticeCommand::tr("%n problem(s) in the notice; nothing was stored", nullptr, int(problems.size())));
        return std::nullopt;
    }
    return *std::move(notice);
}

int runPublish(const Notice &notice, const Database &database, const FeedTarget &target, std::chrono::seconds timeout)
{
    NoticeRepository repository(database);
    const auto stored = repository.notice(notice.id);
    if (!stored)
        return failure(stored.error());
    if (*stored && (*stored)->notice.withdrawn) {
        return usageError(NoticeCommand::tr("notice %1 was withdrawn and cannot be published again; give the "
                                            "notice a new id")
                .arg(notice.id.toString(QUuid::WithoutBraces)));
    }
    const Settings settings;
    const QString actor = settings.userName();
    // A notice the database knows already becomes its next revision.
    const int basedOn = *stored ? (*stored)->notice.revision : 0;
    const auto saved = repository.save(notice, basedOn, actor, QDateTime::currentDateTimeUtc());
    if (!saved)
        return failure(saved.error());
    const auto publication
        = repository.requestPublication(notice.id, PublicationAction::Publish, actor, QDateTime::currentDateTimeUtc());
    if (!publication)
        return failure(publication.error());
    return publishAndWait(database, target, *publication, timeout);
}

int runWithdraw(const QUuid &id, const Database &database, const FeedTarget &target, std::chrono::seconds timeout)
{
    NoticeRepository repository(database);
    const auto stored = repository.notice(id);
    if (!stored)
        return failure(stored.error());
    if (!*stored) {
        return usageError(NoticeCommand::tr("there is no notice %1 in %2")
                .arg(id.toString(QUuid::WithoutBraces), QDir::toNativeSeparators(database.databaseName())));
    }
    if ((*stored)->notice.withdrawn)
        return usageError(NoticeCommand::tr("notice %1 is withdrawn already").arg(id.toString(QUuid::WithoutBraces)));
    const auto publication = repository.requestPublication(
        id, PublicationAction::Withdraw, Settings().userName(), QDateTime::currentDateTimeUtc());
    if (!publication)
        return failure(publication.error());
    return publishAndWait(database, target, *publication, timeout);
}

// Where a notice's latest publication stands, in a few words.
QString publicationState(const StoredNotice &stored, const std::optional<NoticePublication> &publication)
{
    if (!publication)
        return NoticeCommand::tr("draft");
    QString state;
    if (publication->state == NoticePublication::State::Published) {
        state = publication->action == PublicationAction::Withdraw
            ? NoticeCommand::tr("withdrawn %1").arg(shortTime(publication->doneAt))
            : NoticeCommand::tr("published %1").arg(shortTime(publication->doneAt));
    } else if (publication->attempts == 0) {
        state = NoticeCommand::tr("pending since %1").arg(shortTime(publication->requestedAt));
    } else {
        state = NoticeCommand::tr("pending, %n attempt(s) failed, next %1: %2", nullptr, publication->attempts)
                    .arg(shortTime(publication->nextAttemptAt), publication->lastError);
    }
    if (publication->revision != stored.notice.revision)
        state = NoticeCommand::tr("%1 (revision %2)").arg(state, QLocale().toString(publication->revision));
    return state;
}

int runList(const Database &database)
{
    NoticeRepository repository(database);
    const auto notices = repository.all();
    if (!notices)
        return failure(notices.error());
    const auto publications = repository.latestPublications();
    if (!publications)
        return failure(publications.error());
    TextTable table({NoticeCommand::tr("ID"), NoticeCommand::tr("REVISION"), NoticeCommand::tr("KIND"),
        NoticeCommand::tr("TITLE"), NoticeCommand::tr("PUBLICATION")});
    const QLocale locale;
    for (const StoredNotice &stored : *notices) {
        std::optional<NoticePublication> latest;
        for (const NoticePublication &publication : *publications) {
            if (publication.noticeId == stored.notice.id)
                latest = publication;
        }
        table.addRow({stored.notice.id.toString(QUuid::WithoutBraces), locale.toString(stored.notice.revision),
            noticeKindDisplayName(stored.notice.kind), stored.notice.title.en, publicationState(stored, latest)});
    }
    CommandLine::printText(table.toString().toUtf8());
    return CommandLine::exitOk;
}

} // namespace

bool handles(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == noticeCommand;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(2);
    if (command != publishCommand && command != withdrawCommand && command != listCommand) {
        if (command == u"--help"_s || command == u"-h"_s) {
            CommandLine::printLine(NoticeCommand::tr("Usage: leitstand notice publish FILE | withdraw ID | list "
                                                     "[options]\n"
                                                     "Publishes or withdraws outage notices in the status feed "
                                                     "(docs/status-feed.md); see leitstand notice publish --help."));
            return CommandLine::exitOk;
        }
        return usageError(command.isEmpty()
                ? NoticeCommand::tr("notice needs publish, withdraw or list; see leitstand notice --help")
                : NoticeCommand::tr("unknown notice command \"%1\"; use publish, withdraw or list").arg(command));
    }

    QCommandLineParser parser;
    if (command == publishCommand) {
        parser.setApplicationDescription(
            NoticeCommand::tr("Stores an outage notice (one notice as status.json holds it, see "
                              "docs/status-feed.md) as a new notice or the next revision of the one with its id, "
                              "publishes it to the feed server, and waits for the server's answer. A publication "
                              "that fails stays in the outbox, where the console retries it."));
    } else if (command == withdrawCommand) {
        parser.setApplicationDescription(
            NoticeCommand::tr("Withdraws a published notice from the status feed and waits for the server's answer."));
    } else {
        parser.setApplicationDescription(
            NoticeCommand::tr("Lists the notices in the database with the state of their latest publication."));
    }
    parser.addHelpOption();
    const QCommandLineOption databaseOption = CommandLine::databaseOption();
    const QCommandLineOption timeoutOption(u"timeout"_s,
        NoticeCommand::tr("How long to wait for the feed server, in seconds (default: %1).").arg(defaultTimeoutSeconds),
        NoticeCommand::tr("seconds"), QString::number(defaultTimeoutSeconds));
    parser.addOption(databaseOption);
    if (command != listCommand)
        parser.addOption(timeoutOption);
    parser.addOption(CommandLine::languageOption());
    parser.addPositionalArgument(noticeCommand + u' ' + command, {});
    if (command == publishCommand) {
        parser.addPositionalArgument(
            NoticeCommand::tr("FILE"), NoticeCommand::tr("The notice as JSON; - reads it from standard input."));
    } else if (command == withdrawCommand) {
        parser.addPositionalArgument(NoticeCommand::tr("ID"), NoticeCommand::tr("The id of the notice."));
    }

    QStringList withoutCommand = arguments;
    withoutCommand.remove(1, 2);
    if (!parser.parse(withoutCommand))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        CommandLine::printText(parser.helpText().toUtf8());
        return CommandLine::exitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (command == listCommand && !positional.isEmpty()) {
        return usageError(NoticeCommand::tr("unexpected argument \"%1\"; see leitstand notice list --help")
                .arg(positional.constFirst()));
    }
    if (command == publishCommand && positional.size() != 1)
        return usageError(
            NoticeCommand::tr("notice publish needs exactly one FILE; see leitstand notice publish --help"));
    if (command == withdrawCommand && positional.size() != 1)
        return usageError(
            NoticeCommand::tr("notice withdraw needs exactly one ID; see leitstand notice withdraw --help"));

    std::chrono::seconds timeout {defaultTimeoutSeconds};
    if (command != listCommand) {
        bool valid = false;
        timeout = std::chrono::seconds(parser.value(timeoutOption).toInt(&valid));
        if (!valid || timeout.count() < 1) {
            return usageError(NoticeCommand::tr("--timeout needs a whole number of seconds, at least 1, not \"%1\"")
                    .arg(parser.value(timeoutOption)));
        }
    }

    // What the user gave is checked first: a notice with problems is refused whatever the set-up.
    std::optional<Notice> notice;
    if (command == publishCommand) {
        notice = publishableNotice(positional.constFirst());
        if (!notice)
            return CommandLine::exitUsage;
    }
    QUuid withdrawn;
    if (command == withdrawCommand) {
        withdrawn = QUuid::fromString(positional.constFirst());
        if (withdrawn.isNull()) {
            return usageError(NoticeCommand::tr("\"%1\" is not the id of a notice; see leitstand notice list")
                    .arg(positional.constFirst()));
        }
    }
    std::optional<FeedTarget> target;
    if (command != listCommand) {
        auto configured = feedTarget();
        if (!configured) {
            for (const QString &problem : configured.error())
                CommandLine::printError(program, problem);
            return usageError(NoticeCommand::tr("nothing was published"));
        }
        target = *std::move(configured);
    }

    const std::unique_ptr<Database> database = CommandLine::openDatabase(program, parser);
    if (!database)
        return CommandLine::exitFailure;
    if (command == listCommand)
        return runList(*database);
    if (command == publishCommand)
        return runPublish(*notice, *database, *target, timeout);
    return runWithdraw(withdrawn, *database, *target, timeout);
}

} // namespace Leitstand::NoticeCommands
