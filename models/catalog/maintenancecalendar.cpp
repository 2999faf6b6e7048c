#include "catalog/maintenancecalendar.h"

namespace Leitstand {

void MaintenanceCalendar::setWindows(const QList<MaintenanceWindow> &windows)
{
    m_windows = windows;
    m_windowsByService.clear();
    for (qsizetype i = 0; i < m_windows.size(); ++i)
        m_windowsByService[m_windows.at(i).serviceId()].append(i);
}

QList<UtcInterval> MaintenanceCalendar::windowsOf(
    qint64 serviceId, const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    QList<UtcInterval> intervals;
    for (qsizetype index : m_windowsByService.value(serviceId))
        intervals.append(m_windows.at(index).occurrences(fromUtc, toUtc));
    return normalizedIntervals(intervals);
}

QSet<qint64> MaintenanceCalendar::servicesInMaintenanceAt(const QDateTime &utc) const
{
    QSet<qint64> services;
    for (const MaintenanceWindow &window : m_windows) {
        if (!services.contains(window.serviceId()) && window.isActiveAt(utc))
            services.insert(window.serviceId());
    }
    return services;
}

std::optional<QDateTime> MaintenanceCalendar::nextChangeAfter(const QDateTime &utc) const
{
    std::optional<QDateTime> next;
    for (const MaintenanceWindow &window : m_windows) {
        const std::optional<QDateTime> change = window.nextChangeAfter(utc);
        if (change && (!next || *change < *next))
            next = change;
    }
    return next;
}

} // namespace Leitstand
