#include "storagetesthelpers.h"

#include "storage/retention.h"
#include "storage/samplestore.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

Q_DECLARE_METATYPE(Leitstand::RetentionPolicy)

class TestRetention final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
};

namespace {

constexpr qint64 day = 86400;

qint64 count(const Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

void TestRetention::apply_data()
{
    QTest::addColumn<RetentionPolicy>("policy");
    QTest::addColumn<qint64>("samples");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<qint64>("hours");
    // PostgreSQL drops whole months of samples (the partitions) once all of the month is older than
    // the policy keeps. Now is 2027-01-26; the samples are from 2025-09-13, 2025-12-21, 2025-12-23,
    // 2026-12-17, 2026-12-21, 2026-12-23 and 2027-01-25.
    QTest::addColumn<qint64>("samplesOnPostgresql");
    QTest::addColumn<int>("partitionsOnPostgresql");

    // Samples 500, 401, 399, 40, 36, 34 and 1 day(s) before now, each in an hour of its own and
    // holding for two minutes: two minute rows each, but one for the latest (its state is open).
    QTest::addRow("defaults") << RetentionPolicy {} << qint64(2) << qint64(9) << qint64(7) << qint64(4) << 2;
    QTest::addRow("keep everything") << RetentionPolicy {.rawDays = 0, .minuteDays = 0, .hourDays = 0} << qint64(7)
                                     << qint64(13) << qint64(7) << qint64(7) << 4;
    QTest::addRow("short") << RetentionPolicy {.rawDays = 2, .minuteDays = 35, .hourDays = 400} << qint64(1)
                           << qint64(3) << qint64(5) << qint64(1) << 1;
}

void TestRetention::apply()
{
    QFETCH(RetentionPolicy, policy);

    StorageTest::TestDatabase db;
    const qint64 a = db.addEndpoint(u"a"_s);
    const qint64 now = t0 + 1000 * day;
    QList<Sample> samples;
    for (const qint64 age : {500, 401, 399, 40, 36, 34, 1})
        samples.append(sample(a, now - age * day, EndpointState::Up));
    QVERIFY(SampleStore(*db.database).write(samples));
    QCOMPARE(count(*db.database, u"samples"_s), 7);

    const auto result = Retention::apply(*db.database, policy, QDateTime::fromSecsSinceEpoch(now, QTimeZone::UTC));
    QVERIFY2(result, StorageTest::errorOf(result).constData());
    const bool postgresql = !postgresqlUrl().isEmpty();
    QTEST(count(*db.database, u"samples"_s), postgresql ? "samplesOnPostgresql" : "samples");
    if (postgresql) {
        QTEST(
            int(count(*db.database, u"pg_inherits WHERE inhparent = 'samples'::regclass"_s)), "partitionsOnPostgresql");
    }
    QTEST(count(*db.database, u"rollup_minute"_s), "minutes");
    QTEST(count(*db.database, u"rollup_hour"_s), "hours");
    QCOMPARE(result->samplesRemoved, 7 - count(*db.database, u"samples"_s));
    QCOMPARE(result->minuteRollupsRemoved, 13 - count(*db.database, u"rollup_minute"_s));
    QCOMPARE(result->hourRollupsRemoved, 7 - count(*db.database, u"rollup_hour"_s));
    // The latest state stays, whatever the age of its sample.
    QCOMPARE(count(*db.database, u"endpoint_status"_s), 1);

    // Applying it again removes nothing more.
    const auto again = Retention::apply(*db.database, policy, QDateTime::fromSecsSinceEpoch(now, QTimeZone::UTC));
    QVERIFY(again);
    QCOMPARE(again->samplesRemoved + again->minuteRollupsRemoved + again->hourRollupsRemoved, 0);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
