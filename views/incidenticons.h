#pragma once

#include "incidents/incident.h"
#include "itemmodels/noticelistmodel.h"
#include "storage/deliveryrepository.h"

#include <QIcon>

namespace Leitstand {

// What incident severities and states look like, each with a shape of its own so that none
// depends on colour: severities as three bars of rising height, one, two or all three of them
// filled (minor in blue, major in orange, critical in vermillion; the rest in outline), states as
// a ring that fills as the work goes on, ending in the Up check mark when resolved. Team
// notifications: a clock while pending, the Up check mark when delivered, the Down octagon with a
// cross when failed. Notice publications: a pencil while a draft, the clock while pending, the
// Down octagon when the last attempt failed, the Up check mark when published and the Paused bars
// when withdrawn.
class IncidentIcons final
{
public:
    static QIcon severity(IncidentSeverity severity);
    static QIcon state(IncidentState state);
    static QIcon delivery(NotificationDelivery::State state);
    static QIcon publication(NoticePublicationState state);
};

} // namespace Leitstand
