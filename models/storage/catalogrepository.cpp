#include "storage/catalogrepository.h"

#include "catalog/maintenancewindowformat.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Runs a statement with positional values; the query, to read its rows, or the driver's message.
std::expected<QSqlQuery, QString> execute(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return std::unexpected(sqlErrorMessage(query));
    for (const QVariant &value : values) {
        // The text columns are NOT NULL, and a null QString (an unset role) binds as NULL.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(u""_s) : value);
    }
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    return query;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

// services.settings: what a service row holds besides its name, description and team. Every value
// is written; a row that endpoints created holds {} and reads as a service without settings.
QString settingsToJson(const ServiceDefinition &service)
{
    QJsonObject settings {
        {u"weekly"_s, service.hours.toString()},
        {u"timeZone"_s, QString::fromUtf8(service.hours.timeZone().id())},
        {u"prerequisites"_s, QJsonArray::fromStringList(service.prerequisites)},
    };
    if (const auto state = service.hours.holidayState())
        settings.insert(u"holidays"_s, federalStateCode(*state));
    if (service.availabilityTarget)
        settings.insert(u"availabilityTarget"_s, *service.availabilityTarget);
    return compactJson(settings);
}

std::expected<void, QString> settingsFromJson(const QJsonObject &settings, ServiceDefinition &service)
{
    const QTimeZone zone = settings.contains("timeZone"_L1)
        ? QTimeZone(settings.value("timeZone"_L1).toString().toUtf8())
        : ServiceHours::defaultTimeZone();
    std::optional<FederalState> holidays;
    if (settings.contains("holidays"_L1)) {
        holidays = federalStateFromCode(settings.value("holidays"_L1).toString());
        if (!holidays)
            return std::unexpected(
                CatalogRepository::tr("unknown federal state %1").arg(settings.value("holidays"_L1).toString()));
    }
    auto hours = ServiceHours::parse(settings.value("weekly"_L1).toString(u"24/7"_s), zone, holidays);
    if (!hours)
        return std::unexpected(hours.error());
    service.hours = *std::move(hours);
    const QJsonArray prerequisites = settings.value("prerequisites"_L1).toArray();
    for (const auto &prerequisite : prerequisites)
        service.prerequisites.append(prerequisite.toString());
    if (settings.contains("availabilityTarget"_L1))
        service.availabilityTarget = settings.value("availabilityTarget"_L1).toDouble();
    return {};
}

// Whether two services differ in what their row holds, as opposed to their contacts,
// dependencies and maintenance windows.
bool sameRow(const ServiceDefinition &a, const ServiceDefinition &b)
{
    return a.description == b.description && a.team == b.team && a.hours == b.hours
        && a.availabilityTarget == b.availabilityTarget && a.prerequisites == b.prerequisites;
}

std::expected<QList<MaintenanceWindow>, QString> readMaintenanceWindows(QSqlDatabase &db)
{
    auto query = execute(db, u"SELECT id, service_id, definition FROM maintenance_windows ORDER BY id"_s);
    if (!query)
        return std::unexpected(CatalogRepository::tr("Cannot read the maintenance windows: %1").arg(query.error()));
    QList<MaintenanceWindow> windows;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        auto window = MaintenanceWindowFormat::fromFields(jsonObject(query->value(2)).toVariantMap());
        if (!window) {
            return std::unexpected(CatalogRepository::tr("Maintenance window %1 in the database cannot be read: %2")
                    .arg(id)
                    .arg(window.error().join(u"; "_s)));
        }
        window->setId(id);
        window->setServiceId(query->value(1).toLongLong());
        windows.append(*std::move(window));
    }
    return windows;
}

// The stored catalog with the ids of its teams and services by name.
struct StoredCatalog
{
    ServiceCatalog catalog;
    QHash<QString, qint64> teamIds;
    QHash<QString, qint64> serviceIds;
};

