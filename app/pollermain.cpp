// leitstand-poller: the monitoring engine without a window. It checks the endpoints of a database,
// stores every result and logs state changes, until SIGTERM or SIGINT.

#include "commandline.h"
#include "config/units.h"
#include "core/applicationinfo.h"
#include "core/uilanguage.h"
#include "engine/incidentmonitor.h"
#include "engine/leasekeeper.h"
#include "engine/maintenancedriver.h"
#include "engine/monitoringengine.h"
#include "notifications/teamnotifier.h"
#include "signalwatcher.h"
#include "storage/database.h"
#include "storage/databasewatcher.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

const QString program = u"leitstand-poller"_s;

// Endpoints changed by `leitstand import` or another console are picked up this often (and at
// once on SIGHUP); between changes this reads one row.
constexpr int reloadIntervalMs = 5'000;
// An endpoint of a poller killed moves within this plus a quarter of it (LeaseKeeper): within two
// intervals of the 10 s that the fastest endpoints of a team usually have.
constexpr qint64 defaultLeaseMs = 8'000;
// How often the log says how the poller keeps up, unless --status-interval says otherwise; its
// figures always cover the last minute (SchedulerLimits::statisticsWindowMs).
constexpr int defaultStatusIntervalS = 60;
constexpr int defaultIncidentHoldS = 300;
constexpr int maxStatusIntervalS = 86'400;

// The translation context of the poller's messages.
struct Poller
{
    Q_DECLARE_TR_FUNCTIONS(Poller)
};

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString endpointLabel(const Endpoint &endpoint)
{
    return u"%1 / %2"_s.arg(endpoint.service, endpoint.name);
}

QString outcomeText(const CheckResult &result)
{
    if (result.error == CheckError::Ok)
        return checkErrorMessage(result.error);
    if (result.detail.isEmpty())
        return checkErrorMessage(result.error);
    return u"%1: %2"_s.arg(checkErrorMessage(result.error), result.detail);
}

QString stateText(EndpointState state)
{
    // The stable name in capitals for grep, the translated name for people.
    return u"%1 (%2)"_s.arg(endpointStateName(state).toUpper(), endpointStateDisplayName(state));
}

// --once: one check of each endpoint, then a table.
class OnceRun final : public QObject
{
public:
    OnceRun(MonitoringEngine &engine)
        : m_engine(engine)
    {
        connect(&engine, &MonitoringEngine::resultReady, this,
            [this](const CheckResult &result, EndpointState) { m_results.insert(result.endpointId, result); });
        connect(&engine, &MonitoringEngine::allChecksFinished, this, [this] {
            printTable();
            QCoreApplication::exit(CommandLine::exitOk);
        });
    }

private:
    void printTable() const
    {
        QList<Endpoint> endpoints = m_engine.endpoints();
        std::ranges::sort(endpoints, [](const Endpoint &a, const Endpoint &b) {
            return std::tie(a.service, a.name) < std::tie(b.service, b.name);
        });
        TextTable table({Poller::tr("SERVICE"), Poller::tr("ENDPOINT"), Poller::tr("KIND"), Poller::tr("STATE"),
            Poller::tr("LATENCY"), Poller::tr("RESULT")});
        const QLocale locale;
        for (const Endpoint &endpoint : std::as_const(endpoints)) {
            const auto result = m_results.constFind(endpoint.id);
            if (endpoint.paused || result == m_results.cend()) {
                const EndpointState state = endpoint.paused ? EndpointState::Paused : EndpointState::Unknown;
                table.addRow({endpoint.service, endpoint.name, checkKindName(endpoint.kind), stateText(state), {},
                    Poller::tr("not checked")});
                continue;
            }
            table.addRow({endpoint.service, endpoint.name, checkKindName(endpoint.kind), stateText(result->status),
                Poller::tr("%1 ms").arg(locale.toString(result->latencyMs)), outcomeText(*result)});
        }
        CommandLine::printText(table.toString().toUtf8());
    }

