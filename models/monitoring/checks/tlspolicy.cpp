#include "monitoring/checks/tlspolicy.h"

#include <QFile>
#include <QSslCertificate>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Leitstand {

std::optional<CertificateVerdict> certificateVerdict(const QDateTime &expiry, int warnDays, const QDateTime &now)
{
    if (!expiry.isValid())
        return std::nullopt;
    const QString when = expiry.toUTC().toString(Qt::ISODate);
    if (expiry <= now)
        return CertificateVerdict {EndpointState::Down, CheckError::TlsError, u"certificate expired on %1"_s.arg(when)};
    if (expiry <= now.addDays(warnDays)) {
        const qint64 days = now.daysTo(expiry);
        return CertificateVerdict {EndpointState::Degraded, CheckError::CertificateExpiring,
            u"certificate expires on %1 (in %2 days)"_s.arg(when).arg(days)};
    }
    return std::nullopt;
}

QString sslErrorText(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
        return u"the issuer certificate could not be found"_s;
    case QSslError::UnableToDecryptCertificateSignature:
        return u"the certificate signature could not be decrypted"_s;
    case QSslError::UnableToDecodeIssuerPublicKey:
        return u"the public key of the issuer could not be read"_s;
    case QSslError::CertificateSignatureFailed:
        return u"the signature of the certificate is invalid"_s;
    case QSslError::CertificateNotYetValid:
        return u"the certificate is not yet valid"_s;
    case QSslError::CertificateExpired:
        return u"the certificate has expired"_s;
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
        return u"the certificate's validity dates are invalid"_s;
    case QSslError::SelfSignedCertificate:
        return u"the certificate is self-signed and untrusted"_s;
    case QSslError::SelfSignedCertificateInChain:
        return u"the root certificate of the chain is self-signed and untrusted"_s;
    case QSslError::UnableToGetLocalIssuerCertificate:
        return u"the issuer certificate of a locally looked up certificate could not be found"_s;
    case QSslError::UnableToVerifyFirstCertificate:
        return u"no certificates could be verified"_s;
    case QSslError::CertificateRevoked:
        return u"the certificate has been revoked"_s;
    case QSslError::InvalidCaCertificate:
        return u"the issuer certificate is not a valid certificate authority"_s;
    case QSslError::PathLengthExceeded:
        return u"the certificate chain is longer than allowed"_s;
    case QSslError::InvalidPurpose:
        return u"the certificate is not meant for this purpose"_s;
    case QSslError::CertificateUntrusted:
        return u"the root certificate authority is not trusted for this purpose"_s;
    case QSslError::CertificateRejected:
        return u"the root certificate authority rejects this purpose"_s;
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return u"the issuer certificate does not match the certificate"_s;
    case QSslError::NoPeerCertificate:
        return u"the server presented no certificate"_s;
    case QSslError::HostNameMismatch:
        return u"the host name matches none of the names in the certificate"_s;
    case QSslError::NoSslSupport:
        return u"TLS is not supported here"_s;
    case QSslError::CertificateBlacklisted:
        return u"the certificate is blacklisted"_s;
    default:
        // The OCSP and rarer errors: their number, which the Qt documentation lists.
        return u"certificate error %1"_s.arg(int(error));
    }
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList reasons;
    reasons.reserve(errors.size());
    for (const QSslError &error : errors) {
        const QString reason = sslErrorText(error.error());
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    return reasons.join(u"; "_s);
}

const TlsPolicy::Trust &TlsPolicy::trust(const TlsSettings &tls)
{
    if (!m_initialised) {
        m_verifying.configuration = QSslConfiguration::defaultConfiguration();
        m_verifying.configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_trustingAll.configuration = QSslConfiguration::defaultConfiguration();
        m_trustingAll.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_initialised = true;
    }
    if (!tls.verify)
        return m_trustingAll;
    if (tls.caFile.isEmpty())
        return m_verifying;

    auto it = m_withCaFile.find(tls.caFile);
    if (it != m_withCaFile.end())
        return *it;
    Trust trust {m_verifying.configuration, {}};
    QFile file(tls.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        trust.problem = u"cannot read CA file %1: %2"_s.arg(tls.caFile, file.errorString());
    } else {
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (authorities.isEmpty())
            trust.problem = u"CA file %1 holds no PEM certificate"_s.arg(tls.caFile);
        else
            trust.configuration.addCaCertificates(authorities);
    }
    return *m_withCaFile.insert(tls.caFile, trust);
}

} // namespace Leitstand
