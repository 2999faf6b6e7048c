#pragma once

#include "incidents/incident.h"
#include "storage/deliveryrepository.h"

#include <QIcon>

namespace Leitstand {

// What incident severities and states look like, each with a shape of its own so that none
// depends on colour: severities as the endpoint states' warning shapes with one, two or three
// bars (minor: a blue circle, major: an orange triangle, critical: a vermillion octagon), states as
// a ring that fills as the work goes on, ending in the Up check mark when resolved. Team
// notifications: a clock while pending, the Up check mark when delivered, the Down octagon with a
// cross when failed.
class IncidentIcons final
{
public:
    static QIcon severity(IncidentSeverity severity);
    static QIcon state(IncidentState state);
    static QIcon delivery(NotificationDelivery::State state);
};

} // namespace Leitstand
