#pragma once

#include "incidents/incidentbook.h"
#include "monitoring/statetracker.h"
#include "storage/incidentrepository.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <expected>
#include <optional>

namespace Leitstand {

class Database;

// Something a person does to an incident, carried to the thread the incidents are kept in.
struct IncidentCommand
{
    enum class Kind : quint8 { Open, Acknowledge, SetState, SetSeverity, Assign, AddNote, Resolve };

    Kind kind = Kind::AddNote;
    qint64 incidentId = 0; // all but Open
    qint64 serviceId = 0; // Open
    QString text; // Open: the title; AddNote: the note
    IncidentState state = IncidentState::Investigating;
    IncidentSeverity severity = IncidentSeverity::Major;
    qint64 teamId = 0;
    QString actor;
};

// Keeps the incidents in step with the endpoints: every confirmed state change goes through an
// IncidentBook, whose changes are stored with IncidentRepository and announced. Lives in the
// thread of the MonitoringEngine it listens to (the poller's main thread, the console's engine
// thread): its storage calls are small and as rare as state changes.
//
// Nothing is lost when a write fails: the changes stay queued and go out with the next write.
// The catalog (which endpoint belongs to which service, dependencies, teams) is read again
// whenever its revision or the endpoints' has moved.
class IncidentMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit IncidentMonitor(
        const Database &database, std::chrono::seconds holdTime = std::chrono::minutes(5), QObject *parent = nullptr);
    ~IncidentMonitor() override;
    Q_DISABLE_COPY_MOVE(IncidentMonitor)

    // Reads the catalog and the incidents a previous run left open. Call once before the first
    // state change.
    std::expected<void, QString> start();

    void onStateChanged(const Leitstand::StateTransition &transition);
    IncidentBook::Result execute(const IncidentCommand &command);
    // Resolves what has been up for the hold time; runs by itself on a timer, public for tests.
    void tick(const QDateTime &now);

    const IncidentBook &book() const { return m_book; }
    // Changes not stored yet because the database refused them.
    qsizetype unsavedChanges() const { return m_unsaved.size(); }

Q_SIGNALS:
    // After the changes are stored (or queued, if storing failed).
    void incidentsChanged(const QList<Leitstand::IncidentChange> &changes);
    void storageFailed(const QString &message);

private:
    void refreshTopologyIfChanged();
    void publish(const QList<IncidentChange> &changes);
    void scheduleTick();

    const Database &m_database;
    IncidentRepository m_repository;
    IncidentBook m_book;
    std::optional<std::pair<qint64, qint64>> m_revisions; // catalog, endpoints
    QList<IncidentChange> m_unsaved;
    QTimer m_tickTimer;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::IncidentCommand)
Q_DECLARE_METATYPE(Leitstand::IncidentChange)
