#include "itemmodels/endpointtreemodel.h"

#include "itemmodels/endpointtext.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <bit>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr int defaultUpdateIntervalMs = 100;

constexpr quint16 columnBit(EndpointTreeModel::Column column)
{
    return quint16(1U << column);
}

// The columns that show the state tooltip: a new state or error changes all of them.
constexpr quint16 toolTipColumns = columnBit(EndpointTreeModel::State) | columnBit(EndpointTreeModel::Name)
    | columnBit(EndpointTreeModel::Target) | columnBit(EndpointTreeModel::Latency)
    | columnBit(EndpointTreeModel::Uptime24h) | columnBit(EndpointTreeModel::Uptime30d)
    | columnBit(EndpointTreeModel::LastCheck);
constexpr quint16 allColumns = quint16((1U << EndpointTreeModel::ColumnCount) - 1);

int stateIndex(EndpointState state)
{
    return int(state);
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

int endpointStateSeverity(EndpointState state)
{
    switch (state) {
    case EndpointState::Paused:
        return 0;
    case EndpointState::Up:
        return 1;
    case EndpointState::Maintenance:
        return 2;
    case EndpointState::Unknown:
        return 3;
    case EndpointState::Degraded:
        return 4;
    case EndpointState::Down:
        return 5;
    }
    Q_UNREACHABLE_RETURN(0);
}

EndpointTreeModel::EndpointTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(defaultUpdateIntervalMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &EndpointTreeModel::flushPendingUpdates);
}

EndpointTreeModel::~EndpointTreeModel() = default;

// ---- structure ----

void EndpointTreeModel::setEndpoints(const QList<Endpoint> &endpoints)
{
    beginResetModel();
    std::unordered_map<qint64, Entry> previous = std::exchange(m_entries, {});
    m_services.clear();
    m_servicesByName.clear();
    m_servicesByKey.clear();
    m_dirtyEntries.clear();
    m_dirtyServices.clear();
    m_counts = {};

    for (const Endpoint &endpoint : endpoints) {
        Live live;
        const auto old = previous.find(endpoint.id);
        if (old == previous.end()) {
            live.state = endpoint.paused ? EndpointState::Paused : EndpointState::Unknown;
        } else {
            const bool wasPaused = old->second.endpoint.paused;
            live = std::move(old->second.live);
            previous.erase(old);
            // As StateTracker::upsert() does: pausing shows PAUSED, resuming starts at UNKNOWN.
            if (endpoint.paused != wasPaused) {
                live.state = endpoint.paused ? EndpointState::Paused : EndpointState::Unknown;
                live.since = {};
            }
        }
        Entry &entry = m_entries[endpoint.id];
        entry.endpoint = endpoint;
        entry.live = std::move(live);
        entry.service = nullptr;
        entry.dirtyColumns = 0;
    }

    QHash<QString, std::vector<Entry *>> byService;
    for (auto &[id, entry] : m_entries) {
        byService[entry.endpoint.service].push_back(&entry);
        ++m_counts[stateIndex(entry.live.state)];
    }
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        auto service = std::make_unique<Service>();
        service->name = it.key();
        service->key = m_nextServiceKey++;
        service->endpoints = std::move(it.value());
        std::ranges::sort(service->endpoints,
            [this](const Entry *left, const Entry *right) { return endpointLess(left->endpoint, right->endpoint); });
        for (int row = 0; row < int(service->endpoints.size()); ++row) {
            Entry *entry = service->endpoints[row];
            entry->service = service.get();
            entry->row = row;
            ++service->counts[stateIndex(entry->live.state)];
        }
        rememberShownSummary(*service);
        m_servicesByName.insert(service->name, service.get());
        m_servicesByKey.insert(service->key, service.get());
        m_services.push_back(std::move(service));
    }
    std::ranges::sort(
        m_services, [this](const auto &left, const auto &right) { return m_order.less(left->name, right->name); });
    for (int row = 0; row < int(m_services.size()); ++row)
        m_services[row]->row = row;
    endResetModel();
    emitCountsIfChanged();
}

