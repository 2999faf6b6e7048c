#pragma once

#include <QStyledItemDelegate>

namespace Leitstand {

// The State column: the model's translated state name with the state's icon in front of it, so
// that the state is told by shape and word, never by colour alone.
class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Leitstand
