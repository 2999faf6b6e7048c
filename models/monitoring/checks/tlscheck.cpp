#include "monitoring/checks/tlscheck.h"

#include "monitoring/checks/checkenvironment.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

TlsCheck::~TlsCheck()
{
    release();
}

void TlsCheck::run()
{
    const auto hostPort = splitHostPort(endpoint().target);
    if (!hostPort) {
        fail(CheckError::NetworkError, u"target %1 is not host:port"_s.arg(endpoint().target));
        return;
    }
    const TlsPolicy::Trust &trust = environment().tls().trust(endpoint().tls);
    if (!trust.problem.isEmpty()) {
        fail(CheckError::TlsError, trust.problem);
        return;
    }
    connect(&m_socket, &QSslSocket::encrypted, this, &TlsCheck::onEncrypted);
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!m_socket.peerCertificate().isNull())
            mutableResult().certificateExpiry = m_socket.peerCertificate().expiryDate().toUTC();
        fail(CheckError::TlsError, describeSslErrors(errors));
    });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        fail(classifySocketError(error), socketErrorText(error, m_socket.errorString()));
    });
    m_socket.setSslConfiguration(trust.configuration);
    m_socket.setPeerVerifyName(hostPort->first);
    m_socket.connectToHostEncrypted(hostPort->first, hostPort->second);
}

void TlsCheck::onEncrypted()
{
    const QSslCertificate leaf = m_socket.peerCertificate();
    if (leaf.isNull()) {
        fail(CheckError::TlsError, u"the server sent no certificate"_s);
        return;
    }
    const QDateTime expiry = leaf.expiryDate().toUTC();
    mutableResult().certificateExpiry = expiry;
    if (const auto verdict = certificateVerdict(expiry, endpoint().tls.warnDays, QDateTime::currentDateTimeUtc()))
        finish(verdict->status, verdict->error, verdict->detail);
    else
        succeed();
}

void TlsCheck::stop()
{
    release();
}

void TlsCheck::release()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

} // namespace Leitstand
