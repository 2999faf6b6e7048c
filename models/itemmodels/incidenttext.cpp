#include "itemmodels/incidenttext.h"

#include "itemmodels/endpointtext.h"
#include "itemmodels/naturalorder.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

QString IncidentText::duration(qint64 seconds)
{
    const QLocale locale;
    seconds = std::max<qint64>(seconds, 0);
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (minutes == 0)
        return tr("%1 s", "duration in seconds").arg(locale.toString(seconds));
    if (hours == 0)
        return tr("%1 min", "duration in minutes").arg(locale.toString(minutes));
    if (days == 0) {
        return tr("%1 h %2 min", "duration in hours and minutes")
            .arg(locale.toString(hours), u"%1"_s.arg(int(minutes % 60), 2, 10, QChar(u'0')));
    }
    return tr("%1 d %2 h", "duration in days and hours").arg(locale.toString(days), locale.toString(hours % 24));
}

QString IncidentText::serviceName(qint64 serviceId, const CatalogNames &names)
{
    const QString name = names.services.value(serviceId);
    // Until the catalog names have loaded, or for a service removed meanwhile.
    return name.isEmpty() ? tr("Service %1", "a service whose name is not known").arg(serviceId) : name;
}

QString IncidentText::teamName(qint64 teamId, const CatalogNames &names)
{
    if (teamId == 0)
        return {};
    const QString name = names.teams.value(teamId);
    return name.isEmpty() ? tr("Team %1", "a team whose name is not known").arg(teamId) : name;
}

QString IncidentText::endpointName(qint64 endpointId, const CatalogNames &names)
{
    const QString name = names.endpoints.value(endpointId);
    return name.isEmpty() ? tr("Endpoint %1", "an endpoint whose name is not known").arg(endpointId) : name;
}

QString IncidentText::title(const Incident &incident, const CatalogNames &names)
{
    if (!incident.title.trimmed().isEmpty())
        return incident.title.trimmed();
    const QString service = serviceName(incident.serviceId, names);
    return incident.automatic ? tr("%1 is down", "automatic incident title: service").arg(service) : service;
}

QString IncidentText::endpointList(const QSet<qint64> &endpointIds, const CatalogNames &names)
{
    QStringList list;
    list.reserve(endpointIds.size());
    for (const qint64 id : endpointIds)
        list.append(endpointName(id, names));
    const NaturalOrder order;
    std::sort(list.begin(), list.end(), [&order](const QString &a, const QString &b) { return order.less(a, b); });
    return list.join(tr(", ", "separates names in a list"));
}

QString IncidentText::event(const IncidentEvent &event, const CatalogNames &names)
{
    const QString &actor = event.actor;
    // What a person did says who; what Leitstand did on its own says so.
    const auto byActor = [&actor](const QString &what) {
        return actor.isEmpty() ? what : tr("%1 (%2)", "timeline: what happened (who did it)").arg(what, actor);
    };
    switch (event.kind) {
    case IncidentEvent::Kind::Opened:
        return actor.isEmpty()
            ? tr("Opened automatically as %1", "severity").arg(incidentSeverityDisplayName(event.severity))
            : tr("Opened by %1 as %2", "actor, severity").arg(actor, incidentSeverityDisplayName(event.severity));
    case IncidentEvent::Kind::StateChanged:
        return byActor(tr("State: %1").arg(incidentStateDisplayName(event.state)));
    case IncidentEvent::Kind::SeverityChanged:
        return byActor(tr("Severity: %1").arg(incidentSeverityDisplayName(event.severity)));
    case IncidentEvent::Kind::Acknowledged:
        return actor.isEmpty() ? tr("Acknowledged") : tr("Acknowledged by %1").arg(actor);
    case IncidentEvent::Kind::Assigned:
        return byActor(event.teamId == 0 ? tr("No team assigned")
                                         : tr("Assigned to %1", "team").arg(teamName(event.teamId, names)));
    case IncidentEvent::Kind::Note:
        return actor.isEmpty() ? tr("Note: %1").arg(event.text) : tr("Note by %1: %2").arg(actor, event.text);
    case IncidentEvent::Kind::EndpointChanged: {
        // Upper case, as operators say it: the state is the news of this line.
        const QString state = endpointStateDisplayName(event.endpointState).toUpper();
        const QString endpoint = endpointName(event.endpointId, names);
        return event.text.isEmpty()
            ? tr("%1 went %2", "endpoint went DOWN").arg(endpoint, state)
            : tr("%1 went %2: %3", "endpoint went DOWN: detail").arg(endpoint, state, EndpointText::detail(event.text));
    }
    case IncidentEvent::Kind::CauseNamed:
        return tr("Likely cause: %1", "a failing service this one depends on").arg(serviceName(event.serviceId, names));
    case IncidentEvent::Kind::Resolved:
        return actor.isEmpty() ? tr("Resolved automatically: every endpoint is back up")
                               : tr("Resolved by %1").arg(actor);
    case IncidentEvent::Kind::Reopened:
        return tr("Reopened: the outage returned");
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace Leitstand
