// LeaseKeeper against SQLite and (as pg.tst_leasekeeper) PostgreSQL: how pollers share endpoints,
// with the clock given to each round.
#include "engine/leasekeeper.h"
#include "storagetesthelpers.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace std::chrono_literals;

class TestLeaseKeeper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollersShareTheEndpoints();
    void deadPollersEndpointsMove();
    void releaseHandsOnAtOnce();
    void newEndpointsAreTaken();
    void simultaneousRoundsTakeDifferentEndpoints();
};

namespace {

const QDateTime start = QDateTime(QDate(2026, 11, 29), QTime(10, 0), QTimeZone::UTC);
constexpr auto leaseTime = 4s;

QDateTime at(int seconds)
{
    return start.addSecs(seconds);
}

QSet<qint64> addEndpoints(StorageTest::TestDatabase &db, int count)
{
    static int serial = 0;
    QSet<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids.insert(db.addEndpoint(u"e%1"_s.arg(++serial)));
    return ids;
}

QSet<qint64> heldOf(const std::expected<LeaseRound, QString> &round)
{
    return round ? round->held : QSet<qint64> {};
}

} // namespace

void TestLeaseKeeper::pollersShareTheEndpoints()
{
    StorageTest::TestDatabase db;
    const QSet<qint64> all = addEndpoints(db, 10);
    LeaseKeeper a(*db.database, u"a"_s, leaseTime);
    LeaseKeeper b(*db.database, u"b"_s, leaseTime);
    QSignalSpy changed(&a, &LeaseKeeper::leasesChanged);

    auto round = a.renew(at(0));
    QVERIFY2(round, StorageTest::errorOf(round).constData());
    QCOMPARE(round->held, all);
    QCOMPARE(round->activePollers, 1);
    QCOMPARE(changed.size(), 1);

    // b comes: a's leases are still good, so b waits until a gives half up.
    round = b.renew(at(1));
    QVERIFY2(round, StorageTest::errorOf(round).constData());
    QCOMPARE(round->held.size(), 0);
    QCOMPARE(round->activePollers, 2);
    round = a.renew(at(2));
    QVERIFY(round);
    QCOMPARE(round->held.size(), 5);
    QCOMPARE(a.held().size(), 5);
    QCOMPARE(changed.size(), 2);
    round = b.renew(at(3));
    QVERIFY(round);
    QCOMPARE(round->held.size(), 5);
    QVERIFY(!a.held().intersects(b.held()));
    QCOMPARE(a.held() + b.held(), all);

    // Renewing changes nothing once the work is shared.
    QCOMPARE(heldOf(a.renew(at(4))), a.held());
    QCOMPARE(heldOf(b.renew(at(5))), b.held());
    QCOMPARE(changed.size(), 2);
}

void TestLeaseKeeper::deadPollersEndpointsMove()
{
    StorageTest::TestDatabase db;
    const QSet<qint64> all = addEndpoints(db, 9);
    LeaseKeeper a(*db.database, u"a"_s, leaseTime);
    LeaseKeeper b(*db.database, u"b"_s, leaseTime);
    QVERIFY(a.renew(at(0)));
    QVERIFY(b.renew(at(0)));
    QVERIFY(a.renew(at(1)));
    QVERIFY(b.renew(at(1)));
    QCOMPARE(a.held().size() + b.held().size(), 9);

    // a stops renewing (kill -9). Before its leases run out, b does not touch them ...
    auto round = b.renew(at(4));
    QVERIFY(round);
    QCOMPARE(round->held, b.held());
    QVERIFY(round->held != all);
    // ... and once they have, b takes every endpoint.
    round = b.renew(at(6));
    QVERIFY(round);
    QCOMPARE(round->activePollers, 1);
    QCOMPARE(round->held, all);
}

