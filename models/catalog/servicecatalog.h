#pragma once

#include "catalog/maintenancewindow.h"
#include "catalog/servicehours.h"
#include "notifications/teamchannel.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Leitstand {

// The service catalog as people describe it: who is responsible for which service, whom to call,
// what each service needs and depends on, when it must be available and when it is maintained.
// The catalog file (`leitstand catalog import/export`) and the database both hold it; the overview
// view and its printable export show it. Services and teams refer to each other by name, so a
// catalog is complete without database ids.

struct TeamMember
{
    QString name;
    QString role;
    QString email;
    QString phone;

    friend bool operator==(const TeamMember &, const TeamMember &) = default;
};

struct Team
{
    QString name;
    QList<TeamMember> members;
    TeamChannel channel; // Kind::None: the team is not notified

    friend bool operator==(const Team &, const Team &) = default;
};

// Someone to contact about a service; on call means reachable outside office hours during an
// outage.
struct ServiceContact
{
    QString name;
    QString role;
    QString phone;
    QString email;
    bool onCall = false;

    friend bool operator==(const ServiceContact &, const ServiceContact &) = default;
};

struct ServiceDefinition
{
    QString name;
    QString description;
    QString team; // the responsible team's name; empty while nobody is
    QList<ServiceContact> contacts;
    // Technical prerequisites in words ("PostgreSQL 16 cluster db-3", "Zugang zum Verwaltungsnetz"),
    // in the order given.
    QStringList prerequisites;
    QStringList dependsOn; // names of the services this one needs, in the order given
    ServiceHours hours; // 24/7 unless described
    std::optional<double> availabilityTarget; // percent within service hours, such as 99.5
    QList<MaintenanceWindow> maintenance; // service id and window id are left 0

    friend bool operator==(const ServiceDefinition &, const ServiceDefinition &) = default;
};

struct ServiceCatalog
{
    QList<Team> teams; // ordered by name
    QList<ServiceDefinition> services; // ordered by name

    const Team *team(const QString &name) const;
    const ServiceDefinition *service(const QString &name) const;
    // The services that depend on `name` directly, ordered by name.
    QStringList dependentsOf(const QString &name) const;

    // The order of teams and services: by name, ignoring case, and names that differ only in case
    // by their characters, so that the file, the database and the views agree whatever the locale.
    static bool nameLess(const QString &left, const QString &right);
    // Puts teams and services in that order.
    void sortByName();

    friend bool operator==(const ServiceCatalog &, const ServiceCatalog &) = default;
};

} // namespace Leitstand
