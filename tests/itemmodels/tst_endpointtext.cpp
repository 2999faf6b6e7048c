// EndpointText::detail(): the details Leitstand stores in English, worded in the console's
// language where Leitstand wrote them itself; anything else as stored.

#include "core/uilanguage.h"
#include "itemmodels/endpointtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;

class TestEndpointText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detail_data();
    void detail();

private:
    TranslationInstaller m_translations;
};

void TestEndpointText::detail_data()
{
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected"); // %1 stands for the time as EndpointText::time() words it

    const QString expires = u"certificate expires on 2026-12-04T16:12:01Z (in 5 days)"_s;
    QTest::newRow("expires, English") << UiLanguage::English << expires
                                      << u"The certificate expires on %1 (in 5 days)."_s;
    QTest::newRow("expires, German") << UiLanguage::German << expires
                                     << u"Das Zertifikat läuft am %1 ab (in 5 Tagen)."_s;
    QTest::newRow("one day, English") << UiLanguage::English
                                      << u"certificate expires on 2026-12-04T16:12:01Z (in 1 days)"_s
                                      << u"The certificate expires on %1 (in 1 day)."_s;
    QTest::newRow("one day, German") << UiLanguage::German
                                     << u"certificate expires on 2026-12-04T16:12:01Z (in 1 days)"_s
                                     << u"Das Zertifikat läuft am %1 ab (in 1 Tag)."_s;
    QTest::newRow("expired, German") << UiLanguage::German << u"certificate expired on 2026-12-04T16:12:01Z"_s
                                     << u"Das Zertifikat ist am %1 abgelaufen."_s;
    QTest::newRow("socket, English") << UiLanguage::English << u"connection refused"_s << u"connection refused"_s;
    QTest::newRow("socket, German") << UiLanguage::German << u"connection refused"_s << u"Verbindung abgelehnt"_s;
    QTest::newRow("TLS reasons, German")
        << UiLanguage::German << u"the certificate has expired; the certificate is self-signed and untrusted"_s
        << u"das Zertifikat ist abgelaufen; das Zertifikat ist selbstsigniert und nicht vertrauenswürdig"_s;
    QTest::newRow("OpenSSL's reason kept")
        << UiLanguage::German << u"TLS handshake failed: error:0A000086:SSL routines::certificate verify failed"_s
        << u"TLS-Handshake fehlgeschlagen: error:0A000086:SSL routines::certificate verify failed"_s;
    QTest::newRow("name server") << UiLanguage::German << u"name server ns1.example: host not found"_s
                                 << u"name server ns1.example: Host nicht gefunden"_s;
    QTest::newRow("not ours") << UiLanguage::German << u"HTTP 503 Service Unavailable"_s
                              << u"HTTP 503 Service Unavailable"_s;
    QTest::newRow("not a time") << UiLanguage::German << u"certificate expired on someday"_s
                                << u"certificate expired on someday"_s;
    QTest::newRow("empty") << UiLanguage::German << QString() << QString();
}

void TestEndpointText::detail()
{
    QFETCH(UiLanguage, language);
    QFETCH(QString, stored);
    QFETCH(QString, expected);

    QVERIFY(m_translations.install(language));
    QLocale::setDefault(QLocale(language == UiLanguage::German ? QLocale::German : QLocale::English));
    const QString time = EndpointText::time(QDateTime(QDate(2026, 12, 4), QTime(16, 12, 1), QTimeZone::UTC));
    QCOMPARE(EndpointText::detail(stored), expected.contains(u"%1"_s) ? expected.arg(time) : expected);
}

QTEST_GUILESS_MAIN(TestEndpointText)
#include "tst_endpointtext.moc"
