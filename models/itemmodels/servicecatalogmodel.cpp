#include "itemmodels/servicecatalogmodel.h"

#include "catalog/catalogtext.h"
#include "itemmodels/naturalorder.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QString onCallText(const ServiceDefinition &service, const QString &separator)
{
    QStringList people;
    for (const ServiceContact &contact : service.contacts) {
        if (!contact.onCall)
            continue;
        people.append(contact.phone.isEmpty()
                ? contact.name
                : ServiceCatalogModel::tr("%1 (%2)", "on-call contact: name (phone)").arg(contact.name, contact.phone));
    }
    return people.join(separator);
}

void sortNaturally(QStringList &names)
{
    const NaturalOrder order;
    std::ranges::sort(names, [&order](const QString &a, const QString &b) { return order.less(a, b); });
}

} // namespace

ServiceCatalogModel::ServiceCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceCatalogModel::setCatalog(
    const ServiceCatalog &catalog, const QHash<QString, QStringList> &endpointsByService)
{
    QHash<QString, QStringList> neededBy;
    for (const ServiceDefinition &service : catalog.services) {
        for (const QString &dependency : service.dependsOn)
            neededBy[dependency].append(service.name);
    }
    QList<Row> fresh;
    QHash<QString, qsizetype> freshIndex;
    fresh.reserve(catalog.services.size());
    for (const ServiceDefinition &service : catalog.services) {
        Row row {.service = service, .neededBy = neededBy.value(service.name), .endpoints = {}};
        row.endpoints = endpointsByService.value(service.name);
        sortNaturally(row.neededBy);
        sortNaturally(row.endpoints);
        freshIndex.insert(service.name, fresh.size());
        fresh.append(std::move(row));
    }
    m_catalog = catalog;

    // Services that are gone, in runs from the end so that the rows above keep their numbers.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (freshIndex.contains(m_rows.at(last).service.name)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !freshIndex.contains(m_rows.at(first - 1).service.name))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Services that stay change in place.
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &update = fresh.at(freshIndex.value(m_rows.at(row).service.name));
        present.insert(update.service.name);
        if (m_rows.at(row) == update)
            continue;
        m_rows[row] = update;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    QList<Row> added;
    for (const Row &row : std::as_const(fresh)) {
        if (!present.contains(row.service.name))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    rebuildRowIndex();
    Q_EMIT catalogChanged();
}

void ServiceCatalogModel::rebuildRowIndex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).service.name, row);
}

QStringList ServiceCatalogModel::endpointsOf(const QString &service) const
{
    const auto row = m_rowOf.constFind(service);
    return row == m_rowOf.cend() ? QStringList() : m_rows.at(*row).endpoints;
}

QModelIndex ServiceCatalogModel::indexOf(const QString &service, int column) const
{
    const auto row = m_rowOf.constFind(service);
    return row == m_rowOf.cend() ? QModelIndex() : index(*row, column);
}

int ServiceCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceCatalogModel::display(const Row &row, int column) const
{
    const ServiceDefinition &service = row.service;
    switch (column) {
    case Service:
        return service.name;
    case Team:
        return service.team;
    case OnCall:
        return onCallText(service, u"; "_s);
    case DependsOn:
        return service.dependsOn.join(u", "_s);
    case NeededBy:
        return row.neededBy.join(u", "_s);
    case Hours:
        return CatalogText::serviceHours(service.hours, QLocale::ShortFormat);
    case Target:
        return CatalogText::availabilityTarget(service.availabilityTarget);
    case Endpoints:
        return int(row.endpoints.size());
    default:
        return {};
    }
}

QVariant ServiceCatalogModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case Target:
        return row.service.availabilityTarget.value_or(-1.0);
    case Endpoints:
        return int(row.endpoints.size());
    default:
        return display(row, column);
    }
}

QString ServiceCatalogModel::searchText(const Row &row) const
{
    const ServiceDefinition &service = row.service;
    QStringList parts {service.name, service.description, service.team};
    if (const Leitstand::Team *team = m_catalog.team(service.team)) {
        for (const TeamMember &member : team->members)
            parts << member.name << member.role;
    }
    for (const ServiceContact &contact : service.contacts)
        parts << contact.name << contact.role;
    parts << service.prerequisites << service.dependsOn << row.neededBy << row.endpoints;
    return parts.join(u'\n');
}

QVariant ServiceCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OnCall:
            return !std::ranges::any_of(row.service.contacts, &ServiceContact::onCall)
                ? tr("Nobody is on call for %1").arg(row.service.name)
                : onCallText(row.service, u"\n"_s);
        case Hours:
            return CatalogText::serviceHours(row.service.hours);
        case Target:
            return row.service.availabilityTarget
                ? tr("Available %1 of the service hours").arg(display(row, Target).toString())
                : tr("No availability target");
        case Endpoints:
            return row.endpoints.isEmpty() ? tr("No endpoint measures %1").arg(row.service.name)
                                           : row.endpoints.join(u'\n');
        default:
            return display(row, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Target || index.column() == Endpoints)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ServiceNameRole:
        return row.service.name;
    case SortRole:
        return sortValue(row, index.column());
    case SearchTextRole:
        return searchText(row);
    case DescriptionRole:
        return row.service.description;
    case TeamNameRole:
        return row.service.team;
    case DependsOnRole:
        return row.service.dependsOn;
    case NeededByRole:
        return row.neededBy;
    case EndpointNamesRole:
        return row.endpoints;
    case HasOnCallRole:
        return std::ranges::any_of(row.service.contacts, &ServiceContact::onCall);
    default:
        return {};
    }
}

QVariant ServiceCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Team:
        return tr("Responsible team");
    case OnCall:
        return tr("On call");
    case DependsOn:
        return tr("Depends on");
    case NeededBy:
        return tr("Needed by");
    case Hours:
        return tr("Service hours");
    case Target:
        return tr("Availability target");
    case Endpoints:
        return tr("Endpoints");
    default:
        return {};
    }
}

} // namespace Leitstand
