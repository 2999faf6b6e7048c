#pragma once

#include "charts/decimator.h"
#include "timechart.h"

#include <QImage>
#include <QList>
#include <QPolygonF>

#include <optional>

namespace Leitstand {

// The response time of one endpoint over time: the mean as a line through a shaded band from the
// minimum to the maximum of each pixel column, broken where there were no answers. The band is
// drawn a column wide for each column, so that a single slow check in a column shows at full
// height however many fast ones surround it.
class ResponseTimeChart final : public TimeChart
{
    Q_OBJECT

public:
    explicit ResponseTimeChart(QWidget *parent = nullptr);
    ~ResponseTimeChart() override;
    Q_DISABLE_COPY_MOVE(ResponseTimeChart)

    void setBand(const LatencyBand &band);
    const LatencyBand &band() const { return m_band; }
    void clear();

    // The column drawn at x (widget coordinates), else the nearest one within a few pixels.
    std::optional<LatencyColumn> columnAt(double x) const;
    double yForLatency(double ms) const;
    double axisMaximum() const { return m_axisMaximum; }

    QString toolTipAt(const QPoint &pos) const override;

protected:
    void paintValueAxis(QPainter &painter, const QRectF &plot) override;
    void paintPlot(QPainter &painter, const QRectF &plot) override;
    void retranslateUi() override;

private:
    // The band and line drawn at the current scale for a window of up to three plot widths around
    // the view: a pan within it only moves the picture, so a frame costs the same however many
    // columns and spikes there are (drawing them took 1 to 6 ms at scale 1 on the build machine,
    // and a high-DPI screen has four times the pixels).
    struct Picture
    {
        QImage image;
        qint64 fromMs = 0; // at the image's left edge
        qint64 toMs = 0;
        qint64 spanMs = 0; // of the view it was drawn for: the scale
        QSizeF plotSize;
        quint64 bandVersion = 0;
        qint64 paletteKey = 0;
        qreal devicePixelRatio = 0;
    };

    bool pictureFits(const QRectF &plot, const ChartRange &shown) const;
    void drawPicture(const QRectF &plot, const ChartRange &shown);
    void paintHover(QPainter &painter, const QRectF &plot, const QColor &color) const;

    LatencyBand m_band;
    quint64 m_bandVersion = 0;
    // In data coordinates: x in milliseconds from the band's start, y in milliseconds of latency.
    // Built once per load; drawing only maps them.
    QList<QPolygonF> m_means; // one line for each run of columns that the line joins
    QList<QRectF> m_columns; // minimum to maximum
    QPolygonF m_joins; // four corners for each trapezoid between columns that are apart
    Picture m_picture;
    double m_axisMaximum = 100;
    double m_axisStep = 25;
};

} // namespace Leitstand
