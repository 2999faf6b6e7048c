#pragma once

#include <QStyledItemDelegate>

namespace Leitstand {

// The incident list's Severity and State columns: the model's words with the icon of the severity
// or state in front, so that neither is told by colour alone.
class IncidentDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Leitstand
