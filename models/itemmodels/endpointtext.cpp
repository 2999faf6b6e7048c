#include "itemmodels/endpointtext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

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
    return stored;
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
