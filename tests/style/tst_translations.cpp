// Fails when a tr() string in the sources is missing from translations/*.ts, or when any entry
// there is unfinished: German and English are both complete, always.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Catalogue
{
    QString language;
    int messages = 0;
    QStringList unfinished;
    QString error;
};

Catalogue readCatalogue(const QString &fileName)
{
    Catalogue catalogue;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "TS"_L1) {
            catalogue.language = xml.attributes().value("language"_L1).toString();
        } else if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
            ++catalogue.messages;
        } else if (xml.name() == "translation"_L1) {
            const auto type = xml.attributes().value("type"_L1);
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == "unfinished"_L1 || type == "vanished"_L1 || type == "obsolete"_L1 || text.isEmpty())
                catalogue.unfinished << u"%1: \"%2\" (%3)"_s.arg(
                    context, source, type.isEmpty() ? u"empty"_s : type.toString());
        }
    }
    if (xml.hasError())
        catalogue.error = u"%1:%2: %3"_s.arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("de") << u"de"_s;
        QTest::addRow("en") << u"en"_s;
    }

    void complete()
    {
        QFETCH(QString, language);
        const QString sourceDir = QStringLiteral(LEITSTAND_SOURCE_DIR);
        const QString committed = sourceDir + u"/translations/leitstand_%1.ts"_s.arg(language);
        QVERIFY2(QFile::exists(committed), qPrintable(committed));

        const Catalogue before = readCatalogue(committed);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QCOMPARE(before.language, language);
        QVERIFY2(before.unfinished.isEmpty(), qPrintable(before.unfinished.join(u'\n')));

        // lupdate, run over a copy, marks every source string the catalogue lacks as unfinished.
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"check.ts"_s);
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir);
        lupdate.start(QStringLiteral(LEITSTAND_LUPDATE),
            {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s, u"app"_s,
                u"models"_s, u"views"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const Catalogue after = readCatalogue(copy);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QVERIFY2(after.unfinished.isEmpty(),
            qPrintable(u"strings missing from %1:\n"_s.arg(committed) + after.unfinished.join(u'\n')));
        QVERIFY(after.messages > 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
