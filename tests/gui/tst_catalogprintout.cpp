// The catalog's printout as a reader gets it: an A4 PDF of several pages whose text pdftotext can
// read back (poppler-utils), with the teams, who is on call, the dependencies and every page
// numbered, and with markup people typed printed as typed.

#include "../catalog/samplecatalog.h"
#include "catalog/catalogtext.h"
#include "catalogprintout.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace CatalogTest;

namespace {

constexpr int toolTimeoutMs = 60'000;

// The output of a poppler tool, or a failure message in `problem`.
QString run(const QString &tool, const QStringList &arguments, QString &problem)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        problem = tool + u" is not installed (poppler-utils)"_s;
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(toolTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        problem = u"%1 failed: %2"_s.arg(tool, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The sample with what people type into forms: markup and ampersands, in a description, a
// contact's name and a prerequisite.
ServiceCatalog catalogWithMarkup()
{
    ServiceCatalog catalog = sampleCatalog();
    ServiceDefinition &portal = *std::ranges::find(catalog.services, u"Bürgerportal"_s, &ServiceDefinition::name);
    portal.description = u"Achtung <b>x</b> & Co. bleibt wörtlich"_s;
    portal.contacts.append(contact(u"Schulz & Partner <Wartung>"_s, u"Dienstleister"_s, u"+49 30 5550142"_s,
        u"wartung@schulz-partner.example"_s, false));
    portal.prerequisites.append(u"Firewall-Regel <script>alert(1)</script>"_s);
    return catalog;
}

QDateTime generated()
{
    return QDateTime(QDate(2026, 12, 2), QTime(9, 30), QTimeZone::UTC);
}

// pdftotext breaks lines where the layout does: compare with runs of white space as one space.
QString flattened(const QString &text)
{
    return QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

} // namespace

class TestCatalogPrintout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
        m_pdf = m_dir.filePath(u"catalog.pdf"_s);
        const auto written = CatalogPrintout::make(catalogWithMarkup(), sampleEndpoints(), generated()).write(m_pdf);
        QVERIFY(written.has_value());
        m_pages = *written;
        QString problem;
        m_text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, m_pdf, u"-"_s}, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_flat = flattened(m_text);
    }

