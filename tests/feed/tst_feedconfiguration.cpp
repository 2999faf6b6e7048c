// FeedConfiguration: what a usable feed server set-up is, and that it survives the settings file
// without its secret.

#include "core/settings.h"
#include "feed/feedconfiguration.h"
#include "support/testcertificates.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestFeedConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data();
    void problems();
    void roundTripThroughSettings();
    void authoritiesAreRead();
    void unreadableAuthorityFileIsAnError();

private:
    QTemporaryDir m_dir;
};

void TestFeedConfiguration::problems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("authentication");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("portal");
    QTest::addColumn<QString>("expected"); // a word of the one problem, or empty for none

    QTest::newRow("not configured") << QString() << u"basic"_s << QString() << QString() << QString();
    QTest::newRow("https basic") << u"https://feed.example.org/status/"_s << u"basic"_s << u"leitstand"_s
                                 << u"https://portal.example.org/"_s << QString();
    QTest::newRow("bearer without user") << u"https://feed.example.org/"_s << u"bearer"_s << QString() << QString()
                                         << QString();
    QTest::newRow("clear text") << u"http://feed.example.org/"_s << u"none"_s << QString() << QString()
                                << u"https://"_s;
    QTest::newRow("no slash") << u"https://feed.example.org/status"_s << u"none"_s << QString() << QString()
                              << u"slash"_s;
    QTest::newRow("credentials in url") << u"https://anna:geheim@feed.example.org/"_s << u"none"_s << QString()
                                        << QString() << u"password"_s;
    QTest::newRow("basic without user") << u"https://feed.example.org/"_s << u"basic"_s << u"  "_s << QString()
                                        << u"user name"_s;
    QTest::newRow("no host") << u"https:///status/"_s << u"none"_s << QString() << QString() << u"valid"_s;
    QTest::newRow("bad portal") << u"https://feed.example.org/"_s << u"none"_s << QString() << u"https://"_s
                                << u"portal"_s;
}

void TestFeedConfiguration::problems()
{
    QFETCH(QString, url);
    QFETCH(QString, authentication);
    QFETCH(QString, user);
    QFETCH(QString, portal);
    QFETCH(QString, expected);

    FeedConfiguration configuration;
    configuration.baseUrl = QUrl(url);
    configuration.authentication = *FeedConfiguration::authenticationFromCode(authentication);
    configuration.user = user;
    configuration.portalUrl = QUrl(portal);
    const QStringList problems = configuration.problems();
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(expected), qPrintable(problems.constFirst()));
    }
}

void TestFeedConfiguration::roundTripThroughSettings()
{
    const QString fileName = m_dir.filePath(u"roundtrip.ini"_s);
    FeedConfiguration configuration;
    configuration.baseUrl = QUrl(u"https://feed.example.org/status/"_s);
    configuration.authentication = FeedServer::Authentication::Bearer;
    configuration.authorityFile = m_dir.filePath(u"ca.pem"_s);
    configuration.portalUrl = QUrl(u"https://portal.example.org/"_s);
    configuration.publisher = u"ITDZ Berlin"_s;
    {
        Settings settings(fileName);
        QSignalSpy changed(&settings, &Settings::valueChanged);
        configuration.write(settings);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &arguments : std::as_const(changed))
            QVERIFY(FeedConfiguration::isFeedKey(arguments.constFirst().toString()));
        changed.clear();
        configuration.write(settings); // unchanged: nobody needs to hear of it
        QCOMPARE(changed.size(), 0);
        settings.sync();
    }
    Settings reread(fileName);
    QCOMPARE(FeedConfiguration::read(reread), configuration);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("feed.example.org"));
    QVERIFY(!text.contains("secret"));

    // Taking the server away leaves nothing configured.
    FeedConfiguration none;
    none.write(reread);
    QVERIFY(!FeedConfiguration::read(reread).isConfigured());
}

void TestFeedConfiguration::authoritiesAreRead()
{
    Test::TestCertificates certificates(m_dir.path());
    const QString authority = certificates.authorityFile();
    QVERIFY2(!authority.isEmpty(), qPrintable(certificates.errorString()));
    FeedConfiguration configuration;
    configuration.baseUrl = QUrl(u"https://127.0.0.1:8443/feed/"_s);
    configuration.user = u"leitstand"_s;
    configuration.authorityFile = authority;
    const auto server = configuration.server();
    QVERIFY2(server, qPrintable(server.error()));
    QCOMPARE(server->extraAuthorities.size(), 1);
    QCOMPARE(server->user, u"leitstand"_s);
    QCOMPARE(server->authentication, FeedServer::Authentication::Basic);
}

void TestFeedConfiguration::unreadableAuthorityFileIsAnError()
{
    FeedConfiguration configuration;
    configuration.baseUrl = QUrl(u"https://feed.example.org/"_s);
    configuration.authentication = FeedServer::Authentication::None;
    configuration.authorityFile = m_dir.filePath(u"missing.pem"_s);
    auto server = configuration.server();
    QVERIFY(!server);
    QVERIFY2(server.error().contains(u"missing.pem"_s), qPrintable(server.error()));

    QFile garbage(m_dir.filePath(u"garbage.pem"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate\n");
    garbage.close();
    configuration.authorityFile = garbage.fileName();
    server = configuration.server();
    QVERIFY(!server);
    QVERIFY2(server.error().contains(u"garbage.pem"_s), qPrintable(server.error()));

    configuration.authorityFile.clear();
    server = configuration.server();
    QVERIFY(server);
    QCOMPARE(server->baseUrl, configuration.baseUrl);
    QVERIFY(server->secret.isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedConfiguration)
#include "tst_feedconfiguration.moc"
