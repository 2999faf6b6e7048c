#include "timechart.h"

#include "itemmodels/endpointtext.h"
#include "timeaxis.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Leitstand {

namespace {

constexpr int requestIntervalMs = 100;
// One notch of a mouse wheel (120 units) zooms in to 80 % of the span; a touchpad's smaller
// steps zoom proportionally less.
constexpr double zoomPerNotch = 0.8;
constexpr double keyPanFraction = 0.1;
constexpr double minimumSpanDragPx = 4;

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

} // namespace

TimeChart::TimeChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(requestIntervalMs);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (m_requestPending) {
            sendRequest();
            m_requestTimer.start();
        }
    });
}

TimeChart::~TimeChart() = default;

void TimeChart::setView(const ChartRange &view)
{
    if (view == m_view)
        return;
    m_view = view;
    m_requestPending = false;
    m_requestTimer.stop();
    update();
}

QRectF TimeChart::plotRect() const
{
    const QFontMetricsF metrics(font());
    // Wide enough for the widest latency label, the same in every chart so that their plots line
    // up when stacked.
    const double left
        = std::ceil(metrics.horizontalAdvance(EndpointText::latency(88'888)) + metrics.averageCharWidth());
    const double top = std::ceil(metrics.height() / 2) + 2;
    const double bottom = std::ceil(metrics.height()) + 6;
    const double right = std::ceil(metrics.averageCharWidth() * 2);
    return {left, top, std::max(1.0, width() - left - right), std::max(1.0, height() - top - bottom)};
}

int TimeChart::plotWidth() const
{
    return int(plotRect().width());
}

double TimeChart::xForTime(qint64 ms) const
{
    const QRectF plot = plotRect();
    if (!m_view.isValid())
        return plot.left();
    return plot.left() + double(ms - m_view.fromMs()) * plot.width() / double(m_view.spanMs());
}

qint64 TimeChart::timeForX(double x) const
{
    const QRectF plot = plotRect();
    return m_view.fromMs() + std::llround((x - plot.left()) * double(m_view.spanMs()) / plot.width());
}

QSize TimeChart::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(EndpointText::latency(88'888)) * 3, metrics.height() * 7};
}

void TimeChart::retranslateUi()
{
    setWhatsThis(tr("Scroll the mouse wheel to zoom around the pointer, drag to move in time, drag with Shift "
                    "or the right mouse button to zoom to a span, and double-click to go back to the chosen "
                    "range. With the keyboard: Left and Right move, + and - zoom, 0 goes back."));
}

QColor TimeChart::textColor() const
{
    return palette().color(QPalette::WindowText);
}

QColor TimeChart::gridColor() const
{
    QColor color = palette().color(QPalette::Text);
    color.setAlpha(45);
    return color;
}

void TimeChart::changeView(const ChartRange &view, Request request)
{
    if (!view.isValid())
        return;
    if (view != m_view) {
        m_view = view;
        update();
        Q_EMIT viewChanged(m_view);
        m_requestPending = true;
    }
    if (!m_requestPending)
        return;
    if (request == Request::Now) {
        m_requestTimer.stop();
        sendRequest();
    } else if (!m_requestTimer.isActive()) {
        // The first step loads at once; later ones wait for the timer, the last of them at the
        // latest when the gesture ends.
        sendRequest();
        m_requestTimer.start();
    }
}

void TimeChart::sendRequest()
{
    m_requestPending = false;
    Q_EMIT rangeRequested(m_view);
}

void TimeChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QRectF plot = plotRect();
    painter.fillRect(plot, palette().color(QPalette::Base));
    if (m_view.isValid()) {
        paintTimeAxis(painter, plot);
        paintValueAxis(painter, plot);
        painter.save();
        painter.setClipRect(plot);
        paintPlot(painter, plot);
        paintSelectedSpan(painter, plot);
        painter.restore();
    }
    painter.setPen(QPen(gridColor(), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot.adjusted(-0.5, -0.5, 0.5, 0.5));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = plot.toAlignedRect().adjusted(-3, -3, 3, 3);
        option.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void TimeChart::paintTimeAxis(QPainter &painter, const QRectF &plot)
{
    const QFontMetricsF metrics(font());
    const QList<TimeTick> ticks = TimeAxis::ticks(m_view.fromMs(), m_view.toMs(), plot.width(), metrics);
    for (const TimeTick &tick : ticks) {
        // On a pixel's centre, so that a one-pixel line stays sharp.
        const double x = std::floor(xForTime(tick.ms)) + 0.5;
        painter.setPen(QPen(gridColor(), 0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const double labelWidth = metrics.horizontalAdvance(tick.label) + 2;
        const double left = std::clamp(x - labelWidth / 2, 0.0, std::max(0.0, width() - labelWidth));
        painter.setPen(textColor());
        painter.drawText(QRectF(left, plot.bottom() + 3, labelWidth, metrics.height()), Qt::AlignCenter, tick.label);
    }
}

void TimeChart::paintSelectedSpan(QPainter &painter, const QRectF &plot)
{
    if (m_drag != Drag::Span)
        return;
    const double left = std::min(m_dragStart.x(), m_dragX);
    const double right = std::max(m_dragStart.x(), m_dragX);
    QColor fill = palette().color(QPalette::Highlight);
    painter.setPen(QPen(fill, 0));
    fill.setAlpha(60);
    painter.setBrush(fill);
    painter.drawRect(QRectF(left, plot.top(), right - left, plot.height()));
}

bool TimeChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        updateToolTip(help->pos(), help->globalPos());
        return true;
    }
    return QWidget::event(event);
}

void TimeChart::updateToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const QString text = m_drag == Drag::None ? toolTipAt(pos) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, this);
}

void TimeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void TimeChart::mousePressEvent(QMouseEvent *event)
{
    const QRectF plot = plotRect();
    const bool span = event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier));
    const bool pan = !span && (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton);
    if (!m_view.isValid() || (!span && !pan)) {
        QWidget::mousePressEvent(event);
        return;
    }
    QToolTip::hideText();
    m_hover.reset();
    m_dragStartView = m_view;
    if (span) {
        m_drag = Drag::Span;
        m_dragX = std::clamp(event->position().x(), plot.left(), plot.right());
        m_dragStart = QPointF(m_dragX, event->position().y());
        setCursor(Qt::SizeHorCursor);
    } else {
        m_drag = Drag::Pan;
        m_dragStart = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
    update();
}

void TimeChart::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF plot = plotRect();
    switch (m_drag) {
    case Drag::Pan: {
        const double dx = event->position().x() - m_dragStart.x();
        const auto deltaMs = std::llround(-dx * double(m_dragStartView.spanMs()) / plot.width());
        if (deltaMs != 0)
            changeView(m_dragStartView.panned(deltaMs, now()), Request::Throttled);
        break;
    }
    case Drag::Span:
        m_dragX = std::clamp(event->position().x(), plot.left(), plot.right());
        update();
        break;
    case Drag::None:
        m_hover = event->position();
        update();
        if (QToolTip::isVisible())
            updateToolTip(event->position().toPoint(), event->globalPosition().toPoint());
        break;
    }
    QWidget::mouseMoveEvent(event);
}

void TimeChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    finishDrag(event->position());
    event->accept();
}

