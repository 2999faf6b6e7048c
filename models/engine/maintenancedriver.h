#pragma once

#include "catalog/maintenancecalendar.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <expected>
#include <functional>
#include <optional>
#include <utility>

namespace Leitstand {

class Database;

// Puts the endpoints of a service into MAINTENANCE while one of the service's maintenance windows
// is under way, and takes them out when it ends, by maintenanceChanged() (connected to
// MonitoringEngine::setInMaintenance). It reads the windows and which endpoint belongs to which
// service from the database, and arms one timer for the next start or end of any window, so it
// costs nothing between them. The owner calls reloadIfChanged() with its reload timer so that an
// imported catalog or new endpoints take effect within seconds.
//
// Lives in the thread of the engine it drives.
class MaintenanceDriver final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit MaintenanceDriver(const Database &database, QObject *parent = nullptr);
    ~MaintenanceDriver() override;
    Q_DISABLE_COPY_MOVE(MaintenanceDriver)

    // For tests: the time the windows are compared with (default: the current UTC time).
    void setClock(Clock clock);

    // Reads the windows and endpoints and applies them.
    std::expected<void, QString> start();
    // As start(), if the catalog or the endpoints changed since the last read (two rows read).
    std::expected<void, QString> reloadIfChanged();
    // Compares the windows with the clock, announces what changed and arms the timer. Runs by
    // itself when a window starts or ends; public for tests.
    void apply();

    QSet<qint64> endpointsInMaintenance() const { return m_inMaintenance; }
    // When the timer is armed for: the next start or end of a window, if any is to come.
    std::optional<QDateTime> nextChange() const { return m_nextChange; }

Q_SIGNALS:
    void maintenanceChanged(qint64 endpointId, bool inMaintenance);

private:
    std::expected<void, QString> read();
    QDateTime now() const;

    const Database &m_database;
    Clock m_clock;
    MaintenanceCalendar m_calendar;
    QHash<qint64, QList<qint64>> m_endpointsOfService;
    QSet<qint64> m_inMaintenance;
    std::optional<std::pair<qint64, qint64>> m_revisions; // catalog, endpoints
    std::optional<QDateTime> m_nextChange;
    QTimer m_timer;
};

} // namespace Leitstand
