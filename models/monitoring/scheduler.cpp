#include "monitoring/scheduler.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QtMinMax>

#include <algorithm>
#include <chrono>
#include <vector>

namespace Leitstand {

namespace {

SchedulerLimits sanitized(SchedulerLimits limits)
{
    limits.maxConcurrent = qMax(1, limits.maxConcurrent);
    limits.maxPerHost = qMax(1, limits.maxPerHost);
    limits.statisticsWindowMs = qMax(1, limits.statisticsWindowMs);
    return limits;
}

// splitmix64's finaliser: ids are small consecutive numbers, and their phases must still be spread
// evenly over the interval.
quint64 mixed(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27U)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31U);
}

// Nearest rank: the smallest value that at least `percent` % of the values do not exceed.
qint64 percentile(std::vector<qint64> &values, qint64 percent)
{
    const auto size = qint64(values.size());
    const qint64 rank = (size * percent + 99) / 100;
    const auto nth = values.begin() + qMax<qint64>(0, rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

} // namespace

SchedulerClock SchedulerClock::system()
{
    return {
        .monotonicMs = [] { return QDeadlineTimer::current().deadline(); },
        .utcNow = [] { return QDateTime::currentDateTimeUtc(); },
    };
}

Scheduler::Scheduler(StartCheck startCheck, const SchedulerLimits &limits, SchedulerClock clock, QObject *parent)
    : QObject(parent)
    , m_startCheck(std::move(startCheck))
    , m_limits(sanitized(limits))
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::dispatchDue);
}

Scheduler::~Scheduler() = default;

void Scheduler::setEndpoints(const QList<Endpoint> &endpoints)
{
    QSet<qint64> kept;
    kept.reserve(endpoints.size());
    for (const Endpoint &endpoint : endpoints)
        kept.insert(endpoint.id);
    const QList<qint64> current = m_entries.keys();
    for (const qint64 id : current) {
        if (!kept.contains(id))
            remove(id);
    }
    for (const Endpoint &endpoint : endpoints)
        upsert(endpoint);
}

void Scheduler::upsert(const Endpoint &endpoint)
{
    const qint64 id = endpoint.id;
    const int host = hostIndex(endpoint.host());
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        it = m_entries.insert(id, Entry {.endpoint = endpoint, .host = host, .generation = 0, .owedDueMs = {}});
        if (m_running && !endpoint.paused) {
            const qint64 nowMs = now();
            schedule(id, *it, nowMs);
            scheduleStartupCheck(id, *it, nowMs, m_limits.startupWindowMs);
            armTimer();
        }
        return;
    }

    Entry &entry = *it;
    const bool wasScheduled = !entry.endpoint.paused;
    const bool intervalChanged = intervalOf(entry.endpoint) != intervalOf(endpoint);
    if (entry.host != host) {
        dequeue(id, entry);
        entry.host = host;
        enqueue(id, entry);
    }
    entry.endpoint = endpoint;
    if (endpoint.paused) {
        entry.generation = ++m_generation;
        dropOwed(id, entry);
    } else if (m_running && (!wasScheduled || intervalChanged)) {
        schedule(id, entry, now());
        armTimer();
    }
    dispatchWaiting();
}

void Scheduler::remove(qint64 endpointId)
{
    const auto it = m_entries.find(endpointId);
    if (it == m_entries.end())
        return;
    dropOwed(endpointId, *it);
    m_entries.erase(it);
}

void Scheduler::start()
{
    if (m_running)
        return;
    stop();
    m_running = true;
    const qint64 nowMs = now();
    const qint64 startupWindow = m_limits.startupWindowMs <= 0
        ? 0
        : std::max<qint64>(
              m_limits.startupWindowMs, m_entries.size() * 1000 / std::max(1, m_limits.startupChecksPerSecond));
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->endpoint.paused)
            continue;
        schedule(it.key(), *it, nowMs);
        scheduleStartupCheck(it.key(), *it, nowMs, startupWindow);
    }
    armTimer();
}

void Scheduler::stop()
{
    m_running = false;
    m_onceActive = false;
    m_timer.stop();
    m_due = {};
    dropWaiting();
}

void Scheduler::runAllOnce()
{
    stop();
    m_onceActive = true;
    m_onceRemaining = 0;
    const qint64 nowMs = now();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->endpoint.paused)
            continue;
        owe(it.key(), *it, nowMs);
        ++m_onceRemaining;
    }
    if (m_onceRemaining == 0)
        finishOnceRun();
    else
        dispatchWaiting();
}

bool Scheduler::checkNow(qint64 endpointId)
{
    const auto it = m_entries.find(endpointId);
    if (it == m_entries.end() || it->endpoint.paused || it->owedDueMs || m_inFlight.contains(endpointId))
        return false;
    owe(endpointId, *it, now());
    dispatchWaiting();
    return true;
}

