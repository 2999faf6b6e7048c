#pragma once

#include "support/testcertificates.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace Leitstand::Test {

// Apache httpd (/usr/sbin/apache2) for one test: plain HTTP on one ephemeral port of 127.0.0.1 and
// TLS on one more port per certificate given, all serving documentRoot(). Everything it writes
// (configuration, logs, pid file, mutexes) stays in its own temporary folder; the destructor stops it.
class ApacheServer final
{
public:
    explicit ApacheServer(const QList<TestCertificates::Files> &tlsSites = {});
    ~ApacheServer();
    Q_DISABLE_COPY_MOVE(ApacheServer)

    // Extra directives for the main server, e.g. `Redirect 302 /old /new`; before start().
    void addConfiguration(const QString &directives);
    // Makes `location` (such as "/feed/") a WebDAV collection with FileETag Digest (strong ETags,
    // which conditional PUTs need) that everybody may read and only `user` may change, with HTTP
    // Basic authentication; before start().
    bool enableWebDav(const QString &location, const QString &user, const QString &password);
    // Starts Apache and waits until every port accepts connections.
    bool start();
    void stop();
    // Starts again after stop(), on the same ports, as a server that was down for a while.
    bool restart();
    QString errorString() const { return m_error; }

    QString documentRoot() const;
    // Writes a file below the document root, making folders as needed.
    bool writeFile(const QString &relativePath, const QByteArray &content) const;

    quint16 httpPort() const { return m_httpPort; }
    quint16 tlsPort(int site = 0) const { return m_tlsPorts.value(site); }
    QUrl httpUrl(const QString &path) const;
    QUrl httpsUrl(const QString &path, int site = 0) const;

private:
    bool startOnce();
    bool launch();
    bool waitUntilAccepting();
    QString configuration() const;

    QTemporaryDir m_directory;
    QList<TestCertificates::Files> m_tlsSites;
    QString m_extraConfiguration;
    bool m_webDav = false;
    QProcess m_process;
    quint16 m_httpPort = 0;
    QList<quint16> m_tlsPorts;
    QString m_error;
};

} // namespace Leitstand::Test
