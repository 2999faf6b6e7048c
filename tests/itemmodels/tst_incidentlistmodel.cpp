// The incident list and its filter under QAbstractItemModelTester: loaded lists and live changes
// upserted by id, resolved incidents leaving the open list, durations that grow with the clock,
// names from the catalog, raw sort values, and filtering by text, severity and team.

#include "itemmodels/incidentfiltermodel.h"
#include "itemmodels/incidentlistmodel.h"
#include "itemmodels/incidenttext.h"
#include "itemmodeltesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace ItemModelTest;

namespace {

Incident incident(qint64 id, qint64 service, IncidentSeverity severity, int openedSecondsAfterBase, qint64 team = 0)
{
    Incident made;
    made.id = id;
    made.serviceId = service;
    made.severity = severity;
    made.automatic = true;
    made.teamId = team;
    made.openedAt = baseTime().addSecs(openedSecondsAfterBase);
    return made;
}

IncidentChange changeOf(const Incident &incident)
{
    return IncidentChange {.incidentId = incident.id, .incident = incident, .events = {}};
}

CatalogNames names()
{
    CatalogNames names;
    names.services = {{1, u"Bürgerportal"_s}, {2, u"Anmeldung"_s}, {3, u"Wohngeld"_s}};
    names.teams = {{7, u"Team Portal"_s}, {8, u"Team Identität"_s}};
    names.endpoints = {{10, u"Startseite"_s}, {11, u"Login"_s}, {12, u"Antrag 2"_s}, {13, u"Antrag 10"_s}};
    return names;
}

} // namespace

class TestIncidentListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<IncidentListModel>();
        m_model->setClock([this] { return m_now; });
        m_model->setNames(names());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_now = baseTime().addSecs(3600);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void loadedListAndLiveChanges()
    {
        Incident portal = incident(1, 1, IncidentSeverity::Critical, 0, 7);
        portal.affectedEndpoints = {10};
        m_model->setIncidents({portal, incident(2, 2, IncidentSeverity::Major, 600)});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->indexOf(1, IncidentListModel::Title).data().toString(), u"Bürgerportal is down"_s);
        QCOMPARE(m_model->indexOf(1, IncidentListModel::Team).data().toString(), u"Team Portal"_s);
        QCOMPARE(m_model->indexOf(1, IncidentListModel::Endpoints).data().toString(), u"Startseite"_s);
        QCOMPARE(m_model->indexOf(1, IncidentListModel::Severity).data().toString(),
            incidentSeverityDisplayName(IncidentSeverity::Critical));

        // A change updates its row in place; a new incident is inserted.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        portal.acknowledgedBy = u"anna"_s;
        portal.acknowledgedAt = baseTime().addSecs(120);
        m_model->applyChanges({changeOf(portal), changeOf(incident(3, 3, IncidentSeverity::Minor, 900))});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->indexOf(1, IncidentListModel::AcknowledgedBy).data().toString(), u"anna"_s);
        QCOMPARE(m_model->openCount(), 3);
    }

    void resolvedIncidentsLeaveTheOpenList()
    {
        Incident portal = incident(1, 1, IncidentSeverity::Critical, 0);
        m_model->setIncidents({portal, incident(2, 2, IncidentSeverity::Major, 0)});
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        portal.state = IncidentState::Resolved;
        portal.resolvedAt = baseTime().addSecs(1800);
        m_model->applyChanges({changeOf(portal)});
        QCOMPARE(removed.size(), 1);
        QVERIFY(!m_model->incident(1));

        // With the history shown, a resolved incident stays, with its final duration.
        m_model->setIncludeResolved(true);
        m_model->setIncidents({portal, incident(2, 2, IncidentSeverity::Major, 0)});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->indexOf(1, IncidentListModel::Duration).data(IncidentListModel::SortRole).toLongLong(), 1800);
        QCOMPARE(m_model->openCount(), 1);
        m_model->setIncludeResolved(false);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, 0).data(IncidentListModel::IncidentIdRole).toLongLong(), 2);
    }

    void reloadRemovesWhatIsGone()
    {
        m_model->setIncidents(
            {incident(1, 1, IncidentSeverity::Critical, 0), incident(2, 2, IncidentSeverity::Major, 0)});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setIncidents({incident(2, 2, IncidentSeverity::Minor, 0)});
        QCOMPARE(reset.size(), 0); // rows go and change; a selection elsewhere stays
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->indexOf(2, IncidentListModel::Severity).data(IncidentListModel::SortRole).toInt(),
            int(IncidentSeverity::Minor));
    }

    void durationsGrowWithTheClock()
    {
        m_model->setIncidents({incident(1, 1, IncidentSeverity::Major, 0)});
        const QModelIndex duration = m_model->indexOf(1, IncidentListModel::Duration);
        QCOMPARE(duration.data(IncidentListModel::SortRole).toLongLong(), 3600);
        QCOMPARE(duration.data().toString(), IncidentText::duration(3600));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_now = m_now.addSecs(90);
        m_model->refreshDurations();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(IncidentListModel::Duration));
        QCOMPARE(duration.data(IncidentListModel::SortRole).toLongLong(), 3690);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("seconds") << qint64(45) << u"45 s"_s;
        QTest::addRow("minutes") << qint64(12 * 60 + 59) << u"12 min"_s;
        QTest::addRow("hours pad minutes") << qint64(3 * 3600 + 5 * 60) << u"3 h 05 min"_s;
        QTest::addRow("days") << qint64(2 * 86400 + 4 * 3600 + 59) << u"2 d 4 h"_s;
        QTest::addRow("negative clock skew") << qint64(-5) << u"0 s"_s;
    }

    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(IncidentText::duration(seconds), text);
    }

    void namesArriveLater()
    {
        m_model->setNames({});
        Incident handMade = incident(1, 3, IncidentSeverity::Minor, 0);
        handMade.automatic = false;
        handMade.title = u"Bescheide kommen doppelt"_s;
        m_model->setIncidents({incident(2, 1, IncidentSeverity::Major, 0), handMade});
        QCOMPARE(m_model->indexOf(2, IncidentListModel::Service).data().toString(), u"Service 1"_s);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setNames(names());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->indexOf(2, IncidentListModel::Service).data().toString(), u"Bürgerportal"_s);
        QCOMPARE(m_model->indexOf(1, IncidentListModel::Title).data().toString(), u"Bescheide kommen doppelt"_s);
    }

    void sortsByRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<qint64>>("ids");
        // 1: critical, opened first, 2 endpoints; 2: minor, Antrag 2 and 10; 3: major, newest.
        QTest::addRow("severity, most severe first")
            << int(IncidentListModel::Severity) << Qt::DescendingOrder << QList<qint64> {1, 3, 2};
        QTest::addRow("duration, longest first")
            << int(IncidentListModel::Duration) << Qt::DescendingOrder << QList<qint64> {1, 2, 3};
        QTest::addRow("service by name") << int(IncidentListModel::Service) << Qt::AscendingOrder
                                         << QList<qint64> {3, 1, 2};
        QTest::addRow("endpoint count") << int(IncidentListModel::Endpoints) << Qt::AscendingOrder
                                        << QList<qint64> {3, 1, 2};
        QTest::addRow("equal teams: oldest first either way")
            << int(IncidentListModel::Team) << Qt::DescendingOrder << QList<qint64> {1, 2, 3};
    }

    void sortsByRawValues()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<qint64>, ids);
        Incident critical = incident(1, 1, IncidentSeverity::Critical, 0);
        critical.affectedEndpoints = {10, 11};
        Incident minor = incident(2, 3, IncidentSeverity::Minor, 300);
        minor.affectedEndpoints = {12, 13, 10};
        m_model->setIncidents({minor, incident(3, 2, IncidentSeverity::Major, 600), critical});
        IncidentFilterModel filter;
        filter.setSourceModel(m_model.get());
        filter.sort(column, order);
        QList<qint64> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.append(filter.index(row, 0).data(IncidentListModel::IncidentIdRole).toLongLong());
        QCOMPARE(shown, ids);
        // Natural order within the endpoint list.
        QCOMPARE(
            m_model->indexOf(2, IncidentListModel::Endpoints).data().toString(), u"Antrag 2, Antrag 10, Startseite"_s);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("severityRanks");
        QTest::addColumn<qint64>("teamId"); // -1: any
        QTest::addColumn<QList<qint64>>("ids");
        const int critical = int(IncidentSeverity::Critical);
        const int major = int(IncidentSeverity::Major);
        const int minor = int(IncidentSeverity::Minor);
        QTest::addRow("nothing") << QString() << QList<int>() << qint64(-1) << QList<qint64> {1, 2, 3};
        QTest::addRow("service, any case") << u"bürgerPORTAL"_s << QList<int>() << qint64(-1) << QList<qint64> {1};
        QTest::addRow("endpoint name") << u"login"_s << QList<int>() << qint64(-1) << QList<qint64> {2};
        QTest::addRow("team name") << u"identität"_s << QList<int>() << qint64(-1) << QList<qint64> {2};
        QTest::addRow("acknowledged by") << u"anna"_s << QList<int>() << qint64(-1) << QList<qint64> {3};
        QTest::addRow("severity") << QString() << QList<int> {critical, minor} << qint64(-1) << QList<qint64> {1, 3};
        QTest::addRow("team") << QString() << QList<int>() << qint64(7) << QList<qint64> {1};
        QTest::addRow("no team") << QString() << QList<int>() << qint64(0) << QList<qint64> {3};
        QTest::addRow("all combine") << u"portal"_s << QList<int> {major} << qint64(-1) << QList<qint64> {};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, severityRanks);
        QFETCH(qint64, teamId);
        QFETCH(QList<qint64>, ids);
        Incident acknowledged = incident(3, 3, IncidentSeverity::Minor, 0);
        acknowledged.acknowledgedBy = u"anna"_s;
        Incident login = incident(2, 2, IncidentSeverity::Major, 0, 8);
        login.affectedEndpoints = {11};
        m_model->setIncidents({incident(1, 1, IncidentSeverity::Critical, 0, 7), login, acknowledged});
        IncidentFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(m_model.get());
        filter.setFilterText(text);
        QList<IncidentSeverity> severities;
        for (const int rank : severityRanks)
            severities.append(IncidentSeverity(rank));
        filter.setSeverityFilter(severities);
        filter.setTeamFilter(teamId < 0 ? std::nullopt : std::optional(teamId));
        QCOMPARE(filter.isFiltering(), !text.isEmpty() || !severities.isEmpty() || teamId >= 0);
        QList<qint64> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown.append(filter.index(row, 0).data(IncidentListModel::IncidentIdRole).toLongLong());
        std::ranges::sort(shown);
        QCOMPARE(shown, ids);
    }

private:
    std::unique_ptr<IncidentListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