std::expected<StoredCatalog, QString> readCatalog(QSqlDatabase &db)
{
    const auto failed = [](const QString &error) {
        return std::unexpected(CatalogRepository::tr("Cannot read the service catalog: %1").arg(error));
    };
    StoredCatalog stored;
    QHash<qint64, Team> teams;
    auto query = execute(db, u"SELECT id, name, channel FROM teams"_s);
    if (!query)
        return failed(query.error());
    while (query->next()) {
        Team team;
        team.name = query->value(1).toString();
        auto channel = TeamChannel::fromJson(jsonObject(query->value(2)));
        if (!channel)
            return failed(CatalogRepository::tr("the channel of the team %1: %2").arg(team.name, channel.error()));
        team.channel = *channel;
        stored.teamIds.insert(team.name, query->value(0).toLongLong());
        teams.insert(query->value(0).toLongLong(), team);
    }
    query = execute(db, u"SELECT team_id, name, role, email, phone FROM team_members ORDER BY team_id, position"_s);
    if (!query)
        return failed(query.error());
    while (query->next()) {
        teams[query->value(0).toLongLong()].members.append(TeamMember {query->value(1).toString(),
            query->value(2).toString(), query->value(3).toString(), query->value(4).toString()});
    }

    QHash<qint64, ServiceDefinition> services;
    QHash<qint64, QString> serviceNames;
    query = execute(db, u"SELECT id, name, description, team_id, settings FROM services"_s);
    if (!query)
        return failed(query.error());
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        ServiceDefinition service;
        service.name = query->value(1).toString();
        service.description = query->value(2).toString();
        if (!query->value(3).isNull())
            service.team = teams.value(query->value(3).toLongLong()).name;
        if (const auto read = settingsFromJson(jsonObject(query->value(4)), service); !read)
            return failed(CatalogRepository::tr("the settings of the service %1: %2").arg(service.name, read.error()));
        stored.serviceIds.insert(service.name, id);
        serviceNames.insert(id, service.name);
        services.insert(id, service);
    }
    query = execute(db,
        u"SELECT service_id, name, role, phone, email, on_call FROM service_contacts ORDER BY service_id, position"_s);
    if (!query)
        return failed(query.error());
    while (query->next()) {
        services[query->value(0).toLongLong()].contacts.append(
            ServiceContact {query->value(1).toString(), query->value(2).toString(), query->value(3).toString(),
                query->value(4).toString(), query->value(5).toBool()});
    }
    query = execute(db, u"SELECT service_id, depends_on_id FROM service_dependencies ORDER BY service_id, position"_s);
    if (!query)
        return failed(query.error());
    while (query->next())
        services[query->value(0).toLongLong()].dependsOn.append(serviceNames.value(query->value(1).toLongLong()));

    const auto windows = readMaintenanceWindows(db);
    if (!windows)
        return std::unexpected(windows.error());
    for (MaintenanceWindow window : *windows) {
        const qint64 serviceId = window.serviceId();
        window.setId(0);
        window.setServiceId(0);
        services[serviceId].maintenance.append(window);
    }

    stored.catalog.teams = teams.values();
    stored.catalog.services = services.values();
    stored.catalog.sortByName();
    return stored;
}

} // namespace

CatalogRepository::CatalogRepository(const Database &database)
    : m_database(database)
{
}

