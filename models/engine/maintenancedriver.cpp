#include "engine/maintenancedriver.h"

#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"

#include <algorithm>
#include <chrono>

namespace Leitstand {

namespace {

// A timer interval is an int of milliseconds, and a clock change (NTP, a suspended laptop) is best
// noticed within the hour rather than at a window weeks ahead: the timer never sleeps longer.
constexpr qint64 maximumSleepMs = 3'600'000;

} // namespace

MaintenanceDriver::MaintenanceDriver(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    // A window that starts at 22:00 should show MAINTENANCE at 22:00, not a few seconds later as
    // a coarse timer allows.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MaintenanceDriver::apply);
}

MaintenanceDriver::~MaintenanceDriver() = default;

void MaintenanceDriver::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime MaintenanceDriver::now() const
{
    QDateTime clock = m_clock();
    // The timer may fire a hair before the instant it was armed for; that instant is what it
    // stands for, and comparing earlier would find nothing changed and re-arm for a few ms.
    if (m_nextChange && clock < *m_nextChange && clock.msecsTo(*m_nextChange) < 1000)
        return *m_nextChange;
    return clock;
}

std::expected<void, QString> MaintenanceDriver::start()
{
    m_revisions.reset();
    if (auto read = this->read(); !read)
        return read;
    apply();
    return {};
}

std::expected<void, QString> MaintenanceDriver::reloadIfChanged()
{
    const auto catalog = CatalogRepository(m_database).revision();
    if (!catalog)
        return std::unexpected(catalog.error());
    const auto endpoints = EndpointRepository(m_database).revision();
    if (!endpoints)
        return std::unexpected(endpoints.error());
    if (m_revisions == std::pair {*catalog, *endpoints})
        return {};
    if (auto read = this->read(); !read)
        return read;
    apply();
    return {};
}

std::expected<void, QString> MaintenanceDriver::read()
{
    // Revisions first: a change between them and the reads below is seen again next time.
    const CatalogRepository catalog(m_database);
    const auto catalogRevision = catalog.revision();
    const auto endpointRevision = EndpointRepository(m_database).revision();
    if (!catalogRevision)
        return std::unexpected(catalogRevision.error());
    if (!endpointRevision)
        return std::unexpected(endpointRevision.error());
    const auto windows = catalog.maintenanceWindows();
    if (!windows)
        return std::unexpected(windows.error());
    const auto topology = catalog.incidentTopology();
    if (!topology)
        return std::unexpected(topology.error());

    m_calendar.setWindows(*windows);
    m_endpointsOfService.clear();
    for (auto it = topology->serviceOfEndpoint.cbegin(); it != topology->serviceOfEndpoint.cend(); ++it)
        m_endpointsOfService[it.value()].append(it.key());
    m_revisions = std::pair {*catalogRevision, *endpointRevision};
    return {};
}

void MaintenanceDriver::apply()
{
    const QDateTime at = now();
    QSet<qint64> next;
    for (const qint64 service : m_calendar.servicesInMaintenanceAt(at)) {
        for (const qint64 endpoint : m_endpointsOfService.value(service))
            next.insert(endpoint);
    }
    // Ends before starts, each in id order, so that logs read the same on every run.
    QList<qint64> ended = (m_inMaintenance - next).values();
    QList<qint64> started = (next - m_inMaintenance).values();
    std::ranges::sort(ended);
    std::ranges::sort(started);
    m_inMaintenance = next;
    for (const qint64 endpoint : std::as_const(ended))
        Q_EMIT maintenanceChanged(endpoint, false);
    for (const qint64 endpoint : std::as_const(started))
        Q_EMIT maintenanceChanged(endpoint, true);

    m_nextChange = m_calendar.nextChangeAfter(at);
    if (!m_nextChange) {
        m_timer.stop();
        return;
    }
    const qint64 sleepMs = std::clamp<qint64>(at.msecsTo(*m_nextChange), 0, maximumSleepMs);
    m_timer.start(std::chrono::milliseconds(sleepMs));
}

} // namespace Leitstand
