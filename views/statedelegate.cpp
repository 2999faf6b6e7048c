#include "statedelegate.h"

#include "itemmodels/endpointtreemodel.h"
#include "stateicons.h"

namespace Leitstand {

void StateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(EndpointTreeModel::StateRole);
    if (!state.isValid())
        return;
    option->icon = StateIcons::icon(EndpointState(state.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace Leitstand
