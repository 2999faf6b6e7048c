#include "support/apacheserver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Leitstand::Test {

namespace {

const QString modulesDirectory = u"/usr/lib/apache2/modules"_s;

// Ports the kernel considers free now. Apache binds them a moment later; start() retries if another
// process was quicker.
QList<quint16> freePorts(qsizetype count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (qsizetype i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

} // namespace

ApacheServer::ApacheServer(const QList<TestCertificates::Files> &tlsSites)
    : m_tlsSites(tlsSites)
{
    // Apache started as root serves as www-data, which must be able to read the document root.
    QFile::setPermissions(m_directory.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QDir(m_directory.path()).mkpath(u"htdocs"_s);
    QDir(m_directory.path()).mkpath(u"run"_s);
}

ApacheServer::~ApacheServer()
{
    stop();
}

void ApacheServer::addConfiguration(const QString &directives)
{
    m_extraConfiguration += directives + u'\n';
}

bool ApacheServer::enableWebDav(const QString &location, const QString &user, const QString &password)
{
    // Apache started as root writes as www-data: the collection and the lock database must be
    // writable for it.
    const QFileDevice::Permissions everybody = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QString collection = QDir(documentRoot()).filePath(location.mid(1));
    if (!QDir().mkpath(collection) || !QFile::setPermissions(collection, everybody))
        return false;
    const QString locks = m_directory.filePath(u"davlock"_s);
    if (!QDir().mkpath(locks) || !QFile::setPermissions(locks, everybody))
        return false;
    QFile passwords(m_directory.filePath(u"htpasswd"_s));
    if (!passwords.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    passwords.write(user.toUtf8() + ":{SHA}"
        + QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha1).toBase64() + '\n');
    passwords.close();
    m_webDav = true;
    addConfiguration(u"DavLockDB \"%1/DavLock\"\n"
                     "<Location \"%2\">\n"
                     "    Dav On\n"
                     "    FileETag Digest\n"
                     "    AuthType Basic\n"
                     "    AuthName \"Leitstand feed\"\n"
                     "    AuthUserFile \"%3\"\n"
                     "    <LimitExcept GET HEAD OPTIONS>\n"
                     "        Require valid-user\n"
                     "    </LimitExcept>\n"
                     "</Location>"_s.arg(locks, location, passwords.fileName()));
    return true;
}

QString ApacheServer::documentRoot() const
{
    return m_directory.filePath(u"htdocs"_s);
}

bool ApacheServer::writeFile(const QString &relativePath, const QByteArray &content) const
{
    const QString path = QDir(documentRoot()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

QUrl ApacheServer::httpUrl(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_httpPort).arg(path));
}

QUrl ApacheServer::httpsUrl(const QString &path, int site) const
{
    return QUrl(u"https://127.0.0.1:%1%2"_s.arg(tlsPort(site)).arg(path));
}

QString ApacheServer::configuration() const
{
    const QString root = m_directory.path();
    QString conf;
    conf += u"ServerRoot \"%1\"\nDefaultRuntimeDir \"%1/run\"\nPidFile \"%1/run/apache2.pid\"\n"_s.arg(root);
    conf += u"ErrorLog \"%1/error.log\"\nLogLevel warn\nMutex file:%1/run default\nServerName 127.0.0.1\n"_s.arg(root);
    for (const QString &module : {u"mpm_event"_s, u"authz_core"_s, u"mime"_s, u"dir"_s, u"alias"_s, u"ssl"_s,
             u"headers"_s, u"rewrite"_s, u"socache_shmcb"_s})
        conf += u"LoadModule %1_module %2/mod_%1.so\n"_s.arg(module, modulesDirectory);
    if (m_webDav) {
        for (const QString &module :
            {u"dav"_s, u"dav_fs"_s, u"auth_basic"_s, u"authn_core"_s, u"authn_file"_s, u"authz_user"_s})
            conf += u"LoadModule %1_module %2/mod_%1.so\n"_s.arg(module, modulesDirectory);
    }
    if (::geteuid() == 0)
        conf += u"User www-data\nGroup www-data\n"_s;
    // Enough workers that 200 concurrent checks never wait for a thread.
    conf += u"StartServers 2\nServerLimit 4\nThreadLimit 64\nThreadsPerChild 64\nMaxRequestWorkers 256\n"
            "MinSpareThreads 16\nMaxSpareThreads 256\nListenBacklog 1024\nKeepAlive Off\n"_s;
    conf += u"TypesConfig /etc/mime.types\nDirectoryIndex index.html\nDocumentRoot \"%1\"\n"
            "<Directory \"%1\">\n    Require all granted\n    AllowOverride None\n</Directory>\n"_s.arg(documentRoot());
    conf += u"Listen 127.0.0.1:%1\n"_s.arg(m_httpPort);
    if (!m_tlsSites.isEmpty())
        conf += u"SSLSessionCache shmcb:%1/run/ssl_scache(512000)\nSSLRandomSeed startup builtin\n"_s.arg(root);
    for (qsizetype i = 0; i < m_tlsSites.size(); ++i) {
        conf += u"Listen 127.0.0.1:%1 https\n<VirtualHost 127.0.0.1:%1>\n    SSLEngine on\n"
                "    SSLCertificateFile \"%2\"\n    SSLCertificateKeyFile \"%3\"\n</VirtualHost>\n"_s
                    .arg(m_tlsPorts.at(i))
                    .arg(m_tlsSites.at(i).certificate, m_tlsSites.at(i).key);
    }
    conf += m_extraConfiguration;
    return conf;
}

bool ApacheServer::start()
{
    if (!m_directory.isValid()) {
        m_error = m_directory.errorString();
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce())
            return true;
    }
    return false;
}

bool ApacheServer::startOnce()
{
    const QList<quint16> ports = freePorts(1 + m_tlsSites.size());
    if (ports.isEmpty()) {
        m_error = u"no free port on 127.0.0.1"_s;
        return false;
    }
    m_httpPort = ports.constFirst();
    m_tlsPorts = ports.mid(1);

    return launch();
}

bool ApacheServer::restart()
{
    stop();
    // The ports were free a moment ago; should another process have taken one meanwhile, the
    // test cannot go on anyway.
    const QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (launch())
            return true;
        QThread::msleep(200);
    }
    return false;
}

bool ApacheServer::launch()
{
    const QString configurationFile = m_directory.filePath(u"apache2.conf"_s);
    QFile file(configurationFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = file.errorString();
        return false;
    }
    file.write(configuration().toUtf8());
    file.close();

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(u"/usr/sbin/apache2"_s, {u"-f"_s, configurationFile, u"-DFOREGROUND"_s});
    if (!m_process.waitForStarted(10'000)) {
        m_error = u"cannot start apache2: %1"_s.arg(m_process.errorString());
        return false;
    }
    if (waitUntilAccepting())
        return true;
    QFile log(m_directory.filePath(u"error.log"_s));
    QByteArray logText;
    if (log.open(QIODevice::ReadOnly))
        logText = log.readAll();
    stop();
    m_error = u"apache2 did not start: %1 %2"_s.arg(
        QString::fromLocal8Bit(m_process.readAll()), QString::fromLocal8Bit(logText));
    return false;
}

bool ApacheServer::waitUntilAccepting()
{
    QList<quint16> ports = m_tlsPorts;
    ports.prepend(m_httpPort);
    const QDeadlineTimer deadline(30'000);
    for (const quint16 port : std::as_const(ports)) {
        for (;;) {
            if (m_process.state() != QProcess::Running || deadline.hasExpired())
                return false;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(500))
                break;
            QThread::msleep(50);
        }
    }
    return true;
}

void ApacheServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

} // namespace Leitstand::Test
