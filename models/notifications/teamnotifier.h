#pragma once

#include "core/secretstore.h"
#include "incidents/incidentbook.h"
#include "storage/deliveryrepository.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace Leitstand {

class Database;

struct TeamNotifierOptions
{
    // The wait before each further attempt; after the last one fails, the delivery is Failed.
    // The default tries 9 times over about 3.5 hours.
    QList<std::chrono::milliseconds> backoff {std::chrono::seconds(10), std::chrono::seconds(30),
        std::chrono::minutes(1), std::chrono::minutes(5), std::chrono::minutes(15), std::chrono::minutes(30),
        std::chrono::hours(1), std::chrono::hours(1)};
    std::chrono::milliseconds requestTimeout = std::chrono::seconds(15);
    // The SecretStore service the teams' tokens are kept under.
    QString secretService = QStringLiteral("Leitstand");
};

// Tells the owning team when one of its incidents opens (or reopens), is acknowledged and is
// resolved, by a generic JSON webhook or a Matrix room message (client-server API).
//
// Every message goes through an outbox in the database (notification_deliveries) first, so that
// none is lost to a receiver that is down or a process that ends: delivery is retried with the
// backoff until the receiver accepts it (2xx) or the attempts are used up, and then it stays
// Failed with the receiver's reason, for the incident view to show. Webhooks carry an
// X-Leitstand-Delivery header and Matrix messages a fixed transaction id, so a receiver can tell
// a retry from a new message.
class TeamNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit TeamNotifier(const Database &database, TeamNotifierOptions options = {}, QObject *parent = nullptr);
    ~TeamNotifier() override;
    Q_DISABLE_COPY_MOVE(TeamNotifier)

    // Sends what an earlier run left pending.
    void start();
    void onIncidentsChanged(const QList<Leitstand::IncidentChange> &changes);
    // One more attempt at a Failed delivery, now, asked for by a person; its attempts count on.
    // Does nothing for a delivery that is not Failed (any more).
    void retry(qint64 deliveryId);
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    // A delivery was queued, delivered, retried or given up.
    void deliveryChanged(const Leitstand::NotificationDelivery &delivery);
    void storageFailed(const QString &message);

private:
    void sendDue();
    void send(const NotificationDelivery &delivery, const QString &token);
    void settle(NotificationDelivery delivery, const QString &error);
    void scheduleNext();

    const Database &m_database;
    const TeamNotifierOptions m_options;
    DeliveryRepository m_deliveries;
    SecretStore m_secrets;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
};

} // namespace Leitstand
