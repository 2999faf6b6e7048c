#include "storage/catalogrepository.h"

#include "catalog/maintenancewindowformat.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

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
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, service_id, definition FROM maintenance_windows ORDER BY id"_s))
        return std::unexpected(tr("Cannot read the maintenance windows: %1").arg(sqlErrorMessage(query)));
    QList<MaintenanceWindow> windows;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QJsonObject definition = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        auto window = MaintenanceWindowFormat::fromFields(definition.toVariantMap());
        if (!window) {
            return std::unexpected(tr("Maintenance window %1 in the database cannot be read: %2")
                    .arg(id)
                    .arg(window.error().join(u"; "_s)));
        }
        window->setId(id);
        window->setServiceId(query.value(1).toLongLong());
        windows.append(*std::move(window));
    }
    return windows;
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

} // namespace Leitstand
