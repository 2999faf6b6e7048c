#pragma once

#include "engine/historyloader.h"
#include "itemmodels/heartbeat.h"
#include "itemmodels/naturalorder.h"
#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"
#include "monitoring/statetracker.h"
#include "storage/endpointstatus.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <array>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Leitstand {

// How bad a state is, for the service rows and for sorting: Down > Degraded > Unknown >
// Maintenance > Up > Paused. Unknown ranks above Maintenance because nobody knows whether an
// unknown endpoint works, while maintenance is planned; Paused is last since nobody watches it.
int endpointStateSeverity(EndpointState state);

// The live endpoint overview: services (sorted by name) at the top, their endpoints (sorted by
// name) below them.
//
// Results arrive up to a thousand times a second, far more often than anyone can read, so
// applyResult(), applyTransition() and setUptime() only note what changed; a timer (every
// updateInterval() ms) then emits one dataChanged() per contiguous run of changed rows of a
// service, and one for the service rows whose summary changed. Live data never resets the model,
// so selection, scroll position and the proxy's sort order survive it.
//
// Endpoints are identified by their database id (Endpoint::id), which must be unique. Texts are
// translated and formatted for QLocale() when asked for; icons and colours are the view's
// business (StateRole).
class EndpointTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Inside this class, Heartbeat is the column; the struct is Leitstand::Heartbeat.
    enum Column : quint8 {
        State,
        Name,
        Target,
        Latency,
        Uptime24h,
        Uptime30d,
        LastCheck,
        Heartbeat,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Roles : int {
        EndpointIdRole = Qt::UserRole + 1, // qint64; 0 on service rows
        StateRole, // int of EndpointState; the worst of its endpoints on a service row
        ErrorRole, // int of CheckError of the latest result
        ErrorTextRole, // translated error message and detail; empty when all was well
        SortRole, // raw value of the column: numbers for numbers, severity for the state
        HeartbeatRole, // QList<Leitstand::Heartbeat>, oldest first
        ServiceRole, // the service name, on endpoint rows too
        IsServiceRole, // bool
    };
    Q_ENUM(Roles)

    explicit EndpointTreeModel(QObject *parent = nullptr);
    ~EndpointTreeModel() override;
    Q_DISABLE_COPY_MOVE(EndpointTreeModel)

    // Replaces all endpoints (a model reset). Live data of ids still there is kept. For the first
    // load: a reset loses the selection and scroll position.
    void setEndpoints(const QList<Endpoint> &endpoints);
    // Brings the model in line with a list through row removals, insertions and moves only, so
    // that selection and scroll position survive; for reloads, where little changes. Costs a
    // signal per changed row, so the first load of thousands goes through setEndpoints().
    void syncEndpoints(const QList<Endpoint> &endpoints);
    // Adds or changes one endpoint with row insertions and removals only; an endpoint that changes
    // its service is removed from the old one and inserted into the new one.
    void upsertEndpoint(const Endpoint &endpoint);
    void removeEndpoint(qint64 endpointId);

    // The states stored by the SampleWriter, to show something before the first live result.
    void setStatuses(const QList<EndpointStatus> &statuses);
    // Stored results (newest first, as HistoryLoader gives them) for heartbeat strips that a
    // freshly opened console would otherwise show empty. Live results already shown stay; stored
    // ones go in front of them if they are older.
    void setStoredHeartbeats(const QList<EndpointSamples> &stored);
    // Fractions 0…1 as UptimeSummary::availability() gives them; std::nullopt when unmeasured.
    void setUptime(qint64 endpointId, std::optional<double> uptime24h, std::optional<double> uptime30d);
    // For MonitoringEngine::resultReady() and stateChanged().
    void applyResult(const CheckResult &result, EndpointState state);
    void applyTransition(const StateTransition &transition);

    QModelIndex indexOfEndpoint(qint64 endpointId, int column = 0) const;
    std::optional<Endpoint> endpoint(qint64 endpointId) const;
    qsizetype endpointCount() const { return qsizetype(m_entries.size()); }
    // Over all endpoints, for the window title and status bar. Always current; countsChanged() comes
    // with the next batch for live data and at once for added and removed endpoints.
    int countInState(EndpointState state) const;

    int updateInterval() const;
    void setUpdateInterval(int milliseconds);
    // Emits what is pending now instead of with the next tick.
    void flushPendingUpdates();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countsChanged();

private:
    struct Service;

    // What the overview knows about one endpoint beyond its definition.
    struct Live
    {
        EndpointState state = EndpointState::Unknown;
        QDateTime since; // UTC; invalid if unknown
        QDateTime lastCheck; // UTC
        std::optional<int> latencyMs; // of the latest answered check
        CheckError error = CheckError::Ok;
        QString detail;
        std::optional<double> uptime24h;
        std::optional<double> uptime30d;
        HeartbeatHistory heartbeats;
    };

    struct Entry
    {
        Endpoint endpoint;
        Live live;
        Service *service = nullptr;
        int row = 0; // within service->endpoints
        quint16 dirtyColumns = 0; // bit per Column, waiting for the next batch
    };

    using StateCounts = std::array<int, 6>;

    struct Service
    {
        QString name;
        quintptr key = 0; // never reused, so a stale index cannot reach another service
        int row = 0;
        std::vector<Entry *> endpoints; // sorted by name
        StateCounts counts {};
        // What the service row showed when last announced, to tell whether it changed.
        EndpointState shownWorst = EndpointState::Unknown;
        int shownDown = 0;
        int shownDegraded = 0;
        int shownTotal = 0;
        bool dirty = false; // listed in m_dirtyServices
    };

    Entry *entry(qint64 endpointId) const;
    Entry *entryAt(const QModelIndex &index) const;
    Service *serviceOf(const QModelIndex &index) const;
    QVariant endpointData(const Entry &entry, int column, int role) const;
    QVariant serviceData(const Service &service, int column, int role) const;

    void insertEntry(Entry &entry);
    void detachEntry(Entry &entry);
    void moveWithinService(Entry &entry);
    static void renumberEndpoints(Service &service, int fromRow);
    void renumberServices(int fromRow);
    bool endpointLess(const Endpoint &left, const Endpoint &right) const;
    int serviceInsertPosition(const QString &name) const;
    int endpointInsertPosition(const Service &service, const Endpoint &endpoint) const;

    void setState(Entry &entry, EndpointState state, const QDateTime &since);
    void markDirty(Entry &entry, quint16 columns);
    void markServiceDirty(Service &service);
    void scheduleUpdate();
    static EndpointState worstState(const StateCounts &counts);
    static void rememberShownSummary(Service &service);
    void emitCountsIfChanged();

    std::unordered_map<qint64, Entry> m_entries; // node-based: Entry addresses stay valid
    std::vector<std::unique_ptr<Service>> m_services; // sorted by name
    QHash<QString, Service *> m_servicesByName;
    QHash<quintptr, Service *> m_servicesByKey;
    quintptr m_nextServiceKey = 1;
    StateCounts m_counts {};
    StateCounts m_shownCounts {};
    // Waiting for the next batch: ids and keys, not pointers, since rows may go meanwhile.
    std::vector<qint64> m_dirtyEntries;
    std::vector<quintptr> m_dirtyServices;
    QTimer m_updateTimer;
    NaturalOrder m_order;
};

} // namespace Leitstand
