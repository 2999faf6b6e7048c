#pragma once

#include "catalog/maintenancewindow.h"
#include "incidents/incidentbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

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

private:
    const Database &m_database;
};

} // namespace Leitstand
