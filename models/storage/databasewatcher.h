#pragma once

#include <QFlags>
#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <chrono>

namespace Leitstand {

class Database;

// Tells a console of a shared database what other programs changed: the pollers' results, incidents,
// notices, endpoint definitions, the catalog. PostgreSQL sends it (LISTEN/NOTIFY on the channel
// "leitstand", raised by triggers of schema version 7), so nobody polls the tables; a burst of
// changes arrives as one changed() signal.
//
// It also watches the connection: when the database goes away it says so once (connectionLost),
// then tries again every health interval, and after connectionRestored() reports every topic as
// changed, since the notifications sent meanwhile are gone.
//
// Lives in the thread whose connection it listens on (the engine's worker in the console); that
// thread needs an event loop. On SQLite it does nothing: the console there runs the engine itself.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT

public:
    enum class Topic : quint8 {
        Results = 0x1, // endpoint_status: new check results stored
        Incidents = 0x2, // incidents, their events and team notifications
        Notices = 0x4, // notices and their publications
        Endpoints = 0x8, // endpoint definitions
        Catalog = 0x10, // teams, services, maintenance windows, runbooks
    };
    Q_DECLARE_FLAGS(Topics, Topic)
    static constexpr Topics everything {0x1f};

    explicit DatabaseWatcher(const Database &database,
        std::chrono::milliseconds healthInterval = std::chrono::seconds(2), QObject *parent = nullptr);
    ~DatabaseWatcher() override;
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

    // Starts listening on this thread's connection.
    void start();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void changed(Leitstand::DatabaseWatcher::Topics topics);
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    bool listen(QString *error);
    void checkHealth();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    const Database &m_database;
    QTimer m_health;
    QTimer m_coalesce;
    Topics m_pending;
    bool m_connected = false;
    bool m_listening = false;
};

} // namespace Leitstand

Q_DECLARE_OPERATORS_FOR_FLAGS(Leitstand::DatabaseWatcher::Topics)
