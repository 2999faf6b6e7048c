#include "feed/noticetemplates.h"

#include "catalog/servicehours.h"

#include <QLocale>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QString joined(const QStringList &names, const QString &lastSeparator)
{
    if (names.size() < 2)
        return names.value(0);
    return names.first(names.size() - 1).join(u", "_s) + lastSeparator + names.constLast();
}

struct ServiceWords
{
    BilingualText names;
    BilingualText is; // the verb agreeing with them
};

ServiceWords serviceWords(const QStringList &names)
{
    const bool plural = names.size() > 1;
    return {{joined(names, u" und "_s), joined(names, u" and "_s)},
        {plural ? u"sind"_s : u"ist"_s, plural ? u"are"_s : u"is"_s}};
}

// Written out for people who may not share the console's time zone: the zone is that of the
// service's users.
BilingualText publicTime(const QDateTime &at)
{
    const QDateTime local = at.toTimeZone(ServiceHours::defaultTimeZone());
    return {QLocale(QLocale::German, QLocale::Germany).toString(local, u"dd.MM.yyyy, HH:mm"_s) + u" Uhr"_s,
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(local, u"d MMMM yyyy, HH:mm"_s)
            + u" (German time)"_s};
}

std::optional<ServiceContact> publicContact(const QList<ServiceDefinition> &services)
{
    const auto reachable = [](const ServiceContact &contact) {
        return !contact.phone.trimmed().isEmpty() || !contact.email.trimmed().isEmpty();
    };
    for (const bool onCallOnly : {true, false}) {
        for (const ServiceDefinition &service : services) {
            for (const ServiceContact &contact : service.contacts) {
                if ((contact.onCall || !onCallOnly) && reachable(contact))
                    return contact;
            }
        }
    }
    return std::nullopt;
}

BilingualText disruptionTitle(IncidentSeverity severity, const BilingualText &names)
{
    switch (severity) {
    case IncidentSeverity::Critical:
        return {u"Ausfall: "_s + names.de, u"Outage: "_s + names.en};
    case IncidentSeverity::Major:
        break;
    case IncidentSeverity::Minor:
        return {u"Eingeschränkt nutzbar: "_s + names.de, u"Limited service: "_s + names.en};
    }
    return {u"Störung: "_s + names.de, u"Disruption: "_s + names.en};
}

BilingualText disruptionState(IncidentSeverity severity)
{
    switch (severity) {
    case IncidentSeverity::Critical:
        return {u"nicht erreichbar"_s, u"unavailable"_s};
    case IncidentSeverity::Major:
        break;
    case IncidentSeverity::Minor:
        return {u"nur eingeschränkt nutzbar"_s, u"only partly usable"_s};
    }
    return {u"gestört"_s, u"disrupted"_s};
}

BilingualText contactAdvice(const NoticeContact &contact)
{
    const bool phone = !contact.phone.isEmpty();
    const bool email = !contact.email.isEmpty();
    if (phone && email)
        return {u"telefonisch oder per E-Mail"_s, u"by phone or e-mail"_s};
    if (phone)
        return {u"telefonisch"_s, u"by phone"_s};
    if (email)
        return {u"per E-Mail"_s, u"by e-mail"_s};
    return {};
}

