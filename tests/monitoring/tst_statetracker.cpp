#include "monitoring/statetracker.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

const QDateTime base(QDate(2025, 3, 1), QTime(8, 0), QTimeZone::UTC);
constexpr qint64 endpointId = 7;

CheckResult result(EndpointState status, const QDateTime &at)
{
    CheckResult result;
    result.endpointId = endpointId;
    result.dueAt = at;
    result.startedAt = at;
    result.finishedAt = at;
    result.status = status;
    if (status == EndpointState::Down) {
        result.error = CheckError::Timeout;
        result.detail = u"no answer within 10 s"_s;
    }
    return result;
}

// The status of a result step; none for other steps.
std::optional<EndpointState> resultStatus(const QString &token)
{
    static const QHash<QString, EndpointState> statuses {
        {u"up"_s, EndpointState::Up},
        {u"deg"_s, EndpointState::Degraded},
        {u"down"_s, EndpointState::Down},
        {u"none"_s, EndpointState::Unknown},
    };
    const auto it = statuses.constFind(token);
    return it == statuses.cend() ? std::nullopt : std::optional(*it);
}

Endpoint endpointWith(int confirmationsDown, int confirmationsUp)
{
    Endpoint endpoint;
    endpoint.id = endpointId;
    endpoint.name = u"portal"_s;
    endpoint.target = u"https://portal.example.de/"_s;
    endpoint.confirmationsDown = confirmationsDown;
    endpoint.confirmationsUp = confirmationsUp;
    return endpoint;
}

} // namespace

class TestStateTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Steps: up, deg, down and none are results (none has status Unknown, which is no outcome);
    // maint and /maint enter and leave a maintenance window; pause and resume upsert the endpoint
    // with the paused flag. After each step the shown state is recorded; transitions are written
    // "step:from>to".
    void sequences_data()
    {
        QTest::addColumn<int>("confirmationsDown");
        QTest::addColumn<int>("confirmationsUp");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QString>("states");
        QTest::addColumn<QStringList>("transitions");

        QTest::addRow("no steps") << 3 << 1 << QString() << QString() << QStringList();
        QTest::addRow("down after three failures") //
            << 3 << 1 << u"up down down down up"_s << u"up up up down up"_s
            << QStringList {u"0:unknown>up"_s, u"3:up>down"_s, u"4:down>up"_s};
        QTest::addRow("confirmations 1") //
            << 1 << 1 << u"up down up down"_s << u"up down up down"_s
            << QStringList {u"0:unknown>up"_s, u"1:up>down"_s, u"2:down>up"_s, u"3:up>down"_s};
        QTest::addRow("new endpoint failing stays unknown until confirmed") //
            << 3 << 1 << u"down down down"_s << u"unknown unknown down"_s << QStringList {u"2:unknown>down"_s};
        QTest::addRow("first pass is up at once despite confirmationsUp") //
            << 3 << 3 << u"up"_s << u"up"_s << QStringList {u"0:unknown>up"_s};
        QTest::addRow("recovery needs confirmationsUp passes") //
            << 1 << 3 << u"down up up up"_s << u"down down down up"_s
            << QStringList {u"0:unknown>down"_s, u"3:down>up"_s};
        QTest::addRow("flapping is damped while up") //
            << 3 << 1 << u"up down up down down up down down up"_s << u"up up up up up up up up up"_s
            << QStringList {u"0:unknown>up"_s};
        QTest::addRow("flapping is damped while down") //
            << 1 << 2 << u"down up down up down up up"_s << u"down down down down down down up"_s
            << QStringList {u"0:unknown>down"_s, u"6:down>up"_s};
        QTest::addRow("flapping with confirmations 3") //
            << 3 << 3 << u"up down down up down down down up up down up up up"_s
            << u"up up up up up up down down down down down down up"_s
            << QStringList {u"0:unknown>up"_s, u"6:up>down"_s, u"12:down>up"_s};
        QTest::addRow("up and degraded alternate at once") //
            << 3 << 3 << u"up deg up deg"_s << u"up degraded up degraded"_s
            << QStringList {u"0:unknown>up"_s, u"1:up>degraded"_s, u"2:degraded>up"_s, u"3:up>degraded"_s};
        QTest::addRow("degraded first") << 3 << 1 << u"deg"_s << u"degraded"_s << QStringList {u"0:unknown>degraded"_s};
        QTest::addRow("degraded passes and resets the failures") //
            << 3 << 1 << u"up down down deg down down"_s << u"up up up degraded degraded degraded"_s
            << QStringList {u"0:unknown>up"_s, u"3:up>degraded"_s};
        QTest::addRow("degraded goes down after confirmations") //
            << 2 << 1 << u"deg down down"_s << u"degraded degraded down"_s
            << QStringList {u"0:unknown>degraded"_s, u"2:degraded>down"_s};
        QTest::addRow("degraded counts towards recovery") //
            << 1 << 2 << u"down deg up"_s << u"down down up"_s << QStringList {u"0:unknown>down"_s, u"2:down>up"_s};
        QTest::addRow("recovery into degraded") //
            << 1 << 1 << u"down deg up"_s << u"down degraded up"_s
            << QStringList {u"0:unknown>down"_s, u"1:down>degraded"_s, u"2:degraded>up"_s};
        QTest::addRow("maintenance entered during an outage") //
            << 1 << 1 << u"down maint down /maint"_s << u"down maintenance maintenance down"_s
            << QStringList {u"0:unknown>down"_s, u"1:down>maintenance"_s, u"3:maintenance>down"_s};
        QTest::addRow("recovery during maintenance") //
            << 1 << 1 << u"down maint up /maint"_s << u"down maintenance maintenance up"_s
            << QStringList {u"0:unknown>down"_s, u"1:down>maintenance"_s, u"3:maintenance>up"_s};
        QTest::addRow("outage inside maintenance is never down") //
            << 3 << 1 << u"up maint down down down down /maint"_s
            << u"up maintenance maintenance maintenance maintenance maintenance down"_s
            << QStringList {u"0:unknown>up"_s, u"1:up>maintenance"_s, u"6:maintenance>down"_s};
        QTest::addRow("failures before maintenance are confirmed inside it") //
            << 3 << 1 << u"up down down maint down /maint"_s << u"up up up maintenance maintenance down"_s
            << QStringList {u"0:unknown>up"_s, u"3:up>maintenance"_s, u"5:maintenance>down"_s};
        QTest::addRow("maintenance before the first result") //
            << 3 << 1 << u"maint /maint up"_s << u"maintenance unknown up"_s
            << QStringList {u"0:unknown>maintenance"_s, u"1:maintenance>unknown"_s, u"2:unknown>up"_s};
        QTest::addRow("maintenance twice is one transition") //
            << 3 << 1 << u"up maint maint /maint /maint"_s << u"up maintenance maintenance up up"_s
            << QStringList {u"0:unknown>up"_s, u"1:up>maintenance"_s, u"3:maintenance>up"_s};
        QTest::addRow("pause and resume") //
            << 3 << 1 << u"up pause resume up"_s << u"up paused unknown up"_s
            << QStringList {u"0:unknown>up"_s, u"1:up>paused"_s, u"2:paused>unknown"_s, u"3:unknown>up"_s};
        QTest::addRow("results while paused are ignored") //
            << 1 << 1 << u"up pause down down resume"_s << u"up paused paused paused unknown"_s
            << QStringList {u"0:unknown>up"_s, u"1:up>paused"_s, u"4:paused>unknown"_s};
        QTest::addRow("resuming forgets an outage") //
            << 3 << 3 << u"down down down pause resume up"_s << u"unknown unknown down paused unknown up"_s
            << QStringList {u"2:unknown>down"_s, u"3:down>paused"_s, u"4:paused>unknown"_s, u"5:unknown>up"_s};
        QTest::addRow("pause inside maintenance") //
            << 3 << 1 << u"maint pause resume /maint"_s << u"maintenance paused maintenance unknown"_s
            << QStringList {u"0:unknown>maintenance"_s, u"1:maintenance>paused"_s, u"2:paused>maintenance"_s,
                   u"3:maintenance>unknown"_s};
        QTest::addRow("pausing twice is one transition") //
            << 3 << 1 << u"pause pause"_s << u"paused paused"_s << QStringList {u"0:unknown>paused"_s};
        QTest::addRow("a result without an outcome is ignored") //
            << 1 << 1 << u"up none down none"_s << u"up up down down"_s
            << QStringList {u"0:unknown>up"_s, u"2:up>down"_s};
    }

    void sequences()
    {
        QFETCH(int, confirmationsDown);
        QFETCH(int, confirmationsUp);
        QFETCH(QString, steps);
        QFETCH(QString, states);
        QFETCH(QStringList, transitions);

        Endpoint endpoint = endpointWith(confirmationsDown, confirmationsUp);
        StateTracker tracker;
        QVERIFY(!tracker.upsert(endpoint, base.addSecs(-60)));
        QCOMPARE(tracker.state(endpointId)->state, EndpointState::Unknown);

        QStringList seenStates;
        QStringList seenTransitions;
        const QStringList tokens = steps.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype step = 0; step < tokens.size(); ++step) {
            const QString &token = tokens.at(step);
            const QDateTime at = base.addSecs(60 * step);
            const EndpointState before = tracker.state(endpointId)->state;
            std::optional<CheckResult> applied;
            std::optional<StateTransition> transition;
            if (const auto status = resultStatus(token)) {
                applied = result(*status, at);
                transition = tracker.apply(*applied);
            } else if (token == "maint"_L1 || token == "/maint"_L1) {
                transition = tracker.setInMaintenance(endpointId, token == "maint"_L1, at);
            } else if (token == "pause"_L1 || token == "resume"_L1) {
                endpoint.paused = token == "pause"_L1;
                transition = tracker.upsert(endpoint, at);
            } else {
                QFAIL(qPrintable(u"unknown step "_s + token));
            }

            const TrackedState now = *tracker.state(endpointId);
            seenStates << endpointStateName(now.state);
            if (!transition) {
                QCOMPARE(now.state, before);
                continue;
            }
            QCOMPARE(transition->endpointId, endpointId);
            QCOMPARE(transition->from, before);
            QCOMPARE(transition->to, now.state);
            QCOMPARE(transition->at, at);
            QCOMPARE(now.since, at);
            QCOMPARE(transition->cause.has_value(), applied.has_value());
            if (applied) {
                QCOMPARE(transition->cause->finishedAt, at);
                QCOMPARE(transition->cause->status, applied->status);
                QCOMPARE(transition->cause->detail, applied->detail);
            }
            seenTransitions << u"%1:%2>%3"_s.arg(step).arg(
                endpointStateName(transition->from), endpointStateName(transition->to));
        }
        QCOMPARE(seenStates.join(u' '), states);
        QCOMPARE(seenTransitions, transitions);
    }

    void countsAndSince()
    {
        StateTracker tracker;
        QVERIFY(!tracker.upsert(endpointWith(3, 2), base));
        QCOMPARE(tracker.state(endpointId)->since, base);
        QVERIFY(!tracker.state(endpointId)->lastResultAt.isValid());

        const QList<EndpointState> sequence {
            EndpointState::Up, EndpointState::Degraded, EndpointState::Up, EndpointState::Down, EndpointState::Down};
        for (qsizetype i = 0; i < sequence.size(); ++i)
            tracker.apply(result(sequence.at(i), base.addSecs(10 * (i + 1))));

        TrackedState state = *tracker.state(endpointId);
        QCOMPARE(state.state, EndpointState::Up);
        QCOMPARE(state.health, EndpointState::Up);
        QCOMPARE(state.consecutiveFailures, 2);
        QCOMPARE(state.consecutivePasses, 0);
        QCOMPARE(state.since, base.addSecs(30)); // degraded -> up at the third result
        QCOMPARE(state.lastResultAt, base.addSecs(50));

        tracker.apply(result(EndpointState::Up, base.addSecs(60)));
        state = *tracker.state(endpointId);
        QCOMPARE(state.consecutiveFailures, 0);
        QCOMPARE(state.consecutivePasses, 1);
        QCOMPARE(state.since, base.addSecs(30));
    }

    void maintenanceKeepsHealth()
    {
        StateTracker tracker;
        tracker.upsert(endpointWith(1, 1), base);
        tracker.apply(result(EndpointState::Down, base.addSecs(1)));
        tracker.setInMaintenance(endpointId, true, base.addSecs(2));
        const TrackedState state = *tracker.state(endpointId);
        QCOMPARE(state.state, EndpointState::Maintenance);
        QCOMPARE(state.health, EndpointState::Down);
        QVERIFY(state.inMaintenance);
        QVERIFY(!state.paused);
    }

    void newPausedEndpointStartsPaused()
    {
        Endpoint endpoint = endpointWith(3, 1);
        endpoint.paused = true;
        StateTracker tracker;
        QVERIFY(!tracker.upsert(endpoint, base));
        QCOMPARE(tracker.state(endpointId)->state, EndpointState::Paused);
        QVERIFY(!tracker.apply(result(EndpointState::Up, base.addSecs(1))));
        QCOMPARE(tracker.state(endpointId)->state, EndpointState::Paused);
    }

    void unregisteredEndpointUsesDefaultConfirmations()
    {
        StateTracker tracker;
        QVERIFY(!tracker.state(endpointId));
        const int confirmations = Endpoint().confirmationsDown;
        tracker.apply(result(EndpointState::Up, base));
        for (int i = 1; i < confirmations; ++i)
            QVERIFY(!tracker.apply(result(EndpointState::Down, base.addSecs(i))));
        const auto transition = tracker.apply(result(EndpointState::Down, base.addSecs(confirmations)));
        QVERIFY(transition);
        QCOMPARE(transition->to, EndpointState::Down);
        QCOMPARE(tracker.size(), 1);
    }

    void changedConfirmationsApplyToTheNextResult()
    {
        StateTracker tracker;
        Endpoint endpoint = endpointWith(5, 1);
        tracker.upsert(endpoint, base);
        tracker.apply(result(EndpointState::Up, base.addSecs(1)));
        QVERIFY(!tracker.apply(result(EndpointState::Down, base.addSecs(2))));
        QVERIFY(!tracker.apply(result(EndpointState::Down, base.addSecs(3))));
        endpoint.confirmationsDown = 2;
        QVERIFY(!tracker.upsert(endpoint, base.addSecs(4)));
        QCOMPARE(tracker.state(endpointId)->state, EndpointState::Up);
        const auto transition = tracker.apply(result(EndpointState::Down, base.addSecs(5)));
        QVERIFY(transition);
        QCOMPARE(transition->to, EndpointState::Down);
    }

    void confirmationsBelowOneCountAsOne()
    {
        StateTracker tracker;
        tracker.upsert(endpointWith(0, -1), base);
        tracker.apply(result(EndpointState::Up, base.addSecs(1)));
        QCOMPARE(tracker.apply(result(EndpointState::Down, base.addSecs(2)))->to, EndpointState::Down);
        QCOMPARE(tracker.apply(result(EndpointState::Up, base.addSecs(3)))->to, EndpointState::Up);
    }

    void endpointsAreIndependent()
    {
        StateTracker tracker;
        Endpoint other = endpointWith(1, 1);
        other.id = endpointId + 1;
        tracker.upsert(endpointWith(1, 1), base);
        tracker.upsert(other, base);
        tracker.apply(result(EndpointState::Down, base.addSecs(1)));
        QCOMPARE(tracker.state(endpointId)->state, EndpointState::Down);
        QCOMPARE(tracker.state(other.id)->state, EndpointState::Unknown);

        tracker.remove(endpointId);
        QVERIFY(!tracker.state(endpointId));
        QCOMPARE(tracker.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStateTracker)
#include "tst_statetracker.moc"
