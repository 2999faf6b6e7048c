#pragma once

#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace Leitstand {

// What a certificate's expiry date means for a check: DOWN once expired, DEGRADED within
// TlsSettings::warnDays, nothing otherwise.
struct CertificateVerdict
{
    EndpointState status = EndpointState::Up;
    CheckError error = CheckError::Ok;
    QString detail;
};
std::optional<CertificateVerdict> certificateVerdict(const QDateTime &expiry, int warnDays, const QDateTime &now);

// One reason in English, whatever language Qt's own messages are in (see Check::socketErrorText).
QString sslErrorText(QSslError::SslError error);
// The reasons of a failed verification, one line, for CheckResult::detail.
QString describeSslErrors(const QList<QSslError> &errors);

// The TLS configuration of each kind of endpoint: verification on or off, and the system's
// authorities plus those of TlsSettings::caFile. Configurations are implicitly shared, so a check
// takes a cheap copy; a CA file is read once, when the first endpoint that names it is checked.
class TlsPolicy final
{
public:
    struct Trust
    {
        QSslConfiguration configuration;
        QString problem; // why the CA file could not be used; the check fails with it
    };

    const Trust &trust(const TlsSettings &tls);

private:
    Trust m_verifying;
    Trust m_trustingAll;
    bool m_initialised = false;
    QHash<QString, Trust> m_withCaFile;
};

} // namespace Leitstand
