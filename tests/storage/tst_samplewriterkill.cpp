#include "storagetesthelpers.h"

#include "storage/database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

// A writer killed with SIGKILL leaves a sound database that lacks at most the last second or so.
class TestSampleWriterKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesAtMostTheLastSecond();
};

void TestSampleWriterKill::killedWriterLosesAtMostTheLastSecond()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"killed.sqlite"_s);
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(LEITSTAND_KILL_HELPER), {path});
    QVERIFY2(helper.waitForStarted(30'000), qPrintable(helper.errorString()));

    static const QRegularExpression report(u"^appended (\\d+) written (\\d+)$"_s);
    qint64 appended = 0;
    qint64 written = 0;
    QElapsedTimer running;
    running.start();
    // A few flushes must have happened; on a loaded machine that may take a while.
    while (written < 3000 || running.elapsed() < 3000) {
        QVERIFY2(running.elapsed() < 120'000, "the helper writes too slowly");
        QVERIFY2(helper.state() == QProcess::Running, "the helper ended");
        helper.waitForReadyRead(1000);
        while (helper.canReadLine()) {
            const auto match = report.match(QString::fromLatin1(helper.readLine()).trimmed());
            if (match.hasMatch()) {
                appended = match.captured(1).toLongLong();
                written = match.captured(2).toLongLong();
            }
        }
    }
    helper.kill(); // SIGKILL
    QVERIFY(helper.waitForFinished(30'000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    // What the helper printed last was printed before the kill: later lines are lost in the pipe.
    while (helper.canReadLine()) {
        const auto match = report.match(QString::fromLatin1(helper.readLine()).trimmed());
        if (match.hasMatch()) {
            appended = match.captured(1).toLongLong();
            written = match.captured(2).toLongLong();
        }
    }

    Database database(path);
    const auto opened = database.open();
    QVERIFY2(opened, StorageTest::errorOf(opened).constData());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM samples"_s) && query.next());
    const qint64 stored = query.value(0).toLongLong();
    // Every batch is one transaction: rollups and samples agree.
    QVERIFY(query.exec(u"SELECT SUM(sample_count) FROM rollup_minute"_s) && query.next());
    QCOMPARE(query.value(0).toLongLong(), stored);

    qDebug("appended %lld, reported written %lld, stored %lld", appended, written, stored);
    // Whatever was reported as written was committed and survived.
    QVERIFY(stored >= written);
    // The helper appends about 1000 samples a second and the writer commits every second; allow
    // a second more for the report interval and a slow machine.
    QVERIFY2(appended - stored <= 2500, qPrintable(u"lost %1 samples"_s.arg(appended - stored)));
}

QTEST_GUILESS_MAIN(TestSampleWriterKill)
#include "tst_samplewriterkill.moc"
