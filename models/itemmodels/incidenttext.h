#pragma once

#include "incidents/incident.h"
#include "storage/catalogrepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Leitstand {

// The incident views' texts for people, translated and in the current locale, so that the list,
// the detail and the timeline say things the same way.
class IncidentText final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::IncidentText)

public:
    // "45 s", "12 min", "3 h 05 min", "2 d 4 h": as precise as a glance at a running incident
    // needs, no more.
    static QString duration(qint64 seconds);
    // Incidents opened by hand carry their title; automatic ones are named after their service.
    static QString title(const Incident &incident, const CatalogNames &names);
    static QString serviceName(qint64 serviceId, const CatalogNames &names);
    // Empty for no team.
    static QString teamName(qint64 teamId, const CatalogNames &names);
    static QString endpointName(qint64 endpointId, const CatalogNames &names);
    // The affected endpoints by name, in natural order, joined with commas.
    static QString endpointList(const QSet<qint64> &endpointIds, const CatalogNames &names);
    // One timeline entry as a sentence, with who did it where a person did.
    static QString event(const IncidentEvent &event, const CatalogNames &names);
};

} // namespace Leitstand