std::expected<IncidentTopology, QString> CatalogRepository::incidentTopology() const
{
    const QSqlDatabase db = m_database.connection();
    const auto failed = [](const QSqlQuery &query) {
        return std::unexpected(tr("Cannot read the service catalog: %1").arg(sqlErrorMessage(query)));
    };
    IncidentTopology topology;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT e.id, s.id FROM endpoints e JOIN services s ON s.name = e.service"_s))
        return failed(query);
    while (query.next())
        topology.serviceOfEndpoint.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    if (!query.exec(u"SELECT service_id, depends_on_id FROM service_dependencies ORDER BY service_id, position"_s))
        return failed(query);
    while (query.next())
        topology.dependenciesOf[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    if (!query.exec(u"SELECT id, team_id FROM services WHERE team_id IS NOT NULL"_s))
        return failed(query);
    while (query.next())
        topology.teamOf.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return topology;
}

std::expected<QHash<qint64, QString>, QString> CatalogRepository::serviceNames() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, name FROM services"_s))
        return std::unexpected(tr("Cannot read the service catalog: %1").arg(sqlErrorMessage(query)));
    QHash<qint64, QString> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

std::expected<QList<TeamRecord>, QString> CatalogRepository::teams() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, name, channel FROM teams ORDER BY name"_s))
        return std::unexpected(tr("Cannot read the service catalog: %1").arg(sqlErrorMessage(query)));
    QList<TeamRecord> teams;
    while (query.next()) {
        teams.append({query.value(0).toLongLong(), query.value(1).toString(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object()});
    }
    return teams;
}

std::expected<QHash<qint64, QString>, QString> CatalogRepository::endpointNames() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, name FROM endpoints"_s))
        return std::unexpected(tr("Cannot read the service catalog: %1").arg(sqlErrorMessage(query)));
    QHash<qint64, QString> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

std::expected<QList<MaintenanceWindow>, QString> CatalogRepository::maintenanceWindows() const
{
    QSqlDatabase db = m_database.connection();
    return readMaintenanceWindows(db);
}

std::expected<CatalogNames, QString> CatalogRepository::names() const
{
    QSqlDatabase db = m_database.connection();
    const auto failed = [](const QSqlQuery &query) {
        return std::unexpected(tr("Cannot read the service catalog: %1").arg(sqlErrorMessage(query)));
    };
    const auto read = [&db](const QString &sql, QHash<qint64, QString> &into) -> std::optional<QSqlQuery> {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return query;
        while (query.next())
            into.insert(query.value(0).toLongLong(), query.value(1).toString());
        return std::nullopt;
    };
    CatalogNames names;
    db.transaction();
    for (const auto &[sql, into] : {std::pair {u"SELECT id, name FROM services"_s, &names.services},
             std::pair {u"SELECT id, name FROM teams"_s, &names.teams},
             std::pair {u"SELECT id, name FROM endpoints"_s, &names.endpoints}}) {
        if (const auto error = read(sql, *into)) {
            db.rollback();
            return failed(*error);
        }
    }
    db.commit();
    return names;
}

std::expected<qint64, QString> CatalogRepository::revision() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT revision FROM catalog_revision"_s) || !query.next())
        return std::unexpected(tr("Cannot read the service catalog: %1").arg(sqlErrorMessage(query)));
    return query.value(0).toLongLong();
}

std::expected<ServiceCatalog, QString> CatalogRepository::catalog() const
{
    QSqlDatabase db = m_database.connection();
    // One read transaction, so that teams, services and their parts agree.
    db.transaction();
    auto stored = readCatalog(db);
    db.commit();
    if (!stored)
        return std::unexpected(stored.error());
    return std::move(stored->catalog);
}

std::expected<QHash<QString, QStringList>, QString> CatalogRepository::endpointNamesByService() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT service, name FROM endpoints"_s))
        return std::unexpected(tr("Cannot read the service catalog: %1").arg(sqlErrorMessage(query)));
    QHash<QString, QStringList> names;
    while (query.next())
        names[query.value(0).toString()].append(query.value(1).toString());
    for (QStringList &endpoints : names)
        std::ranges::sort(endpoints, ServiceCatalog::nameLess);
    return names;
}

