#pragma once

#include "incidents/incident.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace Leitstand {

// What a team is told about one incident event, with every id resolved to a name. Notices go out
// in German and English at once, whatever language the console that caused them speaks, so
// their wording is here rather than in the translation catalogues.
struct IncidentNotice
{
    IncidentEvent::Kind event = IncidentEvent::Kind::Opened; // Opened, Reopened, Acknowledged, Resolved
    Incident incident; // as the event left it
    QDateTime at; // UTC
    QString actor; // who acknowledged or resolved; empty when Leitstand did
    QString serviceName;
    QString teamName;
    QString causeServiceName;
    QStringList affectedEndpoints;

    // The events a team is told about.
    static bool isNotified(IncidentEvent::Kind kind);

    // One sentence, language "de" or "en".
    QString summary(QLatin1StringView language) const;
    // The generic webhook's JSON body (documented in docs/team-notifications.md).
    QJsonObject webhookPayload() const;
    // An m.room.message event: both languages, plain and as HTML.
    QJsonObject matrixMessage() const;
};

} // namespace Leitstand
