#include "heartbeatdelegate.h"

#include "itemmodels/endpointtext.h"
#include "itemmodels/endpointtreemodel.h"
#include "stateicons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Leitstand {

namespace {

constexpr int barWidth = 3;
constexpr int barGap = 1;
constexpr int barStep = barWidth + barGap;
constexpr int margin = 4;

QList<Heartbeat> heartbeats(const QModelIndex &index)
{
    return index.data(EndpointTreeModel::HeartbeatRole).value<QList<Heartbeat>>();
}

double heightFraction(EndpointState state)
{
    switch (state) {
    case EndpointState::Down:
        return 1.0;
    case EndpointState::Up:
        return 0.65;
    case EndpointState::Degraded:
        return 0.35;
    case EndpointState::Unknown:
    case EndpointState::Paused:
    case EndpointState::Maintenance:
        break;
    }
    return 0.15;
}

// The strip's area within a cell: as wide as a full history, newest at the right edge.
QRect stripRect(const QRect &cell, qsizetype count)
{
    const int width = int(count) * barStep - barGap;
    const QRect inner = cell.adjusted(margin, 3, -margin, -3);
    return QRect(inner.left(), inner.top(), std::min(width, inner.width()), inner.height());
}

} // namespace

void HeartbeatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QList<Heartbeat> beats = heartbeats(index);
    if (beats.isEmpty())
        return;
    const QRect strip = stripRect(option.rect, beats.size());
    painter->save();
    painter->setPen(Qt::NoPen);
    for (qsizetype i = 0; i < beats.size(); ++i) {
        const int x = strip.left() + int(i) * barStep;
        if (x + barWidth > strip.right() + 1)
            break;
        const Heartbeat &beat = beats.at(i);
        const int height = std::max(2, int(strip.height() * heightFraction(beat.state)));
        painter->setBrush(StateIcons::color(beat.state));
        painter->drawRect(QRect(x, strip.bottom() + 1 - height, barWidth, height));
    }
    painter->restore();
}

QSize HeartbeatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(int(HeartbeatHistory::capacity) * barStep - barGap + 2 * margin);
    return size;
}

bool HeartbeatDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip) {
        const QList<Heartbeat> beats = heartbeats(index);
        if (const auto bar = barAt(option.rect, beats.size(), event->pos().x())) {
            QToolTip::showText(event->globalPos(), EndpointText::heartbeatToolTip(beats.at(*bar)), view, option.rect);
            return true;
        }
    }
    // Elsewhere in the cell: the model's summary of the whole strip.
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

std::optional<qsizetype> HeartbeatDelegate::barAt(const QRect &rect, qsizetype count, int x)
{
    if (count <= 0)
        return std::nullopt;
    const QRect strip = stripRect(rect, count);
    if (x < strip.left() || x > strip.right())
        return std::nullopt;
    const int offset = x - strip.left();
    // The gap belongs to the bar to its left: easier to hit than exact four pixels.
    const qsizetype bar = offset / barStep;
    if (bar >= count)
        return std::nullopt;
    return bar;
}

} // namespace Leitstand
