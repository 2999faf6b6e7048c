#include "incidentdelegate.h"

#include "incidenticons.h"
#include "itemmodels/incidentlistmodel.h"

namespace Leitstand {

void IncidentDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == IncidentListModel::Severity)
        option->icon = IncidentIcons::severity(IncidentSeverity(index.data(IncidentListModel::SeverityRole).toInt()));
    else if (index.column() == IncidentListModel::State)
        option->icon = IncidentIcons::state(IncidentState(index.data(IncidentListModel::StateRole).toInt()));
    else
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace Leitstand
