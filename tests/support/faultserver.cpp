#include "support/faultserver.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Leitstand::Test {

namespace {

constexpr qint64 streamChunkBytes = 64 * 1024;

// One connection: reads the request head, then behaves as its path says.
class FaultSession final : public QObject
{
public:
    explicit FaultSession(QTcpSocket *socket)
        : QObject(socket)
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &FaultSession::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
        m_timer.setParent(this);
    }

private:
    void onReadyRead()
    {
        if (m_answered) {
            m_socket->readAll();
            return;
        }
        m_request += m_socket->readAll();
        const qsizetype end = m_request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_answered = true;
        const QList<QByteArray> requestLine = m_request.left(m_request.indexOf("\r\n")).split(' ');
        respond(requestLine.value(1));
    }

    void send(const QByteArray &status, const QByteArray &headers, const QByteArray &body)
    {
        m_socket->write("HTTP/1.1 " + status + "\r\nConnection: close\r\n" + headers
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->disconnectFromHost();
    }

    void respond(const QByteArray &path)
    {
        if (path == "/hang")
            return;
        if (path == "/close") {
            m_socket->disconnectFromHost();
            return;
        }
        if (path == "/reset") {
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + QByteArray(1000, 'x'));
            m_socket->flush();
            QTimer::singleShot(200, this, [this] {
                // SO_LINGER with a zero timeout turns close() into a reset.
                const linger hard {1, 0};
                ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                m_socket->abort();
            });
            return;
        }
        if (path == "/short") {
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + QByteArray(1000, 'x'));
            m_socket->disconnectFromHost();
            return;
        }
        if (path == "/drip") {
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            connect(&m_timer, &QTimer::timeout, this, [this] { m_socket->write("x"); });
            m_timer.start(1000);
            return;
        }
        if (path.startsWith("/redirect/")) {
            const int next = path.mid(10).toInt() + 1;
            send("302 Found", "Location: /redirect/" + QByteArray::number(next) + "\r\n", {});
            return;
        }
        if (path == "/loop") {
            send("302 Found", "Location: /loop\r\n", {});
            return;
        }
        if (path == "/huge" || path == "/huge-chunked") {
            m_chunked = path == "/huge-chunked";
            m_remaining = FaultServer::hugeBodyBytes;
            m_socket->write(m_chunked
                    ? QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                    : QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(m_remaining) + "\r\n\r\n"));
            connect(m_socket, &QTcpSocket::bytesWritten, this, &FaultSession::streamMore);
            streamMore();
            return;
        }
        if (path == "/chunked") {
            m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "d;part=1\r\n{\"status\":\"ok\r\n3\r\n\"}\n\r\n0\r\nX-Checksum: none\r\n\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        if (path == "/bad-chunk") {
            m_socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nnot-hex\r\nbody\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        if (path == "/until-close") {
            m_socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nno length, ends with the connection");
            m_socket->disconnectFromHost();
            return;
        }
        if (path == "/early-hints") {
            m_socket->write("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n");
            QTimer::singleShot(50, this, [this] { send("200 OK", "Content-Type: text/plain\r\n", "final"); });
            return;
        }
        if (path == "/to-ftp") {
            send("301 Moved Permanently", "Location: ftp://127.0.0.1/file\r\n", {});
            return;
        }
        if (path == "/garbage") {
            m_socket->write("SSH-2.0-OpenSSH_9.2\r\n\x01\x02 this is not HTTP\r\n\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        if (path == "/slow") {
            QTimer::singleShot(400, this, [this] { send("200 OK", "Content-Type: text/plain\r\n", "slow"); });
            return;
        }
        if (path == "/echo") {
            send("200 OK", "Content-Type: text/plain\r\n", m_request);
            return;
        }
        if (path == "/json") {
            send("200 OK", "Content-Type: application/json\r\n", R"({"status":"ok","checks":[1,2]})");
            return;
        }
        send("200 OK", "Content-Type: text/plain\r\n", "ok");
    }

    // Keeps a few chunks in flight; the body is never in memory as a whole.
    void streamMore()
    {
        static const QByteArray chunk(streamChunkBytes, 'z');
        static const QByteArray chunkHeader = QByteArray::number(streamChunkBytes, 16) + "\r\n";
        while (m_remaining > 0 && m_socket->bytesToWrite() < 4 * streamChunkBytes) {
            if (m_chunked)
                m_socket->write(chunkHeader + chunk + "\r\n");
            else
                m_socket->write(chunk);
            m_remaining -= streamChunkBytes;
        }
        if (m_remaining <= 0 && m_socket->bytesToWrite() == 0) {
            if (m_chunked)
                m_socket->write("0\r\n\r\n");
            m_socket->disconnectFromHost();
        }
    }

    QTcpSocket *m_socket;
    QByteArray m_request;
    QTimer m_timer;
    qint64 m_remaining = 0;
    bool m_answered = false;
    bool m_chunked = false;
};

