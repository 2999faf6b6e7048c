#include "console.h"

#include "catalogoverview.h"
#include "core/secretstore.h"
#include "core/settings.h"
#include "endpointactions.h"
#include "endpointoverview.h"
#include "feed/feedconfiguration.h"
#include "feedserverdialog.h"
#include "incidentdetail.h"
#include "incidentsdock.h"
#include "mainwindow.h"
#include "mutemenu.h"
#include "noticesdock.h"
#include "runbookpane.h"
#include "storage/database.h"
#include "trayicon.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Leitstand {

Console::Console(
    Settings &settings, const Database &database, const QString &databaseDescription, const Options &options)
    : m_settings(settings)
    , m_engine(database, options.engine)
    , m_uptime(database)
    , m_history(database)
    , m_incidentLoader(database)
    , m_runbooks(database)
    , m_charts(database)
    , m_store(database)
    , m_alerts([this](qint64 id) {
        const auto endpoint = m_endpoints.endpoint(id);
        return endpoint ? QCoreApplication::translate("main", "%1 – %2", "service – endpoint")
                              .arg(endpoint->service, endpoint->name)
                        : QString::number(id);
    })
    , m_notices(database)
    , m_publications(database)
    , m_secrets(std::make_unique<SecretStore>())
{
    connect(&m_engine, &EngineHost::endpointsChanged, this, &Console::onEndpointsChanged);
    connect(&m_history, &HistoryLoader::heartbeatsLoaded, &m_endpoints, &EndpointTreeModel::setStoredHeartbeats);
    connect(&m_uptime, &UptimeLoader::loaded, &m_endpoints, [this](const QList<EndpointUptime> &list) {
        for (const EndpointUptime &value : list)
            m_endpoints.setUptime(value.endpointId, value.last24h, value.last30d);
    });
    connect(&m_engine, &EngineHost::statusesLoaded, &m_endpoints, &EndpointTreeModel::setStatuses);
    connect(&m_engine, &EngineHost::resultReady, &m_endpoints, &EndpointTreeModel::applyResult);
    connect(&m_engine, &EngineHost::resultReady, &m_responses, &LastResponses::record);
    connect(&m_engine, &EngineHost::stateChanged, &m_endpoints, &EndpointTreeModel::applyTransition);
    connect(&m_engine, &EngineHost::stateChanged, &m_alerts, &AlertBatcher::addTransition);

    m_window = std::make_unique<MainWindow>(m_settings,
        MainWindowModels {.endpoints = m_endpoints, .history = m_history, .responses = m_responses, .charts = m_charts},
        databaseDescription);
    if (database.location().isShared()) {
        // The pollers check the endpoints of a shared database on their own schedule; a person who
        // asks for a check now gets one from this workstation, shown and not stored, until the
        // pollers' next stored result takes its place.
        connect(m_window.get(), &MainWindow::checkNowRequested, this, &Console::checkHere);
        connect(&m_checkerHere, &OnDemandChecker::finished, this, [this](quint64, const CheckResult &result) {
            m_endpoints.applyResult(result, result.status);
            m_responses.record(result);
            checkNextHere();
        });
    } else {
        connect(m_window.get(), &MainWindow::checkNowRequested, &m_engine, &EngineHost::checkNow);
    }
    auto *actions = new EndpointActions(m_store, m_checker, m_window.get());
    m_window->setEndpointActions(*actions);
    // An edit or import shows at once instead of with the engine's next periodic reload.
    connect(&m_store, &EndpointStore::endpointsChanged, &m_engine, &EngineHost::reloadNow);
    connect(actions, &EndpointActions::endpointSaved, this, [this](qint64 id) { m_pendingSelection = id; });
    connect(&m_endpoints, &QAbstractItemModel::rowsInserted, this, [this] {
        // Select what the editor just added, once the reload brought it into the overview.
        if (m_pendingSelection != 0 && m_window->overview()->selectEndpoint(m_pendingSelection))
            m_pendingSelection = 0;
    });
    auto *incidents = new IncidentsDock(m_incidents, m_incidentLoader, m_settings, m_window.get());
    m_window->addIncidentsDock(incidents);
    connect(&m_incidentLoader, &IncidentLoader::incidentsLoaded, &m_incidents, &IncidentListModel::setIncidents);
    connect(&m_incidentLoader, &IncidentLoader::namesLoaded, &m_incidents, &IncidentListModel::setNames);
    connect(&m_engine, &EngineHost::incidentsChanged, &m_incidents, &IncidentListModel::applyChanges);
    connect(&m_engine, &EngineHost::incidentsChanged, &m_incidentLoader, &IncidentLoader::noteChanges);
    connect(&m_engine, &EngineHost::incidentsChanged, incidents, &IncidentsDock::applyChanges);
    connect(&m_engine, &EngineHost::incidentCommandFailed, incidents, &IncidentsDock::showRefusal);
    connect(incidents, &IncidentsDock::commandRequested, &m_engine, &EngineHost::executeIncidentCommand);
    // The team notifications of the selected incident follow their deliveries as they happen.
    connect(&m_engine, &EngineHost::deliveryChanged, incidents, &IncidentsDock::applyDelivery);
    connect(&m_engine, &EngineHost::deliveryChanged, &m_incidentLoader, &IncidentLoader::noteDelivery);
    connect(incidents, &IncidentsDock::retryDeliveryRequested, &m_engine, &EngineHost::retryDelivery);
    // The service's runbook beside the incident: what to do about it.
    auto *runbook = new RunbookPane(m_runbooks, incidents->detail());
    incidents->detail()->tabs()->addTab(runbook, tr("Run&book"));
    runbook->setAuthor(m_settings.userName());
    connect(&m_settings, &Settings::userNameChanged, runbook, &RunbookPane::setAuthor);
    connect(incidents->detail(), &IncidentDetail::serviceChanged, runbook, [this, runbook](qint64 serviceId) {
        runbook->setService(serviceId, m_incidents.names().services.value(serviceId));
    });
    // The service catalog: read when the console starts and whenever an import or an edit of the
    // endpoints changed it; the timer only reads two revision counters.
    connect(&m_incidentLoader, &IncidentLoader::catalogLoaded, this, [this](const CatalogSnapshot &snapshot) {
        m_window->catalogOverview()->setCatalog(snapshot.catalog, snapshot.endpointsByService);
        if (m_noticesDock)
            m_noticesDock->setCatalog(snapshot.catalog);
        m_incidentLoader.loadNames();
    });
    connect(&m_catalogRefresh, &QTimer::timeout, &m_incidentLoader, &IncidentLoader::refreshCatalog);
    m_catalogRefresh.start(catalogRefreshMs);
    connect(&m_incidentLoader, &IncidentLoader::failed, this, &Console::showProblem);
    connect(&m_engine, &EngineHost::storageFailed, this, &Console::showProblem);
    connect(&m_engine, &EngineHost::loadFailed, this, &Console::showProblem);
    // A shared database: what the pollers and other consoles changed, as it happens.
    connect(&m_engine, &EngineHost::changedElsewhere, this, [this, incidents](DatabaseWatcher::Topics topics) {
        if (topics & DatabaseWatcher::Topic::Incidents)
            m_incidentLoader.loadIncidents(incidents->showsResolved());
        if (topics & (DatabaseWatcher::Topic::Catalog | DatabaseWatcher::Topic::Endpoints))
            m_incidentLoader.refreshCatalog();
        if (topics & DatabaseWatcher::Topic::Notices && m_noticesDock)
            m_noticesDock->reload();
    });
    connect(&m_engine, &EngineHost::databaseUnreachable, m_window.get(), &MainWindow::setDatabaseUnreachable);
    connect(&m_engine, &EngineHost::databaseUnreachable, this,
        [this](const QString &message) { Q_EMIT problem(tr("The database cannot be reached: %1").arg(message)); });
    connect(&m_engine, &EngineHost::databaseReachable, m_window.get(), &MainWindow::setDatabaseReachable);
    connect(&m_uptime, &UptimeLoader::failed, this, &Console::showProblem);
    connect(&m_history, &HistoryLoader::failed, this, &Console::showProblem);

    setUpNotices();

    m_alerts.muteUntil(m_settings.notificationsMutedUntil());
    connect(&m_alerts, &AlertBatcher::mutedChanged, &m_settings, &Settings::setNotificationsMutedUntil);
    m_window->viewMenu()->addSeparator();
    m_window->viewMenu()->addMenu(new MuteMenu(m_alerts, m_window.get()));
    if (options.trayIcon)
        m_tray = std::make_unique<TrayIcon>(m_endpoints, m_alerts, m_window.get());
}

