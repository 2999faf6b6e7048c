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

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList reasons;
    reasons.reserve(errors.size());
    for (const QSslError &error : errors) {
        if (!reasons.contains(error.errorString()))
            reasons.append(error.errorString());
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
