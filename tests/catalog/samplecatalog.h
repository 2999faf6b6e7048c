#pragma once

// A service catalog as a German authority might describe it, for the tests of the catalog model,
// the overview and its printout: three teams, five services that depend on each other, contacts
// on call and not, service hours with the holidays of Berlin and Bayern, maintenance windows of
// every kind, one service without a team and one without anyone on call.

#include "catalog/servicecatalog.h"

#include <QHash>
#include <QStringList>

namespace CatalogTest {

inline Leitstand::TeamMember member(
    const QString &name, const QString &role, const QString &email, const QString &phone)
{
    Leitstand::TeamMember member;
    member.name = name;
    member.role = role;
    member.email = email;
    member.phone = phone;
    return member;
}

inline Leitstand::ServiceContact contact(
    const QString &name, const QString &role, const QString &phone, const QString &email, bool onCall)
{
    Leitstand::ServiceContact contact;
    contact.name = name;
    contact.role = role;
    contact.phone = phone;
    contact.email = email;
    contact.onCall = onCall;
    return contact;
}

inline Leitstand::ServiceHours hours(const QString &text, std::optional<Leitstand::FederalState> holidays)
{
    auto parsed = Leitstand::ServiceHours::parse(text, Leitstand::ServiceHours::defaultTimeZone(), holidays);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    return *parsed;
}

inline Leitstand::MaintenanceWindow window(
    const QString &title, const QDate &date, const QTime &time, int minutes, const Leitstand::RecurrenceRule &rule)
{
    Leitstand::MaintenanceWindow window;
    window.setTitle(title);
    window.setStart(date, time);
    window.setDurationMinutes(minutes);
    window.setRecurrence(rule);
    return window;
}

inline Leitstand::ServiceCatalog sampleCatalog()
{
    using namespace Leitstand;
    using Rule = RecurrenceRule;

    Team portal;
    portal.name = QStringLiteral("Team Bürgerportal");
    portal.members = {
        member(QStringLiteral("Dr. Aylin Özdemir"), QStringLiteral("Teamleitung"),
            QStringLiteral("aylin.oezdemir@example.de"), QStringLiteral("+49 30 901234-10")),
        member(QStringLiteral("Jürgen Weiß"), QStringLiteral("Betrieb"), QStringLiteral("juergen.weiss@example.de"),
            QStringLiteral("+49 30 901234-11")),
    };
    portal.channel.kind = TeamChannel::Kind::Matrix;
    portal.channel.url = QUrl(QStringLiteral("https://matrix.example.org"));
    portal.channel.room = QStringLiteral("!portal:example.org");

    Team identity;
    identity.name = QStringLiteral("Team Identität");
    identity.members = {
        member(QStringLiteral("Katrin Müller"), QStringLiteral("Produktverantwortung"),
            QStringLiteral("katrin.mueller@example.de"), QStringLiteral("+49 30 901234-20")),
        member(QStringLiteral("Tobias Schäfer"), QStringLiteral("Entwicklung"),
            QStringLiteral("tobias.schaefer@example.de"), QStringLiteral("+49 30 901234-21")),
    };
    identity.channel.kind = TeamChannel::Kind::Webhook;
    identity.channel.url = QUrl(QStringLiteral("https://hooks.example.org/identitaet"));

    Team platform;
    platform.name = QStringLiteral("Team Plattform");
    platform.members = {
        member(QStringLiteral("Sven Hoffmann"), QStringLiteral("Plattformbetrieb"),
            QStringLiteral("sven.hoffmann@example.de"), QStringLiteral("+49 89 2190-300")),
        member(QStringLiteral("Leonie Wagner"), QStringLiteral("Datenbanken"),
            QStringLiteral("leonie.wagner@example.de"), QStringLiteral("+49 89 2190-301")),
    };

    ServiceDefinition signIn;
    signIn.name = QStringLiteral("Anmeldung");
    signIn.description = QStringLiteral("Anmeldung der Bürgerinnen und Bürger mit BundID, ELSTER-Zertifikat oder "
                                        "Online-Ausweis; leitet nach der Anmeldung zurück ins Portal.");
    signIn.team = identity.name;
    signIn.contacts = {
        contact(QStringLiteral("Tobias Schäfer"), QStringLiteral("Rufbereitschaft"), QStringLiteral("+49 171 5550123"),
            QStringLiteral("tobias.schaefer@example.de"), true),
        contact(QStringLiteral("Katrin Müller"), QStringLiteral("Produktverantwortung"),
            QStringLiteral("+49 30 901234-20"), QStringLiteral("katrin.mueller@example.de"), false),
    };
    signIn.prerequisites = {QStringLiteral("Anbindung an die BundID (SAML 2.0)"),
        QStringLiteral("Gültiges Signaturzertifikat des Dienstanbieters")};
    signIn.dependsOn = {QStringLiteral("Antragsdatenbank")};
    signIn.hours = hours(QStringLiteral("Mo-Fr 06:00-22:00; Sa 08:00-14:00"), FederalState::Berlin);
    signIn.availabilityTarget = 99.5;
    signIn.maintenance = {window(QStringLiteral("Zertifikatstausch"), QDate(2026, 12, 5), QTime(6, 0), 120,
        Rule::monthlyOnWeekday(Rule::WeekOfMonth::First, Qt::Saturday))};

    ServiceDefinition database;
    database.name = QStringLiteral("Antragsdatenbank");
    database.description = QStringLiteral("PostgreSQL-Cluster für die Anträge aller Fachverfahren.");
    database.team = platform.name;
    database.contacts = {
        contact(QStringLiteral("Leonie Wagner"), QStringLiteral("Datenbanken"), QStringLiteral("+49 160 5550188"),
            QStringLiteral("leonie.wagner@example.de"), true),
        contact(QStringLiteral("Sven Hoffmann"), QStringLiteral("Vertretung"), QStringLiteral("+49 160 5550177"),
            QStringLiteral("sven.hoffmann@example.de"), true),
    };
    database.prerequisites = {QStringLiteral("PostgreSQL-16-Cluster db-3 (zwei Knoten)"),
        QStringLiteral("Sicherung über Bareos ins Rechenzentrum Süd")};
    database.availabilityTarget = 99.9;
    database.maintenance = {
        window(QStringLiteral("Datenbank-Update"), QDate(2026, 12, 1), QTime(22, 0), 120, Rule::weekly({Qt::Tuesday}))};

    ServiceDefinition payment;
    payment.name = QStringLiteral("Bezahldienst");
    payment.description = QStringLiteral("Gebühren und Auslagen mit ePayBL bezahlen: giropay, Kreditkarte, PayPal.");
    payment.contacts = {contact(QStringLiteral("Servicedesk ePayBL"), QStringLiteral("Hersteller-Hotline"),
        QStringLiteral("+49 800 5550100"), QStringLiteral("servicedesk@epaybl.example"), true)};
    payment.prerequisites = {QStringLiteral("Vertrag mit dem ePayBL-Verbund")};
    payment.hours = hours(QStringLiteral("Mo-So 06:00-24:00"), std::nullopt);
    payment.availabilityTarget = 99.0;

    ServiceDefinition citizenPortal;
    citizenPortal.name = QStringLiteral("Bürgerportal");
    citizenPortal.description
        = QStringLiteral("Zentrales Portal für Anträge und Auskünfte der Stadtverwaltung.\n"
                         "Bürgerinnen und Bürger stellen hier Anträge, verfolgen deren Stand und bezahlen Gebühren.");
    citizenPortal.team = portal.name;
    citizenPortal.contacts = {
        contact(QStringLiteral("Jürgen Weiß"), QStringLiteral("Rufbereitschaft"), QStringLiteral("+49 171 5550199"),
            QStringLiteral("juergen.weiss@example.de"), true),
        contact(QStringLiteral("Dr. Aylin Özdemir"), QStringLiteral("Teamleitung"), QStringLiteral("+49 30 901234-10"),
            QStringLiteral("aylin.oezdemir@example.de"), false),
    };
    citizenPortal.prerequisites = {QStringLiteral("Zugang zum Verwaltungsnetz (NdB-VN)"),
        QStringLiteral("Lastverteiler lb-1 und lb-2"), QStringLiteral("TLS-Zertifikat der DFN-PKI")};
    citizenPortal.dependsOn
        = {QStringLiteral("Anmeldung"), QStringLiteral("Antragsdatenbank"), QStringLiteral("Bezahldienst")};
    citizenPortal.hours = hours(QStringLiteral("Mo-Fr 07:00-19:00; Sa 08:00-12:00"), FederalState::Berlin);
    citizenPortal.availabilityTarget = 99.5;
    Rule until = Rule::weekly({Qt::Tuesday});
    until.setUntil(QDate(2027, 6, 30));
    citizenPortal.maintenance = {
        window(QStringLiteral("Wöchentliche Aktualisierung"), QDate(2026, 12, 1), QTime(22, 0), 60, until),
        window(QStringLiteral("Umzug ins Rechenzentrum Süd"), QDate(2027, 1, 16), QTime(6, 0), 6 * 60, Rule::once()),
    };

    ServiceDefinition housing;
    housing.name = QStringLiteral("Wohngeld-Online");
    housing.description = QStringLiteral("Wohngeldanträge online stellen und Nachweise hochladen.");
    housing.team = portal.name;
    housing.contacts = {contact(QStringLiteral("Fachbereich Wohngeld"), QStringLiteral("Fachliche Fragen"),
        QStringLiteral("+49 89 2190-455"), QStringLiteral("wohngeld@example.de"), false)};
    housing.prerequisites = {QStringLiteral("Schnittstelle zum Fachverfahren Wohngeld (XSozial)")};
    housing.dependsOn = {QStringLiteral("Bürgerportal"), QStringLiteral("Antragsdatenbank")};
    housing.hours = hours(QStringLiteral("Mo-Fr 08:00-18:00"), FederalState::Bayern);

    ServiceCatalog catalog;
    catalog.teams = {portal, identity, platform};
    catalog.services = {signIn, database, payment, citizenPortal, housing};
    return catalog;
}

// The endpoints that measure each service; Wohngeld-Online has none yet.
inline QHash<QString, QStringList> sampleEndpoints()
{
    return {
        {QStringLiteral("Bürgerportal"),
            {QStringLiteral("Startseite"), QStringLiteral("Antrag 10"), QStringLiteral("Antrag 2"),
                QStringLiteral("Login-Weiterleitung")}},
        {QStringLiteral("Anmeldung"), {QStringLiteral("Login"), QStringLiteral("SAML-Metadaten")}},
        {QStringLiteral("Antragsdatenbank"), {QStringLiteral("db-3 PostgreSQL")}},
        {QStringLiteral("Bezahldienst"), {QStringLiteral("Zahlungsseite")}},
    };
}

} // namespace CatalogTest
