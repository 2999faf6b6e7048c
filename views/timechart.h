#pragma once

#include "charts/chartrange.h"

#include <QTimer>
#include <QWidget>

#include <optional>

namespace Leitstand {

// What the response-time and the availability chart share: a plot over a span of time with a
// local-time axis below it, and the ways to move through time on it.
//
// Mouse wheel: zoom around the time under the mouse. Drag: pan. Drag with Shift or with the right
// button: zoom to the span dragged over. Double-click: reset. Keys: Left and Right pan, + and -
// zoom, 0 resets, Escape drops a span being dragged.
//
// A zoom or pan changes the view at once, so what is loaded moves with the mouse in every frame,
// and asks for the new range to be loaded at most every 100 ms while it goes on and once more when
// it ends: loading per mouse move would queue loads faster than they can finish.
//
// Painted with QPainter rather than Qt Charts: a pan repaints a few hundred mapped points and a
// handful of labels (well under the 16 ms of a frame), where Qt Charts would lay out its graphics
// scene again for each axis change, and it cannot break an area series at gaps without one
// series per segment.
class TimeChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimeChart(QWidget *parent = nullptr);
    ~TimeChart() override;
    Q_DISABLE_COPY_MOVE(TimeChart)

    ChartRange view() const { return m_view; }
    // Shows this span; whatever data the chart holds is drawn where it falls in it. Emits nothing,
    // and a zoom or pan whose range was not requested yet is dropped: the caller decided.
    void setView(const ChartRange &view);
    // A zoom or pan waits for the throttle before its range is requested.
    bool isRequestPending() const { return m_requestPending; }

    // Widget coordinates, device-independent pixels.
    QRectF plotRect() const;
    int plotWidth() const;
    double xForTime(qint64 ms) const;
    qint64 timeForX(double x) const;

    // The hover tooltip for a point of the widget; empty where there is nothing to say.
    virtual QString toolTipAt(const QPoint &pos) const = 0;

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Every step of a zoom or pan by the user, for charts that show the same span.
    void viewChanged(const Leitstand::ChartRange &view);
    // The span to load, throttled while a zoom or pan goes on.
    void rangeRequested(const Leitstand::ChartRange &range);
    void resetRequested();

protected:
    // Horizontal grid lines and their labels in the left margin.
    virtual void paintValueAxis(QPainter &painter, const QRectF &plot) = 0;
    // The data; the painter is clipped to the plot.
    virtual void paintPlot(QPainter &painter, const QRectF &plot) = 0;
    virtual void retranslateUi();

    // Where the mouse is while it hovers without a button pressed.
    std::optional<QPointF> hoverPosition() const { return m_hover; }
    QColor textColor() const;
    QColor gridColor() const;

    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag : quint8 {
        None,
        Pan,
        Span,
    };
    enum class Request : quint8 {
        Throttled,
        Now,
    };

    void changeView(const ChartRange &view, Request request);
    void sendRequest();
    void paintTimeAxis(QPainter &painter, const QRectF &plot);
    void paintSelectedSpan(QPainter &painter, const QRectF &plot);
    void updateToolTip(const QPoint &pos, const QPoint &globalPos);
    void finishDrag(const QPointF &pos);

    ChartRange m_view;
    QTimer m_requestTimer;
    bool m_requestPending = false;
    Drag m_drag = Drag::None;
    QPointF m_dragStart;
    double m_dragX = 0;
    ChartRange m_dragStartView;
    std::optional<QPointF> m_hover;
};

} // namespace Leitstand
