#include "monitoring/scheduler.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

const QDateTime epoch(QDate(2025, 3, 1), QTime(0, 0), QTimeZone::UTC);

Endpoint endpointOn(qint64 id, const QString &host, int intervalMs)
{
    Endpoint endpoint;
    endpoint.id = id;
    endpoint.name = u"endpoint-%1"_s.arg(id);
    endpoint.service = u"test"_s;
    endpoint.kind = CheckKind::Https;
    endpoint.target = u"https://%1/health"_s.arg(host);
    endpoint.intervalMs = intervalMs;
    return endpoint;
}

// The first due time at or after startMs on the endpoint's phase, as the scheduler documents it.
qint64 firstDue(qint64 id, qint64 intervalMs, qint64 startMs)
{
    const qint64 phase = Scheduler::phaseOf(id, intervalMs);
    return startMs + ((((phase - startMs) % intervalMs) + intervalMs) % intervalMs);
}

// How many cycles of the endpoint came due in [startMs, nowMs].
qint64 cyclesDue(qint64 id, qint64 intervalMs, qint64 startMs, qint64 nowMs)
{
    const qint64 first = firstDue(id, intervalMs, startMs);
    return first > nowMs ? 0 : ((nowMs - first) / intervalMs) + 1;
}

// A scheduler on a fake clock with a fake starter: a discrete-event simulation that jumps from one
// due time or check end to the next, and watches the limits.
class Simulation final
{
public:
    explicit Simulation(const SchedulerLimits &limits = {})
        : scheduler([this](const Endpoint &endpoint, const QDateTime &dueAt) { started(endpoint, dueAt); }, limits,
              SchedulerClock {.monotonicMs = [this] { return now; },
                  .utcNow =
                      [this] {
                          return epoch.addMSecs(now);
                      }})
    {
    }

    struct Start
    {
        qint64 endpointId = 0;
        qint64 dueMs = 0;
        qint64 startedMs = 0;
        qint64 delayMs() const { return startedMs - dueMs; }
    };

    // Runs until the clock reads `endMs`, finishing checks and dispatching as they come.
    void runUntil(qint64 endMs)
    {
        for (;;) {
            std::optional<qint64> next = scheduler.nextDueMs();
            if (!finishing.empty())
                next = std::min(next.value_or(finishing.begin()->first), finishing.begin()->first);
            if (!next || *next > endMs)
                break;
            now = std::max(now, *next);
            while (!finishing.empty() && finishing.begin()->first <= now) {
                const qint64 id = finishing.begin()->second;
                finishing.erase(finishing.begin());
                finish(id);
            }
            scheduler.dispatchDue();
        }
        now = std::max(now, endMs);
    }

    QList<Start> startsOf(qint64 endpointId) const
    {
        QList<Start> result;
        std::copy_if(starts.cbegin(), starts.cend(), std::back_inserter(result),
            [endpointId](const Start &start) { return start.endpointId == endpointId; });
        return result;
    }

    qint64 now = 1'000'000; // any origin will do; not zero to catch mix-ups with durations
    std::function<qint64(const Endpoint &)> duration = [](const Endpoint &) {
        return 0;
    };
    bool finishSynchronously = false;
    QList<Start> starts;
    int inFlight = 0;
    int maxInFlight = 0;
    QHash<QString, int> inFlightPerHost;
    QHash<QString, int> maxInFlightPerHost;
    QHash<qint64, QString> hostOfRunning;
    int overlaps = 0; // starts of an endpoint that had a check in flight
    bool dueAtNotUtc = false;
    std::multimap<qint64, qint64> finishing; // end time -> endpoint id
    Scheduler scheduler; // last: its starter uses the members above

private:
    void started(const Endpoint &endpoint, const QDateTime &dueAt)
    {
        dueAtNotUtc = dueAtNotUtc || dueAt.timeSpec() != Qt::UTC;
        starts.append(Start {.endpointId = endpoint.id, .dueMs = epoch.msecsTo(dueAt), .startedMs = now});
        if (hostOfRunning.contains(endpoint.id))
            ++overlaps;
        const QString host = endpoint.host();
        hostOfRunning.insert(endpoint.id, host);
        maxInFlight = std::max(maxInFlight, ++inFlight);
        maxInFlightPerHost[host] = std::max(maxInFlightPerHost.value(host), ++inFlightPerHost[host]);
        if (finishSynchronously)
            finish(endpoint.id);
        else
            finishing.emplace(now + duration(endpoint), endpoint.id);
    }

