#pragma once

#include "catalog/servicecatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>

namespace Leitstand {

// The service catalog on paper, for the federal service standard's "overview of technical
// prerequisites and who is responsible": shift leads print it and hand it on. An A4 PDF with a
// first part on who is responsible for what (service, team, who is on call and their numbers),
// the dependencies of all services and the teams with their members, then one page or more per
// service. Every page has a header with the generation time and a page number "Page 2 of 7";
// the text is real text, so it can be searched and copied.
//
// Made in two steps so that only the first needs the GUI thread: make() collects the texts
// (translated, in the current locale); write() lays them out and writes the file, touches no
// widget and may run in any thread.
class CatalogPrintout final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::CatalogPrintout)

public:
    static CatalogPrintout make(const ServiceCatalog &catalog, const QHash<QString, QStringList> &endpointsByService,
        const QDateTime &generatedUtc);

    // Writes the PDF atomically (the file is replaced only when complete); the number of pages,
    // or why the file could not be written.
    std::expected<int, QString> write(const QString &path) const;

    const QString &html() const { return m_html; }

private:
    QString m_html;
    QString m_title;
    QString m_header;
    QString m_generated;
    QString m_pageFormat; // "Page %1 of %2"
};

} // namespace Leitstand
