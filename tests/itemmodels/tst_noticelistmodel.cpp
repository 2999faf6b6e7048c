// The notice list under QAbstractItemModelTester: loaded overviews upserted by id, the title in
// the console's language with the other as fallback, and the publication state in words (draft,
// pending, failed with the server's reason, published, withdrawn) and as a raw role.

#include "../feed/feedtesthelpers.h"
#include "itemmodels/noticelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;

namespace {

QUuid idOf(int n)
{
    return QUuid::fromString(u"0b7e7d1e-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')));
}

StoredNotice stored(int n, int revision = 1)
{
    StoredNotice made;
    made.notice = sampleNotice(idOf(n), revision);
    return made;
}

NoticePublication publication(int n, int revision, NoticePublication::State state, int attempts = 0,
    PublicationAction action = PublicationAction::Publish)
{
    NoticePublication made;
    made.id = n;
    made.noticeId = idOf(n);
    made.revision = revision;
    made.action = action;
    made.state = state;
    made.attempts = attempts;
    made.requestedAt = utc("2026-11-29T08:20:00Z");
    if (attempts > 0) {
        made.nextAttemptAt = utc("2026-11-29T08:25:00Z");
        made.lastError = u"423 Locked"_s;
    }
    return made;
}

} // namespace

class TestNoticeListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Before the _data() functions, which format times too.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_model = std::make_unique<NoticeListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void overviewIsUpsertedById()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        NoticeOverview overview;
        overview.notices = {stored(1), stored(2), stored(3)};
        m_model->setOverview(overview);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(inserted.size(), 3);

        StoredNotice changedTitle = stored(2, 2);
        changedTitle.notice.title.en = u"Booking back"_s;
        overview.notices = {changedTitle, stored(3)};
        m_model->setOverview(overview);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(!m_model->indexOf(idOf(1)).isValid());
        QVERIFY(changed.size() >= 2);
        const QModelIndex title = m_model->indexOf(idOf(2), NoticeListModel::Title);
        QCOMPARE(title.data().toString(), u"Booking back"_s);
        QCOMPARE(title.data(NoticeListModel::NoticeIdRole).value<QUuid>(), idOf(2));
        QCOMPARE(inserted.size(), 3);
    }

    void titleInTheConsolesLanguage_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("de");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("shown");

        QTest::addRow("English") << QLocale::English << u"Störung"_s << u"Disruption"_s << u"Disruption"_s;
        QTest::addRow("German") << QLocale::German << u"Störung"_s << u"Disruption"_s << u"Störung"_s;
        QTest::addRow("English missing") << QLocale::English << u"Störung"_s << u"  "_s << u"Störung"_s;
        QTest::addRow("German missing") << QLocale::German << QString() << u"Disruption"_s << u"Disruption"_s;
        QTest::addRow("neither") << QLocale::German << QString() << QString() << u"(no title yet)"_s;
    }

    void titleInTheConsolesLanguage()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(QString, de);
        QFETCH(QString, en);
        QLocale::setDefault(QLocale(language));
        StoredNotice notice = stored(1);
        notice.notice.title = {de, en};
        NoticeOverview overview;
        overview.notices = {notice};
        m_model->setOverview(overview);
        QTEST(m_model->index(0, NoticeListModel::Title).data().toString(), "shown");
    }

    void publicationState_data()
    {
        QTest::addColumn<QList<NoticePublication>>("publications");
        QTest::addColumn<int>("revision");
        QTest::addColumn<NoticePublicationState>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("toolTip");

        using State = NoticePublication::State;
        QTest::addRow("draft") << QList<NoticePublication>() << 1 << NoticePublicationState::Draft << u"Draft"_s
                               << QString();
        QTest::addRow("pending") << QList {publication(1, 1, State::Pending)} << 1 << NoticePublicationState::Pending
                                 << u"Pending"_s << QString();
        QTest::addRow("failed") << QList {publication(1, 1, State::Pending, 2)} << 1 << NoticePublicationState::Failed
                                << u"Failed, retrying at %1"_s.arg(QLocale().toString(
                                       utc("2026-11-29T08:25:00Z").toLocalTime(), QLocale::ShortFormat))
                                << u"The server said: 423 Locked"_s;
        QTest::addRow("published") << QList {publication(1, 1, State::Published)} << 1
                                   << NoticePublicationState::Published << u"Published"_s << QString();
        QTest::addRow("published, changed since")
            << QList {publication(1, 1, State::Published)} << 2 << NoticePublicationState::Published
            << u"Published; later changes not yet"_s << QString();
        QTest::addRow("withdrawal pending")
            << QList {publication(1, 2, State::Pending, 0, PublicationAction::Withdraw)} << 2
            << NoticePublicationState::Pending << u"Withdrawal pending"_s << QString();
        QTest::addRow("withdrawn") << QList {publication(1, 2, State::Published, 0, PublicationAction::Withdraw)} << 2
                                   << NoticePublicationState::Withdrawn << u"Withdrawn"_s << QString();
    }

    void publicationState()
    {
        QFETCH(QList<NoticePublication>, publications);
        QFETCH(int, revision);
        QFETCH(NoticePublicationState, state);
        NoticeOverview overview;
        overview.notices = {stored(1, revision)};
        overview.publications = publications;
        m_model->setOverview(overview);
        const QModelIndex cell = m_model->index(0, NoticeListModel::Publication);
        QTEST(cell.data().toString(), "text");
        QTEST(cell.data(Qt::ToolTipRole).toString(), "toolTip");
        QCOMPARE(cell.data(NoticeListModel::PublicationStateRole).toInt(), int(state));
        QCOMPARE(
            m_model->index(0, NoticeListModel::Kind).data(NoticeListModel::PublicationStateRole).toInt(), int(state));
    }

    void publicationRequestedHereChangesTheRow()
    {
        NoticeOverview overview;
        overview.notices = {stored(1), stored(2)};
        m_model->setOverview(overview);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->upsertPublication(publication(2, 1, NoticePublication::State::Pending));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(m_model->publicationState(idOf(2)), NoticePublicationState::Pending);
        QCOMPARE(m_model->publicationState(idOf(1)), NoticePublicationState::Draft);
    }

    void rawValuesForSorting()
    {
        StoredNotice critical = stored(1);
        critical.notice.severity = IncidentSeverity::Critical;
        NoticeOverview overview;
        overview.notices = {critical, stored(2)};
        m_model->setOverview(overview);
        QCOMPARE(m_model->index(0, NoticeListModel::Severity).data(NoticeListModel::SortRole).toInt(),
            int(IncidentSeverity::Critical));
        QCOMPARE(m_model->index(0, NoticeListModel::Severity).data().toString(),
            incidentSeverityDisplayName(IncidentSeverity::Critical));
        QCOMPARE(m_model->index(0, NoticeListModel::Services).data().toString(), u"Bürgerportal and Terminbuchung"_s);
        QCOMPARE(m_model->index(1, NoticeListModel::Phase).data().toString(),
            noticePhaseDisplayName(NoticePhase::Investigating));
    }

private:
    std::unique_ptr<NoticeListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestNoticeListModel)
#include "tst_noticelistmodel.moc"
