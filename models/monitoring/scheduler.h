#pragma once

#include "monitoring/endpoint.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>
#include <queue>
#include <set>
#include <utility>
#include <vector>

namespace Leitstand {

struct SchedulerLimits
{
    // Checks in flight at once, over all endpoints: 2,000 checks a second of 250 ms each need 500.
    int maxConcurrent = 512;
    int maxPerHost = 4; // checks in flight at once against one Endpoint::host()
    int statisticsWindowMs = 60'000; // the sliding window of SchedulerStatistics
    // When > 0, an endpoint whose first turn after start() (or after being added) lies further
    // out is also checked once within this window, so that nobody looks at "unknown" for a whole
    // interval. The window grows to keep the extra checks under startupChecksPerSecond.
    int startupWindowMs = 0;
    int startupChecksPerSecond = 500;
};

struct SchedulerStatistics
{
    // Over the sliding window (SchedulerLimits::statisticsWindowMs). The delay of a check is its
    // start time minus its due time; the percentiles are nearest-rank and exact.
    qint64 dispatched = 0;
    qint64 delayP50Ms = 0;
    qint64 delayP99Ms = 0;
    qint64 delayMaxMs = 0;
    qint64 skippedCycles = 0;
    // Since the scheduler was made.
    qint64 totalDispatched = 0;
    qint64 totalSkippedCycles = 0;
    // Now.
    int scheduled = 0; // endpoints with a schedule: not paused, and the scheduler running
    int inFlight = 0;
    int waiting = 0; // due, but held back by a limit or by the endpoint's own previous check
};

// Where the scheduler gets its time. system() is the monotonic clock (QDeadlineTimer) and the UTC
// wall clock; tests pass fakes to drive time by hand.
struct SchedulerClock
{
    std::function<qint64()> monotonicMs; // never goes back; any origin
    std::function<QDateTime()> utcNow;

    static SchedulerClock system();
};

// Decides when each endpoint is checked, and hands due checks to a starter.
//
// - Each endpoint runs every Endpoint::intervalMs (at least Endpoint::minimumIntervalMs) at a fixed
//   rate: due times are phase + k * interval, so a late start does not shift later ones. The
//   phase is a hash of the endpoint id, which spreads the first runs of many endpoints evenly over
//   their interval and keeps each endpoint at the same offset across restarts of the scheduler.
// - At most SchedulerLimits::maxConcurrent checks are in flight, at most maxPerHost per
//   Endpoint::host(). Due checks beyond that wait, oldest due time first, and start as
//   checkFinished() frees slots.
// - Never more than one check of an endpoint is in flight, and never more than one waits: a cycle
//   that comes due while an older one of the same endpoint still waits or runs is skipped and
//   counted, so a machine that cannot keep up delays checks instead of piling them up. A waiting
//   check keeps its original due time, so its delay shows how long it really waited.
// - Paused endpoints are not scheduled.
//
// One priority queue of next due times and one timer serve any number of endpoints; dispatching
// costs O(log n). Not thread-safe: the scheduler lives in one thread, and checkFinished() is
// called there.
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    // Starts one check. It may call checkFinished() before it returns, and it may change the
    // scheduler's endpoints.
    using StartCheck = std::function<void(const Endpoint &endpoint, const QDateTime &dueAtUtc)>;

    explicit Scheduler(StartCheck startCheck, const SchedulerLimits &limits = {},
        SchedulerClock clock = SchedulerClock::system(), QObject *parent = nullptr);
    ~Scheduler() override;
    Q_DISABLE_COPY_MOVE(Scheduler)

    // Endpoints are told apart by Endpoint::id. Replacing the set keeps the schedule of endpoints
    // whose interval and paused flag did not change.
    void setEndpoints(const QList<Endpoint> &endpoints);
    void upsert(const Endpoint &endpoint);
    // A check of it that is in flight still has to be reported with checkFinished().
    void remove(qint64 endpointId);
    qsizetype endpointCount() const { return m_entries.size(); }

