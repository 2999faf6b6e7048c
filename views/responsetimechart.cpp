#include "responsetimechart.h"

#include "charttext.h"
#include "itemmodels/endpointtext.h"
#include "timeaxis.h"

#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>

namespace Leitstand {

namespace {

constexpr int valueIntervals = 5;
// Room above the highest point, so that the line does not run along the frame.
constexpr double headroom = 1.05;
// How far beside a column the mouse may be and still get its tooltip: columns of a short range
// with few samples are a pixel wide and several pixels apart.
constexpr double hoverReachPx = 4;

} // namespace

ResponseTimeChart::ResponseTimeChart(QWidget *parent)
    : TimeChart(parent)
{
    retranslateUi();
}

ResponseTimeChart::~ResponseTimeChart() = default;

void ResponseTimeChart::setBand(const LatencyBand &band)
{
    m_band = band;
    ++m_bandVersion;
    m_means.clear();
    m_columns.clear();
    m_joins.clear();
    m_columns.reserve(m_band.columns.size());
    int highest = 0;
    const LatencyColumn *previous = nullptr;
    for (const LatencyColumn &column : std::as_const(m_band.columns)) {
        if (column.startsSegment || m_means.isEmpty())
            m_means.append(QPolygonF());
        const auto start = double(column.startMs - m_band.fromMs);
        const auto end = double(column.endMs - m_band.fromMs);
        m_columns.append(QRectF(start, column.minMs, end - start, column.maxMs - column.minMs));
        // Columns of a segment with time between them (few samples for many pixels) are joined
        // by a trapezoid, as the line joins their means.
        if (!column.startsSegment && previous && previous->endMs < column.startMs) {
            const auto previousEnd = double(previous->endMs - m_band.fromMs);
            m_joins << QPointF(previousEnd, previous->maxMs) << QPointF(start, column.maxMs)
                    << QPointF(start, column.minMs) << QPointF(previousEnd, previous->minMs);
        }
        m_means.last() << QPointF((start + end) / 2, column.meanMs);
        highest = std::max(highest, column.maxMs);
        previous = &column;
    }
    const double top = std::max(1.0, highest * headroom);
    // Whole milliseconds: the latencies are.
    m_axisStep = std::max(1.0, ValueAxis::step(top, valueIntervals));
    m_axisMaximum = std::ceil(top / m_axisStep) * m_axisStep;
    setAccessibleDescription(ChartText::latencySummary(m_band));
    update();
}

void ResponseTimeChart::clear()
{
    setBand(LatencyBand {});
}

std::optional<LatencyColumn> ResponseTimeChart::columnAt(double x) const
{
    const QList<LatencyColumn> &columns = m_band.columns;
    if (columns.isEmpty())
        return std::nullopt;
    const qint64 time = timeForX(x);
    const auto after = std::upper_bound(
        columns.cbegin(), columns.cend(), time, [](qint64 t, const LatencyColumn &column) { return t < column.endMs; });
    if (after != columns.cend() && after->startMs <= time)
        return *after;
    std::optional<LatencyColumn> nearest;
    double nearestDistance = hoverReachPx;
    const auto consider = [&](const LatencyColumn &column) {
        const double distance = std::max({xForTime(column.startMs) - x, x - xForTime(column.endMs), 0.0});
        if (distance <= nearestDistance) {
            nearestDistance = distance;
            nearest = column;
        }
    };
    if (after != columns.cend())
        consider(*after);
    if (after != columns.cbegin())
        consider(*std::prev(after));
    return nearest;
}

double ResponseTimeChart::yForLatency(double ms) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - ms / m_axisMaximum * plot.height();
}

QString ResponseTimeChart::toolTipAt(const QPoint &pos) const
{
    if (!plotRect().contains(pos))
        return {};
    const std::optional<LatencyColumn> column = columnAt(pos.x());
    return column ? ChartText::latencyToolTip(*column) : QString();
}

