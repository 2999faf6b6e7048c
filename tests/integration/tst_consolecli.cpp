// Runs the real `leitstand` executable as a user would from a shell.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A catalog in the form `leitstand catalog export` writes it, so an import and export give it back.
const QByteArray catalogFile = "# Leitstand service catalog. The format is described in docs/catalog-file.md;\n"
                               "# values equal to their defaults are left out.\n"
                               "version: 1\n"
                               "teams:\n"
                               "  - name: Team Portal\n"
                               "    members:\n"
                               "      - name: Erika Mustermann\n"
                               "        role: Leitung\n"
                               "        phone: +49 30 1234-5601\n"
                               "    channel:\n"
                               "      kind: webhook\n"
                               "      url: http://127.0.0.1:18080/hooks/team-portal\n"
                               "services:\n"
                               "  - name: Antragsservice\n"
                               "  - name: Bürgerportal\n"
                               "    description: Anträge online\n"
                               "    team: Team Portal\n"
                               "    contacts:\n"
                               "      - name: Erika Mustermann\n"
                               "        phone: +49 30 1234-5601\n"
                               "        on_call: true\n"
                               "    depends_on: [Antragsservice]\n"
                               "    hours:\n"
                               "      weekly: Mo-Fr 07:00-19:00\n"
                               "      holidays: BE\n"
                               "    availability_target: 99.5\n"
                               "    maintenance:\n"
                               "      - title: Wartung\n"
                               "        start: \"2026-12-01T22:00\"\n"
                               "        duration: 120\n"
                               "        repeat: weekly\n"
                               "        on: [Tu]\n"_ba;

} // namespace

class TestConsoleCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void version()
    {
        const Run run = leitstand({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QRegularExpression(u"^leitstand \\d+\\.\\d+\\.\\d+\\n$"_s)), qPrintable(run.out));
    }

    void help_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en") << u"en"_s << u"Render the main window after start-up into a PNG file and exit."_s;
        QTest::addRow("de") << u"de"_s << u"Hauptfenster nach dem Start als PNG-Datei speichern und beenden."_s;
    }

    void help()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const Run run = leitstand({u"--lang"_s, language, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"--screenshot"_s), qPrintable(run.out));
        QVERIFY2(run.out.simplified().contains(expected), qPrintable(run.out));
    }

    // Which language --help speaks shows the language resolution of the real executable.
    void languageChoice_data()
    {
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("german");
        QTest::addRow("english system") << u"C.UTF-8"_s << QString() << QStringList() << false;
        QTest::addRow("german system") << u"de_DE.UTF-8"_s << QString() << QStringList() << true;
        QTest::addRow("stored german") << u"C.UTF-8"_s << u"de"_s << QStringList() << true;
        QTest::addRow("stored english on german system") << u"de_DE.UTF-8"_s << u"en"_s << QStringList() << false;
        QTest::addRow("--lang overrides stored") << u"C.UTF-8"_s << u"de"_s << QStringList {u"--lang=en"_s} << false;
        QTest::addRow("--lang system") << u"de_DE.UTF-8"_s << u"en"_s << QStringList {u"--lang=system"_s} << true;
    }

    void languageChoice()
    {
        QFETCH(QString, systemLocale);
        QFETCH(QString, stored);
        QFETCH(QStringList, arguments);
        QFETCH(bool, german);
        QTemporaryDir home;
        QVERIFY(QDir().mkpath(home.filePath(u"config/leitstand"_s)));
        const QString settingsFile = home.filePath(u"config/leitstand/leitstand.conf"_s);
        if (!stored.isEmpty()) {
            QFile file(settingsFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[ui]\nlanguage=" + stored.toUtf8() + "\n");
        }
        const Run run = leitstand(arguments + QStringList {u"--help"_s}, home.path(), systemLocale);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.contains(u"Hauptfenster"_s), german);
        QCOMPARE(run.out.contains(u"Render the main window"_s), !german);
        // --lang applies to one run only; the stored choice stays as it was.
        if (!stored.isEmpty()) {
            QFile file(settingsFile);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains(QByteArray("language=" + stored.toUtf8())));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown language") << QStringList {u"--lang"_s, u"fr"_s} << u"unknown language \"fr\""_s;
        QTest::addRow("unknown option") << QStringList {u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::addRow("stray argument") << QStringList {u"extra"_s} << u"unexpected argument \"extra\""_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = leitstand(arguments);
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << u"en"_s;
        QTest::addRow("de") << u"de"_s;
    }

    void screenshot()
    {
        QFETCH(QString, language);
        const QString file = m_home.filePath(u"shot-%1.png"_s.arg(language));
        const Run run = leitstand({u"--lang"_s, language, u"--screenshot"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(file);
        QVERIFY2(!image.isNull(), "the screenshot is not a readable PNG");
        QVERIFY(image.width() >= 640 && image.height() >= 400);
        // A window, not a blank rectangle: more than a handful of distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, "the screenshot is blank");
    }

    void catalogImportAndExport()
    {
        const QString file = writeFile(u"catalog.yaml"_s, catalogFile);
        const QString database = m_home.filePath(u"catalog.sqlite"_s);
        const Run imported = leitstand({u"catalog"_s, u"import"_s, file, u"--database"_s, database});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"teams: 1 added, 0 changed, 0 removed, 0 unchanged; "
                                       "services: 2 added, 0 changed, 0 removed, 0 unchanged"_s),
            qPrintable(imported.out));

        const Run exported = leitstand({u"catalog"_s, u"export"_s, u"-"_s, u"--database"_s, database});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.out.toUtf8(), catalogFile);

        const QString copy = m_home.filePath(u"exported.yaml"_s);
        const Run written = leitstand({u"catalog"_s, u"export"_s, copy, u"--database"_s, database});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.out.contains(u"1 team and 2 services written"_s), qPrintable(written.out));
        QFile exportedFile(copy);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        QCOMPARE(exportedFile.readAll(), catalogFile);

        const Run again = leitstand({u"catalog"_s, u"import"_s, file, u"--database"_s, database});
        QVERIFY2(again.out.contains(u"teams: 0 added, 0 changed, 0 removed, 1 unchanged; "
                                    "services: 0 added, 0 changed, 0 removed, 2 unchanged"_s),
            qPrintable(again.out));
    }

    void catalogImportRefused()
    {
        const QString database = m_home.filePath(u"refused.sqlite"_s);
        QCOMPARE(
            leitstand({u"catalog"_s, u"import"_s, writeFile(u"good.yaml"_s, catalogFile), u"--database"_s, database})
                .exitCode,
            0);
        const QString bad = writeFile(u"bad.yaml"_s,
            "version: 1\nteams: []\nservices:\n  - name: Bürgerportal\n    team: Team Nord\n"
            "    availability_target: 101\n"_ba);
        const Run run = leitstand({u"catalog"_s, u"import"_s, bad, u"--database"_s, database});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(bad + u":5: services[0].team: there is no team \"Team Nord\" in this file"_s),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(bad + u":6: services[0].availability_target: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"2 problems in %1; nothing was imported"_s.arg(bad)), qPrintable(run.err));
        QCOMPARE(leitstand({u"catalog"_s, u"export"_s, u"-"_s, u"--database"_s, database}).out.toUtf8(), catalogFile);
    }

    void catalogDryRun()
    {
        const QString database = m_home.filePath(u"dryrun.sqlite"_s);
        const Run run = leitstand({u"catalog"_s, u"import"_s, writeFile(u"dry.yaml"_s, catalogFile), u"--dry-run"_s,
            u"--database"_s, database});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"services: 2 added"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"nothing was changed"_s), qPrintable(run.out));
        QVERIFY2(leitstand({u"catalog"_s, u"export"_s, u"-"_s, u"--database"_s, database})
                     .out.endsWith(u"teams: []\nservices: []\n"_s),
            "a dry run must not write");
    }

    void catalogUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList {u"catalog"_s} << u"catalog needs import or export"_s;
        QTest::addRow("unknown command") << QStringList {u"catalog"_s, u"sync"_s}
                                         << u"unknown catalog command \"sync\""_s;
        QTest::addRow("no file") << QStringList {u"catalog"_s, u"import"_s} << u"needs exactly one FILE"_s;
        QTest::addRow("two files") << QStringList {u"catalog"_s, u"export"_s, u"a"_s, u"b"_s}
                                   << u"needs exactly one FILE"_s;
        QTest::addRow("unknown option") << QStringList {u"catalog"_s, u"export"_s, u"--merge"_s, u"a"_s} << u"merge"_s;
    }

    void catalogUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = leitstand(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void screenshotToUnwritablePlace()
    {
        const Run run = leitstand({u"--screenshot"_s, m_home.filePath(u"no/such/folder/shot.png"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"could not write the screenshot"_s), qPrintable(run.err));
    }

private:
    Run leitstand(const QStringList &arguments) { return leitstand(arguments, m_home.path(), u"C.UTF-8"_s); }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static Run leitstand(const QStringList &arguments, const QString &home, const QString &systemLocale)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Settings and data go to a throw-away home, never to the user's.
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LANG"_s, systemLocale);
        env.remove(u"LANGUAGE"_s);
        env.remove(u"LC_ALL"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LEITSTAND_EXECUTABLE), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"timed out"_s;
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_consolecli.moc"
