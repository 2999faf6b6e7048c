#pragma once

#include "catalog/maintenancewindow.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Leitstand {

// The maintenance windows of all services, asked by service and instant. It holds no timer: a
// driver arms one for nextChangeAfter() and compares servicesInMaintenanceAt() before and after.
// Windows with problems are kept but never active, as MaintenanceWindow::occurrences() says.
class MaintenanceCalendar final
{
public:
    void setWindows(const QList<MaintenanceWindow> &windows);
    QList<MaintenanceWindow> windows() const { return m_windows; }

    // The service's windows that overlap [fromUtc, toUtc), merged where they overlap or touch,
    // unclipped.
    QList<UtcInterval> windowsOf(qint64 serviceId, const QDateTime &fromUtc, const QDateTime &toUtc) const;
    QSet<qint64> servicesInMaintenanceAt(const QDateTime &utc) const;
    // The first instant after utc at which any window starts or ends. Where windows of a service
    // overlap, the set of services may stay the same there.
    std::optional<QDateTime> nextChangeAfter(const QDateTime &utc) const;

private:
    QList<MaintenanceWindow> m_windows;
    QHash<qint64, QList<qsizetype>> m_windowsByService; // indexes into m_windows
};

} // namespace Leitstand
