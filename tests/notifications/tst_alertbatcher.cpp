// Which transitions become notifications, how they are gathered, and muting.

#include "core/uilanguage.h"
#include "notifications/alertbatcher.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Leitstand;

Q_DECLARE_METATYPE(Leitstand::EndpointState)

namespace {

StateTransition transition(qint64 id, EndpointState from, EndpointState to)
{
    return StateTransition {
        .endpointId = id, .from = from, .to = to, .at = QDateTime::currentDateTimeUtc(), .cause = {}};
}

QString nameOf(qint64 id)
{
    return u"endpoint-%1"_s.arg(id);
}

} // namespace

class TestAlertBatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_translations.install(UiLanguage::English));
    }

    void whichTransitionsAlert_data()
    {
        QTest::addColumn<EndpointState>("from");
        QTest::addColumn<EndpointState>("to");
        QTest::addColumn<int>("kind"); // -1: no alert
        QTest::addRow("up to down") << EndpointState::Up << EndpointState::Down << int(AlertKind::Down);
        QTest::addRow("unknown to down") << EndpointState::Unknown << EndpointState::Down << int(AlertKind::Down);
        QTest::addRow("degraded to down") << EndpointState::Degraded << EndpointState::Down << int(AlertKind::Down);
        QTest::addRow("down to up") << EndpointState::Down << EndpointState::Up << int(AlertKind::Recovered);
        QTest::addRow("down to degraded")
            << EndpointState::Down << EndpointState::Degraded << int(AlertKind::Recovered);
        QTest::addRow("up to degraded") << EndpointState::Up << EndpointState::Degraded << -1;
        QTest::addRow("unknown to up") << EndpointState::Unknown << EndpointState::Up << -1;
        QTest::addRow("down to paused") << EndpointState::Down << EndpointState::Paused << -1;
        QTest::addRow("down to maintenance") << EndpointState::Down << EndpointState::Maintenance << -1;
        QTest::addRow("up to maintenance") << EndpointState::Up << EndpointState::Maintenance << -1;
    }

    void whichTransitionsAlert()
    {
        QFETCH(EndpointState, from);
        QFETCH(EndpointState, to);
        QFETCH(int, kind);
        AlertBatcher batcher(nameOf);
        QSignalSpy alerts(&batcher, &AlertBatcher::alert);
        batcher.addTransition(transition(7, from, to));
        batcher.flush();
        if (kind < 0) {
            QCOMPARE(alerts.size(), 0);
            return;
        }
        QCOMPARE(alerts.size(), 1);
        const auto alert = alerts.constFirst().at(0).value<Alert>();
        QCOMPARE(int(alert.kind), kind);
        QCOMPARE(alert.endpointIds, QList<qint64> {7});
        QCOMPARE(alert.text, u"endpoint-7"_s);
        QVERIFY(alert.title.startsWith(u"1 endpoint "_s));
    }

    void manyAreGatheredIntoOne()
    {
        AlertBatcher batcher(nameOf);
        batcher.setBatchWindow(50);
        QSignalSpy alerts(&batcher, &AlertBatcher::alert);
        for (qint64 id = 1; id <= 8; ++id)
            batcher.addTransition(transition(id, EndpointState::Up, EndpointState::Down));
        batcher.addTransition(transition(20, EndpointState::Down, EndpointState::Up));
        QCOMPARE(alerts.size(), 0); // not one by one
        QTRY_COMPARE(alerts.size(), 1);
        const auto alert = alerts.constFirst().at(0).value<Alert>();
        QCOMPARE(alert.kind, AlertKind::Mixed);
        QCOMPARE(alert.title, u"8 down, 1 recovered"_s);
        QVERIFY2(alert.text.contains(u"endpoint-1, endpoint-2"_s), qPrintable(alert.text));
        QVERIFY2(alert.text.contains(u"and 3 more"_s), qPrintable(alert.text));
        QVERIFY2(!alert.text.contains(u"endpoint-6"_s), qPrintable(alert.text));
        QCOMPARE(alert.endpointIds.size(), 9);
    }

    void aFlapCountsByItsLastChange()
    {
        AlertBatcher batcher(nameOf);
        QSignalSpy alerts(&batcher, &AlertBatcher::alert);
        batcher.addTransition(transition(1, EndpointState::Up, EndpointState::Down));
        batcher.addTransition(transition(1, EndpointState::Down, EndpointState::Up));
        batcher.flush();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.constFirst().at(0).value<Alert>().kind, AlertKind::Recovered);
    }

    void mutedUntilTheTimeRunsOut()
    {
        QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
        AlertBatcher batcher(nameOf);
        batcher.setClock([&now] { return now; });
        QSignalSpy alerts(&batcher, &AlertBatcher::alert);
        QSignalSpy muted(&batcher, &AlertBatcher::mutedChanged);

        batcher.addTransition(transition(1, EndpointState::Up, EndpointState::Down));
        batcher.muteUntil(now.addSecs(3600)); // drops what was gathered too
        QCOMPARE(muted.size(), 1);
        QVERIFY(batcher.isMuted());
        QCOMPARE(batcher.mutedUntil(), now.addSecs(3600));
        batcher.addTransition(transition(2, EndpointState::Up, EndpointState::Down));
        batcher.flush();
        QCOMPARE(alerts.size(), 0);

        now = now.addSecs(3601);
        QVERIFY(!batcher.isMuted());
        QVERIFY(!batcher.mutedUntil().isValid());
        batcher.addTransition(transition(3, EndpointState::Up, EndpointState::Down));
        batcher.flush();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.constFirst().at(0).value<Alert>().endpointIds, QList<qint64> {3});

        // A time in the past does not mute; an invalid one unmutes.
        batcher.muteUntil(now.addSecs(-10));
        QVERIFY(!batcher.isMuted());
        batcher.muteUntil(now.addSecs(60));
        QVERIFY(batcher.isMuted());
        batcher.muteUntil({});
        QVERIFY(!batcher.isMuted());
    }

private:
    TranslationInstaller m_translations;
};

QTEST_GUILESS_MAIN(TestAlertBatcher)
#include "tst_alertbatcher.moc"
