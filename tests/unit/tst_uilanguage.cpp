#include "core/uilanguage.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestUiLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<UiLanguage>("language");
        QTest::addRow("de") << u"de"_s << true << UiLanguage::German;
        QTest::addRow("en") << u"en"_s << true << UiLanguage::English;
        QTest::addRow("system") << u"system"_s << true << UiLanguage::System;
        QTest::addRow("upper case and blanks") << u" DE "_s << true << UiLanguage::German;
        QTest::addRow("region is not a language") << u"de_DE"_s << false << UiLanguage::System;
        QTest::addRow("french") << u"fr"_s << false << UiLanguage::System;
        QTest::addRow("empty") << QString() << false << UiLanguage::System;
    }

    void codes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(UiLanguage, language);
        const auto parsed = languageFromCode(code);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, language);
            QCOMPARE(languageFromCode(languageCode(*parsed)), parsed);
        }
    }

    void effective_data()
    {
        QTest::addColumn<UiLanguage>("choice");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<UiLanguage>("expected");
        QTest::addColumn<QString>("localeName");
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale austrian(QLocale::German, QLocale::Austria);
        const QLocale american(QLocale::English, QLocale::UnitedStates);
        const QLocale french(QLocale::French, QLocale::France);
        QTest::addRow("system german") << UiLanguage::System << german << UiLanguage::German << u"de_DE"_s;
        QTest::addRow("system austrian keeps region")
            << UiLanguage::System << austrian << UiLanguage::German << u"de_AT"_s;
        QTest::addRow("system american keeps region")
            << UiLanguage::System << american << UiLanguage::English << u"en_US"_s;
        QTest::addRow("system french falls back to english")
            << UiLanguage::System << french << UiLanguage::English << u"en_GB"_s;
        QTest::addRow("german chosen on english system")
            << UiLanguage::German << american << UiLanguage::German << u"de_DE"_s;
        QTest::addRow("english chosen on german system")
            << UiLanguage::English << german << UiLanguage::English << u"en_GB"_s;
    }

    void effective()
    {
        QFETCH(UiLanguage, choice);
        QFETCH(QLocale, system);
        QFETCH(UiLanguage, expected);
        QFETCH(QString, localeName);
        QCOMPARE(effectiveLanguage(choice, system), expected);
        QCOMPARE(localeFor(expected, system).name(), localeName);
    }

    void argument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addRow("none") << QStringList {u"leitstand"_s} << QString();
        QTest::addRow("separate") << QStringList {u"leitstand"_s, u"--lang"_s, u"de"_s} << u"de"_s;
        QTest::addRow("equals") << QStringList {u"leitstand"_s, u"--lang=en"_s} << u"en"_s;
        QTest::addRow("last wins") << QStringList {u"leitstand"_s, u"--lang=en"_s, u"--lang"_s, u"de"_s} << u"de"_s;
        QTest::addRow("missing value") << QStringList {u"leitstand"_s, u"--lang"_s} << QString();
        QTest::addRow("after --") << QStringList {u"leitstand"_s, u"--"_s, u"--lang=de"_s} << QString();
    }

    void argument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(languageArgument(arguments).value_or(QString()), expected);
    }

    void installsCatalogues()
    {
        TranslationInstaller installer;
        QVERIFY(installer.install(UiLanguage::German));
        QCOMPARE(QCoreApplication::translate("Leitstand::MainWindow", "&File"), u"&Datei"_s);
        QVERIFY(installer.install(UiLanguage::English));
        QCOMPARE(QCoreApplication::translate("Leitstand::MainWindow", "&File"), u"&File"_s);
        QCOMPARE(installer.installed(), UiLanguage::English);
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
