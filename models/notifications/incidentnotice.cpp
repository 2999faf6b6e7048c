#include "notifications/incidentnotice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QString eventName(IncidentEvent::Kind kind)
{
    switch (kind) {
    case IncidentEvent::Kind::Opened:
        return u"opened"_s;
    case IncidentEvent::Kind::Reopened:
        return u"reopened"_s;
    case IncidentEvent::Kind::Acknowledged:
        return u"acknowledged"_s;
    case IncidentEvent::Kind::Resolved:
        return u"resolved"_s;
    default:
        return u"changed"_s;
    }
}

QString severityWord(IncidentSeverity severity, bool german)
{
    switch (severity) {
    case IncidentSeverity::Minor:
        return german ? u"geringfügig"_s : u"minor"_s;
    case IncidentSeverity::Major:
        return german ? u"erheblich"_s : u"major"_s;
    case IncidentSeverity::Critical:
        return german ? u"kritisch"_s : u"critical"_s;
    }
    Q_UNREACHABLE_RETURN({});
}

// "2 h 5 min", "45 s": short and the same in both languages but for the separator.
QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return u"%1 min"_s.arg(minutes);
    if (minutes % 60 == 0)
        return u"%1 h"_s.arg(minutes / 60);
    return u"%1 h %2 min"_s.arg(minutes / 60).arg(minutes % 60);
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue secondsValue(const std::optional<qint64> &seconds)
{
    return seconds ? QJsonValue(double(*seconds)) : QJsonValue();
}

} // namespace

bool IncidentNotice::isNotified(IncidentEvent::Kind kind)
{
    return kind == IncidentEvent::Kind::Opened || kind == IncidentEvent::Kind::Reopened
        || kind == IncidentEvent::Kind::Acknowledged || kind == IncidentEvent::Kind::Resolved;
}

QString IncidentNotice::summary(QLatin1StringView language) const
{
    const bool de = language == "de"_L1;
    const QString id = QString::number(incident.id);
    // An incident opened by hand has its title; one opened by the checks is its service's outage.
    const QString what = !incident.title.isEmpty() ? u"%1 (%2)"_s.arg(incident.title, serviceName)
        : de                                       ? u"%1 ist ausgefallen"_s.arg(serviceName)
                                                   : u"%1 is down"_s.arg(serviceName);
    const QString subject = !incident.title.isEmpty() ? incident.title : serviceName;
    QString text;
    switch (event) {
    case IncidentEvent::Kind::Opened:
        text = de ? u"Vorfall %1 eröffnet: %2 (%3)."_s : u"Incident %1 opened: %2 (%3)."_s;
        text = text.arg(id, what, severityWord(incident.severity, de));
        break;
    case IncidentEvent::Kind::Reopened:
        text = de ? u"Vorfall %1 wieder eröffnet: %2 (%3)."_s : u"Incident %1 reopened: %2 (%3)."_s;
        text = text.arg(id, what, severityWord(incident.severity, de));
        break;
    case IncidentEvent::Kind::Acknowledged:
        text = de ? u"Vorfall %1 (%2) quittiert von %3."_s : u"Incident %1 (%2) acknowledged by %3."_s;
        text = text.arg(id, subject, actor);
        break;
    case IncidentEvent::Kind::Resolved: {
        const QString after = durationText(incident.openedAt.secsTo(at));
        text = de ? u"Vorfall %1 (%2) behoben nach %3."_s : u"Incident %1 (%2) resolved after %3."_s;
        text = text.arg(id, subject, after);
        break;
    }
    default:
        text = de ? u"Vorfall %1 (%2) geändert."_s : u"Incident %1 (%2) changed."_s;
        text = text.arg(id, subject);
        break;
    }
    const bool opening = event == IncidentEvent::Kind::Opened || event == IncidentEvent::Kind::Reopened;
    if (opening && !affectedEndpoints.isEmpty())
        text += (de ? u" Betroffen: %1."_s : u" Affected: %1."_s).arg(affectedEndpoints.join(u", "_s));
    if (opening && !causeServiceName.isEmpty())
        text += (de ? u" Wahrscheinliche Ursache: %1."_s : u" Likely cause: %1."_s).arg(causeServiceName);
    return text;
}

QJsonObject IncidentNotice::webhookPayload() const
{
    QJsonArray endpoints;
    for (const QString &name : affectedEndpoints)
        endpoints.append(name);
    const QJsonObject incidentJson {
        {"id"_L1, double(incident.id)},
        {"service"_L1, serviceName},
        {"title"_L1, incident.title},
        {"severity"_L1, incidentSeverityName(incident.severity)},
        {"state"_L1, incidentStateName(incident.state)},
        {"automatic"_L1, incident.automatic},
        {"team"_L1, teamName},
        {"opened_at"_L1, timeValue(incident.openedAt)},
        {"acknowledged_at"_L1, timeValue(incident.acknowledgedAt)},
        {"acknowledged_by"_L1, incident.acknowledgedBy},
        {"resolved_at"_L1, timeValue(incident.resolvedAt)},
        {"seconds_to_acknowledge"_L1, secondsValue(incident.secondsToAcknowledge())},
        {"seconds_to_resolve"_L1, secondsValue(incident.secondsToResolve())},
        {"affected_endpoints"_L1, endpoints},
        {"likely_cause"_L1, causeServiceName.isEmpty() ? QJsonValue() : QJsonValue(causeServiceName)},
    };
    return {
        {"schema"_L1, u"leitstand.incident-notification/1"_s},
        {"event"_L1, eventName(event)},
        {"at"_L1, timeValue(at)},
        {"actor"_L1, actor},
        {"incident"_L1, incidentJson},
        {"summary"_L1, QJsonObject {{"de"_L1, summary("de"_L1)}, {"en"_L1, summary("en"_L1)}}},
    };
}

QJsonObject IncidentNotice::matrixMessage() const
{
    const QString de = summary("de"_L1);
    const QString en = summary("en"_L1);
    return {
        {"msgtype"_L1, u"m.text"_s},
        {"body"_L1, QString(u"[Leitstand] "_s + de + u"\n[Leitstand] "_s + en)},
        {"format"_L1, u"org.matrix.custom.html"_s},
        {"formatted_body"_L1,
            u"<p><strong>Leitstand</strong> %1</p><p lang=\"en\"><strong>Leitstand</strong> %2</p>"_s.arg(
                de.toHtmlEscaped(), en.toHtmlEscaped())},
    };
}

} // namespace Leitstand