void EndpointTreeModel::upsertEndpoint(const Endpoint &endpoint)
{
    const auto found = m_entries.find(endpoint.id);
    if (found == m_entries.end()) {
        Entry &entry = m_entries[endpoint.id];
        entry.endpoint = endpoint;
        entry.live.state = endpoint.paused ? EndpointState::Paused : EndpointState::Unknown;
        ++m_counts[stateIndex(entry.live.state)];
        insertEntry(entry);
        emitCountsIfChanged();
        return;
    }

    Entry &entry = found->second;
    if (entry.endpoint.sameDefinition(endpoint))
        return; // a reload that changed nothing must not cost a repaint
    const bool moveService = entry.endpoint.service != endpoint.service;
    if (moveService)
        detachEntry(entry);
    const bool wasPaused = entry.endpoint.paused;
    const bool renamed = entry.endpoint.name != endpoint.name;
    entry.endpoint = endpoint;
    // What StateTracker::upsert() does, so that the row is right even before its transition.
    if (endpoint.paused && !wasPaused)
        setState(entry, EndpointState::Paused, {});
    else if (!endpoint.paused && wasPaused)
        setState(entry, EndpointState::Unknown, {});
    if (moveService)
        insertEntry(entry);
    else if (renamed)
        moveWithinService(entry);
    markDirty(entry, allColumns);
    emitCountsIfChanged();
}

void EndpointTreeModel::syncEndpoints(const QList<Endpoint> &endpoints)
{
    QSet<qint64> wanted;
    wanted.reserve(endpoints.size());
    for (const Endpoint &endpoint : endpoints)
        wanted.insert(endpoint.id);
    std::vector<qint64> gone;
    for (const auto &[id, entry] : m_entries) {
        if (!wanted.contains(id))
            gone.push_back(id);
    }
    for (const qint64 id : gone)
        removeEndpoint(id);
    for (const Endpoint &endpoint : endpoints)
        upsertEndpoint(endpoint);
}

void EndpointTreeModel::removeEndpoint(qint64 endpointId)
{
    const auto found = m_entries.find(endpointId);
    if (found == m_entries.end())
        return;
    detachEntry(found->second);
    --m_counts[stateIndex(found->second.live.state)];
    m_entries.erase(found);
    emitCountsIfChanged();
}

void EndpointTreeModel::insertEntry(Entry &entry)
{
    const QString &name = entry.endpoint.service;
    if (Service *service = m_servicesByName.value(name)) {
        const int row = endpointInsertPosition(*service, entry.endpoint);
        beginInsertRows(createIndex(service->row, 0, quintptr(0)), row, row);
        service->endpoints.insert(service->endpoints.begin() + row, &entry);
        renumberEndpoints(*service, row);
        entry.service = service;
        ++service->counts[stateIndex(entry.live.state)];
        endInsertRows();
        markServiceDirty(*service);
        return;
    }

    // A new service comes with its first endpoint: one insertion of the service row.
    const int row = serviceInsertPosition(name);
    beginInsertRows({}, row, row);
    auto service = std::make_unique<Service>();
    service->name = name;
    service->key = m_nextServiceKey++;
    service->endpoints.push_back(&entry);
    ++service->counts[stateIndex(entry.live.state)];
    rememberShownSummary(*service);
    entry.service = service.get();
    entry.row = 0;
    m_servicesByName.insert(name, service.get());
    m_servicesByKey.insert(service->key, service.get());
    m_services.insert(m_services.begin() + row, std::move(service));
    renumberServices(row);
    endInsertRows();
}

