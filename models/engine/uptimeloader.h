#pragma once

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace Leitstand {

class Database;

// The overview's uptime columns of one endpoint; fractions 0…1, std::nullopt when unmeasured.
struct EndpointUptime
{
    qint64 endpointId = 0;
    std::optional<double> last24h;
    std::optional<double> last30d;
};

// Computes the 24 h and 30 d uptime of every endpoint in a worker thread of its own with its own
// database connection: a few queries per endpoint add up to seconds for a large fleet, too long
// for the GUI thread and too long to hold up the engine's checks. Results come in batches, so the
// first rows fill in while the rest is still being computed. Uptime moves slowly, so it is
// computed again only every refreshIntervalMs.
class UptimeLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 5 * 60'000;
    static constexpr int batchSize = 200;

    // `database` must be open and outlive the loader.
    explicit UptimeLoader(const Database &database, QObject *parent = nullptr);
    // Abandons a computation that is running (after the endpoint at hand) and joins the worker.
    ~UptimeLoader() override;
    Q_DISABLE_COPY_MOVE(UptimeLoader)

    // Computes these endpoints now and then every refreshIntervalMs, replacing an earlier list;
    // a computation of the earlier list that is still running is abandoned.
    void setEndpoints(const QList<qint64> &endpointIds);

Q_SIGNALS:
    void loaded(const QList<Leitstand::EndpointUptime> &uptimes);
    void failed(const QString &message);

private:
    void loadInWorker(quint64 generation);

    const Database &m_database;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    // Raised by every setEndpoints() and the destructor; a computation of an older one stops.
    std::atomic<quint64> m_generation = 0;
    QList<qint64> m_endpointIds; // touched in m_thread only
    std::unique_ptr<QObject> m_refreshTimer; // a QTimer living in m_thread
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::EndpointUptime)