Console::~Console()
{
    // The tray and the window refer to the models and loaders: they go first.
    m_tray.reset();
    m_window.reset();
}

void Console::start()
{
    m_window->show();
    m_engine.start();
}

void Console::setUpNotices()
{
    m_noticesDock = new NoticesDock(m_notices, m_window.get());
    m_window->addNoticesDock(m_noticesDock);
    m_noticesDock->setAuthor(m_settings.userName());
    connect(&m_settings, &Settings::userNameChanged, m_noticesDock, &NoticesDock::setAuthor);
    connect(m_noticesDock, &NoticesDock::publicationRequested, &m_publications, &PublicationHost::wake);
    connect(m_noticesDock, &NoticesDock::configureFeedRequested, this, &Console::configureFeedServer);
    connect(&m_publications, &PublicationHost::publicationsChanged, m_noticesDock, &NoticesDock::reload);
    connect(&m_publications, &PublicationHost::attemptFailed, m_noticesDock, &NoticesDock::showPublicationProblem);
    connect(&m_publications, &PublicationHost::attemptFailed, this,
        [this](const QString &message) { showProblem(tr("Publishing the status feed failed: %1").arg(message)); });
    connect(&m_publications, &PublicationHost::storageFailed, this, &Console::showProblem);
    connect(&m_publications, &PublicationHost::configurationFailed, this, &Console::showProblem);
    // An incident's detail offers a notice for the public about it.
    connect(
        m_window->incidentsDock()->detail(), &IncidentDetail::noticeRequested, this, [this](const Incident &incident) {
            m_noticesDock->show();
            m_noticesDock->raise();
            m_noticesDock->newNoticeFromIncident(
                NoticeKind::Disruption, incident, m_incidents.names().services.value(incident.serviceId));
        });
    auto *configure = new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Feed Server…"), m_window.get());
    configure->setObjectName(u"configureFeedAction"_s);
    configure->setStatusTip(tr("Where outage notices are published, and how to log in"));
    connect(configure, &QAction::triggered, this, &Console::configureFeedServer);
    m_window->fileMenu()->insertAction(m_window->quitAction(), configure);
    m_window->fileMenu()->insertSeparator(m_window->quitAction());

    m_feedSettingsChanged.setSingleShot(true);
    connect(&m_feedSettingsChanged, &QTimer::timeout, this, &Console::applyFeedConfiguration);
    connect(&m_settings, &Settings::valueChanged, this, [this](const QString &key) {
        if (FeedConfiguration::isFeedKey(key))
            m_feedSettingsChanged.start(0);
    });
    applyFeedConfiguration();
    m_noticesDock->reload();
}