    // Runs the periodic schedule. start() cancels a runAllOnce() that has not finished; stop()
    // drops waiting checks, but checks in flight still have to be reported with checkFinished().
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Checks every endpoint that is not paused once, now, within the limits, and emits
    // allChecksFinished() when they all have finished (at once if there is nothing to check, from
    // the event loop). Stops the periodic schedule first.
    void runAllOnce();

    // Checks the endpoint now, out of turn (an operator asked), within the limits; its periodic
    // schedule stays as it is. False if it is unknown, paused, or a check of it already waits or runs.
    bool checkNow(qint64 endpointId);

    void checkFinished(qint64 endpointId);

    // Starts whatever is due by the clock. The timer calls it; tests with a fake clock call it
    // after moving the clock.
    void dispatchDue();
    // The earliest time dispatchDue() may have something to do (the clock's milliseconds), if
    // running. After upserts and removals it may be earlier than needed, never later.
    std::optional<qint64> nextDueMs() const;

    SchedulerStatistics statistics() const;

    // The offset of the endpoint's due times within its interval.
    static qint64 phaseOf(qint64 endpointId, qint64 intervalMs);

Q_SIGNALS:
    void allChecksFinished();

private:
    struct Entry
    {
        Endpoint endpoint;
        int host = 0; // index into m_hosts
        quint64 generation = 0; // due-queue items of another generation are stale
        std::optional<qint64> owedDueMs; // a cycle that is due and has not started
    };
    struct Host
    {
        int inFlight = 0;
        // Owed cycles of endpoints that have no check in flight: (due, endpoint id).
        std::set<std::pair<qint64, qint64>> waiting;
        std::optional<qint64> readyKey; // its key in m_readyHosts, if there
    };
    struct InFlight
    {
        int host = 0;
        bool once = false;
    };
    struct Due
    {
        qint64 dueMs = 0;
        qint64 endpointId = 0;
        quint64 generation = 0;
        bool startup = false; // an extra first check: it has no successor
        friend bool operator>(const Due &a, const Due &b) { return a.dueMs > b.dueMs; }
    };

    qint64 now() const { return m_clock.monotonicMs(); }
    int hostIndex(const QString &host);
    static qint64 intervalOf(const Endpoint &endpoint);
    void schedule(qint64 endpointId, Entry &entry, qint64 nowMs);
    void scheduleStartupCheck(qint64 endpointId, const Entry &entry, qint64 nowMs, qint64 windowMs);
    void owe(qint64 endpointId, Entry &entry, qint64 dueMs);
    void enqueue(qint64 endpointId, const Entry &entry);
    void dequeue(qint64 endpointId, const Entry &entry);
    void dropOwed(qint64 endpointId, Entry &entry);
    void updateReady(int host);
    void dispatchWaiting();
    void dropWaiting();
    void finishOnceRun();
    void armTimer();
    void recordSkipped(qint64 nowMs, qint64 cycles);
    void pruneStatistics(qint64 nowMs);

    const StartCheck m_startCheck;
    const SchedulerLimits m_limits;
    const SchedulerClock m_clock;
    QTimer m_timer;

    QHash<qint64, Entry> m_entries;
    QHash<QString, int> m_hostIndex;
    std::vector<Host> m_hosts;
    // Hosts with waiting checks and a free slot, by the due time of their oldest waiting check.
    std::set<std::pair<qint64, int>> m_readyHosts;
    QHash<qint64, InFlight> m_inFlight;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_due;
    quint64 m_generation = 0;
    int m_owed = 0;
    qint64 m_armedForMs = 0;
    bool m_running = false;
    bool m_dispatching = false;
    bool m_onceActive = false;
    int m_onceRemaining = 0;

    std::deque<std::pair<qint64, qint64>> m_delays; // (started at, delay)
    std::deque<std::pair<qint64, qint64>> m_skips; // (at, cycles)
    qint64 m_totalDispatched = 0;
    qint64 m_totalSkipped = 0;
};

} // namespace Leitstand
