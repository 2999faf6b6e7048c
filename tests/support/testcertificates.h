#pragma once

#include <QDateTime>
#include <QString>

namespace Leitstand::Test {

// A test certificate authority and server certificates for localhost and 127.0.0.1, made with the
// openssl command line in a folder the caller owns. Each certificate takes the validity it is
// given, so tests get valid, soon-expiring and expired ones.
class TestCertificates final
{
public:
    struct Files
    {
        QString certificate; // PEM
        QString key; // PEM, unencrypted
    };

    explicit TestCertificates(const QString &directory);

    // The CA certificate (PEM), made on first use.
    QString authorityFile();
    // Signed by the test CA.
    Files issue(const QString &name, const QDateTime &notBefore, const QDateTime &notAfter);
    Files issue(const QString &name, int validDays);
    Files selfSigned(const QString &name, const QDateTime &notBefore, const QDateTime &notAfter);

    // What went wrong last; empty while all is well.
    QString errorString() const { return m_error; }

private:
    bool openssl(const QStringList &arguments);
    QString path(const QString &fileName) const;

    QString m_directory;
    QString m_error;
    int m_serial = 1;
    bool m_haveAuthority = false;
};

} // namespace Leitstand::Test