void Scheduler::checkFinished(qint64 endpointId)
{
    const auto running = m_inFlight.constFind(endpointId);
    if (running == m_inFlight.cend())
        return;
    const InFlight finished = *running;
    m_inFlight.erase(running);
    --m_hosts[finished.host].inFlight;
    updateReady(finished.host);

    // A cycle that came due while this check ran has waited for it; now it may start.
    const auto it = m_entries.find(endpointId);
    if (it != m_entries.end())
        enqueue(endpointId, *it);

    if (finished.once && m_onceActive && --m_onceRemaining == 0)
        finishOnceRun();
    dispatchWaiting();
}

void Scheduler::dispatchDue()
{
    if (!m_running)
        return;
    const qint64 nowMs = now();
    while (!m_due.empty() && m_due.top().dueMs <= nowMs) {
        const Due due = m_due.top();
        m_due.pop();
        const auto it = m_entries.find(due.endpointId);
        if (it == m_entries.end() || it->generation != due.generation)
            continue;
        if (due.startup) {
            if (!it->owedDueMs && !m_inFlight.contains(due.endpointId))
                owe(due.endpointId, *it, due.dueMs);
            continue;
        }
        // After a stall (a suspended machine, a blocked event loop) several cycles may be due at
        // once; only the oldest is owed, the others are skipped.
        const qint64 interval = intervalOf(it->endpoint);
        const qint64 alsoDue = (nowMs - due.dueMs) / interval;
        qint64 skipped = alsoDue;
        if (it->owedDueMs)
            ++skipped;
        else
            owe(due.endpointId, *it, due.dueMs);
        if (skipped > 0)
            recordSkipped(nowMs, skipped);
        m_due.push(Due {.dueMs = due.dueMs + ((alsoDue + 1) * interval),
            .endpointId = due.endpointId,
            .generation = due.generation});
    }
    dispatchWaiting();
    armTimer();
}

std::optional<qint64> Scheduler::nextDueMs() const
{
    if (!m_running || m_due.empty())
        return std::nullopt;
    return m_due.top().dueMs;
}

SchedulerStatistics Scheduler::statistics() const
{
    const qint64 cutoff = now() - m_limits.statisticsWindowMs;
    SchedulerStatistics statistics;

    const auto firstDelay = std::partition_point(
        m_delays.cbegin(), m_delays.cend(), [cutoff](const auto &delay) { return delay.first <= cutoff; });
    std::vector<qint64> delays;
    delays.reserve(std::distance(firstDelay, m_delays.cend()));
    std::transform(
        firstDelay, m_delays.cend(), std::back_inserter(delays), [](const auto &delay) { return delay.second; });
    statistics.dispatched = qint64(delays.size());
    if (!delays.empty()) {
        statistics.delayMaxMs = *std::max_element(delays.cbegin(), delays.cend());
        statistics.delayP50Ms = percentile(delays, 50);
        statistics.delayP99Ms = percentile(delays, 99);
    }

    const auto firstSkip = std::partition_point(
        m_skips.cbegin(), m_skips.cend(), [cutoff](const auto &skip) { return skip.first <= cutoff; });
    for (auto it = firstSkip; it != m_skips.cend(); ++it)
        statistics.skippedCycles += it->second;

    statistics.totalDispatched = m_totalDispatched;
    statistics.totalSkippedCycles = m_totalSkipped;
    if (m_running) {
        statistics.scheduled = int(std::count_if(
            m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return !entry.endpoint.paused; }));
    }
    statistics.inFlight = int(m_inFlight.size());
    statistics.waiting = m_owed;
    return statistics;
}

qint64 Scheduler::phaseOf(qint64 endpointId, qint64 intervalMs)
{
    return qint64(mixed(quint64(endpointId)) % quint64(qMax<qint64>(1, intervalMs)));
}

int Scheduler::hostIndex(const QString &host)
{
    const auto it = m_hostIndex.constFind(host);
    if (it != m_hostIndex.cend())
        return *it;
    const int index = int(m_hosts.size());
    m_hosts.emplace_back();
    m_hostIndex.insert(host, index);
    return index;
}

qint64 Scheduler::intervalOf(const Endpoint &endpoint)
{
    return qMax<qint64>(Endpoint::minimumIntervalMs, endpoint.intervalMs);
}

void Scheduler::schedule(qint64 endpointId, Entry &entry, qint64 nowMs)
{
    // The first due time at or after now that lies on the endpoint's phase.
    const qint64 interval = intervalOf(entry.endpoint);
    const qint64 offset = (((phaseOf(endpointId, interval) - nowMs) % interval) + interval) % interval;
    entry.generation = ++m_generation;
    m_due.push(Due {.dueMs = nowMs + offset, .endpointId = endpointId, .generation = entry.generation});
}

