#pragma once

#include "catalog/maintenancewindow.h"
#include "catalog/servicecatalog.h"
#include "incidents/incidentbook.h"
#include "storage/endpointrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace Leitstand {

class Database;

struct TeamRecord
{
    qint64 id = 0;
    QString name;
    QJsonObject channel; // see TeamChannel
};

// What the console shows instead of ids: the names of services, teams and endpoints.
struct CatalogNames
{
    QHash<qint64, QString> services;
    QHash<qint64, QString> teams;
    QHash<qint64, QString> endpoints;
};

// What replaceCatalog() did, for teams and services apart. A service that endpoints still name is
// not deleted when it leaves the catalog; it counts as removed once its catalog fields are cleared.
struct CatalogImportSummary
{
    ImportSummary teams;
    ImportSummary services;
    friend bool operator==(const CatalogImportSummary &, const CatalogImportSummary &) = default;
};

// The service catalog in the database. Each call uses the calling thread's connection; errors are
// translated messages.
class CatalogRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::CatalogRepository)

public:
    explicit CatalogRepository(const Database &database);

    // Which service each endpoint belongs to, what each service depends on and its team.
    std::expected<IncidentTopology, QString> incidentTopology() const;
    // Every service's name by id; every endpoint's service has one.
    std::expected<QHash<qint64, QString>, QString> serviceNames() const;
    std::expected<QList<TeamRecord>, QString> teams() const;
    // Every endpoint's name by id.
    std::expected<QHash<qint64, QString>, QString> endpointNames() const;
    // Services, teams and endpoints by id, read in one transaction so that they agree.
    std::expected<CatalogNames, QString> names() const;
    // Every service's maintenance windows with their ids, ordered by id. maintenance_windows
    // .definition holds a window as the JSON object of MaintenanceWindowFormat::toFields(); a
    // definition that no longer reads is an error naming the window.
    std::expected<QList<MaintenanceWindow>, QString> maintenanceWindows() const;
    // Rises with every change of teams, services, contacts, dependencies and maintenance windows.
    std::expected<qint64, QString> revision() const;

    // The whole catalog, teams and services in ServiceCatalog's order, read in one transaction.
    // Every service row is there, also those that exist only because endpoints name them (with
    // empty fields); maintenance windows are in the order they were stored, without ids.
    std::expected<ServiceCatalog, QString> catalog() const;
    // Which endpoints measure each service: endpoint names by service name, in ServiceCatalog's
    // order. A ServiceCatalog is what a file describes, so the endpoints are not part of it.
    std::expected<QHash<QString, QStringList>, QString> endpointNamesByService() const;
    // Makes the stored catalog the given one, in one transaction: teams and services are matched
    // by name and keep their ids (incidents and runbooks keep pointing at them); the members,
    // contacts, dependencies and maintenance windows of a changed team or service are replaced.
    // With Replace, teams not in the catalog are deleted, and so are services not in it unless
    // endpoints, incidents or runbooks refer to them, in which case only their catalog fields
    // are cleared; with Merge, teams and services not in the catalog stay as they are. Unchanged
    // rows are not written, so the revision rises only if something changed. With dryRun the
    // same is done and counted, then rolled back. The catalog must name only its own teams and
    // services (CatalogFile::parse() ensures that).
    std::expected<CatalogImportSummary, QString> replaceCatalog(const ServiceCatalog &catalog,
        EndpointRepository::SyncMode mode = EndpointRepository::SyncMode::Replace, bool dryRun = false);

private:
    const Database &m_database;
};

} // namespace Leitstand
