#include "engine/leasekeeper.h"

#include "storage/database.h"

#include <QHostInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Pollers not seen for this many lease times are removed from the list; until then a poller that
// comes back (a network outage) keeps its name.
constexpr qint64 forgetAfterLeases = 10;

std::expected<QSet<qint64>, QString> idsOf(QSqlQuery &query)
{
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

} // namespace

LeaseKeeper::LeaseKeeper(
    const Database &database, QString pollerId, std::chrono::milliseconds leaseTime, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_pollerId(std::move(pollerId))
    , m_leaseMs(std::max<qint64>(leaseTime.count(), 1000))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LeaseKeeper::runRound);
}

LeaseKeeper::~LeaseKeeper() = default;

QString LeaseKeeper::newPollerId()
{
    return u"%1:%2:%3"_s.arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(qint64(QRandomGenerator::system()->bounded(100000)), 5, 10, QChar(u'0'));
}

void LeaseKeeper::start()
{
    // Four rounds per lease time: a lease is renewed three times before it could run out, and a
    // free endpoint waits at most a quarter of the lease time for a taker.
    m_timer.start(int(m_leaseMs / 4));
}

void LeaseKeeper::runRound()
{
    const auto round = renew(QDateTime::currentDateTimeUtc());
    if (!round) {
        if (!m_failing) {
            m_failing = true;
            Q_EMIT renewFailed(round.error());
        }
        return;
    }
    if (m_failing) {
        m_failing = false;
        Q_EMIT renewedAgain();
    }
}

std::expected<LeaseRound, QString> LeaseKeeper::renew(const QDateTime &now)
{
    auto round = renewInTransaction(now.toMSecsSinceEpoch());
    if (!round) {
        // A dead connection (the server restarted) does not come back by itself; the next round
        // opens a new one.
        m_database.closeConnection();
        return std::unexpected(tr("Cannot renew the leases of poller %1: %2").arg(m_pollerId, round.error()));
    }
    if (round->held != m_held) {
        m_held = round->held;
        Q_EMIT leasesChanged(m_held, round->activePollers);
    }
    return round;
}

std::expected<LeaseRound, QString> LeaseKeeper::renewInTransaction(qint64 nowMs)
{
    const qint64 expiresMs = nowMs + m_leaseMs;
    QSqlDatabase db = m_database.connection();
    const auto fail = [](const QString &reason) {
        return std::unexpected(reason);
    };
    if (!db.isOpen())
        return fail(db.lastError().text());

    LeaseRound round;
    QSet<qint64> held;
    {
        WriteTransaction transaction(db, m_database.dialect(), WriteTransaction::Locking::Rows);
        if (!transaction.isActive())
            return fail(transaction.error());
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO pollers (id, host, pid, started_ms, seen_ms) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET seen_ms = excluded.seen_ms"_s);
        query.addBindValue(m_pollerId);
        query.addBindValue(QHostInfo::localHostName());
        query.addBindValue(QCoreApplication::applicationPid());
        query.addBindValue(m_startedAt.toMSecsSinceEpoch());
        query.addBindValue(nowMs);
        if (!query.exec())
            return fail(sqlErrorMessage(query));

        query.prepare(u"DELETE FROM pollers WHERE seen_ms < ?"_s);
        query.addBindValue(nowMs - forgetAfterLeases * m_leaseMs);
        if (!query.exec())
            return fail(sqlErrorMessage(query));

        query.prepare(u"SELECT (SELECT COUNT(*) FROM pollers WHERE seen_ms >= ?), (SELECT COUNT(*) FROM endpoints)"_s);
        query.addBindValue(nowMs - m_leaseMs);
        if (!query.exec() || !query.next())
            return fail(sqlErrorMessage(query));
        round.activePollers = std::max(1, query.value(0).toInt());
        round.endpoints = query.value(1).toLongLong();
        query.finish();
        const qint64 share = (round.endpoints + round.activePollers - 1) / round.activePollers;

        query.prepare(u"UPDATE endpoint_leases SET expires_ms = ? WHERE poller = ? RETURNING endpoint_id"_s);
        query.addBindValue(expiresMs);
        query.addBindValue(m_pollerId);
        if (!query.exec())
            return fail(sqlErrorMessage(query));
        held = *idsOf(query);

        if (held.size() > share) {
            // More than the share: another poller joined. The highest ids go, so that two pollers
            // that both have too many give up different endpoints.
            query.prepare(
                u"DELETE FROM endpoint_leases WHERE poller = ? AND endpoint_id IN (SELECT endpoint_id FROM "
                "endpoint_leases WHERE poller = ? ORDER BY endpoint_id DESC LIMIT ?) RETURNING endpoint_id"_s);
            query.addBindValue(m_pollerId);
            query.addBindValue(m_pollerId);
            query.addBindValue(held.size() - share);
            if (!query.exec())
                return fail(sqlErrorMessage(query));
            held.subtract(*idsOf(query));
        } else if (held.size() < share) {
            query.prepare(
                u"INSERT INTO endpoint_leases (endpoint_id, poller, acquired_ms, expires_ms) "
                "SELECT e.id, CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT) FROM endpoints e "
                "LEFT JOIN endpoint_leases l ON l.endpoint_id = e.id "
                "WHERE l.endpoint_id IS NULL OR l.expires_ms < ? ORDER BY e.id LIMIT ?%1 "
                "ON CONFLICT (endpoint_id) DO UPDATE SET poller = excluded.poller, "
                "acquired_ms = excluded.acquired_ms, expires_ms = excluded.expires_ms "
                "WHERE endpoint_leases.expires_ms < ? RETURNING endpoint_id"_s.arg(m_database.dialect().skipLocked));
            query.addBindValue(m_pollerId);
            query.addBindValue(nowMs);
            query.addBindValue(expiresMs);
            query.addBindValue(nowMs);
            query.addBindValue(share - held.size());
            query.addBindValue(nowMs);
            if (!query.exec())
                return fail(sqlErrorMessage(query));
            held.unite(*idsOf(query));
        }
        query.finish();
        if (const auto committed = transaction.commit(); !committed)
            return fail(committed.error());
    }
    round.held = held;
    return round;
}

std::expected<void, QString> LeaseKeeper::release()
{
    m_timer.stop();
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect(), WriteTransaction::Locking::Rows);
    if (!transaction.isActive())
        return std::unexpected(tr("Cannot give up the leases of poller %1: %2").arg(m_pollerId, transaction.error()));
    for (const QString &statement :
        {u"DELETE FROM endpoint_leases WHERE poller = ?"_s, u"DELETE FROM pollers WHERE id = ?"_s}) {
        QSqlQuery query(db);
        query.prepare(statement);
        query.addBindValue(m_pollerId);
        if (!query.exec())
            return std::unexpected(
                tr("Cannot give up the leases of poller %1: %2").arg(m_pollerId, sqlErrorMessage(query)));
    }
    if (const auto committed = transaction.commit(); !committed)
        return std::unexpected(tr("Cannot give up the leases of poller %1: %2").arg(m_pollerId, committed.error()));
    m_held.clear();
    return {};
}

} // namespace Leitstand
