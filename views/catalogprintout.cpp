#include "catalogprintout.h"

#include "catalog/catalogtext.h"
#include "cataloghtml.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Device units per inch. The PDF is vector text either way; 300 keeps the arithmetic in sane numbers.
constexpr int resolution = 300;
constexpr qreal unitsPerMm = resolution / 25.4;

// Margins of the A4 page in millimetres, and the bands of the header and footer inside them.
constexpr qreal marginSide = 20;
constexpr qreal marginTopBottom = 12;
constexpr qreal headerBand = 11;
constexpr qreal footerBand = 9;

// Paper is black on white whatever the screen's colour scheme; headings and the header rows of
// tables carry the structure, a light grey behind table headers only helps the eye.
const auto styleSheet = uR"(
h1 { font-size: 20pt; font-weight: bold; margin-top: 0; margin-bottom: 2pt; }
p.subtitle { font-size: 13pt; margin-top: 0; margin-bottom: 12pt; }
h2 { font-size: 14pt; font-weight: bold; margin-top: 16pt; margin-bottom: 6pt; }
h2.service, h2.part { page-break-before: always; margin-top: 0; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 12pt; margin-bottom: 4pt; }
th { background-color: #e6e6e6; }
)"_s;

QFont bodyFont()
{
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    // Ligatures would put "ﬁ" into the PDF's text, and searching for "notified" would not find
    // "notiﬁed".
    font.setFeature(QFont::Tag("liga"), 0);
    return font;
}

} // namespace

CatalogPrintout CatalogPrintout::make(
    const ServiceCatalog &catalog, const QHash<QString, QStringList> &endpointsByService, const QDateTime &generatedUtc)
{
    CatalogPrintout printout;
    printout.m_title = tr("Service catalog");
    const QString subtitle = tr("Who is responsible for what");
    const QString generated = CatalogText::dateTime(generatedUtc.toLocalTime());
    printout.m_header = tr("%1: %2", "printout header: title, subtitle").arg(printout.m_title, subtitle);
    printout.m_generated = tr("Generated on %1").arg(generated);
    printout.m_pageFormat = tr("Page %1 of %2");

    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html = u"<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n"_s.arg(esc(printout.m_title), esc(subtitle));
    html += u"<p>%1</p>\n"_s.arg(esc(tr("As of %1: %2 and %3.", "as of date: services, teams")
            .arg(generated, tr("%n service(s)", nullptr, int(catalog.services.size())),
                tr("%n team(s)", nullptr, int(catalog.teams.size())))));
    html += u"<p>%1</p>\n"_s.arg(esc(tr("For every service: the team responsible for it, whom to call when it is "
                                        "disrupted, what it needs and what depends on it, when it must be "
                                        "available and when it is maintained. Times are local time unless a time "
                                        "zone is named.")));
    if (catalog.services.isEmpty()) {
        printout.m_html = html + u"<p><i>%1</i></p>"_s.arg(esc(tr("No services are described.")));
        return printout;
    }

    html += u"<h2>%1</h2>\n"_s.arg(esc(subtitle)) + CatalogHtml::responsibilities(catalog);
    html += u"<h2>%1</h2>\n<p>%2</p>\n"_s.arg(
                esc(tr("Dependencies")), esc(tr("When a service fails, the services that need it are disrupted too.")))
        + CatalogHtml::dependencies(catalog);
    if (!catalog.teams.isEmpty())
        html += u"<h2 class=\"part\">%1</h2>\n"_s.arg(esc(tr("Teams"))) + CatalogHtml::teams(catalog);
    for (const ServiceDefinition &service : catalog.services) {
        html += CatalogHtml::service(
            catalog, service, endpointsByService.value(service.name), generatedUtc, CatalogHtml::Links::None, 2);
    }
    printout.m_html = html;
    return printout;
}

std::expected<int, QString> CatalogPrintout::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));

    QPdfWriter writer(&file);
    writer.setTitle(m_title);
    writer.setCreator(u"Leitstand"_s);
    writer.setResolution(resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(marginSide, marginTopBottom, marginSide, marginTopBottom), QPageLayout::Millimeter));
    // The painter's origin is the top left of the area inside the margins.
    const QRectF paper = writer.pageLayout().paintRectPixels(resolution).toRectF();
    const QRectF page(0, 0, paper.width(), paper.height());
    const QRectF body(
        0, headerBand * unitsPerMm, page.width(), page.height() - ((headerBand + footerBand) * unitsPerMm));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(bodyFont());
    document.setDefaultStyleSheet(styleSheet);
    document.setDocumentMargin(0);
    document.setHtml(m_html);
    document.setPageSize(body.size());
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return std::unexpected(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
    QFont small = bodyFont();
    small.setPointSizeF(8);
    QPen rule(QColor(0x55, 0x55, 0x55));
    rule.setWidthF(0.25 * unitsPerMm);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const QRectF header(0, 0, page.width(), (headerBand - 4) * unitsPerMm);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_header);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, m_generated);
        const QRectF footer(
            0, page.height() - ((footerBand - 3) * unitsPerMm), page.width(), (footerBand - 3) * unitsPerMm);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
            m_pageFormat.arg(QString::number(index + 1), QString::number(pages)));
        painter.setPen(rule);
        painter.drawLine(QPointF(0, header.bottom() + (1.5 * unitsPerMm)),
            QPointF(page.width(), header.bottom() + (1.5 * unitsPerMm)));

        painter.save();
        painter.translate(body.left(), body.top() - (index * body.height()));
        // Lines are laid out within pages; one that starts exactly at the next page's top would
        // still touch this page's clip and end up in the PDF as invisible text, found twice by
        // searches. A hair less height keeps it out.
        document.drawContents(&painter, QRectF(0, index * body.height(), body.width(), body.height() - 0.5));
        painter.restore();
    }
    if (!painter.end())
        return std::unexpected(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
    if (!file.commit())
        return std::unexpected(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return pages;
}

} // namespace Leitstand
