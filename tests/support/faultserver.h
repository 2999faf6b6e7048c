#pragma once

#include "support/testcertificates.h"

#include <QHostAddress>
#include <QMultiHash>
#include <QString>
#include <QThread>
#include <QUrl>

namespace Leitstand::Test {

class FaultWorker;

// Peers that misbehave in the ways Apache cannot, on ephemeral ports of 127.0.0.1, served from a
// thread of their own so that a test's blocking waits do not stall them.
//
// HTTP (plain, and over TLS with a self-signed and with an expired certificate if given); the
// request path chooses the behaviour:
//   /hang           accepts and reads the request, never answers
//   /close          closes the connection without answering
//   /reset          sends headers and part of the body, then resets the connection (RST)
//   /short          sends headers and part of the body, then closes the connection cleanly (FIN)
//   /drip           promises 1000 bytes and sends one byte a second
//   /redirect/N     302 to /redirect/N+1, endlessly
//   /loop           302 to itself
//   /huge           Content-Length of 100 MB, streamed from one small buffer
//   /huge-chunked   the same 100 MB, chunked, without a length up front
//   /garbage        bytes that are not HTTP, then closes
//   /slow           200 after 400 ms
//   /echo           200 with the request head as the body
//   /json           200 with {"status":"ok","checks":[1,2]}
//   anything else   200 "ok"
// DNS over UDP: A and AAAA answers for the names added with addDnsRecord(), NXDOMAIN otherwise.
class FaultServer final
{
public:
    explicit FaultServer(const TestCertificates::Files &selfSigned = {}, const TestCertificates::Files &expired = {});
    ~FaultServer();
    Q_DISABLE_COPY_MOVE(FaultServer)

    // Before start().
    void addDnsRecord(const QString &name, const QHostAddress &address);
    bool start();
    QString errorString() const { return m_error; }

    quint16 httpPort() const { return m_httpPort; }
    quint16 selfSignedPort() const { return m_selfSignedPort; }
    quint16 expiredPort() const { return m_expiredPort; }
    quint16 dnsPort() const { return m_dnsPort; }
    QUrl url(const QString &path) const;

    static constexpr qint64 hugeBodyBytes = qint64(100) * 1024 * 1024;

private:
    TestCertificates::Files m_selfSigned;
    TestCertificates::Files m_expired;
    QMultiHash<QString, QHostAddress> m_dnsRecords;
    QThread m_thread;
    FaultWorker *m_worker = nullptr;
    quint16 m_httpPort = 0;
    quint16 m_selfSignedPort = 0;
    quint16 m_expiredPort = 0;
    quint16 m_dnsPort = 0;
    QString m_error;
};

} // namespace Leitstand::Test