void Console::applyFeedConfiguration()
{
    const FeedConfiguration configuration = FeedConfiguration::read(m_settings);
    m_noticesDock->setFeedConfiguration(configuration);
    m_publications.configure(configuration);
}

void Console::configureFeedServer()
{
    auto *dialog = new FeedServerDialog(FeedConfiguration::read(m_settings), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the console keeps updating while the dialog is open.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->configuration().write(m_settings);
        const QString secret = dialog->secret();
        if (secret.isEmpty())
            return;
        m_secrets->write(FeedServer::secretKey(), secret, [this](std::expected<void, QString> written) {
            if (!written) {
                showProblem(written.error());
                return;
            }
            // A publication that failed for want of the password can go now.
            m_publications.wake();
        });
    });
    dialog->open();
}

void Console::onEndpointsChanged(const QList<Endpoint> &list)
{
    QList<qint64> ids;
    ids.reserve(list.size());
    for (const Endpoint &endpoint : list)
        ids.append(endpoint.id);
    // A reset for the first load of possibly thousands; row moves afterwards keep the selection.
    // Endpoints and services come and go with edits: the incident views name them anew.
    m_incidentLoader.loadNames();
    m_incidentLoader.refreshCatalog();
    if (std::exchange(m_firstLoad, false)) {
        m_endpoints.setEndpoints(list);
        m_incidentLoader.loadIncidents(false);
        m_history.loadHeartbeats(ids, int(HeartbeatHistory::capacity));
    } else {
        m_endpoints.syncEndpoints(list);
    }
    m_uptime.setEndpoints(ids);
}

void Console::checkHere(const QList<qint64> &endpointIds)
{
    for (const qint64 id : endpointIds) {
        if (!m_checkHereQueue.contains(id))
            m_checkHereQueue.append(id);
    }
    if (!m_checkerHere.isRunning())
        checkNextHere();
}

void Console::checkNextHere()
{
    while (!m_checkHereQueue.isEmpty()) {
        const std::optional<Endpoint> endpoint = m_endpoints.endpoint(m_checkHereQueue.takeFirst());
        if (!endpoint || endpoint->paused)
            continue;
        m_window->statusBar()->showMessage(
            tr("Checking %1 from this workstation; the pollers' next result replaces what it finds.")
                .arg(endpoint->name),
            10'000);
        m_checkerHere.start(*endpoint);
        return;
    }
}

void Console::showProblem(const QString &message)
{
    m_window->statusBar()->showMessage(message);
    Q_EMIT problem(message);
}

} // namespace Leitstand
