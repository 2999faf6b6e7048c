// RunbookStore on a real temporary SQLite database: reads and saves run in the store's worker
// thread, answers come back queued with their job's number, a newer read drops the answer of an
// older one, and every save is answered.

#include "../storage/storagetesthelpers.h"
#include "catalog/runbookstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using StorageTest::TestDatabase;

namespace {

qint64 addService(const Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(u"INSERT INTO services (name) VALUES (?)"_s);
    query.addBindValue(name);
    if (!query.exec())
        qFatal("cannot add a service");
    return query.lastInsertId().toLongLong();
}

} // namespace

class TestRunbookStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndLoad()
    {
        TestDatabase db;
        const qint64 service = addService(*db.database, u"Bürgerportal"_s);
        RunbookStore store(*db.database);
        QSignalSpy loaded(&store, &RunbookStore::loaded);
        QSignalSpy saved(&store, &RunbookStore::saved);
        QSignalSpy failed(&store, &RunbookStore::failed);

        quint64 job = store.load(service);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toULongLong(), job);
        auto runbook = loaded.at(0).at(1).value<Runbook>();
        QCOMPARE(runbook.serviceId, service);
        QCOMPARE(runbook.latest.version, 0);
        QVERIFY(runbook.versions.isEmpty());

        // The worker does the work, never the caller's thread.
        QThread *savedIn = nullptr;
        connect(
            &store, &RunbookStore::saved, this, [&savedIn] { savedIn = QThread::currentThread(); },
            Qt::DirectConnection);
        job = store.save({.serviceId = service, .basedOnVersion = 0, .markdown = u"# Plan"_s, .author = u"Anna"_s});
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(savedIn && savedIn != QThread::currentThread());
        QCOMPARE(saved.at(0).at(0).toULongLong(), job);
        const auto outcome = saved.at(0).at(1).value<RunbookSaveOutcome>();
        QCOMPARE(outcome.status, RunbookSaveOutcome::Status::Saved);
        QCOMPARE(outcome.latest.version, 1);
        QVERIFY(qAbs(outcome.latest.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // Someone else's edit based on nothing is refused, not stored.
        store.save({.serviceId = service, .basedOnVersion = 0, .markdown = u"# Mine"_s, .author = u"Ben"_s});
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).at(1).value<RunbookSaveOutcome>().status, RunbookSaveOutcome::Status::Conflict);

        store.load(service);
        QTRY_COMPARE(loaded.size(), 2);
        runbook = loaded.at(1).at(1).value<Runbook>();
        QCOMPARE(runbook.latest.markdown, u"# Plan"_s);
        QCOMPARE(runbook.latest.author, u"Anna"_s);
        QCOMPARE(runbook.versions.size(), 1);

        QSignalSpy version(&store, &RunbookStore::versionLoaded);
        store.loadVersion(service, 1);
        QTRY_COMPARE(version.size(), 1);
        QCOMPARE(version.at(0).at(1).value<RunbookVersion>().markdown, u"# Plan"_s);
        job = store.loadVersion(service, 7);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toULongLong(), job);
        QVERIFY(failed.at(0).at(1).toString().contains(u'7'));
    }

    void newerReadDropsOlder()
    {
        TestDatabase db;
        const qint64 portal = addService(*db.database, u"Portal"_s);
        const qint64 mail = addService(*db.database, u"Mail"_s);
        RunbookStore store(*db.database);
        QSignalSpy loaded(&store, &RunbookStore::loaded);
        QSignalSpy failed(&store, &RunbookStore::failed);
        store.load(portal);
        store.loadVersion(portal, 3); // would fail, but is superseded as well
        const quint64 latest = store.load(mail);
        QCOMPARE(store.latestRead(), latest);
        QTRY_COMPARE(loaded.size(), 1);
        // Whatever the worker had started is answered by now; none of it may arrive.
        store.save({.serviceId = mail, .basedOnVersion = 0, .markdown = u"x"_s, .author = {}});
        QSignalSpy saved(&store, &RunbookStore::saved);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toULongLong(), latest);
        QCOMPARE(loaded.at(0).at(1).value<Runbook>().serviceId, mail);
        QCOMPARE(failed.size(), 0);
    }

    void savesFinishBeforeTheStoreGoes()
    {
        TestDatabase db;
        const qint64 service = addService(*db.database, u"Portal"_s);
        {
            RunbookStore store(*db.database);
            for (int i = 0; i < 5; ++i)
                store.save({.serviceId = service, .basedOnVersion = i, .markdown = QString::number(i), .author = {}});
        }
        const auto versions = RunbookRepository(*db.database).versions(service);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestRunbookStore)
#include "tst_runbookstore.moc"
