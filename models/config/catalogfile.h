#pragma once

#include "catalog/servicecatalog.h"
#include "config/endpointfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>

namespace Leitstand {

// The versioned YAML file of the service catalog (teams, services, contacts, dependencies, service
// hours, maintenance windows) that `leitstand catalog import` reads and export writes; the format
// is described in docs/catalog-file.md. As with the endpoint file, a file is taken whole or not
// at all, and every problem is reported with its line and field.
class CatalogFile final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::CatalogFile)

public:
    static constexpr int currentVersion = 1;

    using Result = std::expected<ServiceCatalog, QList<EndpointFileProblem>>;

    // The catalog with teams and services ordered by name; or every problem, ordered by line.
    static Result parse(const QByteArray &yaml, const QString &fileName);
    // As parse(), and a problem with line 0 if the file cannot be read.
    static Result read(const QString &path);

    // A file that parse() reads back to the same catalog, teams and services ordered by name,
    // leaving out every value equal to its default.
    static QByteArray write(const ServiceCatalog &catalog);
    // Replaces the file atomically; on failure the old file is untouched and *error says why.
    static bool writeFile(const QString &path, const ServiceCatalog &catalog, QString *error);
};

} // namespace Leitstand