Notice fromTemplate(
    NoticeKind kind, IncidentSeverity severity, const QList<ServiceDefinition> &services, const QDateTime &start)
{
    Notice notice;
    notice.id = QUuid::createUuid();
    notice.kind = kind;
    notice.severity = severity;
    notice.start = start.toUTC();
    for (const ServiceDefinition &service : services)
        notice.services.append(service.name);
    if (const auto contact = publicContact(services)) {
        notice.contact.phone = contact->phone.trimmed();
        notice.contact.email = contact->email.trimmed();
    }

    const ServiceWords words = serviceWords(notice.services);
    const BilingualText since = publicTime(notice.start);
    switch (kind) {
    case NoticeKind::Disruption: {
        const BilingualText state = disruptionState(severity);
        notice.title = disruptionTitle(severity, words.names);
        notice.text = {
            u"Seit %1 %2 %3 %4. Wir arbeiten an der Behebung."_s.arg(since.de, words.is.de, words.names.de, state.de),
            u"Since %1, %2 %3 %4. We are working on a fix."_s.arg(since.en, words.names.en, words.is.en, state.en)};
        notice.userAction = {u"Bitte versuchen Sie es später erneut."_s, u"Please try again later."_s};
        const BilingualText how = contactAdvice(notice.contact);
        if (how.isComplete()) {
            notice.userAction.de += u" In dringenden Fällen erreichen Sie uns %1."_s.arg(how.de);
            notice.userAction.en += u" If your matter is urgent, please contact us %1."_s.arg(how.en);
        }
        break;
    }
    case NoticeKind::PlannedMaintenance:
        notice.title = {u"Geplante Wartung: "_s + words.names.de, u"Planned maintenance: "_s + words.names.en};
        notice.text
            = {u"Wegen Wartungsarbeiten %1 %2 ab %3 nicht verfügbar."_s.arg(words.is.de, words.names.de, since.de),
                u"%1 will be unavailable for maintenance from %2."_s.arg(words.names.en, since.en)};
        notice.userAction = {u"Bitte erledigen Sie dringende Anliegen vor Beginn der Wartung."_s,
            u"Please complete urgent matters before the maintenance begins."_s};
        break;
    case NoticeKind::Information:
        notice.title = {u"Hinweis: "_s + words.names.de, u"Notice: "_s + words.names.en};
        notice.text = {u"Aktuelle Informationen zu %1."_s.arg(words.names.de),
            u"Current information about %1."_s.arg(words.names.en)};
        break;
    }
    return notice;
}

NoticePhase phaseOf(IncidentState state)
{
    switch (state) {
    case IncidentState::Investigating:
        break;
    case IncidentState::Identified:
        return NoticePhase::Identified;
    case IncidentState::Monitoring:
        return NoticePhase::Monitoring;
    case IncidentState::Resolved:
        return NoticePhase::Resolved;
    }
    return NoticePhase::Investigating;
}

} // namespace

Notice noticeFromTemplate(NoticeKind kind, const QList<ServiceDefinition> &services, const QDateTime &start)
{
    return fromTemplate(
        kind, kind == NoticeKind::Information ? IncidentSeverity::Minor : IncidentSeverity::Major, services, start);
}

Notice noticeFromIncident(
    NoticeKind kind, const Incident &incident, const QList<ServiceDefinition> &services, const QDateTime &now)
{
    Notice notice = fromTemplate(kind, incident.severity, services, incident.openedAt);
    notice.incidentId = incident.id;
    if (kind == NoticeKind::Disruption) {
        NoticeUpdate first;
        first.id = QUuid::createUuid();
        first.at = now.toUTC();
        first.phase = phaseOf(incident.state);
        first.text = noticeUpdateTemplate(kind, first.phase);
        notice.updates = {first};
    }
    return notice;
}

BilingualText noticeUpdateTemplate(NoticeKind kind, NoticePhase phase)
{
    if (kind == NoticeKind::PlannedMaintenance) {
        switch (phase) {
        case NoticePhase::Scheduled:
            return {u"Die Wartung ist angekündigt."_s, u"The maintenance is scheduled."_s};
        case NoticePhase::Investigating:
        case NoticePhase::Identified:
            return {u"Die Wartungsarbeiten laufen."_s, u"Maintenance is in progress."_s};
        case NoticePhase::Monitoring:
            return {u"Die Wartungsarbeiten sind abgeschlossen; wir beobachten den Betrieb."_s,
                u"Maintenance is complete; we are monitoring operation."_s};
        case NoticePhase::Resolved:
            return {u"Die Wartung ist beendet."_s, u"The maintenance has ended."_s};
        }
    }
    if (kind == NoticeKind::Information) {
        if (phase == NoticePhase::Resolved)
            return {u"Dieser Hinweis ist nicht mehr aktuell."_s, u"This notice is no longer current."_s};
        return {u"Es gibt neue Informationen."_s, u"There is new information."_s};
    }
    switch (phase) {
    case NoticePhase::Scheduled:
    case NoticePhase::Investigating:
        break;
    case NoticePhase::Identified:
        return {u"Die Ursache ist gefunden. Wir arbeiten an der Behebung."_s,
            u"We have found the cause and are working on a fix."_s};
    case NoticePhase::Monitoring:
        return {u"Eine Lösung ist eingespielt. Wir beobachten, ob alles wieder funktioniert."_s,
            u"A fix is in place. We are monitoring whether everything works again."_s};
    case NoticePhase::Resolved:
        return {u"Die Störung ist behoben."_s, u"The disruption has been resolved."_s};
    }
    return {u"Wir untersuchen die Ursache der Störung."_s, u"We are investigating the cause of the disruption."_s};
}

} // namespace Leitstand
