#pragma once

#include "charts/chartdataloader.h"
#include "charts/chartrange.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace Leitstand {

class AvailabilityChart;
class AvailabilityLegend;
class CustomRangeDialog;
class ResponseTimeChart;

// The charts of the detail pane for one endpoint: response time and availability over a range
// chosen with the range buttons (1 h to 90 d, or a custom range), zoomed and panned on either
// chart, which follow each other. Data comes from a ChartDataLoader, which the panel must have
// to itself: the panel shows only the result of its latest request.
//
// Presets follow "now": while the panel is visible, a preset range is moved to the current time
// every 30 s (1 h) to 15 min (90 d). Zooming or panning makes the range custom; Reset zoom goes
// back to the range chosen last, a preset again at the current time.
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(ChartDataLoader &loader, QWidget *parent = nullptr);
    ~ChartPanel() override;
    Q_DISABLE_COPY_MOVE(ChartPanel)

    qint64 endpointId() const { return m_endpointId; }
    ChartRange range() const { return m_range; }
    // Zoomed or panned away from the range chosen last.
    bool isZoomed() const { return m_zoomed; }
    // A range is on its way to the charts: loading, or waiting for a zoom or pan to settle.
    bool isLoading() const;
    // What the charts show: the latest data that loaded (or failed) for the current endpoint.
    const ChartData &chartData() const { return m_data; }

    ResponseTimeChart *responseTimeChart() const { return m_responseTime; }
    AvailabilityChart *availabilityChart() const { return m_availability; }

public Q_SLOTS:
    // 0 shows a placeholder instead of charts.
    void setEndpoint(qint64 id, const QString &displayName);
    // Makes range the one that Reset zoom returns to.
    void setRange(const Leitstand::ChartRange &range);
    void setPreset(Leitstand::ChartRangePreset preset);
    void resetZoom();
    void openCustomRangeDialog();

Q_SIGNALS:
    void rangeChanged(const Leitstand::ChartRange &range);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Status : quint8 {
        Idle,
        Loading,
        Loaded,
        Failed,
    };

    QToolButton *addRangeButton(int id);
    void applyRange(const ChartRange &range);
    void zoomTo(const ChartRange &range);
    void requestData();
    void refreshPreset();
    void updateRefreshTimer(bool visible);
    void showData(const ChartData &loaded);
    void showFailure(const ChartData &loaded);
    void syncButtons();
    void updateStatus();
    void retranslateUi();

    ChartDataLoader &m_loader;
    qint64 m_endpointId = 0;
    QString m_displayName;
    ChartRange m_chosenRange; // what Reset zoom returns to
    ChartRange m_range;
    bool m_zoomed = false;
    quint64 m_requestedSerial = 0;
    int m_requestedWidth = 0;
    ChartData m_data;
    Status m_status = Status::Idle;
    QTimer m_refreshTimer;
    QTimer m_resizeTimer;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QList<QToolButton *> m_rangeButtons; // by ChartRangePreset, Custom last
    QToolButton *m_resetButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_responseTimeLabel = nullptr;
    ResponseTimeChart *m_responseTime = nullptr;
    QLabel *m_availabilityLabel = nullptr;
    AvailabilityChart *m_availability = nullptr;
    AvailabilityLegend *m_legend = nullptr;
    QPointer<CustomRangeDialog> m_dialog;
};

} // namespace Leitstand
