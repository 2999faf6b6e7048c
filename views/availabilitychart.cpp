#include "availabilitychart.h"

#include "charttext.h"
#include "stateicons.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace Leitstand {

namespace {

constexpr double minimumSlicePx = 2;

} // namespace

AvailabilityChart::AvailabilityChart(QWidget *parent)
    : TimeChart(parent)
{
    retranslateUi();
}

AvailabilityChart::~AvailabilityChart() = default;

QList<EndpointState> AvailabilityChart::stackOrder()
{
    // Good time at the bottom, where the eye compares bar heights; what went wrong on top of it.
    return {EndpointState::Up, EndpointState::Degraded, EndpointState::Maintenance, EndpointState::Down,
        EndpointState::Unknown};
}

void AvailabilityChart::setBars(const AvailabilityBars &bars)
{
    m_bars = bars;
    setAccessibleDescription(ChartText::availabilitySummary(m_bars));
    update();
}

void AvailabilityChart::clear()
{
    setBars(AvailabilityBars {});
}

std::optional<AvailabilityBar> AvailabilityChart::barAt(double x) const
{
    const qint64 time = timeForX(x);
    for (const AvailabilityBar &bar : m_bars.bars) {
        if (bar.startMs <= time && time < bar.endMs)
            return bar;
    }
    return std::nullopt;
}

QList<AvailabilityChart::Slice> AvailabilityChart::slices(const AvailabilityBar &bar) const
{
    const QRectF plot = plotRect();
    const double periodSeconds = double(bar.endMs - bar.startMs) / 1000;
    if (periodSeconds <= 0)
        return {};
    const QList<EndpointState> order = stackOrder();
    QList<double> heights;
    double total = 0;
    for (const EndpointState state : order) {
        const qint64 seconds = bar.seconds.inState(state);
        double height = double(seconds) / periodSeconds * plot.height();
        if (seconds > 0 && state != EndpointState::Up && state != EndpointState::Unknown)
            height = std::max(height, minimumSlicePx);
        heights.append(height);
        total += height;
    }
    // What the minimum heights added comes off the time up, which is the largest part whenever a
    // short outage needs it.
    if (total > plot.height())
        heights[0] = std::max(0.0, heights[0] - (total - plot.height()));

    // Whole pixels, with a pixel between neighbouring bars when they are wide enough for it.
    double left = std::round(xForTime(bar.startMs));
    double right = std::round(xForTime(bar.endMs));
    if (right - left > 3)
        right -= 1;
    right = std::max(right, left + 1);

    QList<Slice> result;
    double bottom = plot.bottom();
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (bar.seconds.inState(order.at(i)) <= 0 || heights.at(i) <= 0)
            continue;
        result.append(
            Slice {.state = order.at(i), .rect = QRectF(left, bottom - heights.at(i), right - left, heights.at(i))});
        bottom -= heights.at(i);
    }
    return result;
}

QString AvailabilityChart::toolTipAt(const QPoint &pos) const
{
    if (!plotRect().contains(pos))
        return {};
    const std::optional<AvailabilityBar> bar = barAt(pos.x());
    return bar ? ChartText::availabilityToolTip(*bar) : QString();
}

void AvailabilityChart::paintValueAxis(QPainter &painter, const QRectF &plot)
{
    const QFontMetricsF metrics(font());
    for (const int percent : {0, 50, 100}) {
        const double y = std::floor(plot.bottom() - percent / 100.0 * plot.height()) + 0.5;
        if (percent > 0) {
            painter.setPen(QPen(gridColor(), 0));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        painter.setPen(textColor());
        const QRectF label(0, y - metrics.height() / 2, plot.left() - metrics.averageCharWidth(), metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, ChartText::percent(percent));
    }
}

void AvailabilityChart::paintPlot(QPainter &painter, const QRectF &plot)
{
    // The pattern lines are the plot's background showing through, on light and dark palettes.
    const QColor lines = palette().color(QPalette::Base);
    const qreal ratio = devicePixelRatioF();
    std::array<QBrush, std::size_t(EndpointState::Maintenance) + 1> brushes;
    for (const EndpointState state : stackOrder())
        brushes.at(std::size_t(state)) = StateIcons::pattern(state, lines, ratio);

    std::optional<AvailabilityBar> hovered;
    if (const std::optional<QPointF> hover = hoverPosition(); hover && plot.contains(*hover))
        hovered = barAt(hover->x());

    for (const AvailabilityBar &bar : m_bars.bars) {
        if (bar.endMs <= view().fromMs() || bar.startMs >= view().toMs())
            continue;
        const QList<Slice> parts = slices(bar);
        for (const Slice &slice : parts) {
            // Anchored at the bar, so that the pattern moves with it while panning.
            painter.setBrushOrigin(slice.rect.topLeft());
            painter.fillRect(slice.rect, brushes.at(std::size_t(slice.state)));
        }
        if (hovered && hovered->startMs == bar.startMs && !parts.isEmpty()) {
            QRectF outline = parts.constFirst().rect;
            for (const Slice &slice : parts)
                outline |= slice.rect;
            painter.setPen(QPen(textColor(), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(outline.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }
}

void AvailabilityChart::retranslateUi()
{
    TimeChart::retranslateUi();
    setAccessibleDescription(ChartText::availabilitySummary(m_bars));
}

} // namespace Leitstand