void EndpointTreeModel::detachEntry(Entry &entry)
{
    Service *service = entry.service;
    Q_ASSERT(service);
    entry.service = nullptr;
    entry.dirtyColumns = 0; // its rows are gone; what is pending for them is moot
    if (service->endpoints.size() > 1) {
        beginRemoveRows(createIndex(service->row, 0, quintptr(0)), entry.row, entry.row);
        service->endpoints.erase(service->endpoints.begin() + entry.row);
        renumberEndpoints(*service, entry.row);
        --service->counts[stateIndex(entry.live.state)];
        endRemoveRows();
        markServiceDirty(*service);
        return;
    }

    // The last endpoint takes its service with it. The Service stays alive until the removal is
    // announced, so that nobody reading it meanwhile reads freed memory.
    const int row = service->row;
    beginRemoveRows({}, row, row);
    std::unique_ptr<Service> removed = std::move(m_services[row]);
    m_services.erase(m_services.begin() + row);
    m_servicesByName.remove(removed->name);
    m_servicesByKey.remove(removed->key);
    renumberServices(row);
    endRemoveRows();
}

void EndpointTreeModel::moveWithinService(Entry &entry)
{
    Service &service = *entry.service;
    const int from = entry.row;
    service.endpoints.erase(service.endpoints.begin() + from);
    const int to = endpointInsertPosition(service, entry.endpoint);
    service.endpoints.insert(service.endpoints.begin() + from, &entry);
    if (to == from)
        return;

    // A move, not a removal and insertion, so that a selected endpoint stays selected when renamed.
    const QModelIndex parent = createIndex(service.row, 0, quintptr(0));
    if (!beginMoveRows(parent, from, from, parent, to > from ? to + 1 : to))
        return;
    service.endpoints.erase(service.endpoints.begin() + from);
    service.endpoints.insert(service.endpoints.begin() + to, &entry);
    renumberEndpoints(service, std::min(from, to));
    endMoveRows();
}

void EndpointTreeModel::renumberEndpoints(Service &service, int fromRow)
{
    for (int row = fromRow; row < int(service.endpoints.size()); ++row)
        service.endpoints[row]->row = row;
}

void EndpointTreeModel::renumberServices(int fromRow)
{
    for (int row = fromRow; row < int(m_services.size()); ++row)
        m_services[row]->row = row;
}

bool EndpointTreeModel::endpointLess(const Endpoint &left, const Endpoint &right) const
{
    if (left.name != right.name)
        return m_order.less(left.name, right.name);
    return left.id < right.id;
}

int EndpointTreeModel::serviceInsertPosition(const QString &name) const
{
    const auto it = std::ranges::lower_bound(
        m_services, name, [this](const QString &left, const QString &right) { return m_order.less(left, right); },
        [](const std::unique_ptr<Service> &service) -> const QString & { return service->name; });
    return int(it - m_services.begin());
}

int EndpointTreeModel::endpointInsertPosition(const Service &service, const Endpoint &endpoint) const
{
    const auto it = std::ranges::lower_bound(
        service.endpoints, endpoint,
        [this](const Endpoint &left, const Endpoint &right) { return endpointLess(left, right); },
        [](const Entry *entry) -> const Endpoint & { return entry->endpoint; });
    return int(it - service.endpoints.begin());
}

// ---- live data ----

void EndpointTreeModel::setStatuses(const QList<EndpointStatus> &statuses)
{
    for (const EndpointStatus &status : statuses) {
        Entry *found = entry(status.endpointId);
        if (!found)
            continue;
        // A paused endpoint stays paused whatever it was when last checked.
        if (!found->endpoint.paused) {
            setState(*found, status.state, status.since);
            found->live.since = status.since;
        }
        found->live.lastCheck = status.lastResultAt;
        found->live.latencyMs = status.latencyMs;
        found->live.error = status.error;
        // The stored detail belongs to the latest error, which need not be the latest result.
        const bool detailIsCurrent = status.error != CheckError::Ok && status.lastErrorAt == status.lastResultAt;
        found->live.detail = detailIsCurrent ? status.lastErrorDetail : QString();
        markDirty(*found, toolTipColumns);
    }
    flushPendingUpdates();
}

