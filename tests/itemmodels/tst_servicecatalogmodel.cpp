// The catalog overview's model and its filter under QAbstractItemModelTester: what each column
// says, dependencies in both directions, reloads that change rows in place instead of resetting,
// and filtering and sorting by value and in natural order.

#include "../catalog/samplecatalog.h"
#include "itemmodels/servicecatalogfiltermodel.h"
#include "itemmodels/servicecatalogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace CatalogTest;

namespace {

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestServiceCatalogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init()
    {
        m_model = std::make_unique<ServiceCatalogModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter = std::make_unique<ServiceCatalogFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_filterTester.reset();
        m_filter.reset();
        m_tester.reset();
        m_model.reset();
    }

    void columns()
    {
        m_model->setCatalog(sampleCatalog(), sampleEndpoints());
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), int(ServiceCatalogModel::ColumnCount));
        const auto cell = [this](const QString &service, int column, int role = Qt::DisplayRole) {
            return m_model->indexOf(service, column).data(role);
        };
        const QString portal = u"Bürgerportal"_s;
        QCOMPARE(cell(portal, ServiceCatalogModel::Team).toString(), u"Team Bürgerportal"_s);
        // Only those on call, with the number to ring.
        QCOMPARE(cell(portal, ServiceCatalogModel::OnCall).toString(), u"Jürgen Weiß (+49 171 5550199)"_s);
        QCOMPARE(cell(u"Antragsdatenbank"_s, ServiceCatalogModel::OnCall).toString(),
            u"Leonie Wagner (+49 160 5550188); Sven Hoffmann (+49 160 5550177)"_s);
        QCOMPARE(cell(u"Wohngeld-Online"_s, ServiceCatalogModel::OnCall).toString(), QString());
        QVERIFY(!cell(u"Wohngeld-Online"_s, ServiceCatalogModel::OnCall, ServiceCatalogModel::HasOnCallRole).toBool());
        QCOMPARE(cell(u"Wohngeld-Online"_s, ServiceCatalogModel::OnCall, Qt::ToolTipRole).toString(),
            u"Nobody is on call for Wohngeld-Online"_s);

        QCOMPARE(
            cell(portal, ServiceCatalogModel::DependsOn).toString(), u"Anmeldung, Antragsdatenbank, Bezahldienst"_s);
        QCOMPARE(cell(portal, ServiceCatalogModel::NeededBy).toString(), u"Wohngeld-Online"_s);
        QCOMPARE(cell(u"Antragsdatenbank"_s, ServiceCatalogModel::NeededBy, ServiceCatalogModel::NeededByRole)
                     .toStringList(),
            (QStringList {u"Anmeldung"_s, u"Bürgerportal"_s, u"Wohngeld-Online"_s}));
        QCOMPARE(cell(portal, ServiceCatalogModel::Hours).toString(),
            u"Mon to Fri 07:00–19:00; Sat 08:00–12:00 (Europe/Berlin), closed on public holidays in Berlin"_s);
        QCOMPARE(cell(u"Antragsdatenbank"_s, ServiceCatalogModel::Hours).toString(), u"around the clock"_s);
        QCOMPARE(cell(portal, ServiceCatalogModel::Target).toString(), u"99.5 %"_s);
        QCOMPARE(cell(u"Wohngeld-Online"_s, ServiceCatalogModel::Target).toString(), QString());
        QCOMPARE(cell(portal, ServiceCatalogModel::Endpoints).toInt(), 4);
        // Endpoints in natural order, numbers by value.
        QCOMPARE(m_model->endpointsOf(portal),
            (QStringList {u"Antrag 2"_s, u"Antrag 10"_s, u"Login-Weiterleitung"_s, u"Startseite"_s}));
        QCOMPARE(cell(u"Bezahldienst"_s, ServiceCatalogModel::Team).toString(), QString());
        QCOMPARE(cell(portal, ServiceCatalogModel::Target, ServiceCatalogModel::SortRole).toDouble(), 99.5);
        QCOMPARE(
            cell(u"Wohngeld-Online"_s, ServiceCatalogModel::Target, ServiceCatalogModel::SortRole).toDouble(), -1.0);
        QCOMPARE(m_model->headerData(ServiceCatalogModel::OnCall, Qt::Horizontal).toString(), u"On call"_s);
    }

    void reloadChangesRowsInPlace()
    {
        m_model->setCatalog(sampleCatalog(), sampleEndpoints());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy catalogChanged(m_model.get(), &ServiceCatalogModel::catalogChanged);

        // The same catalog again changes nothing.
        m_model->setCatalog(sampleCatalog(), sampleEndpoints());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(catalogChanged.size(), 1);

        // One description changes: one row.
        ServiceCatalog catalog = sampleCatalog();
        catalog.services[1].description = u"Neuer Cluster db-4."_s;
        const int databaseRow = m_model->indexOf(u"Antragsdatenbank"_s).row();
        m_model->setCatalog(catalog, sampleEndpoints());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), databaseRow);
        QCOMPARE(m_model->indexOf(u"Antragsdatenbank"_s).data(ServiceCatalogModel::DescriptionRole).toString(),
            u"Neuer Cluster db-4."_s);

        // Wohngeld-Online goes, a service comes: what needed the portal and the database changes.
        changed.clear();
        catalog.services.removeLast();
        ServiceDefinition parking;
        parking.name = u"Anwohnerparken"_s;
        parking.team = u"Team Bürgerportal"_s;
        parking.dependsOn = {u"Bürgerportal"_s};
        catalog.services.insert(1, parking);
        m_model->setCatalog(catalog, sampleEndpoints());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 5);
        QVERIFY(!m_model->indexOf(u"Wohngeld-Online"_s).isValid());
        QCOMPARE(
            m_model->indexOf(u"Bürgerportal"_s, ServiceCatalogModel::NeededBy).data().toString(), u"Anwohnerparken"_s);
        QCOMPARE(m_model->indexOf(u"Antragsdatenbank"_s, ServiceCatalogModel::NeededBy).data().toString(),
            u"Anmeldung, Bürgerportal"_s);
        QCOMPARE(changed.size(), 2); // Bürgerportal and Antragsdatenbank
        QCOMPARE(catalogChanged.size(), 3);

        // An empty catalog empties the model.
        m_model->setCatalog({}, {});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("services");
        QTest::addRow("everything") << u"  "_s
                                    << QStringList {u"Anmeldung"_s, u"Antragsdatenbank"_s, u"Bezahldienst"_s,
                                           u"Bürgerportal"_s, u"Wohngeld-Online"_s};
        QTest::addRow("contact, case-insensitive") << u"leonie"_s << QStringList {u"Antragsdatenbank"_s};
        QTest::addRow("team member") << u"Özdemir"_s << QStringList {u"Bürgerportal"_s, u"Wohngeld-Online"_s};
        QTest::addRow("prerequisite") << u"Verwaltungsnetz"_s << QStringList {u"Bürgerportal"_s};
        QTest::addRow("endpoint") << u"SAML-Metadaten"_s << QStringList {u"Anmeldung"_s};
        QTest::addRow("dependency both ways")
            << u"Bezahldienst"_s << QStringList {u"Bezahldienst"_s, u"Bürgerportal"_s};
        QTest::addRow("nothing") << u"Kfz-Zulassung"_s << QStringList {};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, services);
        m_model->setCatalog(sampleCatalog(), sampleEndpoints());
        m_filter->sort(ServiceCatalogModel::Service);
        m_filter->setFilterText(text);
        QCOMPARE(column(*m_filter, ServiceCatalogModel::Service), services);
    }

    void sorting()
    {
        ServiceCatalog catalog = sampleCatalog();
        ServiceDefinition tenth;
        tenth.name = u"Antrag 10"_s;
        ServiceDefinition second;
        second.name = u"Antrag 2"_s;
        catalog.services << tenth << second;
        m_model->setCatalog(catalog, sampleEndpoints());
        m_filter->sort(ServiceCatalogModel::Service);
        QCOMPARE(column(*m_filter, ServiceCatalogModel::Service).mid(0, 4),
            (QStringList {u"Anmeldung"_s, u"Antrag 2"_s, u"Antrag 10"_s, u"Antragsdatenbank"_s}));

        // Targets by value, the highest first; equal targets by name either way.
        m_filter->sort(ServiceCatalogModel::Target, Qt::DescendingOrder);
        QCOMPARE(column(*m_filter, ServiceCatalogModel::Service).mid(0, 4),
            (QStringList {u"Antragsdatenbank"_s, u"Anmeldung"_s, u"Bürgerportal"_s, u"Bezahldienst"_s}));
        m_filter->sort(ServiceCatalogModel::Endpoints, Qt::DescendingOrder);
        QCOMPARE(column(*m_filter, ServiceCatalogModel::Service).constFirst(), u"Bürgerportal"_s);
    }

private:
    std::unique_ptr<ServiceCatalogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ServiceCatalogFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

QTEST_GUILESS_MAIN(TestServiceCatalogModel)
#include "tst_servicecatalogmodel.moc"