void TestLeaseKeeper::releaseHandsOnAtOnce()
{
    StorageTest::TestDatabase db;
    const QSet<qint64> all = addEndpoints(db, 4);
    LeaseKeeper a(*db.database, u"a"_s, leaseTime);
    LeaseKeeper b(*db.database, u"b"_s, leaseTime);
    QVERIFY(a.renew(at(0)));
    QVERIFY(b.renew(at(0)));
    QVERIFY(a.renew(at(1)));
    QVERIFY(b.renew(at(1)));
    QCOMPARE(b.held().size(), 2);

    const auto released = a.release();
    QVERIFY2(released, StorageTest::errorOf(released).constData());
    QVERIFY(a.held().isEmpty());
    // Without waiting for any lease to run out.
    QCOMPARE(heldOf(b.renew(at(2))), all);
}

void TestLeaseKeeper::newEndpointsAreTaken()
{
    StorageTest::TestDatabase db;
    QSet<qint64> all = addEndpoints(db, 3);
    LeaseKeeper a(*db.database, u"a"_s, leaseTime);
    QCOMPARE(heldOf(a.renew(at(0))), all);
    all += addEndpoints(db, 2);
    QCOMPARE(heldOf(a.renew(at(1))), all);
}

void TestLeaseKeeper::simultaneousRoundsTakeDifferentEndpoints()
{
    StorageTest::TestDatabase db;
    const QSet<qint64> all = addEndpoints(db, 200);
    // Two pollers, each on a thread (and connection) of its own, start at the same moment again and
    // again on fresh leases: none may fail, no endpoint may be held twice, and the next round of each
    // ends with the work shared evenly.
    for (int attempt = 0; attempt < 10; ++attempt) {
        QSqlQuery clear(db.database->connection());
        QVERIFY(clear.exec(u"DELETE FROM endpoint_leases"_s));
        QVERIFY(clear.exec(u"DELETE FROM pollers"_s));
        clear.finish();
        // Both are known as pollers already, so each takes half.
        for (const auto *name : {"x", "y"}) {
            QSqlQuery seen(db.database->connection());
            QVERIFY(seen.exec(u"INSERT INTO pollers (id, host, pid, started_ms, seen_ms) VALUES ('%1', 'h', 1, 0, %2)"_s
                    .arg(QLatin1StringView(name))
                    .arg(at(attempt * 100).toMSecsSinceEpoch())));
        }
        QSemaphore ready;
        QSemaphore go;
        std::array<QSet<qint64>, 2> held;
        std::array<QString, 2> errors;
        std::array<std::unique_ptr<QThread>, 2> threads;
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] {
                {
                    LeaseKeeper keeper(*db.database, i == 0 ? u"x"_s : u"y"_s, leaseTime);
                    (void)db.database->connection();
                    ready.release();
                    go.acquire();
                    const auto round = keeper.renew(at(attempt * 100));
                    if (round)
                        held[i] = round->held;
                    else
                        errors[i] = round.error();
                }
                db.database->closeConnection();
            }));
            threads[i]->start();
        }
        ready.acquire(2);
        go.release(2);
        for (auto &thread : threads)
            QVERIFY(thread->wait(60'000));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QVERIFY(!held[0].intersects(held[1]));
        // Each took at most its share; one may have lost some endpoints to the other in the race
        // (it locked them after the other had committed), so it takes the rest in its next round.
        QVERIFY(held[0].size() <= 100 && held[1].size() <= 100);
        LeaseKeeper x(*db.database, u"x"_s, leaseTime);
        LeaseKeeper y(*db.database, u"y"_s, leaseTime);
        const QSet<qint64> heldByX = heldOf(x.renew(at(attempt * 100 + 1)));
        const QSet<qint64> heldByY = heldOf(y.renew(at(attempt * 100 + 1)));
        QVERIFY(heldByX.contains(held[0]));
        QVERIFY(heldByY.contains(held[1]));
        QCOMPARE(heldByX.size(), 100);
        QCOMPARE(heldByY.size(), 100);
        QCOMPARE(heldByX + heldByY, all);
    }
}

QTEST_GUILESS_MAIN(TestLeaseKeeper)
#include "tst_leasekeeper.moc"