void EndpointTreeModel::setUptime(qint64 endpointId, std::optional<double> uptime24h, std::optional<double> uptime30d)
{
    Entry *found = entry(endpointId);
    if (!found)
        return;
    quint16 changed = 0;
    if (found->live.uptime24h != uptime24h) {
        found->live.uptime24h = uptime24h;
        changed |= columnBit(Uptime24h);
    }
    if (found->live.uptime30d != uptime30d) {
        found->live.uptime30d = uptime30d;
        changed |= columnBit(Uptime30d);
    }
    if (changed != 0)
        markDirty(*found, changed);
}

void EndpointTreeModel::applyResult(const CheckResult &result, EndpointState state)
{
    Entry *found = entry(result.endpointId);
    if (!found)
        return; // removed while its check ran
    Live &live = found->live;
    quint16 changed = columnBit(Latency) | columnBit(LastCheck) | columnBit(Heartbeat);
    if (live.error != result.error || live.detail != result.detail)
        changed |= toolTipColumns;
    live.lastCheck = result.finishedAt;
    // A failure's latency is only how long it took to fail, often the timeout: not worth a number.
    live.latencyMs = result.isUp() ? std::optional(result.latencyMs) : std::nullopt;
    live.error = result.error;
    live.detail = result.detail;
    live.heartbeats.append({
        .time = result.finishedAt,
        .state = result.status,
        .error = result.error,
        .latencyMs = result.latencyMs,
        .detail = result.detail,
    });
    setState(*found, state, result.finishedAt);
    markDirty(*found, changed);
}

void EndpointTreeModel::setStoredHeartbeats(const QList<EndpointSamples> &stored)
{
    for (const EndpointSamples &endpointSamples : stored) {
        Entry *found = entry(endpointSamples.endpointId);
        if (!found)
            continue;
        HeartbeatHistory &history = found->live.heartbeats;
        const QDateTime firstLive = history.isEmpty() ? QDateTime() : history.at(0).time;
        QList<Leitstand::Heartbeat> merged;
        for (auto it = endpointSamples.samples.crbegin(); it != endpointSamples.samples.crend(); ++it) {
            Leitstand::Heartbeat heartbeat = Leitstand::Heartbeat::fromSample(*it);
            if (!firstLive.isValid() || heartbeat.time < firstLive)
                merged.append(std::move(heartbeat));
        }
        if (merged.isEmpty())
            continue;
        merged += history.toList();
        history.clear();
        for (qsizetype i = std::max<qsizetype>(0, merged.size() - HeartbeatHistory::capacity); i < merged.size(); ++i)
            history.append(merged.at(i));
        markDirty(*found, columnBit(Heartbeat));
    }
}

void EndpointTreeModel::applyTransition(const StateTransition &transition)
{
    Entry *found = entry(transition.endpointId);
    if (!found)
        return;
    setState(*found, transition.to, transition.at);
    // The result before it may have set the state already; the transition knows when it began.
    if (found->live.since != transition.at) {
        found->live.since = transition.at;
        markDirty(*found, toolTipColumns);
    }
}

void EndpointTreeModel::setState(Entry &entry, EndpointState state, const QDateTime &since)
{
    if (entry.live.state == state)
        return;
    --m_counts[stateIndex(entry.live.state)];
    ++m_counts[stateIndex(state)];
    if (entry.service) {
        --entry.service->counts[stateIndex(entry.live.state)];
        ++entry.service->counts[stateIndex(state)];
        markServiceDirty(*entry.service);
    }
    entry.live.state = state;
    entry.live.since = since;
    markDirty(entry, toolTipColumns | columnBit(Heartbeat));
}