    MonitoringEngine &m_engine;
    QHash<qint64, CheckResult> m_results;
};

void logTransition(const MonitoringEngine &engine, const StateTransition &transition)
{
    const std::optional<Endpoint> endpoint = engine.endpoint(transition.endpointId);
    if (!endpoint)
        return;
    QString line = u"%1  %2  %3  %4"_s.arg(utcStamp(transition.at), stateText(transition.to), endpointLabel(*endpoint),
        Poller::tr("(was %1)").arg(endpointStateName(transition.from).toUpper()));
    if (transition.cause && transition.cause->error != CheckError::Ok)
        line += u"  "_s + outcomeText(*transition.cause);
    CommandLine::printLine(line);
}

void logIncidentChanges(const QList<IncidentChange> &changes)
{
    for (const IncidentChange &change : changes) {
        for (const IncidentEvent &event : change.events) {
            QString what;
            switch (event.kind) {
            case IncidentEvent::Kind::Opened:
                what = Poller::tr("incident %1 opened (%2)")
                           .arg(change.incidentId)
                           .arg(incidentSeverityName(event.severity));
                break;
            case IncidentEvent::Kind::Reopened:
                what = Poller::tr("incident %1 reopened").arg(change.incidentId);
                break;
            case IncidentEvent::Kind::Resolved:
                what = Poller::tr("incident %1 resolved").arg(change.incidentId);
                break;
            case IncidentEvent::Kind::CauseNamed:
                what = Poller::tr("incident %1: likely caused by service %2")
                           .arg(change.incidentId)
                           .arg(event.serviceId);
                break;
            default:
                continue;
            }
            CommandLine::printLine(u"%1  "_s.arg(utcStamp(event.at)) + what);
        }
    }
}

void logDelivery(const NotificationDelivery &delivery)
{
    QString what;
    switch (delivery.state) {
    case NotificationDelivery::State::Pending:
        if (delivery.attempts == 0)
            return; // queued; what matters is how it ends
        what = Poller::tr("team notification %1 for incident %2 failed (attempt %3), will retry: %4")
                   .arg(delivery.id)
                   .arg(delivery.incidentId)
                   .arg(delivery.attempts)
                   .arg(delivery.lastError);
        break;
    case NotificationDelivery::State::Delivered:
        what = Poller::tr("team notification %1 for incident %2 delivered by %3")
                   .arg(delivery.id)
                   .arg(delivery.incidentId)
                   .arg(delivery.channel);
        break;
    case NotificationDelivery::State::Failed:
        what = Poller::tr("team notification %1 for incident %2 failed for good after %3 attempts: %4")
                   .arg(delivery.id)
                   .arg(delivery.incidentId)
                   .arg(delivery.attempts)
                   .arg(delivery.lastError);
        break;
    }
    CommandLine::printLine(u"%1  "_s.arg(utcStamp(QDateTime::currentDateTimeUtc())) + what);
}