void Scheduler::scheduleStartupCheck(qint64 endpointId, const Entry &entry, qint64 nowMs, qint64 windowMs)
{
    if (windowMs <= 0)
        return;
    // Spread by the same hash as the phases, so that a restart does not check in the same order.
    const qint64 dueMs = nowMs + phaseOf(endpointId, windowMs);
    const qint64 interval = intervalOf(entry.endpoint);
    const qint64 regularMs = nowMs + ((((phaseOf(endpointId, interval) - nowMs) % interval) + interval) % interval);
    // Only where it saves a real wait: never right before the regular turn.
    if (regularMs - dueMs < std::min<qint64>(windowMs, interval / 2))
        return;
    m_due.push(Due {.dueMs = dueMs, .endpointId = endpointId, .generation = entry.generation, .startup = true});
}

void Scheduler::owe(qint64 endpointId, Entry &entry, qint64 dueMs)
{
    entry.owedDueMs = dueMs;
    ++m_owed;
    enqueue(endpointId, entry);
}

void Scheduler::enqueue(qint64 endpointId, const Entry &entry)
{
    if (!entry.owedDueMs || m_inFlight.contains(endpointId))
        return;
    m_hosts[entry.host].waiting.emplace(*entry.owedDueMs, endpointId);
    updateReady(entry.host);
}

void Scheduler::dequeue(qint64 endpointId, const Entry &entry)
{
    if (!entry.owedDueMs || m_inFlight.contains(endpointId))
        return;
    m_hosts[entry.host].waiting.erase({*entry.owedDueMs, endpointId});
    updateReady(entry.host);
}

void Scheduler::dropOwed(qint64 endpointId, Entry &entry)
{
    if (!entry.owedDueMs)
        return;
    dequeue(endpointId, entry);
    entry.owedDueMs.reset();
    --m_owed;
    if (m_onceActive && --m_onceRemaining == 0)
        finishOnceRun();
}

void Scheduler::updateReady(int host)
{
    Host &state = m_hosts[host];
    if (state.readyKey) {
        m_readyHosts.erase({*state.readyKey, host});
        state.readyKey.reset();
    }
    if (!state.waiting.empty() && state.inFlight < m_limits.maxPerHost) {
        state.readyKey = state.waiting.begin()->first;
        m_readyHosts.emplace(*state.readyKey, host);
    }
}

void Scheduler::dispatchWaiting()
{
    // A starter that finishes at once calls checkFinished() from in here; this loop picks up the
    // slot it frees.
    if (m_dispatching)
        return;
    m_dispatching = true;
    while (m_inFlight.size() < m_limits.maxConcurrent && !m_readyHosts.empty()) {
        const int host = m_readyHosts.begin()->second;
        auto &waiting = m_hosts[host].waiting;
        const auto [dueMs, endpointId] = *waiting.begin();
        waiting.erase(waiting.begin());
        const auto it = m_entries.find(endpointId);
        Q_ASSERT(it != m_entries.end()); // remove() and stop() take endpoints out of the queues
        it->owedDueMs.reset();
        --m_owed;
        ++m_hosts[host].inFlight;
        m_inFlight.insert(endpointId, InFlight {.host = host, .once = m_onceActive});
        updateReady(host);

        const qint64 nowMs = now();
        const qint64 delay = nowMs - dueMs;
        m_delays.emplace_back(nowMs, delay);
        ++m_totalDispatched;
        pruneStatistics(nowMs);

        // A copy: the starter may change or remove the endpoint.
        const Endpoint endpoint = it->endpoint;
        m_startCheck(endpoint, m_clock.utcNow().addMSecs(-delay));
    }
    m_dispatching = false;
}

void Scheduler::dropWaiting()
{
    for (Entry &entry : m_entries)
        entry.owedDueMs.reset();
    for (Host &host : m_hosts) {
        host.waiting.clear();
        host.readyKey.reset();
    }
    m_readyHosts.clear();
    m_owed = 0;
}

void Scheduler::finishOnceRun()
{
    m_onceActive = false;
    // From the event loop, so that no caller is re-entered from a slot.
    QMetaObject::invokeMethod(this, &Scheduler::allChecksFinished, Qt::QueuedConnection);
}

void Scheduler::armTimer()
{
    while (!m_due.empty()) {
        const Due &due = m_due.top();
        const auto it = m_entries.constFind(due.endpointId);
        if (it != m_entries.cend() && it->generation == due.generation)
            break;
        m_due.pop();
    }
    if (!m_running || m_due.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 dueMs = m_due.top().dueMs;
    if (m_timer.isActive() && m_armedForMs <= dueMs)
        return;
    m_armedForMs = dueMs;
    m_timer.start(std::chrono::milliseconds(qMax<qint64>(0, dueMs - now())));
}

void Scheduler::recordSkipped(qint64 nowMs, qint64 cycles)
{
    m_skips.emplace_back(nowMs, cycles);
    m_totalSkipped += cycles;
    pruneStatistics(nowMs);
}

void Scheduler::pruneStatistics(qint64 nowMs)
{
    const qint64 cutoff = nowMs - m_limits.statisticsWindowMs;
    while (!m_delays.empty() && m_delays.front().first <= cutoff)
        m_delays.pop_front();
    while (!m_skips.empty() && m_skips.front().first <= cutoff)
        m_skips.pop_front();
}

} // namespace Leitstand
