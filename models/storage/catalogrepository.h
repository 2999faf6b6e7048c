#pragma once

#include "incidents/incidentbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <expected>

namespace Leitstand {

class Database;

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
    // Rises with every change of teams, services, contacts, dependencies and maintenance windows.
    std::expected<qint64, QString> revision() const;

private:
    const Database &m_database;
};

} // namespace Leitstand
