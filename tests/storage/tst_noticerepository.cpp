// NoticeRepository: notices saved with optimistic revisions and per-language change times, the
// publication outbox, and the append-only audit log.

#include "../feed/feedtesthelpers.h"
#include "storage/database.h"
#include "storage/noticerepository.h"
#include "storagetesthelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;

namespace {

const QUuid noticeId = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000a"_s);

} // namespace

class TestNoticeRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saveKeepsRevisionsAndLanguageTimes();
    void staleRevisionIsRefused();
    void incompleteNoticeIsNotPublished_data();
    void incompleteNoticeIsNotPublished();
    void outboxAndAudit();
    void withdrawalLeavesATombstone();
    void auditLogIsAppendOnly_data();
    void auditLogIsAppendOnly();

private:
    std::unique_ptr<StorageTest::TestDatabase> m_test;
    Database *m_database = nullptr;
};

void TestNoticeRepository::init()
{
    m_test = std::make_unique<StorageTest::TestDatabase>();
    m_database = m_test->database.get();
}

void TestNoticeRepository::cleanup()
{
    m_database = nullptr;
    m_test.reset();
}

void TestNoticeRepository::saveKeepsRevisionsAndLanguageTimes()
{
    NoticeRepository repository(*m_database);
    const QDateTime t0 = utc("2026-11-29T08:00:00Z");
    auto first = repository.save(sampleNotice(noticeId), 0, u"anna"_s, t0);
    QVERIFY2(first, first ? "" : qPrintable(first.error()));
    QCOMPARE(first->notice.revision, 1);
    QCOMPARE(first->germanChangedAt, t0);
    QCOMPARE(first->englishChangedAt, t0);

    // Only the English text changes: the German one is now older, which the editor points out.
    Notice changed = first->notice;
    changed.text.en = u"Bookings are not possible until noon."_s;
    const QDateTime t1 = t0.addSecs(600);
    auto second = repository.save(changed, 1, u"ben"_s, t1);
    QVERIFY(second);
    QCOMPARE(second->notice.revision, 2);
    QCOMPARE(second->germanChangedAt, t0);
    QCOMPARE(second->englishChangedAt, t1);
    QCOMPARE(second->changedBy, u"ben"_s);

    const auto read = repository.notice(noticeId);
    QVERIFY(read && *read);
    QCOMPARE((*read)->notice, second->notice);
    QCOMPARE((*read)->germanChangedAt, t0);
    QCOMPARE((*read)->englishChangedAt, t1);
}

void TestNoticeRepository::staleRevisionIsRefused()
{
    NoticeRepository repository(*m_database);
    QVERIFY(repository.save(sampleNotice(noticeId), 0, u"anna"_s, utc("2026-11-29T08:00:00Z")));
    Notice mine = sampleNotice(noticeId);
    mine.title.de = u"Anna"_s;
    QVERIFY(repository.save(mine, 1, u"anna"_s, utc("2026-11-29T08:01:00Z")));
    Notice theirs = sampleNotice(noticeId);
    theirs.title.de = u"Ben"_s;
    const auto refused = repository.save(theirs, 1, u"ben"_s, utc("2026-11-29T08:02:00Z"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"anna"_s), qPrintable(refused.error()));
    QCOMPARE((*repository.notice(noticeId))->notice.title.de, u"Anna"_s);
}

void TestNoticeRepository::incompleteNoticeIsNotPublished_data()
{
    QTest::addColumn<int>("gap");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no English title") << 0 << u"English title"_s;
    QTest::addRow("no German text") << 1 << u"German text"_s;
    QTest::addRow("update only in German") << 2 << u"update"_s;
    QTest::addRow("no service") << 3 << u"service"_s;
}