    void finish(qint64 id)
    {
        --inFlight;
        --inFlightPerHost[hostOfRunning.take(id)];
        scheduler.checkFinished(id);
    }
};

} // namespace

class TestScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunsAreSpreadOverTheInterval()
    {
        constexpr int count = 1000;
        constexpr int interval = 60'000;
        Simulation simulation({.maxConcurrent = count, .maxPerHost = count, .statisticsWindowMs = 60'000});
        QList<Endpoint> endpoints;
        for (int id = 1; id <= count; ++id)
            endpoints << endpointOn(id, u"host%1.example.de"_s.arg(id), interval);
        simulation.scheduler.setEndpoints(endpoints);
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        simulation.runUntil(startMs + interval - 1);

        QCOMPARE(simulation.starts.size(), count);
        QList<int> perSecond(interval / 1000, 0);
        QSet<qint64> seen;
        for (const auto &start : std::as_const(simulation.starts)) {
            QVERIFY(start.dueMs >= startMs);
            QVERIFY(start.dueMs < startMs + interval);
            QCOMPARE(start.delayMs(), 0);
            QCOMPARE(start.dueMs, firstDue(start.endpointId, interval, startMs));
            ++perSecond[(start.dueMs - startMs) / 1000];
            seen.insert(start.endpointId);
        }
        QCOMPARE(seen.size(), count);
        const int average = count / perSecond.size();
        const int busiest = *std::max_element(perSecond.cbegin(), perSecond.cend());
        QVERIFY2(busiest <= 3 * average, qPrintable(u"%1 first runs in one second"_s.arg(busiest)));
        const int emptiest = *std::min_element(perSecond.cbegin(), perSecond.cend());
        QVERIFY2(emptiest > 0, "a second without any first run");
    }

    void phaseIsStablePerEndpoint()
    {
        // The same endpoint lands on the same offset within its interval whenever it is started.
        for (const qint64 startMs : {qint64(0), qint64(12'345), qint64(987'654'321)}) {
            Simulation simulation;
            simulation.now = startMs;
            simulation.scheduler.upsert(endpointOn(42, u"a.example.de"_s, 30'000));
            simulation.scheduler.start();
            simulation.runUntil(startMs + 30'000);
            QVERIFY(!simulation.starts.isEmpty());
            QCOMPARE(simulation.starts.first().dueMs % 30'000, Scheduler::phaseOf(42, 30'000));
        }
        QVERIFY(Scheduler::phaseOf(1, 60'000) != Scheduler::phaseOf(2, 60'000));
    }

    void intervalIsRespected_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("durationMs");
        QTest::addColumn<int>("expectedSpacingMs");

        QTest::addRow("1 s, instant") << 1000 << 0 << 1000;
        QTest::addRow("5 s, half the interval") << 5000 << 2500 << 5000;
        QTest::addRow("odd interval") << 90'001 << 10'000 << 90'001;
        QTest::addRow("just under the interval") << 3000 << 2999 << 3000;
        QTest::addRow("below the minimum") << 10 << 0 << Endpoint::minimumIntervalMs;
    }

    void intervalIsRespected()
    {
        QFETCH(int, intervalMs);
        QFETCH(int, durationMs);
        QFETCH(int, expectedSpacingMs);

        Simulation simulation;
        simulation.duration = [durationMs](const Endpoint &) {
            return durationMs;
        };
        simulation.scheduler.upsert(endpointOn(7, u"a.example.de"_s, intervalMs));
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        simulation.runUntil(startMs + (qint64(10) * expectedSpacingMs) - 1);

        QCOMPARE(simulation.starts.size(), 10);
        for (qsizetype i = 0; i < simulation.starts.size(); ++i) {
            QCOMPARE(simulation.starts.at(i).delayMs(), 0);
            if (i > 0)
                QCOMPARE(simulation.starts.at(i).dueMs - simulation.starts.at(i - 1).dueMs, expectedSpacingMs);
        }
        QVERIFY(!simulation.dueAtNotUtc);
        QCOMPARE(simulation.scheduler.statistics().totalSkippedCycles, 0);
    }

    void lateTicksDoNotAccumulateDrift()
    {
        // The timer may fire late; due times stay on the grid, so late starts do not add up.
        Simulation simulation;
        simulation.scheduler.upsert(endpointOn(3, u"a.example.de"_s, 1000));
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        while (simulation.now < startMs + 100'000) {
            simulation.now += 370;
            simulation.scheduler.dispatchDue();
            while (!simulation.finishing.empty())
                simulation.runUntil(simulation.now);
        }

        const qint64 first = firstDue(3, 1000, startMs);
        QCOMPARE(simulation.starts.size(), cyclesDue(3, 1000, startMs, simulation.now));
        for (qsizetype i = 0; i < simulation.starts.size(); ++i) {
            QCOMPARE(simulation.starts.at(i).dueMs, first + (i * 1000));
            QVERIFY(simulation.starts.at(i).delayMs() >= 0);
            QVERIFY(simulation.starts.at(i).delayMs() < 370);
        }
        QCOMPARE(simulation.scheduler.statistics().totalSkippedCycles, 0);
    }

    void globalLimitIsNeverExceeded()
    {
        constexpr int count = 200;
        constexpr int interval = 10'000;
        Simulation simulation({.maxConcurrent = 20, .maxPerHost = 100, .statisticsWindowMs = 600'000});
        simulation.duration = [](const Endpoint &) {
            return 3000;
        };
        for (int id = 1; id <= count; ++id)
            simulation.scheduler.upsert(endpointOn(id, u"host%1.example.de"_s.arg(id), interval));
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        simulation.runUntil(startMs + 60'000);

        QCOMPARE(simulation.maxInFlight, 20);
        QCOMPARE(simulation.overlaps, 0);
        const SchedulerStatistics statistics = simulation.scheduler.statistics();
        QVERIFY(statistics.totalSkippedCycles > 0);
        QVERIFY(statistics.delayMaxMs > 0);
        QCOMPARE(statistics.inFlight, simulation.inFlight);
        // Every cycle that came due was started, skipped, or is waiting.
        qint64 due = 0;
        for (int id = 1; id <= count; ++id)
            due += cyclesDue(id, interval, startMs, simulation.now);
        QCOMPARE(statistics.totalDispatched + statistics.totalSkippedCycles + statistics.waiting, due);
        QCOMPARE(statistics.totalDispatched, simulation.starts.size());
    }

    void perHostLimitIsNeverExceeded()
    {
        constexpr int interval = 10'000;
        Simulation simulation({.maxConcurrent = 100, .maxPerHost = 2, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &) {
            return 2000;
        };
        for (int id = 1; id <= 60; ++id)
            simulation.scheduler.upsert(
                endpointOn(id, id % 2 ? u"busy-a.example.de"_s : u"BUSY-B.example.de"_s, interval));
        // A host with room is not held up by the full ones.
        simulation.scheduler.upsert(endpointOn(100, u"quiet.example.de"_s, interval));
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        simulation.runUntil(startMs + 60'000);

        QCOMPARE(simulation.maxInFlightPerHost.value(u"busy-a.example.de"_s), 2);
        QCOMPARE(simulation.maxInFlightPerHost.value(u"busy-b.example.de"_s), 2);
        QCOMPARE(simulation.maxInFlightPerHost.value(u"quiet.example.de"_s), 1);
        QVERIFY(simulation.maxInFlight <= 5);
        QCOMPARE(simulation.overlaps, 0);
        const auto quiet = simulation.startsOf(100);
        QCOMPARE(quiet.size(), cyclesDue(100, interval, startMs, simulation.now));
        for (const auto &start : quiet)
            QCOMPARE(start.delayMs(), 0);
        QVERIFY(simulation.scheduler.statistics().totalSkippedCycles > 0);
    }

    void waitingChecksStartOldestFirst()
    {
        Simulation simulation({.maxConcurrent = 1, .maxPerHost = 1, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &) {
            return 500;
        };
        for (int id = 1; id <= 50; ++id)
            simulation.scheduler.upsert(endpointOn(id, u"host%1.example.de"_s.arg(id % 3), 60'000));
        simulation.scheduler.start();
        simulation.runUntil(simulation.now + 120'000);

        QVERIFY(simulation.starts.size() >= 50);
        for (qsizetype i = 1; i < simulation.starts.size(); ++i)
            QVERIFY(simulation.starts.at(i - 1).dueMs <= simulation.starts.at(i).dueMs);
    }

    void slowChecksAreDelayedAndSkippedNeverStacked()
    {
        constexpr int interval = 1000;
        Simulation simulation;
        simulation.duration = [](const Endpoint &) {
            return 2500;
        };
        simulation.scheduler.upsert(endpointOn(5, u"slow.example.de"_s, interval));
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        const qint64 first = firstDue(5, interval, startMs);

        simulation.runUntil(first + 2499);
        QCOMPARE(simulation.starts.size(), 1);
        SchedulerStatistics statistics = simulation.scheduler.statistics();
        QCOMPARE(statistics.waiting, 1); // the cycle at first + 1000
        QCOMPARE(statistics.totalSkippedCycles, 1); // the cycle at first + 2000

        simulation.runUntil(first + 2500);
        QCOMPARE(simulation.starts.size(), 2);
        QCOMPARE(simulation.starts.at(1).dueMs, first + 1000);
        QCOMPARE(simulation.starts.at(1).delayMs(), 1500);

        simulation.runUntil(first + 60'000);
        QCOMPARE(simulation.overlaps, 0);
        QVERIFY(simulation.maxInFlight == 1);
        for (const auto &start : std::as_const(simulation.starts))
            QVERIFY(start.delayMs() <= 2500);
        statistics = simulation.scheduler.statistics();
        QVERIFY(statistics.totalSkippedCycles > 20);
        QCOMPARE(statistics.totalDispatched + statistics.totalSkippedCycles + statistics.waiting,
            cyclesDue(5, interval, startMs, simulation.now));
    }

    void stallSkipsMissedCycles()
    {
        Simulation simulation;
        simulation.scheduler.upsert(endpointOn(9, u"a.example.de"_s, 1000));
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        const qint64 first = firstDue(9, 1000, startMs);

        // The event loop was blocked for ten and a half intervals.
        simulation.now = first + 10'500;
        simulation.scheduler.dispatchDue();
        QCOMPARE(simulation.starts.size(), 1);
        QCOMPARE(simulation.starts.first().dueMs, first);
        QCOMPARE(simulation.starts.first().delayMs(), 10'500);
        const SchedulerStatistics statistics = simulation.scheduler.statistics();
        QCOMPARE(statistics.totalSkippedCycles, 10);
        QCOMPARE(statistics.skippedCycles, 10);
        QCOMPARE(simulation.scheduler.nextDueMs().value_or(-1), first + 11'000);
    }

    void delayStatistics()
    {
        Simulation simulation({.maxConcurrent = 1, .maxPerHost = 4, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &) {
            return 100;
        };
        for (int id = 1; id <= 10; ++id)
            simulation.scheduler.upsert(endpointOn(id, u"host%1.example.de"_s.arg(id), 60'000));
        QSignalSpy finished(&simulation.scheduler, &Scheduler::allChecksFinished);
        simulation.scheduler.runAllOnce();
        simulation.runUntil(simulation.now + 10'000);
        QTRY_COMPARE(finished.count(), 1);

        // One slot, 100 ms each: delays 0, 100, ..., 900.
        SchedulerStatistics statistics = simulation.scheduler.statistics();
        QCOMPARE(statistics.dispatched, 10);
        QCOMPARE(statistics.delayP50Ms, 400);
        QCOMPARE(statistics.delayP99Ms, 900);
        QCOMPARE(statistics.delayMaxMs, 900);
        QCOMPARE(statistics.skippedCycles, 0);

        // The window slides: the dispatches leave it, the totals stay.
        simulation.now += 60'000;
        statistics = simulation.scheduler.statistics();
        QCOMPARE(statistics.dispatched, 0);
        QCOMPARE(statistics.delayP99Ms, 0);
        QCOMPARE(statistics.delayMaxMs, 0);
        QCOMPARE(statistics.totalDispatched, 10);
    }

    void percentilesAreNearestRank_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("p50");
        QTest::addColumn<qint64>("p99");

        // With one slot and 10 ms checks the delays are 0, 10, 20, ...
        QTest::addRow("one") << 1 << qint64(0) << qint64(0);
        QTest::addRow("two") << 2 << qint64(0) << qint64(10);
        QTest::addRow("hundred") << 100 << qint64(490) << qint64(980);
        QTest::addRow("two hundred") << 200 << qint64(990) << qint64(1970);
    }

    void percentilesAreNearestRank()
    {
        QFETCH(int, count);
        QFETCH(qint64, p50);
        QFETCH(qint64, p99);

        Simulation simulation({.maxConcurrent = 1, .maxPerHost = 1, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &) {
            return 10;
        };
        for (int id = 1; id <= count; ++id)
            simulation.scheduler.upsert(endpointOn(id, u"h.example.de"_s, 60'000));
        simulation.scheduler.runAllOnce();
        simulation.runUntil(simulation.now + 10'000);
        const SchedulerStatistics statistics = simulation.scheduler.statistics();
        QCOMPARE(statistics.dispatched, count);
        QCOMPARE(statistics.delayP50Ms, p50);
        QCOMPARE(statistics.delayP99Ms, p99);
        QCOMPARE(statistics.delayMaxMs, qint64(10) * (count - 1));
    }

    void pausedEndpointsAreNeverDispatched()
    {
        Simulation simulation;
        simulation.duration = [](const Endpoint &) {
            return 100;
        };
        for (int id = 1; id <= 10; ++id) {
            Endpoint endpoint = endpointOn(id, u"host%1.example.de"_s.arg(id), 1000);
            endpoint.paused = id % 2 == 0;
            simulation.scheduler.upsert(endpoint);
        }
        simulation.scheduler.start();
        simulation.runUntil(simulation.now + 10'000);
        for (const auto &start : std::as_const(simulation.starts))
            QVERIFY(start.endpointId % 2 == 1);
        QCOMPARE(simulation.scheduler.statistics().scheduled, 5);

        // Resuming one schedules it; pausing another stops it.
        simulation.scheduler.upsert(endpointOn(2, u"host2.example.de"_s, 1000));
        Endpoint paused = endpointOn(1, u"host1.example.de"_s, 1000);
        paused.paused = true;
        simulation.scheduler.upsert(paused);
        const qsizetype before = simulation.starts.size();
        const qint64 resumedAt = simulation.now;
        simulation.runUntil(simulation.now + 10'000);
        const auto later = simulation.starts.mid(before);
        QVERIFY(std::none_of(later.cbegin(), later.cend(), [](const auto &start) { return start.endpointId == 1; }));
        QCOMPARE(simulation.startsOf(2).size(), cyclesDue(2, 1000, resumedAt, simulation.now));
        QVERIFY(simulation.startsOf(2).first().dueMs >= resumedAt);

        simulation.starts.clear();
        simulation.scheduler.runAllOnce();
        simulation.runUntil(simulation.now + 10'000);
        QSet<qint64> once;
        for (const auto &start : std::as_const(simulation.starts))
            once.insert(start.endpointId);
        QCOMPARE(simulation.starts.size(), 5);
        QCOMPARE(once, (QSet<qint64> {2, 3, 5, 7, 9}));
    }

    // With a start-up window, every endpoint is checked within it (once), and then on its phase.
    void startupChecksComeWithinTheWindow()
    {
        SchedulerLimits limits;
        limits.startupWindowMs = 5'000;
        limits.startupChecksPerSecond = 1'000'000;
        Simulation simulation(limits);
        simulation.duration = [](const Endpoint &) {
            return 100;
        };
        const qint64 interval = 300'000;
        for (int id = 1; id <= 200; ++id)
            simulation.scheduler.upsert(endpointOn(id, u"h%1.example.de"_s.arg(id), interval));
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        simulation.runUntil(startMs + 5'000);
        QSet<qint64> checked;
        for (const auto &start : std::as_const(simulation.starts))
            checked.insert(start.endpointId);
        QCOMPARE(checked.size(), 200);

        // Afterwards each runs on its phase, with one extra run at most, and never two at once.
        simulation.runUntil(startMs + 3 * interval);
        for (qint64 id = 1; id <= 200; ++id) {
            const auto starts = simulation.startsOf(id);
            const qint64 regular = cyclesDue(id, interval, startMs, simulation.now);
            QVERIFY(starts.size() == regular || starts.size() == regular + 1);
            QCOMPARE(starts.constLast().dueMs % interval, firstDue(id, interval, startMs) % interval);
        }
        QCOMPARE(simulation.overlaps, 0);

        // An endpoint added while running gets its start-up check too.
        simulation.scheduler.upsert(endpointOn(999, u"new.example.de"_s, interval));
        const qint64 addedMs = simulation.now;
        simulation.runUntil(addedMs + 5'000);
        QVERIFY(!simulation.startsOf(999).isEmpty());
    }

    void checkNowRunsOutOfTurnWithoutShiftingTheSchedule()
    {
        Simulation simulation;
        simulation.duration = [](const Endpoint &) {
            return 2000;
        };
        const qint64 interval = 60'000;
        simulation.scheduler.upsert(endpointOn(1, u"a.example.de"_s, interval));
        Endpoint paused = endpointOn(2, u"b.example.de"_s, interval);
        paused.paused = true;
        simulation.scheduler.upsert(paused);
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();

        // Halfway between two periodic runs, so that the out-of-turn one cannot meet them.
        const qint64 first = firstDue(1, interval, startMs);
        simulation.runUntil(first + interval / 2);
        QCOMPARE(simulation.starts.size(), 1);
        QVERIFY(simulation.scheduler.checkNow(1));
        QCOMPARE(simulation.starts.size(), 2);
        QCOMPARE(simulation.starts.last().startedMs, first + interval / 2);
        QVERIFY(!simulation.scheduler.checkNow(1)); // in flight: not twice
        QVERIFY(!simulation.scheduler.checkNow(2)); // paused
        QVERIFY(!simulation.scheduler.checkNow(99)); // unknown

        simulation.runUntil(startMs + 4 * interval);
        // The periodic runs keep their phase after the extra one.
        const auto starts = simulation.startsOf(1);
        QCOMPARE(starts.size(), 1 + cyclesDue(1, interval, startMs, simulation.now));
        QCOMPARE(starts.at(2).dueMs, first + interval);
        QCOMPARE(starts.at(2).startedMs, first + interval);
        QCOMPARE(simulation.overlaps, 0);
    }

    void pausingDropsAWaitingCheck()
    {
        Simulation simulation({.maxConcurrent = 1, .maxPerHost = 1, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &) {
            return 5000;
        };
        simulation.scheduler.upsert(endpointOn(1, u"a.example.de"_s, 60'000));
        simulation.scheduler.upsert(endpointOn(2, u"b.example.de"_s, 60'000));
        simulation.scheduler.runAllOnce();
        QCOMPARE(simulation.starts.size(), 1);
        QCOMPARE(simulation.scheduler.statistics().waiting, 1);
        const qint64 waitingId = simulation.starts.first().endpointId == 1 ? 2 : 1;
        Endpoint paused = endpointOn(waitingId, waitingId == 1 ? u"a.example.de"_s : u"b.example.de"_s, 60'000);
        paused.paused = true;
        QSignalSpy finished(&simulation.scheduler, &Scheduler::allChecksFinished);
        simulation.scheduler.upsert(paused);
        QCOMPARE(simulation.scheduler.statistics().waiting, 0);
        simulation.runUntil(simulation.now + 10'000);
        QCOMPARE(simulation.starts.size(), 1);
        QTRY_COMPARE(finished.count(), 1);
    }

    void endpointsChangeWhileRunning()
    {
        constexpr int interval = 2000;
        Simulation simulation;
        simulation.duration = [](const Endpoint &) {
            return 1500;
        };
        simulation.scheduler.setEndpoints(
            {endpointOn(1, u"a.example.de"_s, interval), endpointOn(2, u"b.example.de"_s, interval)});
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        simulation.runUntil(startMs + 10'000);
        QCOMPARE(simulation.startsOf(1).size(), cyclesDue(1, interval, startMs, simulation.now));

        // Added: runs on its own phase from now on.
        const qint64 addedAt = simulation.now;
        simulation.scheduler.upsert(endpointOn(3, u"c.example.de"_s, interval));
        simulation.runUntil(addedAt + 10'000);
        QCOMPARE(simulation.startsOf(3).size(), cyclesDue(3, interval, addedAt, simulation.now));
        QCOMPARE(simulation.startsOf(3).first().dueMs, firstDue(3, interval, addedAt));

        // Removed while its check is in flight: no more starts, and finishing it later is harmless.
        simulation.runUntil(firstDue(2, interval, simulation.now));
        QVERIFY(simulation.hostOfRunning.contains(2));
        simulation.scheduler.remove(2);
        const qsizetype startsOf2 = simulation.startsOf(2).size();
        simulation.runUntil(simulation.now + 10'000);
        QCOMPARE(simulation.startsOf(2).size(), startsOf2);
        QCOMPARE(simulation.scheduler.endpointCount(), 2);

        // Re-added while an old check still runs: the new one waits for it.
        simulation.runUntil(firstDue(1, interval, simulation.now));
        QVERIFY(simulation.hostOfRunning.contains(1));
        simulation.scheduler.remove(1);
        simulation.scheduler.upsert(endpointOn(1, u"a.example.de"_s, interval));
        simulation.runUntil(simulation.now + 10'000);
        QCOMPARE(simulation.overlaps, 0);

        // Replacing the set keeps an unchanged endpoint on its grid and reschedules a changed one.
        const qint64 replacedAt = simulation.now;
        const qsizetype startsOf3 = simulation.startsOf(3).size();
        simulation.scheduler.setEndpoints(
            {endpointOn(3, u"c.example.de"_s, interval), endpointOn(1, u"a.example.de"_s, 3 * interval)});
        simulation.runUntil(replacedAt + 12'000);
        const auto later3 = simulation.startsOf(3).mid(startsOf3);
        QCOMPARE(later3.size(), 6);
        for (const auto &start : later3)
            QCOMPARE((start.dueMs - Scheduler::phaseOf(3, interval)) % interval, 0);
        const auto later1 = simulation.startsOf(1);
        QCOMPARE(later1.last().dueMs % (3 * interval), Scheduler::phaseOf(1, 3 * interval));
        QCOMPARE(simulation.scheduler.endpointCount(), 2);
        QCOMPARE(simulation.overlaps, 0);
    }

    void hostChangeMovesAWaitingCheck()
    {
        Simulation simulation({.maxConcurrent = 10, .maxPerHost = 1, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &) {
            return 5000;
        };
        simulation.scheduler.upsert(endpointOn(1, u"a.example.de"_s, 60'000));
        simulation.scheduler.upsert(endpointOn(2, u"a.example.de"_s, 60'000));
        simulation.scheduler.runAllOnce();
        QCOMPARE(simulation.starts.size(), 1);
        const qint64 waitingId = simulation.starts.first().endpointId == 1 ? 2 : 1;
        simulation.scheduler.upsert(endpointOn(waitingId, u"b.example.de"_s, 60'000));
        QCOMPARE(simulation.starts.size(), 2);
        QCOMPARE(simulation.starts.last().endpointId, waitingId);
        QCOMPARE(simulation.maxInFlightPerHost.value(u"a.example.de"_s), 1);
    }

    void runAllOnce()
    {
        Simulation simulation({.maxConcurrent = 4, .maxPerHost = 3, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &endpoint) {
            return 100 + (endpoint.id * 37 % 400);
        };
        for (int id = 1; id <= 20; ++id) {
            Endpoint endpoint = endpointOn(id, id % 2 ? u"odd.example.de"_s : u"even.example.de"_s, 60'000);
            endpoint.paused = id == 7 || id == 8;
            simulation.scheduler.upsert(endpoint);
        }
        QSignalSpy finished(&simulation.scheduler, &Scheduler::allChecksFinished);
        simulation.scheduler.runAllOnce();
        QVERIFY(!simulation.scheduler.isRunning());
        simulation.runUntil(simulation.now + 60'000);
        QTRY_COMPARE(finished.count(), 1);

        QCOMPARE(simulation.starts.size(), 18);
        QSet<qint64> ids;
        for (const auto &start : std::as_const(simulation.starts))
            ids.insert(start.endpointId);
        QCOMPARE(ids.size(), 18);
        QVERIFY(!ids.contains(7) && !ids.contains(8));
        QVERIFY(simulation.maxInFlight <= 4);
        QCOMPARE(simulation.maxInFlightPerHost.value(u"odd.example.de"_s), 3);
        QCOMPARE(simulation.maxInFlightPerHost.value(u"even.example.de"_s), 3);
        QVERIFY(!simulation.scheduler.nextDueMs());
        QTest::qWait(10);
        QCOMPARE(finished.count(), 1);
    }

    void runAllOnceWaitsForChecksAlreadyRunning()
    {
        Simulation simulation;
        simulation.duration = [](const Endpoint &) {
            return 5000;
        };
        simulation.scheduler.upsert(endpointOn(1, u"a.example.de"_s, 1000));
        simulation.scheduler.start();
        simulation.runUntil(firstDue(1, 1000, simulation.now));
        QCOMPARE(simulation.starts.size(), 1);

        QSignalSpy finished(&simulation.scheduler, &Scheduler::allChecksFinished);
        simulation.scheduler.runAllOnce();
        QCOMPARE(simulation.starts.size(), 1); // the periodic check still runs
        simulation.runUntil(simulation.now + 4999);
        QCOMPARE(simulation.starts.size(), 1);
        simulation.runUntil(simulation.now + 1);
        QCOMPARE(simulation.starts.size(), 2);
        QCOMPARE(simulation.overlaps, 0);
        QCOMPARE(finished.count(), 0);
        simulation.runUntil(simulation.now + 5000);
        QTRY_COMPARE(finished.count(), 1);
    }

    void runAllOnceWithNothingToCheck()
    {
        Simulation simulation;
        Endpoint paused = endpointOn(1, u"a.example.de"_s, 1000);
        paused.paused = true;
        simulation.scheduler.upsert(paused);
        QSignalSpy finished(&simulation.scheduler, &Scheduler::allChecksFinished);
        simulation.scheduler.runAllOnce();
        QCOMPARE(finished.count(), 0); // from the event loop, not from inside the call
        QVERIFY(finished.wait(5000));
        QCOMPARE(simulation.starts.size(), 0);
    }

    void starterMayFinishAtOnce()
    {
        Simulation simulation({.maxConcurrent = 1, .maxPerHost = 1, .statisticsWindowMs = 60'000});
        simulation.finishSynchronously = true;
        for (int id = 1; id <= 100; ++id)
            simulation.scheduler.upsert(endpointOn(id, u"a.example.de"_s, 1000));
        QSignalSpy finished(&simulation.scheduler, &Scheduler::allChecksFinished);
        simulation.scheduler.runAllOnce();
        QCOMPARE(simulation.starts.size(), 100);
        QCOMPARE(simulation.inFlight, 0);
        QTRY_COMPARE(finished.count(), 1);

        simulation.starts.clear();
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        simulation.runUntil(startMs + 5000);
        qint64 due = 0;
        for (int id = 1; id <= 100; ++id)
            due += cyclesDue(id, 1000, startMs, simulation.now);
        QCOMPARE(simulation.starts.size(), due);
        QCOMPARE(simulation.maxInFlight, 1);
        QCOMPARE(simulation.scheduler.statistics().totalSkippedCycles, 0);
    }

    void stopDropsWaitingChecks()
    {
        Simulation simulation({.maxConcurrent = 1, .maxPerHost = 1, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &) {
            return 3000;
        };
        for (int id = 1; id <= 5; ++id)
            simulation.scheduler.upsert(endpointOn(id, u"a.example.de"_s, 1000));
        simulation.scheduler.start();
        simulation.runUntil(simulation.now + 1000);
        QVERIFY(simulation.scheduler.statistics().waiting > 0);
        simulation.scheduler.stop();
        QCOMPARE(simulation.scheduler.statistics().waiting, 0);
        QCOMPARE(simulation.scheduler.statistics().scheduled, 0);
        const qsizetype before = simulation.starts.size();
        simulation.runUntil(simulation.now + 10'000);
        QCOMPARE(simulation.starts.size(), before);
        QCOMPARE(simulation.inFlight, 0);
        QCOMPARE(simulation.scheduler.statistics().inFlight, 0);
    }

    void tenThousandEndpointsKeepUp()
    {
        // 2,000 dispatches a second on 500 hosts.
        constexpr int count = 10'000;
        constexpr int interval = 5000;
        Simulation simulation({.maxConcurrent = 1000, .maxPerHost = 20, .statisticsWindowMs = 60'000});
        simulation.duration = [](const Endpoint &endpoint) {
            return 50 + (endpoint.id % 300);
        };
        QList<Endpoint> endpoints;
        endpoints.reserve(count);
        for (int id = 1; id <= count; ++id)
            endpoints << endpointOn(id, u"host%1.example.de"_s.arg(id % 500), interval);
        simulation.scheduler.setEndpoints(endpoints);
        const qint64 startMs = simulation.now;
        simulation.scheduler.start();
        simulation.runUntil(startMs + 30'000);

        const SchedulerStatistics statistics = simulation.scheduler.statistics();
        qint64 due = 0;
        for (int id = 1; id <= count; ++id)
            due += cyclesDue(id, interval, startMs, simulation.now);
        QCOMPARE(statistics.totalDispatched, due);
        QCOMPARE(statistics.totalSkippedCycles, 0);
        QCOMPARE(statistics.delayMaxMs, 0);
        QCOMPARE(statistics.scheduled, count);
        QCOMPARE(simulation.overlaps, 0);
        QVERIFY(simulation.maxInFlight <= 1000);
    }

    void realTimerDrivesTheSystemClock()
    {
        int started = 0;
        Scheduler scheduler([&started](const Endpoint &, const QDateTime &) { ++started; });
        scheduler.upsert(endpointOn(1, u"a.example.de"_s, Endpoint::minimumIntervalMs));
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(started >= 1, 10'000);
        scheduler.checkFinished(1);
        QTRY_VERIFY_WITH_TIMEOUT(started >= 2, 10'000);
        scheduler.stop();
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
