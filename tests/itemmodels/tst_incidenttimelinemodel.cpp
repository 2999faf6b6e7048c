// The incident timeline under QAbstractItemModelTester: every kind of entry worded, newest first,
// live entries on top without doubling what a load already brought, nothing from other incidents.

#include "itemmodels/endpointtext.h"
#include "itemmodels/incidenttimelinemodel.h"
#include "itemmodeltesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

namespace {

IncidentEvent eventOf(IncidentEvent::Kind kind, int secondsAfterBase, const QString &actor = {})
{
    IncidentEvent event;
    event.kind = kind;
    event.at = baseTime().addSecs(secondsAfterBase);
    event.actor = actor;
    return event;
}

CatalogNames names()
{
    CatalogNames names;
    names.services = {{2, u"Anmeldung"_s}};
    names.teams = {{7, u"Team Portal"_s}};
    names.endpoints = {{10, u"Startseite"_s}};
    return names;
}

} // namespace

class TestIncidentTimelineModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<IncidentTimelineModel>();
        m_model->setNames(names());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void wording_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("sentence");
        using K = IncidentEvent::Kind;
        QTest::addRow("opened by the checks") << int(K::Opened) << QString() << u"Opened automatically as Major"_s;
        QTest::addRow("opened by hand") << int(K::Opened) << u"anna"_s << u"Opened by anna as Major"_s;
        QTest::addRow("state") << int(K::StateChanged) << QString() << u"State: Identified"_s;
        QTest::addRow("state by someone") << int(K::StateChanged) << u"ben"_s << u"State: Identified (ben)"_s;
        QTest::addRow("severity") << int(K::SeverityChanged) << u"ben"_s << u"Severity: Major (ben)"_s;
        QTest::addRow("acknowledged") << int(K::Acknowledged) << u"anna"_s << u"Acknowledged by anna"_s;
        QTest::addRow("assigned") << int(K::Assigned) << u"anna"_s << u"Assigned to Team Portal (anna)"_s;
        QTest::addRow("note") << int(K::Note) << u"anna"_s << u"Note by anna: Warteschlange voll"_s;
        QTest::addRow("endpoint down") << int(K::EndpointChanged) << QString() << u"Startseite went DOWN: HTTP 503"_s;
        QTest::addRow("likely cause") << int(K::CauseNamed) << QString() << u"Likely cause: Anmeldung"_s;
        QTest::addRow("resolved by the checks")
            << int(K::Resolved) << QString() << u"Resolved automatically: every endpoint is back up"_s;
        QTest::addRow("resolved by hand") << int(K::Resolved) << u"anna"_s << u"Resolved by anna"_s;
        QTest::addRow("reopened") << int(K::Reopened) << QString() << u"Reopened: the outage returned"_s;
    }

    void wording()
    {
        QFETCH(int, kind);
        QFETCH(QString, actor);
        QFETCH(QString, sentence);
        IncidentEvent event = eventOf(IncidentEvent::Kind(kind), 0, actor);
        event.state = IncidentState::Identified;
        event.severity = IncidentSeverity::Major;
        event.teamId = 7;
        event.endpointId = 10;
        event.endpointState = EndpointState::Down;
        event.serviceId = 2;
        event.text = event.kind == IncidentEvent::Kind::Note     ? u"Warteschlange voll"_s
            : event.kind == IncidentEvent::Kind::EndpointChanged ? u"HTTP 503"_s
                                                                 : QString();
        m_model->setIncident(1);
        m_model->setEvents(1, {event});
        const QModelIndex row = m_model->index(0);
        QCOMPARE(row.data(IncidentTimelineModel::SentenceRole).toString(), sentence);
        QCOMPARE(row.data().toString(), EndpointText::time(event.at) + u" – "_s + sentence);
        QCOMPARE(row.data(IncidentTimelineModel::ActorRole).toString(), actor);
        QCOMPARE(row.data(IncidentTimelineModel::TimeRole).toDateTime(), event.at);
    }

    void newestFirstAndLiveEntriesOnTop()
    {
        m_model->setIncident(1);
        const IncidentEvent opened = eventOf(IncidentEvent::Kind::Opened, 0);
        const IncidentEvent acknowledged = eventOf(IncidentEvent::Kind::Acknowledged, 60, u"anna"_s);
        m_model->setEvents(2, {opened}); // another incident's answer, arriving late
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setEvents(1, {opened, acknowledged});
        QCOMPARE(
            m_model->index(0).data(IncidentTimelineModel::KindRole).toInt(), int(IncidentEvent::Kind::Acknowledged));

        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        IncidentEvent note = eventOf(IncidentEvent::Kind::Note, 120, u"ben"_s);
        note.text = u"Neustart läuft"_s;
        // The load may already hold an entry that a change announces again: it shows once.
        m_model->appendEvents(1, {acknowledged, note});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0).data(IncidentTimelineModel::KindRole).toInt(), int(IncidentEvent::Kind::Note));
        m_model->appendEvents(2, {note});
        QCOMPARE(m_model->rowCount(), 3);

        m_model->setIncident(0);
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    std::unique_ptr<IncidentTimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestIncidentTimelineModel)
#include "tst_incidenttimelinemodel.moc"
