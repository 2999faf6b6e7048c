#include "support/testcertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Leitstand::Test {

namespace {

QString opensslTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyyMMddHHmmss'Z'"_s);
}

const QString serverExtensions = u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s;

} // namespace

TestCertificates::TestCertificates(const QString &directory)
    : m_directory(directory)
{
    QDir().mkpath(directory);
}

QString TestCertificates::path(const QString &fileName) const
{
    return QDir(m_directory).filePath(fileName);
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2 %3"_s.arg(
            arguments.join(u' '), process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

QString TestCertificates::authorityFile()
{
    const QString certificate = path(u"ca.pem"_s);
    if (!m_haveAuthority) {
        m_haveAuthority = openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, certificate,
            u"-subj"_s, u"/CN=Leitstand Test CA"_s, u"-days"_s, u"3650"_s, u"-addext"_s,
            u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s});
    }
    return certificate;
}

TestCertificates::Files TestCertificates::issue(const QString &name, int validDays)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return issue(name, now.addDays(-1), now.addDays(validDays));
}

TestCertificates::Files TestCertificates::issue(
    const QString &name, const QDateTime &notBefore, const QDateTime &notAfter)
{
    const Files files {path(name + u".pem"_s), path(name + u".key"_s)};
    const QString authority = authorityFile();
    const QString request = path(name + u".csr"_s);
    const QString extensions = path(name + u".ext"_s);
    QFile extensionFile(extensions);
    if (!extensionFile.open(QIODevice::WriteOnly)) {
        m_error = extensionFile.errorString();
        return files;
    }
    extensionFile.write(serverExtensions.toUtf8() + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    extensionFile.close();

    const bool ok = m_haveAuthority
        && openssl({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
            u"-nodes"_s, u"-keyout"_s, files.key, u"-out"_s, request, u"-subj"_s, u"/CN=localhost"_s})
        && openssl({u"x509"_s, u"-req"_s, u"-in"_s, request, u"-CA"_s, authority, u"-CAkey"_s, path(u"ca.key"_s),
            u"-set_serial"_s, QString::number(++m_serial), u"-not_before"_s, opensslTime(notBefore), u"-not_after"_s,
            opensslTime(notAfter), u"-extfile"_s, extensions, u"-out"_s, files.certificate});
    Q_UNUSED(ok);
    return files;
}

TestCertificates::Files TestCertificates::selfSigned(
    const QString &name, const QDateTime &notBefore, const QDateTime &notAfter)
{
    const Files files {path(name + u".pem"_s), path(name + u".key"_s)};
    openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
        u"-keyout"_s, files.key, u"-out"_s, files.certificate, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
        serverExtensions, u"-not_before"_s, opensslTime(notBefore), u"-not_after"_s, opensslTime(notAfter)});
    return files;
}

} // namespace Leitstand::Test