QByteArray dnsAnswer(const QByteArray &query, const QMultiHash<QString, QHostAddress> &records)
{
    constexpr int headerBytes = 12;
    if (query.size() < headerBytes + 5 || (quint8(query.at(4)) << 8 | quint8(query.at(5))) != 1)
        return {};
    QString name;
    qsizetype at = headerBytes;
    while (at < query.size() && query.at(at) != 0) {
        const int length = quint8(query.at(at));
        if (length > 63 || at + 1 + length >= query.size())
            return {};
        if (!name.isEmpty())
            name += u'.';
        name += QString::fromLatin1(query.mid(at + 1, length)).toLower();
        at += 1 + length;
    }
    const qsizetype questionEnd = at + 5;
    if (questionEnd > query.size())
        return {};
    const int type = quint8(query.at(at + 1)) << 8 | quint8(query.at(at + 2));

    const bool known = records.contains(name);
    QByteArray answers;
    int count = 0;
    for (auto it = records.constFind(name); it != records.constEnd() && it.key() == name; ++it) {
        const QHostAddress &address = it.value();
        const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        if ((type == 1 && !v4) || (type == 28 && v4) || (type != 1 && type != 28))
            continue;
        QByteArray data;
        if (v4) {
            const quint32 ip = address.toIPv4Address();
            for (const int shift : {24, 16, 8, 0})
                data += char(ip >> shift);
        } else {
            const Q_IPV6ADDR ip = address.toIPv6Address();
            data = QByteArray(reinterpret_cast<const char *>(ip.c), 16);
        }
        answers += QByteArray("\xc0\x0c", 2);
        answers += char(0);
        answers += char(type);
        answers += QByteArray("\x00\x01\x00\x00\x00\x3c", 6); // class IN, TTL 60
        answers += char(0);
        answers += char(data.size());
        answers += data;
        ++count;
    }
    QByteArray reply = query.left(2);
    reply += char(0x84 | (query.at(2) & 0x01)); // response, authoritative, recursion desired as asked
    reply += char(0x80 | (known ? 0 : 3)); // recursion available; NXDOMAIN for unknown names
    reply += QByteArray("\x00\x01\x00", 3);
    reply += char(count);
    reply += QByteArray(4, 0);
    reply += query.mid(headerBytes, questionEnd - headerBytes);
    reply += answers;
    return reply;
}

} // namespace

class FaultWorker final : public QObject
{
public:
    FaultWorker(const TestCertificates::Files &selfSigned, const TestCertificates::Files &expired,
        const QMultiHash<QString, QHostAddress> &dnsRecords)
        : m_selfSignedFiles(selfSigned)
        , m_expiredFiles(expired)
        , m_dnsRecords(dnsRecords)
    {
    }

    QString listen()
    {
        auto *http = new QTcpServer(this);
        if (!http->listen(QHostAddress::LocalHost, 0))
            return http->errorString();
        serve(http);
        httpPort = http->serverPort();
        for (const auto &[files, port] :
            {std::pair {m_selfSignedFiles, &selfSignedPort}, std::pair {m_expiredFiles, &expiredPort}}) {
            if (files.certificate.isEmpty())
                continue;
            auto *tls = new QSslServer(this);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            const QList<QSslCertificate> chain = QSslCertificate::fromPath(files.certificate);
            QFile keyFile(files.key);
            if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
                return u"cannot read %1 or %2"_s.arg(files.certificate, files.key);
            const QSslKey key(keyFile.readAll(), QSsl::Ec);
            if (key.isNull())
                return u"cannot use the key %1"_s.arg(files.key);
            configuration.setLocalCertificateChain(chain);
            configuration.setPrivateKey(key);
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            tls->setSslConfiguration(configuration);
            if (!tls->listen(QHostAddress::LocalHost, 0))
                return tls->errorString();
            serve(tls);
            *port = tls->serverPort();
        }
        auto *dns = new QUdpSocket(this);
        if (!dns->bind(QHostAddress::LocalHost, 0))
            return dns->errorString();
        dnsPort = dns->localPort();
        connect(dns, &QUdpSocket::readyRead, this, [this, dns] {
            while (dns->hasPendingDatagrams()) {
                const QNetworkDatagram datagram = dns->receiveDatagram();
                const QByteArray reply = dnsAnswer(datagram.data(), m_dnsRecords);
                if (!reply.isEmpty())
                    dns->writeDatagram(datagram.makeReply(reply));
            }
        });
        return {};
    }

    quint16 httpPort = 0;
    quint16 selfSignedPort = 0;
    quint16 expiredPort = 0;
    quint16 dnsPort = 0;

private:
    void serve(QTcpServer *server)
    {
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                new FaultSession(socket);
        });
    }

    TestCertificates::Files m_selfSignedFiles;
    TestCertificates::Files m_expiredFiles;
    QMultiHash<QString, QHostAddress> m_dnsRecords;
};

FaultServer::FaultServer(const TestCertificates::Files &selfSigned, const TestCertificates::Files &expired)
    : m_selfSigned(selfSigned)
    , m_expired(expired)
{
}

FaultServer::~FaultServer()
{
    if (m_worker) {
        FaultWorker *worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void FaultServer::addDnsRecord(const QString &name, const QHostAddress &address)
{
    m_dnsRecords.insert(name.toLower(), address);
}

bool FaultServer::start()
{
    m_worker = new FaultWorker(m_selfSigned, m_expired, m_dnsRecords);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(u"FaultServer"_s);
    m_thread.start();
    FaultWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker] { m_error = worker->listen(); }, Qt::BlockingQueuedConnection);
    m_httpPort = worker->httpPort;
    m_selfSignedPort = worker->selfSignedPort;
    m_expiredPort = worker->expiredPort;
    m_dnsPort = worker->dnsPort;
    return m_error.isEmpty();
}

QUrl FaultServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_httpPort).arg(path));
}

} // namespace Leitstand::Test
