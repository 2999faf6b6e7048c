#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>
#include <expected>

namespace Leitstand {

class Database;

// What one round of LeaseKeeper found.
struct LeaseRound
{
    QSet<qint64> held;
    int activePollers = 0;
    qint64 endpoints = 0;
};

// Shares the endpoints of a shared database among the pollers that run against it. Each poller
// holds leases on about its share (all endpoints divided by the pollers seen lately), renews them
// every quarter of the lease time, and takes endpoints whose lease ran out: when a poller dies, its
// endpoints move to the others once its leases expire. Taking uses FOR UPDATE SKIP LOCKED, so two
// pollers taking at the same moment take different endpoints. Since every poller schedules an
// endpoint at the same phase of its interval (Scheduler::phaseOf), an endpoint that moves is not
// checked twice in one interval.
//
// While the database cannot be reached the leases are kept as they were: the poller goes on
// checking what it held. Should another poller have taken some meanwhile, the next round gives
// them up.
class LeaseKeeper final : public QObject
{
    Q_OBJECT

public:
    LeaseKeeper(
        const Database &database, QString pollerId, std::chrono::milliseconds leaseTime, QObject *parent = nullptr);
    ~LeaseKeeper() override;
    Q_DISABLE_COPY_MOVE(LeaseKeeper)

    // "host:pid:random": unique among the pollers of one database, readable for people.
    static QString newPollerId();

    // One round at `now`; start() runs them on a timer.
    std::expected<LeaseRound, QString> renew(const QDateTime &now);
    void start();
    // Gives every lease up and leaves the poller list, so that the others take over at once
    // rather than after the lease time. For an orderly stop.
    std::expected<void, QString> release();

    QString pollerId() const { return m_pollerId; }
    const QSet<qint64> &held() const { return m_held; }

Q_SIGNALS:
    void leasesChanged(const QSet<qint64> &held, int activePollers);
    // Once when rounds start failing, with the reason; renewedAgain() when they work again.
    void renewFailed(const QString &message);
    void renewedAgain();

private:
    void runRound();
    std::expected<LeaseRound, QString> renewInTransaction(qint64 nowMs);

    const Database &m_database;
    const QString m_pollerId;
    const qint64 m_leaseMs;
    const QDateTime m_startedAt;
    QSet<qint64> m_held;
    QTimer m_timer;
    bool m_failing = false;
};

} // namespace Leitstand