namespace {

// What replaceCatalog() relies on and CatalogFile::parse() ensures: unique names, and teams and
// dependencies that the catalog itself holds.
std::optional<QString> consistencyProblem(const ServiceCatalog &catalog)
{
    QSet<QString> teams;
    for (const Team &team : catalog.teams) {
        if (team.name.isEmpty() || teams.contains(team.name))
            return CatalogRepository::tr("the team name \"%1\" is empty or given twice").arg(team.name);
        teams.insert(team.name);
    }
    QSet<QString> services;
    for (const ServiceDefinition &service : catalog.services) {
        if (service.name.isEmpty() || services.contains(service.name))
            return CatalogRepository::tr("the service name \"%1\" is empty or given twice").arg(service.name);
        services.insert(service.name);
    }
    for (const ServiceDefinition &service : catalog.services) {
        if (!service.team.isEmpty() && !teams.contains(service.team))
            return CatalogRepository::tr("the service %1 names the unknown team %2").arg(service.name, service.team);
        for (const QString &dependency : service.dependsOn) {
            if (!services.contains(dependency))
                return CatalogRepository::tr("the service %1 depends on the unknown service %2")
                    .arg(service.name, dependency);
        }
    }
    return std::nullopt;
}

class CatalogWriter final
{
public:
    CatalogWriter(QSqlDatabase &db, const StoredCatalog &stored)
        : m_db(db)
        , m_stored(stored)
        , m_teamIds(stored.teamIds)
        , m_serviceIds(stored.serviceIds)
    {
    }

    std::expected<void, QString> writeTeams(const QList<Team> &teams, ImportSummary &summary);
    std::expected<void, QString> removeTeamsNotIn(const ServiceCatalog &catalog, ImportSummary &summary);
    std::expected<void, QString> writeServices(const QList<ServiceDefinition> &services, ImportSummary &summary);
    std::expected<void, QString> removeServicesNotIn(const ServiceCatalog &catalog, ImportSummary &summary);

private:
    std::expected<void, QString> insertMembers(qint64 teamId, const QList<TeamMember> &members);
    std::expected<void, QString> writeRow(const ServiceDefinition &service, const ServiceDefinition *old);
    std::expected<void, QString> writeParts(const ServiceDefinition &service, const ServiceDefinition *old);
    std::expected<void, QString> deleteParts(qint64 serviceId, bool contacts, bool dependencies, bool windows);
    std::expected<bool, QString> isReferenced(qint64 serviceId, const QString &name);
    std::optional<qint64> teamId(const QString &name) const
    {
        return name.isEmpty() ? std::nullopt : std::optional(m_teamIds.value(name));
    }

