#pragma once

#include "catalog/federalstate.h"
#include "catalog/maintenancewindow.h"
#include "catalog/servicehours.h"
#include "notifications/teamchannel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace Leitstand {

// The service catalog in words for people, translated and in the current locale (QLocale()), so
// that the catalog overview and its printout say things the same way. Definition files keep their
// compact notation ("Mo-Fr 07:00-19:00", "repeat: weekly"); this is what a shift lead reads.
class CatalogText final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::CatalogText)

public:
    // "Monday to Friday 07:00–19:00; Saturday 08:00–12:00", or "around the clock". Day names in
    // `dayFormat` (long for sentences, short for a table column); 24:00 is written as 00:00.
    static QString weeklyHours(const WeeklyHours &week, QLocale::FormatType dayFormat = QLocale::LongFormat);
    // The weekly hours with their time zone and holidays: "Monday to Friday 07:00–19:00
    // (Europe/Berlin), closed on public holidays in Bavaria".
    static QString serviceHours(const ServiceHours &hours, QLocale::FormatType dayFormat = QLocale::LongFormat);
    // "closed on public holidays in Bavaria"; empty without a state.
    static QString holidays(std::optional<FederalState> state);
    // "99.5 %" in the locale's notation; empty without a target.
    static QString availabilityTarget(std::optional<double> percent);
    // How a team hears of its incidents: "webhook", "Matrix room", "no channel".
    static QString channelKind(TeamChannel::Kind kind);

    // When a maintenance window happens, in the window's own wall-clock time and zone: "weekly on
    // Tuesday, 22:00–00:00 (Europe/Berlin)", "once on Tuesday, 1 December 2026, 22:00–02:00
    // (Europe/Berlin)", "monthly on the first Saturday, 06:00 for 1 day, 2 hours (Europe/Berlin),
    // until 30 June 2027". A window with problems says so instead.
    static QString maintenanceWindow(const MaintenanceWindow &window);
    // The window's next occurrence after nowUtc, in local time: "next on Tuesday, 1 December 2026
    // at 22:00", "under way until …", or "no further occurrences".
    static QString nextMaintenance(const MaintenanceWindow &window, const QDateTime &nowUtc);

    // A local date and time as people read it: "Tuesday, 1 December 2026 at 22:00".
    static QString dateTime(const QDateTime &local);
    // "1 day, 2 hours", "90 minutes" is "1 hour, 30 minutes": the whole units of a duration.
    static QString duration(int minutes);
};

} // namespace Leitstand
