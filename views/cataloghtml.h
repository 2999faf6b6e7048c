#pragma once

#include "catalog/servicecatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Leitstand {

// The service catalog as HTML for QTextDocument: the section of one service, which the catalog
// overview shows for the selected service and the printout repeats for every service, and the
// printout's summaries. Everything people typed is escaped, so a description with "<b>" or "&"
// reads as typed. Colours are left to the reader (a widget's palette or paper); structure is in
// headings, tables and words.
class CatalogHtml final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::CatalogHtml)

public:
    // How names of other services are written: as links to serviceUrl() (the overview, which
    // selects the service when one is clicked), or as text (paper).
    enum class Links { Services, None };

    // Everything about one service: description, team with members and channel, contacts with
    // who is on call, prerequisites, dependencies both ways, service hours, target, maintenance
    // windows with their next occurrence after nowUtc, and the endpoints that measure it.
    // `headingLevel` is that of the service's name (2 in the printout, 3 in the overview).
    static QString service(const ServiceCatalog &catalog, const ServiceDefinition &service,
        const QStringList &endpoints, const QDateTime &nowUtc, Links links, int headingLevel);

    // The printout's first pages: who is responsible for what (service, team, who is on call
    // with their numbers), the dependencies of all services, and the teams with their members.
    static QString responsibilities(const ServiceCatalog &catalog);
    static QString dependencies(const ServiceCatalog &catalog);
    static QString teams(const ServiceCatalog &catalog);

    static QUrl serviceUrl(const QString &name);
    // The service a serviceUrl() names; empty for any other URL.
    static QString serviceOf(const QUrl &url);
};

} // namespace Leitstand
