#pragma once

#include "catalog/servicecatalog.h"
#include "feed/notice.h"
#include "incidents/incident.h"

#include <QDateTime>
#include <QList>

namespace Leitstand {

// Starting points for outage notices: a new notice of each kind with its title, text and advice
// already worded in German and English from the service catalog, so that the author only
// corrects it. These are texts for the public in both languages at once, not the console's own
// language, so they are data and not translated.
//
// Times in the wording are those of ServiceHours::defaultTimeZone() (Europe/Berlin): the people
// reading a German public service's notice live there, whatever zone the console runs in.
// An incident's own title is never used: it is written by and for the team.

// A notice of `kind` about `services` (the first is the main one) beginning at `start` (UTC).
// The contact is the first on-call contact with a phone or e-mail among the services, otherwise
// the first contact that has either.
Notice noticeFromTemplate(NoticeKind kind, const QList<ServiceDefinition> &services, const QDateTime &start);

// As noticeFromTemplate(), told of `incident`: its severity, its opening as the start, its id,
// and for a disruption a first update at `now` in the incident's current phase.
Notice noticeFromIncident(
    NoticeKind kind, const Incident &incident, const QList<ServiceDefinition> &services, const QDateTime &now);

// The usual wording of an update in `phase` for a notice of `kind`, in both languages.
BilingualText noticeUpdateTemplate(NoticeKind kind, NoticePhase phase);

} // namespace Leitstand
