// Notice templates: each kind is worded in German and English from the catalog and the incident,
// names the services in the right number, picks a contact users may call, and is ready to publish.

#include "feed/noticetemplates.h"
#include "feedtesthelpers.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;

namespace {

ServiceDefinition service(const QString &name, const QList<ServiceContact> &contacts = {})
{
    ServiceDefinition definition;
    definition.name = name;
    definition.contacts = contacts;
    return definition;
}

ServiceContact person(const QString &phone, const QString &email, bool onCall)
{
    ServiceContact someone;
    someone.name = u"Erika Mustermann"_s;
    someone.phone = phone;
    someone.email = email;
    someone.onCall = onCall;
    return someone;
}

Incident incident(IncidentSeverity severity, IncidentState state)
{
    Incident opened;
    opened.id = 42;
    opened.serviceId = 7;
    opened.title = u"db-3 voll, intern"_s;
    opened.severity = severity;
    opened.state = state;
    opened.openedAt = utc("2026-11-29T08:15:00Z");
    return opened;
}

} // namespace

class TestNoticeTemplates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wording_data()
    {
        QTest::addColumn<NoticeKind>("kind");
        QTest::addColumn<IncidentSeverity>("severity");
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QString>("titleDe");
        QTest::addColumn<QString>("titleEn");
        QTest::addColumn<QString>("textDe");
        QTest::addColumn<QString>("textEn");

        const QStringList one {u"Terminbuchung"_s};
        const QStringList three {u"Bürgerportal"_s, u"Terminbuchung"_s, u"E-Akte"_s};
        QTest::addRow("disruption, critical") << NoticeKind::Disruption << IncidentSeverity::Critical << one
                                              << u"Ausfall: Terminbuchung"_s << u"Outage: Terminbuchung"_s
                                              << u"Seit 29.11.2026, 09:15 Uhr ist Terminbuchung nicht erreichbar. "
                                                 "Wir arbeiten an der Behebung."_s
                                              << u"Since 29 November 2026, 09:15 (German time), Terminbuchung is "
                                                 "unavailable. We are working on a fix."_s;
        QTest::addRow("disruption, major, three services")
            << NoticeKind::Disruption << IncidentSeverity::Major << three
            << u"Störung: Bürgerportal, Terminbuchung und E-Akte"_s
            << u"Disruption: Bürgerportal, Terminbuchung and E-Akte"_s
            << u"Seit 29.11.2026, 09:15 Uhr sind Bürgerportal, Terminbuchung und E-Akte gestört. "
               "Wir arbeiten an der Behebung."_s
            << u"Since 29 November 2026, 09:15 (German time), Bürgerportal, Terminbuchung and E-Akte are "
               "disrupted. We are working on a fix."_s;
        QTest::addRow("disruption, minor")
            << NoticeKind::Disruption << IncidentSeverity::Minor << one << u"Eingeschränkt nutzbar: Terminbuchung"_s
            << u"Limited service: Terminbuchung"_s
            << u"Seit 29.11.2026, 09:15 Uhr ist Terminbuchung nur eingeschränkt "
               "nutzbar. Wir arbeiten an der Behebung."_s
            << u"Since 29 November 2026, 09:15 (German time), Terminbuchung is only "
               "partly usable. We are working on a fix."_s;
        QTest::addRow("maintenance, two services")
            << NoticeKind::PlannedMaintenance << IncidentSeverity::Major << three.first(2)
            << u"Geplante Wartung: Bürgerportal und Terminbuchung"_s
            << u"Planned maintenance: Bürgerportal and Terminbuchung"_s
            << u"Wegen Wartungsarbeiten sind Bürgerportal und Terminbuchung ab 29.11.2026, 09:15 Uhr nicht "
               "verfügbar."_s
            << u"Bürgerportal and Terminbuchung will be unavailable for maintenance from 29 November 2026, 09:15 "
               "(German time)."_s;
        QTest::addRow("information") << NoticeKind::Information << IncidentSeverity::Minor << one
                                     << u"Hinweis: Terminbuchung"_s << u"Notice: Terminbuchung"_s
                                     << u"Aktuelle Informationen zu Terminbuchung."_s
                                     << u"Current information about Terminbuchung."_s;
    }

    void wording()
    {
        QFETCH(NoticeKind, kind);
        QFETCH(IncidentSeverity, severity);
        QFETCH(QStringList, services);
        QList<ServiceDefinition> definitions;
        for (const QString &name : std::as_const(services))
            definitions.append(service(name, {person(u"+49 30 115"_s, {}, true)}));

        const Notice notice = noticeFromIncident(
            kind, incident(severity, IncidentState::Investigating), definitions, utc("2026-11-29T08:30:00Z"));
        QCOMPARE(notice.kind, kind);
        QCOMPARE(notice.severity, severity);
        QCOMPARE(notice.services, services);
        QTEST(notice.title.de, "titleDe");
        QTEST(notice.title.en, "titleEn");
        QTEST(notice.text.de, "textDe");
        QTEST(notice.text.en, "textEn");
        QVERIFY(!notice.title.de.contains(u"db-3"_s));
        QVERIFY2(
            notice.problemsBeforePublishing().isEmpty(), qPrintable(notice.problemsBeforePublishing().join(u'\n')));
    }

    void summerTimeIsShownInGermanTime()
    {
        const Notice notice
            = noticeFromTemplate(NoticeKind::PlannedMaintenance, {service(u"E-Akte"_s)}, utc("2026-07-01T20:00:00Z"));
        QCOMPARE(notice.start, utc("2026-07-01T20:00:00Z"));
        QVERIFY2(notice.text.de.contains(u"ab 01.07.2026, 22:00 Uhr"_s), qPrintable(notice.text.de));
        QVERIFY2(notice.text.en.contains(u"from 1 July 2026, 22:00 (German time)"_s), qPrintable(notice.text.en));
    }

    void contact_data()
    {
        QTest::addColumn<QList<ServiceDefinition>>("services");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("adviceDe");
        QTest::addColumn<QString>("adviceEn");

        const ServiceContact office = person(u"+49 30 1000"_s, u"buero@example.org"_s, false);
        const ServiceContact onCall = person(u" +49 30 2000 "_s, u"bereitschaft@example.org"_s, true);
        const ServiceContact onCallUnreachable = person({}, {}, true);
        const ServiceContact mailOnly = person({}, u"post@example.org"_s, false);

        QTest::addRow("on call of a later service before the first's office")
            << QList {service(u"A"_s, {office}), service(u"B"_s, {onCall})} << u"+49 30 2000"_s
            << u"bereitschaft@example.org"_s
            << u"Bitte versuchen Sie es später erneut. In dringenden Fällen erreichen Sie uns telefonisch oder "
               "per E-Mail."_s
            << u"Please try again later. If your matter is urgent, please contact us by phone or e-mail."_s;
        QTest::addRow("on call without phone or e-mail is passed over")
            << QList {service(u"A"_s, {onCallUnreachable, mailOnly})} << QString() << u"post@example.org"_s
            << u"Bitte versuchen Sie es später erneut. In dringenden Fällen erreichen Sie uns per E-Mail."_s
            << u"Please try again later. If your matter is urgent, please contact us by e-mail."_s;
        QTest::addRow("nobody to contact")
            << QList {service(u"A"_s), service(u"B"_s, {onCallUnreachable})} << QString() << QString()
            << u"Bitte versuchen Sie es später erneut."_s << u"Please try again later."_s;
    }

    void contact()
    {
        QFETCH(QList<ServiceDefinition>, services);
        const Notice notice = noticeFromTemplate(NoticeKind::Disruption, services, utc("2026-11-29T08:15:00Z"));
        QTEST(notice.contact.phone, "phone");
        QTEST(notice.contact.email, "email");
        QTEST(notice.userAction.de, "adviceDe");
        QTEST(notice.userAction.en, "adviceEn");
        QVERIFY(notice.contact.hours.isEmpty());
    }

    void firstUpdateFollowsTheIncident_data()
    {
        QTest::addColumn<NoticeKind>("kind");
        QTest::addColumn<IncidentState>("state");
        QTest::addColumn<int>("updates");
        QTest::addColumn<NoticePhase>("phase");

        QTest::addRow("disruption, investigating")
            << NoticeKind::Disruption << IncidentState::Investigating << 1 << NoticePhase::Investigating;
        QTest::addRow("disruption, identified")
            << NoticeKind::Disruption << IncidentState::Identified << 1 << NoticePhase::Identified;
        QTest::addRow("disruption, monitoring")
            << NoticeKind::Disruption << IncidentState::Monitoring << 1 << NoticePhase::Monitoring;
        QTest::addRow("disruption, resolved")
            << NoticeKind::Disruption << IncidentState::Resolved << 1 << NoticePhase::Resolved;
        QTest::addRow("maintenance has no update yet")
            << NoticeKind::PlannedMaintenance << IncidentState::Investigating << 0 << NoticePhase::Scheduled;
        QTest::addRow("information has no update yet")
            << NoticeKind::Information << IncidentState::Identified << 0 << NoticePhase::Investigating;
    }

    void firstUpdateFollowsTheIncident()
    {
        QFETCH(NoticeKind, kind);
        QFETCH(IncidentState, state);
        QFETCH(int, updates);
        QFETCH(NoticePhase, phase);

        const QDateTime now = utc("2026-11-29T08:30:00Z");
        const Notice notice
            = noticeFromIncident(kind, incident(IncidentSeverity::Major, state), {service(u"A"_s)}, now);
        QCOMPARE(notice.incidentId, std::optional<qint64>(42));
        QCOMPARE(notice.start, utc("2026-11-29T08:15:00Z"));
        QVERIFY(!notice.id.isNull());
        QVERIFY(!notice.publishedAt.isValid());
        QCOMPARE(notice.updates.size(), updates);
        QCOMPARE(notice.phase(), phase);
        if (updates > 0) {
            QCOMPARE(notice.updates.constFirst().at, now);
            QVERIFY(!notice.updates.constFirst().id.isNull());
            QCOMPARE(notice.updates.constFirst().text, noticeUpdateTemplate(kind, phase));
        }
    }

    void everyUpdateTemplateIsBilingual_data()
    {
        QTest::addColumn<NoticeKind>("kind");
        for (const NoticeKind kind : {NoticeKind::Disruption, NoticeKind::PlannedMaintenance, NoticeKind::Information})
            QTest::addRow("%s", qPrintable(noticeKindName(kind))) << kind;
    }

    void everyUpdateTemplateIsBilingual()
    {
        QFETCH(NoticeKind, kind);
        QSet<QString> german;
        for (const NoticePhase phase : {NoticePhase::Scheduled, NoticePhase::Investigating, NoticePhase::Identified,
                 NoticePhase::Monitoring, NoticePhase::Resolved}) {
            const BilingualText text = noticeUpdateTemplate(kind, phase);
            QVERIFY2(text.isComplete(), qPrintable(noticePhaseName(phase)));
            QVERIFY(text.de != text.en);
            german.insert(text.de);
        }
        QVERIFY(german.size() >= 2);
    }

    void everyKindIsReadyToPublish_data() { everyUpdateTemplateIsBilingual_data(); }

    void everyKindIsReadyToPublish()
    {
        QFETCH(NoticeKind, kind);
        const Notice notice = noticeFromTemplate(kind, {service(u"A"_s)}, utc("2026-11-29T08:15:00Z"));
        QVERIFY2(
            notice.problemsBeforePublishing().isEmpty(), qPrintable(notice.problemsBeforePublishing().join(u'\n')));
        QVERIFY(notice.title.isComplete());
        QVERIFY(notice.text.isComplete());
    }
};

QTEST_GUILESS_MAIN(TestNoticeTemplates)
#include "tst_noticetemplates.moc"