    void a4WithSeveralPages()
    {
        QString problem;
        const QString info = run(u"pdfinfo"_s, {m_pdf}, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QCOMPARE(pages.captured(1).toInt(), m_pages);
        // A first part, the teams and a page per service at least.
        QVERIFY2(m_pages >= 7, qPrintable(QString::number(m_pages)));
        QVERIFY(info.contains(u"Title:"_s));
        QVERIFY2(info.contains(u"Service catalog"_s), qPrintable(info));
        // Every page numbered, with the total.
        for (int page = 1; page <= m_pages; ++page)
            QVERIFY2(m_flat.contains(u"Page %1 of %2"_s.arg(page).arg(m_pages)), qPrintable(QString::number(page)));
        QCOMPARE(m_flat.count(u"Generated on "_s + CatalogText::dateTime(generated().toLocalTime())), m_pages);
    }

    void whoIsResponsible()
    {
        for (const QString &team : {u"Team Bürgerportal"_s, u"Team Identität"_s, u"Team Plattform"_s})
            QVERIFY2(m_flat.contains(team), qPrintable(team));
        // Who is on call, with the number to ring; members of the teams with theirs.
        for (const QString &text : {u"Jürgen Weiß"_s, u"+49 171 5550199"_s, u"Leonie Wagner"_s, u"+49 160 5550188"_s,
                 u"Servicedesk ePayBL"_s, u"Katrin Müller"_s, u"+49 30 901234-20"_s, u"on call"_s})
            QVERIFY2(m_flat.contains(text), qPrintable(text));
        QVERIFY(m_flat.contains(u"Who is responsible for what"_s));
        QVERIFY(m_flat.contains(u"Nobody is responsible for this service."_s)); // Bezahldienst
        QVERIFY(m_flat.contains(u"Nobody is on call."_s)); // Wohngeld-Online
        QVERIFY(m_flat.contains(u"Team Bürgerportal, notified by Matrix room"_s));
        QVERIFY(m_flat.contains(u"Team Plattform, not notified of incidents"_s));
    }

    void dependencies()
    {
        QVERIFY(m_flat.contains(u"Dependencies"_s));
        QVERIFY(m_flat.contains(u"Anmeldung, Antragsdatenbank, Bezahldienst"_s)); // what the portal needs
        QVERIFY(m_flat.contains(u"Anmeldung, Bürgerportal, Wohngeld-Online"_s)); // what needs the database
        QVERIFY(m_flat.contains(u"no other service"_s));
    }

    // The words people wrote in German, whatever language the printout is in: umlauts and ß
    // survive as text, so the PDF can be searched for them.
    void germanTextAsWritten()
    {
        for (const QString &text : {u"Zugang zum Verwaltungsnetz (NdB-VN)"_s, u"Wöchentliche Aktualisierung"_s,
                 u"Umzug ins Rechenzentrum Süd"_s, u"Gebühren und Auslagen mit ePayBL bezahlen"_s,
                 u"Wohngeldanträge online stellen"_s, u"Europe/Berlin"_s})
            QVERIFY2(m_flat.contains(text), qPrintable(text));
        QVERIFY(m_flat.contains(u"weekly on Tuesday, 22:00–00:00 (Europe/Berlin)"_s));
        QVERIFY(m_flat.contains(u"closed on public holidays in Berlin"_s));
        QVERIFY(m_flat.contains(u"closed on public holidays in Bavaria"_s));
        QVERIFY(m_flat.contains(u"99.9 % of the service hours"_s));
    }

    void markupComesOutLiterally()
    {
        QVERIFY2(m_flat.contains(u"Achtung <b>x</b> & Co. bleibt wörtlich"_s), qPrintable(m_flat.left(2000)));
        QVERIFY(m_flat.contains(u"Schulz & Partner <Wartung>"_s));
        QVERIFY(m_flat.contains(u"Firewall-Regel <script>alert(1)</script>"_s));
        const QString html = CatalogPrintout::make(catalogWithMarkup(), sampleEndpoints(), generated()).html();
        QVERIFY(html.contains(u"Achtung &lt;b&gt;x&lt;/b&gt; &amp; Co."_s));
        QVERIFY(!html.contains(u"<script>"_s));
    }

    void emptyCatalog()
    {
        const QString path = m_dir.filePath(u"empty.pdf"_s);
        const auto written = CatalogPrintout::make({}, {}, generated()).write(path);
        QVERIFY(written.has_value());
        QCOMPARE(*written, 1);
        QString problem;
        const QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(text.contains(u"No services are described."_s));
    }

    void unwritableFile()
    {
        const QString path = m_dir.filePath(u"missing/folder/catalog.pdf"_s);
        const auto written = CatalogPrintout::make(sampleCatalog(), sampleEndpoints(), generated()).write(path);
        QVERIFY(!written.has_value());
        QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
        QVERIFY(!QFile::exists(path));
    }

    // Writes catalog-printout.pdf and its first five pages as catalog-printout-N.png (into
    // LEITSTAND_SCREENSHOT_DIR, or next to the test) for a person to look at; checks only that the
    // pages have the size of A4 and are not blank.
    void pageImages()
    {
        const QString dir = qEnvironmentVariableIsSet("LEITSTAND_SCREENSHOT_DIR")
            ? qEnvironmentVariable("LEITSTAND_SCREENSHOT_DIR")
            : QCoreApplication::applicationDirPath();
        const QString prefix = QDir(dir).filePath(u"catalog-printout"_s);
        QFile::remove(prefix + u".pdf"_s);
        QVERIFY(QFile::copy(m_pdf, prefix + u".pdf"_s));
        QString problem;
        run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"5"_s, m_pdf, prefix}, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // pdftoppm numbers pages with as many digits as the last page number has.
        const QString first = QDir(dir).filePath(u"catalog-printout-%1.png"_s.arg(
            QString::number(1).rightJustified(int(QString::number(m_pages).size()), u'0')));
        const QImage image(first);
        QVERIFY2(!image.isNull(), qPrintable(first));
        qInfo("%s", qPrintable(first));
        // A4 at 60 dpi is about 496 by 702 pixels.
        QVERIFY(qAbs(image.width() - 496) <= 2);
        QVERIFY(qAbs(image.height() - 702) <= 2);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5) {
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 10);
    }

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    int m_pages = 0;
    QString m_text;
    QString m_flat;
};

QTEST_MAIN(TestCatalogPrintout)
#include "tst_catalogprintout.moc"