void EndpointTreeModel::markDirty(Entry &entry, quint16 columns)
{
    if (!entry.service)
        return; // not in the model (yet): its insertion will show it as it is
    if (entry.dirtyColumns == 0)
        m_dirtyEntries.push_back(entry.endpoint.id);
    entry.dirtyColumns |= columns;
    scheduleUpdate();
}

void EndpointTreeModel::markServiceDirty(Service &service)
{
    if (!service.dirty)
        m_dirtyServices.push_back(service.key);
    service.dirty = true;
    scheduleUpdate();
}

void EndpointTreeModel::scheduleUpdate()
{
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

int EndpointTreeModel::updateInterval() const
{
    return m_updateTimer.interval();
}

void EndpointTreeModel::setUpdateInterval(int milliseconds)
{
    m_updateTimer.setInterval(milliseconds);
}

void EndpointTreeModel::flushPendingUpdates()
{
    m_updateTimer.stop();

    // Collected first and emitted afterwards, so that slots reading the model see all of it.
    struct Change
    {
        int serviceRow;
        int row;
        quint16 columns;
    };
    std::vector<Change> changes;
    changes.reserve(m_dirtyEntries.size());
    for (const qint64 id : std::exchange(m_dirtyEntries, {})) {
        Entry *found = entry(id);
        if (!found || found->dirtyColumns == 0 || !found->service)
            continue; // removed, or listed twice
        changes.push_back({found->service->row, found->row, std::exchange(found->dirtyColumns, 0)});
    }
    std::ranges::sort(changes, [](const Change &left, const Change &right) {
        return std::pair(left.serviceRow, left.row) < std::pair(right.serviceRow, right.row);
    });

    std::vector<int> serviceRows;
    for (const quintptr key : std::exchange(m_dirtyServices, {})) {
        Service *service = m_servicesByKey.value(key);
        if (!service || !service->dirty)
            continue;
        service->dirty = false;
        const int down = service->counts[stateIndex(EndpointState::Down)];
        const int degraded = service->counts[stateIndex(EndpointState::Degraded)];
        if (worstState(service->counts) == service->shownWorst && down == service->shownDown
            && degraded == service->shownDegraded && int(service->endpoints.size()) == service->shownTotal) {
            continue;
        }
        rememberShownSummary(*service);
        serviceRows.push_back(service->row);
    }
    std::ranges::sort(serviceRows);

    for (auto run = changes.begin(); run != changes.end();) {
        auto end = run;
        quint16 columns = 0;
        int lastRow = run->row - 1;
        while (end != changes.end() && end->serviceRow == run->serviceRow && end->row == lastRow + 1) {
            columns |= end->columns;
            lastRow = end->row;
            ++end;
        }
        const QModelIndex parent = index(run->serviceRow, 0);
        const int firstColumn = std::countr_zero(columns);
        const int lastColumn = std::bit_width(columns) - 1;
        Q_EMIT dataChanged(index(run->row, firstColumn, parent), index(lastRow, lastColumn, parent));
        run = end;
    }
    for (auto run = serviceRows.begin(); run != serviceRows.end();) {
        auto end = std::next(run);
        while (end != serviceRows.end() && *end == *std::prev(end) + 1)
            ++end;
        Q_EMIT dataChanged(index(*run, State), index(*std::prev(end), Target));
        run = end;
    }
    emitCountsIfChanged();
}

EndpointState EndpointTreeModel::worstState(const StateCounts &counts)
{
    EndpointState worst = EndpointState::Paused;
    for (int state = 0; state < int(counts.size()); ++state) {
        const auto candidate = EndpointState(state);
        if (counts[state] > 0 && endpointStateSeverity(candidate) > endpointStateSeverity(worst))
            worst = candidate;
    }
    return worst;
}

void EndpointTreeModel::rememberShownSummary(Service &service)
{
    service.shownWorst = worstState(service.counts);
    service.shownDown = service.counts[stateIndex(EndpointState::Down)];
    service.shownDegraded = service.counts[stateIndex(EndpointState::Degraded)];
    service.shownTotal = int(service.endpoints.size());
}

void EndpointTreeModel::emitCountsIfChanged()
{
    if (m_counts == m_shownCounts)
        return;
    m_shownCounts = m_counts;
    Q_EMIT countsChanged();
}

int EndpointTreeModel::countInState(EndpointState state) const
{
    return m_counts.at(stateIndex(state));
}

// ---- lookups ----

EndpointTreeModel::Entry *EndpointTreeModel::entry(qint64 endpointId) const
{
    const auto found = m_entries.find(endpointId);
    // The model hands out its own entries for changing; constness is the item model API's.
    return found == m_entries.end() ? nullptr : const_cast<Entry *>(&found->second);
}

EndpointTreeModel::Service *EndpointTreeModel::serviceOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0)
        return index.row() < int(m_services.size()) ? m_services[index.row()].get() : nullptr;
    return m_servicesByKey.value(index.internalId());
}

