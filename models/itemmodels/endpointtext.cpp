#include "itemmodels/endpointtext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Leitstand {

QString EndpointText::latency(int milliseconds)
{
    return tr("%1 ms", "latency").arg(QLocale().toString(milliseconds));
}

QString EndpointText::uptime(double fraction)
{
    // The epsilon keeps 0.9995 (stored as 0.99949999…) at 99.95 instead of 99.94.
    const double percent = std::floor((fraction * 10'000.0) + 1e-6) / 100.0;
    return tr("%1 %", "uptime in percent").arg(QLocale().toString(percent, 'f', 2));
}

QString EndpointText::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString EndpointText::serviceSummary(int endpoints, int down, int degraded)
{
    QString text = tr("%n endpoint(s)", "service summary", endpoints);
    if (down > 0)
        text = tr("%1, %2", "joins the parts of a service summary").arg(text, tr("%n down", "service summary", down));
    if (degraded > 0) {
        text = tr("%1, %2", "joins the parts of a service summary")
                   .arg(text, tr("%n degraded", "service summary", degraded));
    }
    return text;
}

QString EndpointText::stateToolTip(
    EndpointState state, const QDateTime &sinceUtc, CheckError error, const QString &detail)
{
    QStringList lines;
    if (sinceUtc.isValid())
        lines.append(tr("%1 since %2", "state since time").arg(endpointStateDisplayName(state), time(sinceUtc)));
    else
        lines.append(endpointStateDisplayName(state));
    if (error != CheckError::Ok)
        lines.append(checkErrorMessage(error));
    if (!detail.isEmpty())
        lines.append(EndpointText::detail(detail));
    return lines.join(u'\n');
}

namespace {

// The fixed English phrases the checks store (Check::socketErrorText, sslErrorText, the DNS
// check), so that a console can word them in its own language.
constexpr std::array checkPhrases {
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "connection refused"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the remote host closed the connection"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "host not found"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "socket access denied"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "out of socket resources"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "socket operation timed out"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "datagram too large"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "network or host unreachable"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "address in use"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "address not available"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "unsupported socket operation"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "unfinished socket operation"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the proxy requires authentication"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "TLS handshake failed"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the proxy refused the connection"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the proxy closed the connection"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the proxy timed out"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "proxy not found"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "proxy protocol error"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "operation not allowed in the socket's state"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "TLS internal error"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "invalid TLS data"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "temporary socket error"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "socket error"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the issuer certificate could not be found"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate signature could not be decrypted"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the public key of the issuer could not be read"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the signature of the certificate is invalid"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate is not yet valid"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate has expired"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate's validity dates are invalid"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate is self-signed and untrusted"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the root certificate of the chain is self-signed and untrusted"),
    QT_TRANSLATE_NOOP(
        "Leitstand::EndpointText", "the issuer certificate of a locally looked up certificate could not be found"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "no certificates could be verified"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate has been revoked"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the issuer certificate is not a valid certificate authority"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate chain is longer than allowed"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate is not meant for this purpose"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the root certificate authority is not trusted for this purpose"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the root certificate authority rejects this purpose"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the issuer certificate does not match the certificate"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the server presented no certificate"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the host name matches none of the names in the certificate"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "TLS is not supported here"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "the certificate is blacklisted"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "no answer from the name server"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "invalid reply from the name server"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "invalid request"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "lookup cancelled"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "resolver error"),
    QT_TRANSLATE_NOOP("Leitstand::EndpointText", "lookup failed"),
};

QString translatedPhrase(QStringView part)
{
    for (const char *phrase : checkPhrases) {
        if (part == QLatin1StringView(phrase))
            return QCoreApplication::translate("Leitstand::EndpointText", phrase);
    }
    return {};
}

// One reason: a known phrase as it is, or with OpenSSL's reason after it ("TLS handshake failed:
// …"), or after what it is about ("name server ns1: host not found").
QString translatedPart(const QString &part)
{
    if (QString whole = translatedPhrase(part); !whole.isEmpty())
        return whole;
    const qsizetype first = part.indexOf(u": "_s);
    if (first > 0) {
        if (QString head = translatedPhrase(QStringView(part).left(first)); !head.isEmpty())
            return head + part.mid(first);
    }
    const qsizetype last = part.lastIndexOf(u": "_s);
    if (last > 0) {
        if (QString tail = translatedPhrase(QStringView(part).mid(last + 2)); !tail.isEmpty())
            return part.left(last + 2) + tail;
    }
    return part;
}

} // namespace

QString EndpointText::detail(const QString &stored)
{
    // As certificateVerdict() words them: an ISO time in UTC and, while valid, the days left.
    static const QRegularExpression expires(u"^certificate expires on (\\S+) \\(in (\\d+) days\\)$"_s);
    static const QRegularExpression expired(u"^certificate expired on (\\S+)$"_s);
    if (const auto match = expires.match(stored); match.hasMatch()) {
        const QDateTime when = QDateTime::fromString(match.captured(1), Qt::ISODate);
        if (when.isValid()) {
            return tr("The certificate expires on %1 (in %n day(s)).", nullptr, match.captured(2).toInt())
                .arg(time(when));
        }
    }
    if (const auto match = expired.match(stored); match.hasMatch()) {
        const QDateTime when = QDateTime::fromString(match.captured(1), Qt::ISODate);
        if (when.isValid())
            return tr("The certificate expired on %1.").arg(time(when));
    }
    QStringList parts = stored.split(u"; "_s);
    for (QString &part : parts)
        part = translatedPart(part);
    return parts.join(u"; "_s);
}

QString EndpointText::heartbeatToolTip(const Heartbeat &heartbeat)
{
    const QString state = endpointStateDisplayName(heartbeat.state);
    QStringList lines {time(heartbeat.time)};
    if (heartbeat.error == CheckError::Ok)
        lines.append(tr("%1, %2", "state, latency").arg(state, latency(heartbeat.latencyMs)));
    else
        lines.append(tr("%1: %2", "state: error message").arg(state, checkErrorMessage(heartbeat.error)));
    if (!heartbeat.detail.isEmpty())
        lines.append(detail(heartbeat.detail));
    return lines.join(u'\n');
}

QString EndpointText::heartbeatSummary(const HeartbeatHistory &history)
{
    if (history.isEmpty())
        return tr("No checks yet");
    return tr("%n recent check(s), %1 failed", nullptr, int(history.size())).arg(history.failures());
}

QString EndpointText::errorText(CheckError error, const QString &detail)
{
    if (error == CheckError::Ok)
        return EndpointText::detail(detail);
    if (detail.isEmpty())
        return checkErrorMessage(error);
    return tr("%1: %2", "error message: detail").arg(checkErrorMessage(error), EndpointText::detail(detail));
}

} // namespace Leitstand