void logStatus(const MonitoringEngine &engine)
{
    const SchedulerStatistics scheduler = engine.schedulerStatistics();
    const SampleWriterStatistics storage = engine.storageStatistics();
    const QLocale locale;
    CommandLine::printLine(u"%1  "_s.arg(utcStamp(QDateTime::currentDateTimeUtc()))
        + Poller::tr("status: %1 endpoints scheduled, %2 checks in the last minute, delay p50 %3 ms p99 %4 ms, "
                     "%5 cycles skipped, %6 samples stored")
            .arg(locale.toString(scheduler.scheduled), locale.toString(scheduler.dispatched),
                locale.toString(scheduler.delayP50Ms), locale.toString(scheduler.delayP99Ms),
                locale.toString(scheduler.skippedCycles), locale.toString(storage.samplesWritten)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    TranslationInstaller translations;
    if (!CommandLine::setUpLanguage(program, translations))
        return CommandLine::exitUsage;

    QCommandLineParser parser;
    parser.setApplicationDescription(Poller::tr("Checks the endpoints of a Leitstand database, stores every result "
                                                "and logs state changes. Stops on SIGTERM or SIGINT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption = CommandLine::databaseOption();
    const QCommandLineOption onceOption(
        u"once"_s, Poller::tr("Check every endpoint once, print a table and exit; stores nothing."));
    const QCommandLineOption languageOption = CommandLine::languageOption();
    const QCommandLineOption statusIntervalOption(u"status-interval"_s,
        Poller::tr("Log a status line every this many seconds (default: %1).").arg(defaultStatusIntervalS),
        Poller::tr("seconds"));
    const QCommandLineOption holdOption(u"incident-hold"_s,
        Poller::tr("Resolve an incident once all its endpoints have been up this long, e.g. 5m or 90s "
                   "(default: %1).")
            .arg(formatDuration(qint64(defaultIncidentHoldS) * 1000)),
        Poller::tr("duration"));
    const QCommandLineOption leaseOption(u"lease"_s,
        Poller::tr("On a shared (PostgreSQL) database: how long this poller's claim on its endpoints lasts "
                   "unless renewed; a poller that dies hands its endpoints on after this long, e.g. 10s "
                   "(default: %1).")
            .arg(formatDuration(defaultLeaseMs)),
        Poller::tr("duration"));
    parser.addOptions({databaseOption, onceOption, statusIntervalOption, holdOption, leaseOption, languageOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        CommandLine::printError(program,
            QCoreApplication::translate("main", "unexpected argument \"%1\"; see --help")
                .arg(parser.positionalArguments().constFirst()));
        return CommandLine::exitUsage;
    }
    int statusIntervalS = defaultStatusIntervalS;
    if (parser.isSet(statusIntervalOption)) {
        bool valid = false;
        statusIntervalS = parser.value(statusIntervalOption).toInt(&valid);
        if (!valid || statusIntervalS < 1 || statusIntervalS > maxStatusIntervalS) {
            CommandLine::printError(program,
                Poller::tr("--status-interval expects a whole number of seconds from 1 to %1, not \"%2\"")
                    .arg(maxStatusIntervalS)
                    .arg(parser.value(statusIntervalOption)));
            return CommandLine::exitUsage;
        }
    }

    qint64 holdMs = qint64(defaultIncidentHoldS) * 1000;
    if (parser.isSet(holdOption)) {
        const std::optional<qint64> parsed = parseDuration(parser.value(holdOption));
        if (!parsed || *parsed < 1000) {
            CommandLine::printError(program,
                Poller::tr("--incident-hold expects a duration of at least 1s such as 5m or 90s, not \"%1\"")
                    .arg(parser.value(holdOption)));
            return CommandLine::exitUsage;
        }
        holdMs = *parsed;
    }

    qint64 leaseMs = defaultLeaseMs;
    if (parser.isSet(leaseOption)) {
        const std::optional<qint64> parsed = parseDuration(parser.value(leaseOption));
        if (!parsed || *parsed < 1000) {
            CommandLine::printError(program,
                Poller::tr("--lease expects a duration of at least 1s such as 10s, not \"%1\"")
                    .arg(parser.value(leaseOption)));
            return CommandLine::exitUsage;
        }
        leaseMs = *parsed;
    }

    const std::unique_ptr<Database> database = CommandLine::openDatabase(program, parser);
    if (!database)
        return CommandLine::exitFailure;
    const QString databaseName = database->location().displayName();

    const bool once = parser.isSet(onceOption);
    MonitoringEngineOptions options;
    // Consoles of a shared database learn of results when they are stored (LISTEN/NOTIFY): writing
    // twice a second keeps them within a second of the check.
    if (database->location().isShared())
        options.writer.flushIntervalMs = 500;
    options.storeSamples = !once;
    MonitoringEngine engine(*database, options);
    if (const auto loaded = engine.loadEndpoints(); !loaded) {
        CommandLine::printError(program, loaded.error());
        return CommandLine::exitFailure;
    }
    const qsizetype endpointCount = engine.endpoints().size();
    if (endpointCount == 0) {
        CommandLine::printError(program,
            Poller::tr("the database %1 holds no endpoints yet; add some with: leitstand import FILE")
                .arg(databaseName));
    }

    if (once) {
        OnceRun run(engine);
        SignalWatcher signalWatcher({SIGTERM, SIGINT});
        QObject::connect(&signalWatcher, &SignalWatcher::received, &app, [&engine] {
            engine.shutdown();
            QCoreApplication::exit(CommandLine::exitFailure);
        });
        engine.checkAllOnce();
        return QCoreApplication::exec();
    }

    QObject::connect(&engine, &MonitoringEngine::stateChanged, &app,
        [&engine](const StateTransition &transition) { logTransition(engine, transition); });
    IncidentMonitor incidents(*database, std::chrono::seconds(holdMs / 1000));
    if (const auto started = incidents.start(); !started)
        CommandLine::printError(program, started.error());
    QObject::connect(&engine, &MonitoringEngine::stateChanged, &incidents, &IncidentMonitor::onStateChanged);
    QObject::connect(&incidents, &IncidentMonitor::incidentsChanged, &app,
        [](const QList<IncidentChange> &changes) { logIncidentChanges(changes); });
    QObject::connect(&incidents, &IncidentMonitor::storageFailed, &app,
        [](const QString &message) { CommandLine::printError(program, message); });
    TeamNotifier notifier(*database);
    QObject::connect(&incidents, &IncidentMonitor::incidentsChanged, &notifier, &TeamNotifier::onIncidentsChanged);
    QObject::connect(&notifier, &TeamNotifier::deliveryChanged, &app, logDelivery);
    QObject::connect(&notifier, &TeamNotifier::storageFailed, &app,
        [](const QString &message) { CommandLine::printError(program, message); });
    notifier.start();
    QObject::connect(&engine, &MonitoringEngine::storageFailed, &app,
        [](const QString &message) { CommandLine::printError(program, message); });

    // Endpoints of a service inside one of its maintenance windows are in MAINTENANCE: checked and
    // stored, but no incident and no downtime.
    MaintenanceDriver maintenance(*database);
    QObject::connect(
        &maintenance, &MaintenanceDriver::maintenanceChanged, &engine, &MonitoringEngine::setInMaintenance);
    if (const auto started = maintenance.start(); !started)
        CommandLine::printError(program, started.error());

    auto reload = [&engine, &maintenance, &database] {
        const auto loaded = engine.reloadIfChanged();
        if (!loaded)
            CommandLine::printError(program, loaded.error());
        const auto reloaded = maintenance.reloadIfChanged();
        if (!reloaded)
            CommandLine::printError(program, reloaded.error());
        // A connection that died with the server does not come back by itself: the next round
        // opens a new one.
        if (!loaded || !reloaded)
            database->closeConnection();
    };
    QObject::connect(&engine, &MonitoringEngine::databaseLost, &app, [](const QString &message) {
        CommandLine::printError(program, message + u"; "_s + Poller::tr("checking on and keeping the results"));
    });
    QObject::connect(&engine, &MonitoringEngine::databaseBack, &app, [](qint64 written, qint64 dropped) {
        CommandLine::printLine(u"%1  "_s.arg(utcStamp(QDateTime::currentDateTimeUtc()))
            + Poller::tr("database reachable again; %n result(s) kept meanwhile stored", nullptr, int(written))
            + (dropped > 0
                    ? u"; "_s + Poller::tr("%n result(s) dropped because the buffer was full", nullptr, int(dropped))
                    : QString()));
    });
    // Other pollers open and change incidents too: the book this one decides by must know them.
    DatabaseWatcher watcher(*database);
    QObject::connect(&watcher, &DatabaseWatcher::changed, &app, [&incidents](DatabaseWatcher::Topics topics) {
        if (topics & (DatabaseWatcher::Topic::Incidents | DatabaseWatcher::Topic::Catalog)) {
            if (const auto reloaded = incidents.start(); !reloaded)
                CommandLine::printError(program, reloaded.error());
        }
    });
    watcher.start();
    QTimer reloadTimer;
    QObject::connect(&reloadTimer, &QTimer::timeout, &app, reload);
    reloadTimer.start(reloadIntervalMs);
    QTimer statusTimer;
    QObject::connect(&statusTimer, &QTimer::timeout, &app, [&engine] { logStatus(engine); });
    statusTimer.start(statusIntervalS * 1000);

    SignalWatcher signalWatcher({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&signalWatcher, &SignalWatcher::received, &app, [&](int signalNumber) {
        if (signalNumber == SIGHUP) {
            if (const auto loaded = engine.loadEndpoints(); !loaded)
                CommandLine::printError(program, loaded.error());
            return;
        }
        // Stop checking, write what has been received, and go: well inside the 2 s that service
        // managers and the tests allow.
        engine.shutdown();
        const SampleWriterStatistics storage = engine.storageStatistics();
        CommandLine::printLine(u"%1  "_s.arg(utcStamp(QDateTime::currentDateTimeUtc()))
            + Poller::tr("stopped; %1 samples stored").arg(QLocale().toString(storage.samplesWritten)));
        QCoreApplication::exit(CommandLine::exitOk);
    });

    // On a shared database the pollers share the endpoints: this one checks those it holds leases
    // on, starting with none until the first round has taken its share.
    std::unique_ptr<LeaseKeeper> leases;
    if (database->location().isShared()) {
        leases
            = std::make_unique<LeaseKeeper>(*database, LeaseKeeper::newPollerId(), std::chrono::milliseconds(leaseMs));
        engine.setAssignment(QSet<qint64>());
        QObject::connect(
            leases.get(), &LeaseKeeper::leasesChanged, &app, [&engine, &leases](const QSet<qint64> &held, int pollers) {
                engine.setAssignment(held);
                CommandLine::printLine(u"%1  "_s.arg(utcStamp(QDateTime::currentDateTimeUtc()))
                    + Poller::tr(
                        "poller %1 checks %n endpoint(s); pollers sharing the work: %2", nullptr, int(held.size()))
                        .arg(leases->pollerId())
                        .arg(pollers));
            });
        QObject::connect(leases.get(), &LeaseKeeper::renewFailed, &app, [](const QString &message) {
            CommandLine::printError(program, message + u"; "_s + Poller::tr("checking the endpoints held so far"));
        });
        QObject::connect(leases.get(), &LeaseKeeper::renewedAgain, &app, [] {
            CommandLine::printLine(
                u"%1  "_s.arg(utcStamp(QDateTime::currentDateTimeUtc())) + Poller::tr("leases renewed again"));
        });
        if (const auto first = leases->renew(QDateTime::currentDateTimeUtc()); !first)
            CommandLine::printError(program, first.error());
        leases->start();
        QObject::connect(&signalWatcher, &SignalWatcher::received, &app, [&leases](int signalNumber) {
            if (signalNumber == SIGHUP)
                return;
            // The others take over at once instead of after the lease time.
            if (const auto released = leases->release(); !released)
                CommandLine::printError(program, released.error());
        });
    }

    engine.start();
    CommandLine::printLine(u"%1  "_s.arg(utcStamp(QDateTime::currentDateTimeUtc()))
        + Poller::tr("monitoring %n endpoint(s) in %1", nullptr, int(endpointCount)).arg(databaseName));
    return QCoreApplication::exec();
}