void TestNoticeRepository::incompleteNoticeIsNotPublished()
{
    QFETCH(int, gap);
    QFETCH(QString, expected);
    Notice notice = sampleNotice(noticeId);
    switch (gap) {
    case 0:
        notice.title.en.clear();
        break;
    case 1:
        notice.text.de = u"  "_s;
        break;
    case 2:
        notice.updates.first().text.en.clear();
        break;
    case 3:
        notice.services.clear();
        break;
    default:
        QFAIL("unknown gap");
    }
    NoticeRepository repository(*m_database);
    QVERIFY(repository.save(notice, 0, u"anna"_s, utc("2026-11-29T08:00:00Z")));
    const auto refused
        = repository.requestPublication(noticeId, PublicationAction::Publish, u"anna"_s, utc("2026-11-29T08:01:00Z"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(expected), qPrintable(refused.error()));
    QVERIFY(repository.due(utc("2026-11-29T09:00:00Z"))->isEmpty());
    QVERIFY(repository.feedContent(utc("2026-11-29T09:00:00Z"))->notices.isEmpty());
}

void TestNoticeRepository::outboxAndAudit()
{
    NoticeRepository repository(*m_database);
    const QDateTime t0 = utc("2026-11-29T08:00:00Z");
    Notice draft = sampleNotice(noticeId);
    draft.publishedAt = QDateTime();
    QVERIFY(repository.save(draft, 0, u"anna"_s, t0));
    const auto requested = repository.requestPublication(noticeId, PublicationAction::Publish, u"anna"_s, t0);
    QVERIFY2(requested, requested ? "" : qPrintable(requested.error()));
    QCOMPARE(requested->revision, 1);
    QCOMPARE(repository.nextDue()->value_or(QDateTime()), t0);
    QCOMPARE(repository.due(t0)->size(), 1);

    const auto content = repository.feedContent(t0);
    QVERIFY(content);
    QCOMPARE(content->notices.size(), 1);
    QCOMPARE(content->notices.constFirst().publishedAt, t0);

    // The server is down: still pending, retried later, and the audit log says what happened.
    const QDateTime retry = t0.addSecs(5);
    QVERIFY(repository.markFailed(*repository.due(t0), u"No answer from feed.example.org"_s, t0, retry));
    QVERIFY(repository.due(t0.addSecs(1))->isEmpty());
    QCOMPARE(repository.nextDue()->value_or(QDateTime()), retry);
    auto latest = repository.latestPublications();
    QVERIFY(latest);
    QCOMPARE(latest->constFirst().state, NoticePublication::State::Pending);
    QCOMPARE(latest->constFirst().attempts, 1);
    QCOMPARE(latest->constFirst().lastError, u"No answer from feed.example.org"_s);

    QVERIFY(repository.markPublished(*repository.due(retry), u"204"_s, retry));
    QVERIFY(!repository.nextDue()->has_value());
    latest = repository.latestPublications();
    QCOMPARE(latest->constFirst().state, NoticePublication::State::Published);
    QCOMPARE(latest->constFirst().attempts, 2);
    QCOMPARE(latest->constFirst().doneAt, retry);

    const auto audit = repository.audit();
    QVERIFY(audit);
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->at(0).outcome, PublicationAuditEntry::Outcome::Failed);
    QCOMPARE(audit->at(0).actor, u"anna"_s);
    QCOMPARE(audit->at(0).serverAnswer, u"No answer from feed.example.org"_s);
    QCOMPARE(audit->at(1).outcome, PublicationAuditEntry::Outcome::Published);
    QCOMPARE(audit->at(1).revision, 1);
    QCOMPARE(audit->at(1).at, retry);
}

void TestNoticeRepository::withdrawalLeavesATombstone()
{
    NoticeRepository repository(*m_database);
    const QDateTime t0 = utc("2026-11-29T08:00:00Z");
    QVERIFY(repository.save(sampleNotice(noticeId), 0, u"anna"_s, t0));
    QVERIFY(repository.requestPublication(noticeId, PublicationAction::Publish, u"anna"_s, t0));
    const auto withdrawn
        = repository.requestPublication(noticeId, PublicationAction::Withdraw, u"ben"_s, t0.addSecs(60));
    QVERIFY(withdrawn);
    QCOMPARE(withdrawn->revision, 2);
    const auto content = repository.feedContent(t0.addSecs(120));
    QVERIFY(content);
    QVERIFY(content->notices.isEmpty());
    QCOMPARE(content->withdrawn.size(), 1);
    QCOMPARE(content->withdrawn.constFirst().revision, 2);
    QCOMPARE(content->withdrawn.constFirst().withdrawnAt, t0.addSecs(60));
    QVERIFY(!repository.requestPublication(noticeId, PublicationAction::Publish, u"anna"_s, t0.addSecs(180)));
}

void TestNoticeRepository::auditLogIsAppendOnly_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addRow("update") << u"UPDATE publication_audit SET actor = 'mallory'"_s;
    QTest::addRow("delete") << u"DELETE FROM publication_audit"_s;
}

void TestNoticeRepository::auditLogIsAppendOnly()
{
    QFETCH(QString, statement);
    NoticeRepository repository(*m_database);
    const QDateTime t0 = utc("2026-11-29T08:00:00Z");
    QVERIFY(repository.save(sampleNotice(noticeId), 0, u"anna"_s, t0));
    QVERIFY(repository.requestPublication(noticeId, PublicationAction::Publish, u"anna"_s, t0));
    QVERIFY(repository.markPublished(*repository.due(t0), u"201"_s, t0));
    QSqlQuery query(m_database->connection());
    QVERIFY(!query.exec(statement));
    QVERIFY2(query.lastError().text().contains(u"append-only"_s), qPrintable(query.lastError().text()));
    QCOMPARE(repository.audit()->constFirst().actor, u"anna"_s);
}

QTEST_GUILESS_MAIN(TestNoticeRepository)
#include "tst_noticerepository.moc"
