#pragma once

#include "catalog/runbookstore.h"
#include "charts/chartdataloader.h"
#include "editing/endpointstore.h"
#include "engine/enginehost.h"
#include "engine/historyloader.h"
#include "engine/incidentloader.h"
#include "engine/lastresponses.h"
#include "engine/uptimeloader.h"
#include "feed/noticestore.h"
#include "feed/publicationhost.h"
#include "itemmodels/endpointtreemodel.h"
#include "itemmodels/incidentlistmodel.h"
#include "monitoring/checks/ondemandchecker.h"
#include "notifications/alertbatcher.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Leitstand {

class Database;
class MainWindow;
class NoticesDock;
class SecretStore;
class Settings;
class TrayIcon;

// One running console: the engine in its worker thread, the loaders, the models and the main
// window, wired together. main() parses the command line and opens the database; the console
// benchmark builds the same object, so that it measures what users run.
class Console final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool trayIcon = true; // off for --screenshot and benchmarks: no bubbles off screen
        MonitoringEngineOptions engine;
    };

    // `settings` and `database` (open) must outlive the console.
    Console(Settings &settings, const Database &database, const QString &databaseDescription, const Options &options);
    ~Console() override;
    Q_DISABLE_COPY_MOVE(Console)

    // Shows the window and starts the engine.
    void start();

    MainWindow &window() { return *m_window; }
    EndpointTreeModel &endpoints() { return m_endpoints; }
    IncidentListModel &incidents() { return m_incidents; }
    EngineHost &engine() { return m_engine; }
    PublicationHost &publications() { return m_publications; }

Q_SIGNALS:
    // A problem worth a line on stderr besides the status bar.
    void problem(const QString &message);

private:
    void onEndpointsChanged(const QList<Endpoint> &list);
    void setUpNotices();
    // Reads the feed server from the settings into the notices dock and the outbox.
    void applyFeedConfiguration();
    void configureFeedServer();
    void showProblem(const QString &message);
    // Shared database: "Check now" from this workstation, one endpoint after the other.
    void checkHere(const QList<qint64> &endpointIds);
    void checkNextHere();

    // An import by `leitstand catalog import` shows in the catalog dock within this time.
    static constexpr int catalogRefreshMs = 10'000;

    Settings &m_settings;
    // Declared in the order they must be built; destroyed the other way round, the window first,
    // then the threads that feed the models.
    EndpointTreeModel m_endpoints;
    IncidentListModel m_incidents;
    LastResponses m_responses;
    EngineHost m_engine;
    UptimeLoader m_uptime;
    HistoryLoader m_history;
    IncidentLoader m_incidentLoader;
    RunbookStore m_runbooks;
    ChartDataLoader m_charts;
    EndpointStore m_store;
    OnDemandChecker m_checker;
    // Shared database only: the pollers check; these checks are what a person asked for here.
    OnDemandChecker m_checkerHere;
    QList<qint64> m_checkHereQueue;
    AlertBatcher m_alerts;
    NoticeStore m_notices;
    PublicationHost m_publications;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayIcon> m_tray;
    QTimer m_catalogRefresh;
    QTimer m_feedSettingsChanged; // several keys change at once: one reconfiguration
    NoticesDock *m_noticesDock = nullptr;
    bool m_firstLoad = true;
    qint64 m_pendingSelection = 0; // an endpoint the editor saved, to select when it shows
};

} // namespace Leitstand
