#pragma once

#include "feed/notice.h"

#include <QString>

namespace Leitstand::FeedTest {

// Text a person could type into a notice, meant to break whatever renders it: markup, quotes,
// entities, right-to-left marks and characters from every Unicode plane in use (the Basic
// Multilingual Plane, emoji and historic scripts, CJK extensions, tags, private use).
inline QString hostileText()
{
    return QStringLiteral("<script>alert(\"x\")</script> <img src=x onerror='alert(1)'> &amp; & \"quoted\" "
                          "\u200Fעברית\u200E Ünïcödé ")
        + QString::fromUcs4(U"\U0001F6A8 \U00010348 \U00020BB7 \U00030000 \U000E0041 \U000F0000 \U0010FFFD");
}

inline QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

inline Notice sampleNotice(const QUuid &id, int revision = 1)
{
    Notice notice;
    notice.id = id;
    notice.revision = revision;
    notice.kind = NoticeKind::Disruption;
    notice.severity = IncidentSeverity::Major;
    notice.services = {QStringLiteral("Bürgerportal"), QStringLiteral("Terminbuchung")};
    notice.start = utc("2026-11-29T08:15:00Z");
    notice.expectedEnd = utc("2026-11-29T12:00:00Z");
    notice.title = {QStringLiteral("Terminbuchung gestört"), QStringLiteral("Appointment booking disrupted")};
    notice.text = {QStringLiteral("Termine können derzeit nicht gebucht werden."),
        QStringLiteral("Appointments cannot be booked at the moment.")};
    notice.userAction = {QStringLiteral("Rufen Sie uns an."), QStringLiteral("Please call us.")};
    notice.contact.phone = QStringLiteral("+49 30 115");
    notice.contact.email = QStringLiteral("service@example.org");
    notice.contact.hours = {QStringLiteral("Mo–Fr 8–18 Uhr"), QStringLiteral("Mon–Fri 8 am–6 pm")};
    notice.publishedAt = utc("2026-11-29T08:20:00Z");
    notice.updatedAt = utc("2026-11-29T08:20:00Z");
    NoticeUpdate first;
    first.id = QUuid::fromString(QStringLiteral("6f1c0a64-3f0d-4d8e-9a51-0a7c2a1f3b01"));
    first.at = utc("2026-11-29T08:20:00Z");
    first.phase = NoticePhase::Investigating;
    first.text = {QStringLiteral("Wir untersuchen die Störung."), QStringLiteral("We are investigating.")};
    notice.updates = {first};
    return notice;
}

} // namespace Leitstand::FeedTest