    QSqlDatabase &m_db;
    const StoredCatalog &m_stored;
    QHash<QString, qint64> m_teamIds;
    QHash<QString, qint64> m_serviceIds;
};

std::expected<void, QString> CatalogWriter::removeTeamsNotIn(const ServiceCatalog &catalog, ImportSummary &summary)
{
    for (const Team &old : m_stored.catalog.teams) {
        if (catalog.team(old.name))
            continue;
        // Services and incidents of the team keep existing without one (ON DELETE SET NULL).
        if (const auto deleted = execute(m_db, u"DELETE FROM teams WHERE id = ?"_s, {m_teamIds.take(old.name)});
            !deleted)
            return std::unexpected(deleted.error());
        ++summary.removed;
    }
    return {};
}

std::expected<void, QString> CatalogWriter::writeTeams(const QList<Team> &teams, ImportSummary &summary)
{
    for (const Team &team : teams) {
        const Team *old = m_stored.catalog.team(team.name);
        if (old && *old == team) {
            ++summary.unchanged;
            continue;
        }
        const QString channel = compactJson(team.channel.toJson());
        if (!old) {
            auto inserted = execute(
                m_db, u"INSERT INTO teams (name, channel) VALUES (?, ?) RETURNING id"_s, {team.name, channel});
            if (!inserted || !inserted->next())
                return std::unexpected(inserted ? sqlErrorMessage(*inserted) : inserted.error());
            const qint64 id = inserted->value(0).toLongLong();
            m_teamIds.insert(team.name, id);
            if (const auto members = insertMembers(id, team.members); !members)
                return members;
            ++summary.added;
            continue;
        }
        const qint64 id = m_teamIds.value(team.name);
        if (old->channel != team.channel) {
            if (const auto updated = execute(m_db, u"UPDATE teams SET channel = ? WHERE id = ?"_s, {channel, id});
                !updated)
                return std::unexpected(updated.error());
        }
        if (old->members != team.members) {
            if (const auto deleted = execute(m_db, u"DELETE FROM team_members WHERE team_id = ?"_s, {id}); !deleted)
                return std::unexpected(deleted.error());
            if (const auto members = insertMembers(id, team.members); !members)
                return members;
        }
        ++summary.changed;
    }
    return {};
}

std::expected<void, QString> CatalogWriter::insertMembers(qint64 teamId, const QList<TeamMember> &members)
{
    for (qsizetype i = 0; i < members.size(); ++i) {
        const TeamMember &member = members[i];
        if (const auto inserted = execute(m_db,
                u"INSERT INTO team_members (team_id, position, name, role, email, phone) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {teamId, qint64(i), member.name, member.role, member.email, member.phone});
            !inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

std::expected<void, QString> CatalogWriter::writeServices(
    const QList<ServiceDefinition> &services, ImportSummary &summary)
{
    // Every row first, so that the dependencies find the ids of services added on the way.
    for (const ServiceDefinition &service : services) {
        if (const auto written = writeRow(service, m_stored.catalog.service(service.name)); !written)
            return written;
    }
    for (const ServiceDefinition &service : services) {
        const ServiceDefinition *old = m_stored.catalog.service(service.name);
        if (const auto written = writeParts(service, old); !written)
            return written;
        if (!old)
            ++summary.added;
        else if (*old == service)
            ++summary.unchanged;
        else
            ++summary.changed;
    }
    return {};
}

std::expected<void, QString> CatalogWriter::writeRow(const ServiceDefinition &service, const ServiceDefinition *old)
{
    const QVariantList values {service.description, nullableId(teamId(service.team)), settingsToJson(service)};
    if (!old) {
        auto inserted = execute(m_db,
            u"INSERT INTO services (description, team_id, settings, name) VALUES (?, ?, ?, ?) RETURNING id"_s,
            values + QVariantList {service.name});
        if (!inserted || !inserted->next())
            return std::unexpected(inserted ? sqlErrorMessage(*inserted) : inserted.error());
        m_serviceIds.insert(service.name, inserted->value(0).toLongLong());
        return {};
    }
    if (sameRow(*old, service))
        return {};
    const auto updated = execute(m_db, u"UPDATE services SET description = ?, team_id = ?, settings = ? WHERE id = ?"_s,
        values + QVariantList {m_serviceIds.value(service.name)});
    if (!updated)
        return std::unexpected(updated.error());
    return {};
}

std::expected<void, QString> CatalogWriter::writeParts(const ServiceDefinition &service, const ServiceDefinition *old)
{
    const qint64 id = m_serviceIds.value(service.name);
    const bool contacts = !old || old->contacts != service.contacts;
    const bool dependencies = !old || old->dependsOn != service.dependsOn;
    const bool windows = !old || old->maintenance != service.maintenance;
    if (old) {
        if (const auto deleted = deleteParts(id, contacts, dependencies, windows); !deleted)
            return deleted;
    }
    for (qsizetype i = 0; contacts && i < service.contacts.size(); ++i) {
        const ServiceContact &contact = service.contacts[i];
        if (const auto inserted = execute(m_db,
                u"INSERT INTO service_contacts (service_id, position, name, role, phone, email, on_call) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {id, qint64(i), contact.name, contact.role, contact.phone, contact.email, contact.onCall ? 1 : 0});
            !inserted)
            return std::unexpected(inserted.error());
    }
    for (qsizetype i = 0; dependencies && i < service.dependsOn.size(); ++i) {
        if (const auto inserted = execute(m_db,
                u"INSERT INTO service_dependencies (service_id, depends_on_id, position) VALUES (?, ?, ?)"_s,
                {id, m_serviceIds.value(service.dependsOn[i]), qint64(i)});
            !inserted)
            return std::unexpected(inserted.error());
    }
    for (qsizetype i = 0; windows && i < service.maintenance.size(); ++i) {
        // What maintenanceWindows() reads back.
        const QString definition
            = compactJson(QJsonObject::fromVariantMap(MaintenanceWindowFormat::toFields(service.maintenance[i])));
        if (const auto inserted = execute(
                m_db, u"INSERT INTO maintenance_windows (service_id, definition) VALUES (?, ?)"_s, {id, definition});
            !inserted)
            return std::unexpected(inserted.error());
    }
    return {};
}

std::expected<void, QString> CatalogWriter::deleteParts(
    qint64 serviceId, bool contacts, bool dependencies, bool windows)
{
    for (const auto &[wanted, sql] : {std::pair {contacts, u"DELETE FROM service_contacts WHERE service_id = ?"_s},
             std::pair {dependencies, u"DELETE FROM service_dependencies WHERE service_id = ?"_s},
             std::pair {windows, u"DELETE FROM maintenance_windows WHERE service_id = ?"_s}}) {
        if (!wanted)
            continue;
        if (const auto deleted = execute(m_db, sql, {serviceId}); !deleted)
            return std::unexpected(deleted.error());
    }
    return {};
}

std::expected<bool, QString> CatalogWriter::isReferenced(qint64 serviceId, const QString &name)
{
    auto query = execute(m_db,
        u"SELECT EXISTS (SELECT 1 FROM endpoints WHERE service = ?) OR EXISTS (SELECT 1 FROM incidents WHERE "
        "service_id = ?) OR EXISTS (SELECT 1 FROM runbook_versions WHERE service_id = ?)"_s,
        {name, serviceId, serviceId});
    if (!query || !query->next())
        return std::unexpected(query ? sqlErrorMessage(*query) : query.error());
    return query->value(0).toBool();
}

std::expected<void, QString> CatalogWriter::removeServicesNotIn(const ServiceCatalog &catalog, ImportSummary &summary)
{
    for (const ServiceDefinition &old : m_stored.catalog.services) {
        if (catalog.service(old.name))
            continue;
        const qint64 id = m_serviceIds.value(old.name);
        const auto referenced = isReferenced(id, old.name);
        if (!referenced)
            return std::unexpected(referenced.error());
        if (!*referenced) {
            if (const auto deleted = execute(m_db, u"DELETE FROM services WHERE id = ?"_s, {id}); !deleted)
                return std::unexpected(deleted.error());
            ++summary.removed;
            continue;
        }
        // The service stays for its endpoints, incidents and runbook, as endpoints alone make it.
        ServiceDefinition blank;
        blank.name = old.name;
        if (old == blank)
            continue;
        if (const auto cleared = execute(
                m_db, u"UPDATE services SET description = '', team_id = NULL, settings = '{}' WHERE id = ?"_s, {id});
            !cleared)
            return std::unexpected(cleared.error());
        if (const auto deleted = deleteParts(id, true, true, true); !deleted)
            return deleted;
        ++summary.removed;
    }
    return {};
}

} // namespace

std::expected<CatalogImportSummary, QString> CatalogRepository::replaceCatalog(
    const ServiceCatalog &catalog, EndpointRepository::SyncMode mode, bool dryRun)
{
    const auto failed = [](const QString &error) {
        return std::unexpected(tr("Cannot import the service catalog: %1").arg(error));
    };
    if (const auto problem = consistencyProblem(catalog))
        return failed(*problem);

    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return failed(transaction.error());
    const auto stored = readCatalog(db);
    if (!stored)
        return std::unexpected(stored.error());

    CatalogImportSummary summary;
    CatalogWriter writer(db, *stored);
    const bool replace = mode == EndpointRepository::SyncMode::Replace;
    if (replace) {
        if (const auto removed = writer.removeTeamsNotIn(catalog, summary.teams); !removed)
            return failed(removed.error());
    }
    if (const auto written = writer.writeTeams(catalog.teams, summary.teams); !written)
        return failed(written.error());
    if (const auto written = writer.writeServices(catalog.services, summary.services); !written)
        return failed(written.error());
    if (replace) {
        if (const auto removed = writer.removeServicesNotIn(catalog, summary.services); !removed)
            return failed(removed.error());
    }
    // The transaction rolls back when it ends uncommitted.
    if (dryRun)
        return summary;
    if (const auto committed = transaction.commit(); !committed)
        return failed(committed.error());
    return summary;
}

} // namespace Leitstand
