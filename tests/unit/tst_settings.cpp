#include "core/applicationinfo.h"
#include "core/settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationInfo();
    }

    void languageDefaultsToSystem()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"leitstand.conf"_s));
        QCOMPARE(settings.language(), UiLanguage::System);
    }

    void languagePersists()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"leitstand.conf"_s);
        {
            Settings settings(file);
            QSignalSpy spy(&settings, &Settings::languageChanged);
            settings.setLanguage(UiLanguage::German);
            settings.setLanguage(UiLanguage::German);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).value<UiLanguage>(), UiLanguage::German);
        }
        Settings reopened(file);
        QCOMPARE(reopened.language(), UiLanguage::German);
    }

    void unknownStoredLanguageFallsBackToSystem()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"leitstand.conf"_s);
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(u"ui/language"_s, u"klingon"_s);
        }
        Settings settings(file);
        QCOMPARE(settings.language(), UiLanguage::System);
    }

    void windowLayoutRoundTrips()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"leitstand.conf"_s);
        const QByteArray geometry("\x01\x02geometry\x00bytes", 16);
        {
            Settings settings(file);
            settings.setWindowGeometry(u"main"_s, geometry);
            settings.setWindowState(u"main"_s, "state");
        }
        Settings reopened(file);
        QCOMPARE(reopened.windowGeometry(u"main"_s), geometry);
        QCOMPARE(reopened.windowState(u"main"_s), QByteArray("state"));
        QVERIFY(reopened.windowGeometry(u"other"_s).isEmpty());
    }

    void userNameDefaultsToTheLoginName()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"leitstand.conf"_s);
        qputenv("USER", "anna");
        {
            Settings settings(file);
            QCOMPARE(settings.userName(), u"anna"_s);
            QSignalSpy spy(&settings, &Settings::userNameChanged);
            settings.setUserName(u"  Ben Becker "_s);
            QCOMPARE(settings.userName(), u"Ben Becker"_s);
            QCOMPARE(spy.size(), 1);
            settings.setUserName(u"Ben Becker"_s);
            QCOMPARE(spy.size(), 1);
        }
        Settings reopened(file);
        QCOMPARE(reopened.userName(), u"Ben Becker"_s);
        // Clearing the name acts as the login name again, never anonymously.
        reopened.setUserName(QString());
        QCOMPARE(reopened.userName(), u"anna"_s);
    }

    void defaultFileFollowsStandardPaths()
    {
        Settings settings;
        QVERIFY2(settings.fileName().endsWith(u"/leitstand/leitstand.conf"_s), qPrintable(settings.fileName()));
        QVERIFY2(settings.fileName().contains(u"qttest"_s), "tests must not touch the user's real settings");
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