void ResponseTimeChart::paintValueAxis(QPainter &painter, const QRectF &plot)
{
    const QFontMetricsF metrics(font());
    for (int i = 0; i * m_axisStep <= m_axisMaximum; ++i) {
        const double value = i * m_axisStep;
        const double y = std::floor(yForLatency(value)) + 0.5;
        if (i > 0) {
            painter.setPen(QPen(gridColor(), 0));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        painter.setPen(textColor());
        const QRectF label(0, y - metrics.height() / 2, plot.left() - metrics.averageCharWidth(), metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, EndpointText::latency(int(std::lround(value))));
    }
}

void ResponseTimeChart::paintPlot(QPainter &painter, const QRectF &plot)
{
    const ChartRange shown = view();
    if (m_columns.isEmpty() || !shown.isValid())
        return;
    if (!pictureFits(plot, shown))
        drawPicture(plot, shown);
    if (!m_picture.image.isNull()) {
        const double x
            = plot.left() + double(m_picture.fromMs - shown.fromMs()) * plot.width() / double(shown.spanMs());
        painter.drawImage(QPointF(std::round(x), plot.top()), m_picture.image);
    }
    paintHover(painter, plot, palette().color(QPalette::Highlight));
}

bool ResponseTimeChart::pictureFits(const QRectF &plot, const ChartRange &shown) const
{
    const Picture &picture = m_picture;
    if (picture.bandVersion != m_bandVersion || picture.spanMs != shown.spanMs() || picture.plotSize != plot.size()
        || picture.paletteKey != palette().cacheKey() || picture.devicePixelRatio != devicePixelRatioF()) {
        return false;
    }
    // Enough when it holds all of the band that is in view.
    const qint64 from = std::max(shown.fromMs(), m_band.fromMs);
    const qint64 to = std::min(shown.toMs(), m_band.toMs);
    return from >= to || (from >= picture.fromMs && to <= picture.toMs);
}

void ResponseTimeChart::drawPicture(const QRectF &plot, const ChartRange &shown)
{
    const qreal ratio = devicePixelRatioF();
    m_picture = Picture {
        .image = {},
        .fromMs = std::max(shown.fromMs() - shown.spanMs(), m_band.fromMs),
        .toMs = std::min(shown.toMs() + shown.spanMs(), m_band.toMs),
        .spanMs = shown.spanMs(),
        .plotSize = plot.size(),
        .bandVersion = m_bandVersion,
        .paletteKey = palette().cacheKey(),
        .devicePixelRatio = ratio,
    };
    if (m_picture.toMs <= m_picture.fromMs)
        return;
    const double sx = plot.width() / double(shown.spanMs());
    const double sy = plot.height() / m_axisMaximum;
    const double imageWidth = std::ceil(double(m_picture.toMs - m_picture.fromMs) * sx) + 1;
    m_picture.image = QImage(
        QSize(int(imageWidth * ratio), int(std::ceil(plot.height() * ratio))), QImage::Format_ARGB32_Premultiplied);
    m_picture.image.setDevicePixelRatio(ratio);
    m_picture.image.fill(Qt::transparent);

    const QTransform toImage(sx, 0, 0, -sy, double(m_band.fromMs - m_picture.fromMs) * sx, plot.height());
    const QColor line = palette().color(QPalette::Highlight);
    QColor fill = line;
    fill.setAlphaF(0.45F);
    QColor edge = line;
    edge.setAlphaF(0.9F);
    QPainter painter(&m_picture.image);

    // The band as one rectangle per column on whole pixels, with its top pixel row darker, not as
    // one polygon with an outline: with spikes in many columns such a polygon has hundreds of edges
    // on each scan line, and filling and stroking it took several frames. Source composition keeps
    // a column that shares a pixel with its neighbour from darkening it.
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRectF &column : std::as_const(m_columns)) {
        const QRectF mapped = toImage.mapRect(column);
        const int left = int(std::round(mapped.left()));
        const int width = std::max(1, int(std::round(mapped.right())) - left);
        const int top = int(std::round(mapped.top()));
        const int height = std::max(1, int(std::round(mapped.bottom())) - top);
        painter.fillRect(QRect(left, top, width, height), fill);
        painter.fillRect(QRect(left, top, width, 1), edge);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    for (qsizetype i = 0; i + 3 < m_joins.size(); i += 4) {
        const std::array corners {toImage.map(m_joins.at(i)), toImage.map(m_joins.at(i + 1)),
            toImage.map(m_joins.at(i + 2)), toImage.map(m_joins.at(i + 3))};
        painter.drawConvexPolygon(corners.data(), int(corners.size()));
    }
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);

    // One pixel wide: thin pens take the raster engine's fast path, wider ones are stroked into
    // polygons, which cost ten times as much here.
    painter.setPen(QPen(line, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(line);
    for (const QPolygonF &mean : std::as_const(m_means)) {
        // A column on its own, between outages, would be a single pixel.
        if (mean.size() == 1)
            painter.drawEllipse(toImage.map(mean.constFirst()), 1.5, 1.5);
        else
            painter.drawPolyline(toImage.map(mean));
    }
}

void ResponseTimeChart::paintHover(QPainter &painter, const QRectF &plot, const QColor &color) const
{
    const std::optional<QPointF> hover = hoverPosition();
    if (!hover || !plot.contains(*hover))
        return;
    const std::optional<LatencyColumn> column = columnAt(hover->x());
    if (!column)
        return;
    const double x = (xForTime(column->startMs) + xForTime(column->endMs)) / 2;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(textColor(), 0, Qt::DashLine));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
    painter.setBrush(color);
    painter.drawEllipse(QPointF(x, yForLatency(column->meanMs)), 4, 4);
}

void ResponseTimeChart::retranslateUi()
{
    TimeChart::retranslateUi();
    setAccessibleDescription(ChartText::latencySummary(m_band));
}

} // namespace Leitstand
