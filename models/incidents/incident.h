#pragma once

#include "monitoring/checkresult.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

namespace Leitstand {

enum class IncidentSeverity : quint8 {
    Minor = 0,
    Major = 1,
    Critical = 2,
};

// The working states of an incident, in the order a team usually goes through them.
enum class IncidentState : quint8 {
    Investigating = 0,
    Identified = 1,
    Monitoring = 2,
    Resolved = 3,
};

// Stable identifiers for files, the database and logs ("minor", "investigating", …), and back.
QString incidentSeverityName(IncidentSeverity severity);
std::optional<IncidentSeverity> incidentSeverityFromName(const QString &name);
QString incidentStateName(IncidentState state);
std::optional<IncidentState> incidentStateFromName(const QString &name);
// Translated, for people.
QString incidentSeverityDisplayName(IncidentSeverity severity);
QString incidentStateDisplayName(IncidentState state);

// One entry of an incident's timeline. Entries are facts with their figures, not sentences: each
// console words them in its own language when it shows them. Only notes carry free text.
struct IncidentEvent
{
    // Stored in the database: never renumber, only append.
    enum class Kind : quint8 {
        Opened = 0, // by a check (actor empty) or by hand
        StateChanged = 1, // state
        SeverityChanged = 2, // severity
        Acknowledged = 3,
        Assigned = 4, // teamId
        Note = 5, // text
        EndpointChanged = 6, // endpointId, endpointState, text: the check's detail
        CauseNamed = 7, // serviceId: the failing dependency that is the likely cause
        Resolved = 8, // by hand, or by the hold time (actor empty)
        Reopened = 9, // the outage returned within the hold time
    };

    QDateTime at; // UTC
    Kind kind = Kind::Note;
    QString actor; // who did it; empty when Leitstand did it on its own
    QString text;
    IncidentState state = IncidentState::Investigating;
    IncidentSeverity severity = IncidentSeverity::Major;
    qint64 teamId = 0;
    qint64 endpointId = 0;
    EndpointState endpointState = EndpointState::Unknown;
    qint64 serviceId = 0;

    friend bool operator==(const IncidentEvent &, const IncidentEvent &) = default;
};

// What kind of entry it is, translated, in a word or two ("Opened", "Acknowledged"), for lists
// that name events without telling them (such as the team notifications of an incident).
QString incidentEventDisplayName(IncidentEvent::Kind kind);

// One outage of one service, or a problem someone reported by hand.
struct Incident
{
    qint64 id = 0;
    qint64 serviceId = 0;
    QString title; // given by hand; automatic incidents are named after their service when shown
    IncidentSeverity severity = IncidentSeverity::Major;
    IncidentState state = IncidentState::Investigating;
    bool automatic = false; // opened by the checks, and then also resolved by them
    qint64 teamId = 0; // the owning team; 0 if the service has none
    std::optional<qint64> likelyCauseServiceId; // a failing service this one depends on

    QDateTime openedAt; // UTC, as all times here
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QDateTime resolvedAt;

    QSet<qint64> affectedEndpoints; // every endpoint that was down during the incident
    QSet<qint64> downEndpoints; // those down now
    QDateTime allUpSince; // when the last down endpoint came back; invalid while any is down

    QList<IncidentEvent> timeline;

    bool isOpen() const { return state != IncidentState::Resolved; }
    // Seconds from opening; none before it happened.
    std::optional<qint64> secondsToAcknowledge() const;
    std::optional<qint64> secondsToResolve() const;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::Incident)