void TimeChart::finishDrag(const QPointF &pos)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    update();
    if (drag == Drag::Pan) {
        // The range the gesture ended at is loaded now, not after the timer.
        changeView(m_view, Request::Now);
        return;
    }
    const QRectF plot = plotRect();
    const double end = std::clamp(pos.x(), plot.left(), plot.right());
    if (std::abs(end - m_dragStart.x()) < minimumSpanDragPx)
        return;
    const qint64 a = timeForX(std::min(end, m_dragStart.x()));
    const qint64 b = timeForX(std::max(end, m_dragStart.x()));
    changeView(ChartRange::custom(utc(a), utc(b), now()), Request::Now);
}

void TimeChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::None;
        unsetCursor();
        Q_EMIT resetRequested();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimeChart::wheelEvent(QWheelEvent *event)
{
    if (!m_view.isValid() || m_drag != Drag::None) {
        event->ignore();
        return;
    }
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0) {
        const QRectF plot = plotRect();
        const double x = std::clamp(event->position().x(), plot.left(), plot.right());
        const double factor = std::pow(zoomPerNotch, delta.y() / 120.0);
        changeView(m_view.zoomed(factor, utc(timeForX(x)), now()), Request::Throttled);
    } else if (delta.x() != 0) {
        // Sideways scrolling (a tilting wheel, a touchpad) moves in time, a tenth per notch.
        const auto deltaMs = std::llround(-delta.x() / 120.0 * keyPanFraction * double(m_view.spanMs()));
        changeView(m_view.panned(deltaMs, now()), Request::Throttled);
    }
    event->accept();
}

void TimeChart::keyPressEvent(QKeyEvent *event)
{
    const auto step = std::llround(keyPanFraction * double(m_view.spanMs()));
    const QDateTime centre = utc(m_view.fromMs() + m_view.spanMs() / 2);
    switch (event->key()) {
    case Qt::Key_Left:
        changeView(m_view.panned(-step, now()), Request::Throttled);
        break;
    case Qt::Key_Right:
        changeView(m_view.panned(step, now()), Request::Throttled);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        changeView(m_view.zoomed(zoomPerNotch, centre, now()), Request::Throttled);
        break;
    case Qt::Key_Minus:
        changeView(m_view.zoomed(1 / zoomPerNotch, centre, now()), Request::Throttled);
        break;
    case Qt::Key_0:
        Q_EMIT resetRequested();
        break;
    case Qt::Key_Escape:
        if (m_drag != Drag::Span) {
            QWidget::keyPressEvent(event);
            return;
        }
        m_drag = Drag::None;
        unsetCursor();
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeChart::leaveEvent(QEvent *event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

} // namespace Leitstand
