// NoticeStore on a real temporary SQLite database: saves, publication requests and loads run in
// the store's worker thread, answers come back queued with their job's number, a stale revision is
// refused with a message, and a newer load drops the answer of an older one.

#include "../storage/storagetesthelpers.h"
#include "feed/noticestore.h"
#include "feedtesthelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;
using StorageTest::TestDatabase;

namespace {

const QUuid noticeId = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000a"_s);

} // namespace

class TestNoticeStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveRequestAndLoad()
    {
        TestDatabase db;
        NoticeStore store(*db.database);
        QSignalSpy loaded(&store, &NoticeStore::loaded);
        QSignalSpy saved(&store, &NoticeStore::saved);
        QSignalSpy requested(&store, &NoticeStore::publicationRequested);
        QSignalSpy failed(&store, &NoticeStore::failed);

        quint64 job = store.load();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toULongLong(), job);
        QVERIFY(loaded.at(0).at(1).value<NoticeOverview>().notices.isEmpty());

        // The worker does the work, never the caller's thread.
        QThread *savedIn = nullptr;
        connect(
            &store, &NoticeStore::saved, this, [&savedIn] { savedIn = QThread::currentThread(); },
            Qt::DirectConnection);
        Notice notice = sampleNotice(noticeId);
        notice.publishedAt = QDateTime();
        notice.updatedAt = QDateTime();
        job = store.save(notice, 0, u"Anna"_s);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(savedIn && savedIn != QThread::currentThread());
        QCOMPARE(saved.at(0).at(0).toULongLong(), job);
        const auto stored = saved.at(0).at(1).value<StoredNotice>();
        QCOMPARE(stored.notice.id, noticeId);
        QCOMPARE(stored.notice.revision, 1);
        QCOMPARE(stored.changedBy, u"Anna"_s);
        QVERIFY(stored.germanChangedAt.isValid());

        // Someone else's change based on nothing is refused, not stored.
        job = store.save(notice, 0, u"Ben"_s);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toULongLong(), job);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QCOMPARE(saved.size(), 1);

        job = store.requestPublication(noticeId, PublicationAction::Publish, u"Anna"_s);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toULongLong(), job);
        const auto publication = requested.at(0).at(1).value<NoticePublication>();
        QCOMPARE(publication.noticeId, noticeId);
        QCOMPARE(publication.revision, 1);
        QCOMPARE(publication.state, NoticePublication::State::Pending);

        store.load();
        QTRY_COMPARE(loaded.size(), 2);
        const auto overview = loaded.at(1).at(1).value<NoticeOverview>();
        QCOMPARE(overview.notices.size(), 1);
        QCOMPARE(overview.notices.constFirst().notice.title, notice.title);
        QVERIFY(overview.notices.constFirst().published);
        QCOMPARE(overview.publications.size(), 1);
        QCOMPARE(overview.publications.constFirst().id, publication.id);
    }

    void requestForAnUnknownNoticeFails()
    {
        TestDatabase db;
        NoticeStore store(*db.database);
        QSignalSpy requested(&store, &NoticeStore::publicationRequested);
        QSignalSpy failed(&store, &NoticeStore::failed);
        const quint64 job = store.requestPublication(noticeId, PublicationAction::Publish, u"Anna"_s);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toULongLong(), job);
        QCOMPARE(requested.size(), 0);
    }

    void newerLoadSupersedesOlder()
    {
        TestDatabase db;
        NoticeStore store(*db.database);
        QSignalSpy loaded(&store, &NoticeStore::loaded);
        store.load();
        store.load();
        const quint64 latest = store.load();
        QCOMPARE(store.latestLoad(), latest);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toULongLong(), latest);
        // Whatever of the older ones was under way is never answered.
        QTest::qWait(100);
        QCOMPARE(loaded.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNoticeStore)
#include "tst_noticestore.moc"
