#pragma once

#include "incidents/incident.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Leitstand {

// A text that portals show in the page's language: both are required before a notice is published.
struct BilingualText
{
    QString de;
    QString en;

    bool isEmpty() const { return de.trimmed().isEmpty() && en.trimmed().isEmpty(); }
    bool isComplete() const { return !de.trimmed().isEmpty() && !en.trimmed().isEmpty(); }
    const QString &in(QStringView language) const { return language == u"de" ? de : en; }

    friend bool operator==(const BilingualText &, const BilingualText &) = default;
};

// What users see of a disruption or a planned maintenance at central portals: the outage notice.
// It is published in the status feed (status.json and the Atom feeds); its updates tell the story.
enum class NoticeKind {
    Disruption = 0,
    PlannedMaintenance = 1,
    Information = 2,
};

// Where a notice stands, as its latest update says. Scheduled is for planned maintenance before it
// begins; the others follow the incident states.
enum class NoticePhase {
    Scheduled = 0,
    Investigating = 1,
    Identified = 2,
    Monitoring = 3,
    Resolved = 4,
};

struct NoticeUpdate
{
    QUuid id; // the Atom entry's id: stable across renderings, workstations and merges
    QDateTime at; // UTC
    NoticePhase phase = NoticePhase::Investigating;
    BilingualText text;

    friend bool operator==(const NoticeUpdate &, const NoticeUpdate &) = default;
};

// Whom users can turn to meanwhile.
struct NoticeContact
{
    QString phone;
    QString email;
    BilingualText hours; // "Mo–Fr 8–18 Uhr" / "Mon–Fri 8 am–6 pm"
    BilingualText alternative; // another way to get the service done, such as an office or form

    bool isEmpty() const { return phone.isEmpty() && email.isEmpty() && hours.isEmpty() && alternative.isEmpty(); }

    friend bool operator==(const NoticeContact &, const NoticeContact &) = default;
};

struct Notice
{
    QUuid id; // stable everywhere; two workstations' notices never collide
    // Rises with every change; when two workstations changed the same notice, the higher revision
    // is the one the feed keeps.
    int revision = 1;
    NoticeKind kind = NoticeKind::Disruption;
    IncidentSeverity severity = IncidentSeverity::Major;
    QStringList services; // service names, in the order given
    QDateTime start; // UTC; for planned maintenance the announced begin
    QDateTime expectedEnd; // UTC; invalid when unknown
    BilingualText title;
    BilingualText text;
    BilingualText userAction; // what users can do meanwhile
    NoticeContact contact;
    QList<NoticeUpdate> updates; // oldest first
    std::optional<qint64> incidentId; // the incident it tells of, if any
    QDateTime publishedAt; // UTC; first publication; invalid while a draft
    QDateTime updatedAt; // UTC; the last change that was published
    bool withdrawn = false; // taken back: in the feed only as a tombstone

    // The phase of the latest update; Scheduled or Investigating before any.
    NoticePhase phase() const;
    bool isResolved() const { return phase() == NoticePhase::Resolved; }
    // Neither resolved nor withdrawn: portals show it (planned maintenance also ahead of its start).
    bool isCurrent() const { return !withdrawn && !isResolved(); }
    // What stops publishing, translated, one line each; empty when it may be published.
    QStringList problemsBeforePublishing() const;

    friend bool operator==(const Notice &, const Notice &) = default;
};

// Stable names for the feed, files and the database ("disruption", "investigating", …) and back;
// translated names for people.
QString noticeKindName(NoticeKind kind);
std::optional<NoticeKind> noticeKindFromName(QStringView name);
QString noticePhaseName(NoticePhase phase);
std::optional<NoticePhase> noticePhaseFromName(QStringView name);
QString noticeKindDisplayName(NoticeKind kind);
QString noticePhaseDisplayName(NoticePhase phase);

} // namespace Leitstand