EndpointTreeModel::Entry *EndpointTreeModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    Service *service = serviceOf(index);
    if (!service || index.row() >= int(service->endpoints.size()))
        return nullptr;
    return service->endpoints[index.row()];
}

QModelIndex EndpointTreeModel::indexOfEndpoint(qint64 endpointId, int column) const
{
    const Entry *found = entry(endpointId);
    if (!found || !found->service || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(found->row, column, found->service->key);
}

std::optional<Endpoint> EndpointTreeModel::endpoint(qint64 endpointId) const
{
    const Entry *found = entry(endpointId);
    return found ? std::optional(found->endpoint) : std::nullopt;
}

// ---- QAbstractItemModel ----

// Service rows carry internal id 0; endpoint rows the key of their service, which is how parent()
// finds them in O(1) without pointers that could dangle.
QModelIndex EndpointTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_services.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const Service *service = serviceOf(parent);
    if (!service || row >= int(service->endpoints.size()))
        return {};
    return createIndex(row, column, service->key);
}

QModelIndex EndpointTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const Service *service = m_servicesByKey.value(child.internalId());
    return service ? createIndex(service->row, 0, quintptr(0)) : QModelIndex();
}

QModelIndex EndpointTreeModel::sibling(int row, int column, const QModelIndex &index) const
{
    if (!index.isValid() || column < 0 || column >= ColumnCount)
        return {};
    if (row == index.row())
        return createIndex(row, column, index.internalId());
    return QAbstractItemModel::sibling(row, column, index);
}

int EndpointTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_services.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Service *service = serviceOf(parent);
    return service ? int(service->endpoints.size()) : 0;
}

int EndpointTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags EndpointTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant EndpointTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0) {
        const Service *service = serviceOf(index);
        return service ? serviceData(*service, index.column(), role) : QVariant();
    }
    const Entry *found = entryAt(index);
    return found ? endpointData(*found, index.column(), role) : QVariant();
}

QVariant EndpointTreeModel::serviceData(const Service &service, int column, int role) const
{
    const EndpointState worst = worstState(service.counts);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case State:
            return endpointStateDisplayName(worst);
        case Name:
            return service.name;
        case Target:
            return EndpointText::serviceSummary(int(service.endpoints.size()),
                service.counts[stateIndex(EndpointState::Down)], service.counts[stateIndex(EndpointState::Degraded)]);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column > Target)
            return {};
        return EndpointText::serviceSummary(int(service.endpoints.size()),
            service.counts[stateIndex(EndpointState::Down)], service.counts[stateIndex(EndpointState::Degraded)]);
    case SortRole:
        // Only the state says something about a service as a whole; elsewhere it sorts by name.
        return column == State ? QVariant(endpointStateSeverity(worst)) : QVariant(service.name);
    case StateRole:
        return int(worst);
    case EndpointIdRole:
        return qint64(0);
    case ServiceRole:
        return service.name;
    case IsServiceRole:
        return true;
    default:
        return {};
    }
}

