#pragma once

#include "itemmodels/heartbeat.h"

#include <QStyledItemDelegate>

#include <optional>

namespace Leitstand {

// The heartbeat strip: one bar per recent check, oldest on the left. Bars differ in height as
// well as colour (Down full height, Up two thirds, Degraded a third, anything else a stub), so
// the strip reads without colour vision. Hovering a bar shows when that check ran and what it
// found.
class HeartbeatDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // Which bar of `count` is at `x` in a cell of `rect`; none between and beside the bars.
    static std::optional<qsizetype> barAt(const QRect &rect, qsizetype count, int x);
};

} // namespace Leitstand
