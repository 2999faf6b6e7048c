#pragma once

#include "charts/availabilitybuckets.h"
#include "monitoring/checkresult.h"
#include "timechart.h"

#include <QList>

#include <optional>

namespace Leitstand {

// One bar per hour or day, stacked from the seconds spent up, degraded, in maintenance, down and
// unknown, each state with its colour and its own pattern (StateIcons::pattern()), so maintenance
// never looks like downtime. A bar is as high as the period; the part of the current period that
// has not happened yet stays empty. Any time down, degraded or in maintenance gets at least
// two pixels, so that a short outage in a long day still shows.
class AvailabilityChart final : public TimeChart
{
    Q_OBJECT

public:
    struct Slice
    {
        EndpointState state = EndpointState::Unknown;
        QRectF rect; // widget coordinates
    };

    explicit AvailabilityChart(QWidget *parent = nullptr);
    ~AvailabilityChart() override;
    Q_DISABLE_COPY_MOVE(AvailabilityChart)

    void setBars(const AvailabilityBars &bars);
    const AvailabilityBars &bars() const { return m_bars; }
    void clear();

    std::optional<AvailabilityBar> barAt(double x) const;
    // Where each state of the bar is drawn, from the bottom up; states without time are left out.
    QList<Slice> slices(const AvailabilityBar &bar) const;

    QString toolTipAt(const QPoint &pos) const override;

    // The states of a bar from the bottom up, which is also the order of the legend.
    static QList<EndpointState> stackOrder();

protected:
    void paintValueAxis(QPainter &painter, const QRectF &plot) override;
    void paintPlot(QPainter &painter, const QRectF &plot) override;
    void retranslateUi() override;

private:
    AvailabilityBars m_bars;
};

} // namespace Leitstand