QVariant EndpointTreeModel::endpointData(const Entry &entry, int column, int role) const
{
    const Endpoint &endpoint = entry.endpoint;
    const Live &live = entry.live;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case State:
            return endpointStateDisplayName(live.state);
        case Name:
            return endpoint.name;
        case Target:
            return endpoint.target;
        case Latency:
            return live.latencyMs ? EndpointText::latency(*live.latencyMs) : QString();
        case Uptime24h:
            return live.uptime24h ? EndpointText::uptime(*live.uptime24h) : QString();
        case Uptime30d:
            return live.uptime30d ? EndpointText::uptime(*live.uptime30d) : QString();
        case LastCheck:
            return EndpointText::time(live.lastCheck);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Heartbeat)
            return EndpointText::heartbeatSummary(live.heartbeats);
        return EndpointText::stateToolTip(live.state, live.since, live.error, live.detail);
    case Qt::AccessibleTextRole:
        if (column == Heartbeat)
            return EndpointText::heartbeatSummary(live.heartbeats);
        return endpointData(entry, column, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (column == Latency || column == Uptime24h || column == Uptime30d)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (column) {
        case State:
            return endpointStateSeverity(live.state);
        case Name:
            return endpoint.name;
        case Target:
            return endpoint.target;
        case Latency:
            return live.latencyMs ? QVariant(*live.latencyMs) : QVariant();
        case Uptime24h:
            return optionalValue(live.uptime24h);
        case Uptime30d:
            return optionalValue(live.uptime30d);
        case LastCheck:
            return live.lastCheck.isValid() ? QVariant(live.lastCheck.toMSecsSinceEpoch()) : QVariant();
        case Heartbeat:
            return live.heartbeats.isEmpty() ? QVariant() : QVariant(live.heartbeats.failures());
        default:
            return {};
        }
    case EndpointIdRole:
        return endpoint.id;
    case StateRole:
        return int(live.state);
    case ErrorRole:
        return int(live.error);
    case ErrorTextRole:
        return EndpointText::errorText(live.error, live.detail);
    case HeartbeatRole:
        return QVariant::fromValue(live.heartbeats.toList());
    case ServiceRole:
        return endpoint.service;
    case IsServiceRole:
        return false;
    default:
        return {};
    }
}

QVariant EndpointTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case State:
            return tr("State");
        case Name:
            return tr("Name");
        case Target:
            return tr("Target");
        case Latency:
            return tr("Latency");
        case Uptime24h:
            return tr("Uptime 24 h");
        case Uptime30d:
            return tr("Uptime 30 d");
        case LastCheck:
            return tr("Last check");
        case Heartbeat:
            return tr("Recent checks");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Latency:
            return tr("Time to a complete answer in the latest check");
        case Uptime24h:
            return tr("Share of the last 24 hours the endpoint answered (maintenance and unknown time do not count)");
        case Uptime30d:
            return tr("Share of the last 30 days the endpoint answered (maintenance and unknown time do not count)");
        case Heartbeat:
            return tr("The last %n check(s), oldest on the left", nullptr, int(HeartbeatHistory::capacity));
        default:
            return {};
        }
    }
    return {};
}

QHash<int, QByteArray> EndpointTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EndpointIdRole, QByteArrayLiteral("endpointId"));
    names.insert(StateRole, QByteArrayLiteral("state"));
    names.insert(ErrorRole, QByteArrayLiteral("error"));
    names.insert(ErrorTextRole, QByteArrayLiteral("errorText"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(HeartbeatRole, QByteArrayLiteral("heartbeats"));
    names.insert(ServiceRole, QByteArrayLiteral("service"));
    names.insert(IsServiceRole, QByteArrayLiteral("isService"));
    return names;
}

} // namespace Leitstand
