#pragma once

#include "catalog/servicecatalog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Leitstand {

// The services of the catalog, one row each, for the catalog overview: who is responsible, who is
// on call, what each service depends on and what depends on it. Rows are in no particular order;
// ServiceCatalogFilterModel sorts and filters them.
//
// setCatalog() brings the rows in line with a new catalog by service name, without a reset: rows
// of services that are gone are removed, rows whose content changed emit dataChanged, new services
// are appended. So the selection in the view survives a reload. Team members and channels are not
// shown in any column; catalogChanged() tells the detail that they may have changed.
class ServiceCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : quint8 {
        Service,
        Team,
        OnCall,
        DependsOn,
        NeededBy,
        Hours,
        Target,
        Endpoints,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Roles : int {
        ServiceNameRole = Qt::UserRole + 1, // in every column
        // The column's raw value for sorting: the target as a double (-1 without one), the
        // endpoints as their count, texts as shown.
        SortRole,
        // Everything the filter text is matched against, in one string: names, description,
        // team, contacts, prerequisites and dependencies.
        SearchTextRole,
        DescriptionRole, // QString
        TeamNameRole, // QString, empty while nobody is responsible
        DependsOnRole, // QStringList in the order given
        NeededByRole, // QStringList ordered by name
        EndpointNamesRole, // QStringList in natural order
        HasOnCallRole, // bool: someone is on call for the service
    };

    explicit ServiceCatalogModel(QObject *parent = nullptr);

    // `endpointsByService` names the endpoints that measure each service, by service name.
    void setCatalog(const ServiceCatalog &catalog, const QHash<QString, QStringList> &endpointsByService);
    const ServiceCatalog &catalog() const { return m_catalog; }
    // The endpoints measuring the service, in natural order.
    QStringList endpointsOf(const QString &service) const;
    QModelIndex indexOf(const QString &service, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every setCatalog(), once the rows are in line with it.
    void catalogChanged();

private:
    struct Row
    {
        ServiceDefinition service;
        QStringList neededBy;
        QStringList endpoints;

        friend bool operator==(const Row &, const Row &) = default;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString searchText(const Row &row) const;
    void rebuildRowIndex();

    ServiceCatalog m_catalog;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace Leitstand
