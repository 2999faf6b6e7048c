// The chart panel on real widgets against a temporary database: 91 days of samples five minutes
// apart up to now, flat at about 100 ms but for one 5 s spike half an hour ago, a maintenance hour
// and a down hour earlier today. Ranges, zoom, pan, the custom range dialog, stale loads,
// tooltips, what the availability bars look like, accessibility and tab order.

#include "../charts/loadstarts.h"
#include "availabilitychart.h"
#include "chartpanel.h"
#include "core/uilanguage.h"
#include "customrangedialog.h"
#include "responsetimechart.h"
#include "storage/samplestore.h"
#include "storagetesthelpers.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::ChartTest;
using namespace Leitstand::StorageTest;

Q_DECLARE_METATYPE(Leitstand::ChartRangePreset)
Q_DECLARE_METATYPE(Leitstand::ChartResolution)
Q_DECLARE_METATYPE(Leitstand::AvailabilityPeriod)

namespace {

// Long enough for a loaded two-core machine; a passing test never waits for it.
constexpr int timeoutMs = 60'000;
constexpr qint64 intervalSeconds = 300;
constexpr qint64 hourSeconds = 3600;
constexpr qint64 daySeconds = 24 * hourSeconds;
constexpr qint64 hourMs = 3'600'000;
constexpr qint64 dayMs = 24 * hourMs;
constexpr int spikeMs = 5000;
constexpr int flatMaxMs = 104;

// Mouse events sent straight to the widget: no event loop runs between them, so the throttle's
// timer cannot fire in the middle of a gesture however slow the machine is.
void sendMouse(QWidget *widget, QEvent::Type type, const QPointF &pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget *widget, const QPointF &from, const QPointF &to, Qt::MouseButton button,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier, int steps = 10)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, button, button, modifiers);
    for (int i = 1; i <= steps; ++i)
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton, button, modifiers);
    sendMouse(widget, QEvent::MouseButtonRelease, to, button, Qt::NoButton, modifiers);
}

void wheel(QWidget *widget, const QPointF &pos, int delta)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// The band and line are drawn in the test palette's pure red; nothing else in the plot is reddish.
bool isBand(QRgb pixel)
{
    return qRed(pixel) - qGreen(pixel) > 50 && qRed(pixel) - qBlue(pixel) > 50;
}

bool bandNear(const QImage &image, double x, double y)
{
    for (int dx = -1; dx <= 1; ++dx) {
        if (isBand(image.pixel(int(x) + dx, int(y))))
            return true;
    }
    return false;
}

// Which pixels of an 8×8 tile at `origin` show the background through the fill: the pattern,
// without the colours.
QList<bool> patternOf(const QImage &image, const QPointF &origin, QColor background)
{
    QList<bool> mask;
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8; ++x) {
            const QColor pixel = image.pixelColor(int(origin.x()) + x, int(origin.y()) + y);
            mask.append(std::abs(pixel.lightness() - background.lightness()) < 60);
        }
    }
    return mask;
}

QColor averageColor(const QImage &image, const QRect &area)
{
    qint64 r = 0;
    qint64 g = 0;
    qint64 b = 0;
    qint64 n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            r += qRed(pixel);
            g += qGreen(pixel);
            b += qBlue(pixel);
            ++n;
        }
    }
    return n == 0 ? QColor() : QColor(int(r / n), int(g / n), int(b / n));
}

int colorDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// The widgets Tab stops at: focusable, shown and enabled, without those that hand their focus to
// another widget (the line edit inside a date edit), as Qt's own tab chain skips them.
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(root) && widget->isEnabled()
            && !widget->focusProxy()) {
            stops.append(widget);
        }
    }
    return stops;
}

QWidget *focusedStop()
{
    QWidget *focus = QApplication::focusWidget();
    while (focus && focus->focusProxy())
        focus = focus->focusProxy();
    return focus;
}

// The widgets reached by pressing Tab, starting at `first`.
QList<QWidget *> reachedByTab(QWidget *first, int presses)
{
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> reached {focusedStop()};
    for (int i = 0; i < presses; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QWidget *focus = focusedStop(); !reached.contains(focus))
            reached.append(focus);
    }
    return reached;
}

} // namespace

class TestChartPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void placeholderWithoutEndpoint();
    void rangeButtonsLoadTheirResolution_data();
    void rangeButtonsLoadTheirResolution();
    void spikeStaysVisible_data();
    void spikeStaysVisible();
    void wheelZoomsAroundTheMouse();
    void dragPansAndLoadsThrottled();
    void spanDragZooms_data();
    void spanDragZooms();
    void resetReturnsToThePreset();
    void customRangeDialogValidates();
    void staleLoadIsDropped();
    void toolTipInTheUsersLocale();
    void maintenanceLooksUnlikeDowntime();
    void noDataAndFailures();
    void accessibleNamesAndTabOrder();

private:
    [[nodiscard]] bool waitLoaded() const;
    QToolButton *rangeButton(ChartRangePreset preset) const;
    [[nodiscard]] bool choose(ChartRangePreset preset) const;
    CustomRangeDialog *openDialog() const;

    std::unique_ptr<TestDatabase> m_db;
    TranslationInstaller m_translations;
    qint64 m_id = 0;
    qint64 m_spikeMs = 0;
    qint64 m_maintenanceHourMs = 0;
    qint64 m_downHourMs = 0;
    std::unique_ptr<ChartDataLoader> m_loader;
    std::unique_ptr<ChartPanel> m_panel;
};

void TestChartPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_translations.install(UiLanguage::English));
    // The expected texts are English with English numbers, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_db = std::make_unique<TestDatabase>();
    m_id = m_db->addEndpoint(u"web"_s, int(intervalSeconds * 1000));

    const qint64 end = QDateTime::currentSecsSinceEpoch() / intervalSeconds * intervalSeconds;
    const qint64 hour = end / hourSeconds * hourSeconds;
    const qint64 spike = end - 1800;
    m_spikeMs = spike * 1000;
    m_maintenanceHourMs = (hour - 5 * hourSeconds) * 1000;
    m_downHourMs = (hour - 3 * hourSeconds) * 1000;
    QList<Sample> samples;
    for (qint64 second = end - 91 * daySeconds; second <= end; second += intervalSeconds) {
        const qint64 ms = second * 1000;
        EndpointState state = EndpointState::Up;
        if (ms >= m_maintenanceHourMs && ms < m_maintenanceHourMs + hourMs)
            state = EndpointState::Maintenance;
        else if (ms >= m_downHourMs && ms < m_downHourMs + hourMs)
            state = EndpointState::Down;
        samples.append(sample(m_id, second, state, second == spike ? spikeMs : 100 + int(second / 300 % 5)));
    }
    const auto written = SampleStore(*m_db->database).write(samples);
    QVERIFY2(written, errorOf(written).constData());
}

void TestChartPanel::cleanupTestCase()
{
    m_db.reset();
}

void TestChartPanel::init()
{
    m_loader = std::make_unique<ChartDataLoader>(*m_db->database);
    m_panel = std::make_unique<ChartPanel>(*m_loader);
    // Pure red for the latency band and white behind it, so that images can be read reliably.
    QPalette palette = m_panel->palette();
    palette.setColor(QPalette::Highlight, Qt::red);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    m_panel->setPalette(palette);
    m_panel->resize(900, 640);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setEndpoint(m_id, u"web"_s);
    QVERIFY(waitLoaded());
}

void TestChartPanel::cleanup()
{
    m_panel.reset();
    m_loader.reset();
}

bool TestChartPanel::waitLoaded() const
{
    if (!QTest::qWaitFor([this] { return !m_panel->isLoading(); }, timeoutMs))
        return false;
    if (!m_panel->chartData().error.isEmpty())
        qWarning("load failed: %s", qPrintable(m_panel->chartData().error));
    return m_panel->chartData().error.isEmpty() && m_panel->chartData().range == m_panel->range();
}

QToolButton *TestChartPanel::rangeButton(ChartRangePreset preset) const
{
    const QString name
        = preset == ChartRangePreset::Custom ? u"chartRangeCustom"_s : u"chartRange%1"_s.arg(int(preset));
    return m_panel->findChild<QToolButton *>(name);
}

bool TestChartPanel::choose(ChartRangePreset preset) const
{
    QToolButton *button = rangeButton(preset);
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return waitLoaded();
}

CustomRangeDialog *TestChartPanel::openDialog() const
{
    QTest::mouseClick(rangeButton(ChartRangePreset::Custom), Qt::LeftButton);
    CustomRangeDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = m_panel->findChild<CustomRangeDialog *>();
            return dialog && dialog->isVisible();
        },
        timeoutMs);
    return shown ? dialog : nullptr;
}

void TestChartPanel::placeholderWithoutEndpoint()
{
    auto *placeholder = m_panel->findChild<QLabel *>(u"chartPlaceholder"_s);
    QVERIFY(placeholder);
    QVERIFY(!placeholder->isVisible());
    QVERIFY(m_panel->responseTimeChart()->isVisible());

    m_panel->setEndpoint(0, QString());
    QVERIFY(placeholder->isVisible());
    QVERIFY(!placeholder->text().isEmpty());
    QVERIFY(!m_panel->responseTimeChart()->isVisible());
    QVERIFY(m_panel->responseTimeChart()->band().columns.isEmpty());
    QVERIFY(!m_panel->isLoading());

    m_panel->setEndpoint(m_id, u"web"_s);
    QVERIFY(m_panel->responseTimeChart()->isVisible());
    QVERIFY(waitLoaded());
    QVERIFY(!m_panel->responseTimeChart()->band().columns.isEmpty());
    QCOMPARE(m_panel->responseTimeChart()->accessibleName(), u"Response time of web"_s);
}

void TestChartPanel::rangeButtonsLoadTheirResolution_data()
{
    QTest::addColumn<ChartRangePreset>("preset");
    QTest::addColumn<ChartResolution>("resolution");
    QTest::addColumn<AvailabilityPeriod>("period");
    QTest::addColumn<int>("minBars");
    QTest::addColumn<int>("maxBars");
    // A range from now touches one more hour or day than it spans, unless it starts on the hour.
    QTest::newRow("1 h") << ChartRangePreset::LastHour << ChartResolution::Raw << AvailabilityPeriod::Hour << 1 << 2;
    QTest::newRow("24 h") << ChartRangePreset::LastDay << ChartResolution::Minute << AvailabilityPeriod::Hour << 24
                          << 25;
    QTest::newRow("7 d") << ChartRangePreset::LastWeek << ChartResolution::Minute << AvailabilityPeriod::Day << 7 << 8;
    QTest::newRow("30 d") << ChartRangePreset::Last30Days << ChartResolution::Hour << AvailabilityPeriod::Day << 30
                          << 31;
    QTest::newRow("90 d") << ChartRangePreset::Last90Days << ChartResolution::Hour << AvailabilityPeriod::Day << 90
                          << 91;
}

void TestChartPanel::rangeButtonsLoadTheirResolution()
{
    QFETCH(ChartRangePreset, preset);
    QFETCH(ChartResolution, resolution);
    QFETCH(AvailabilityPeriod, period);
    QFETCH(int, minBars);
    QFETCH(int, maxBars);
    // Start elsewhere, so that every row changes the range.
    QVERIFY(choose(preset == ChartRangePreset::LastHour ? ChartRangePreset::LastDay : ChartRangePreset::LastHour));
    QSignalSpy changed(m_panel.get(), &ChartPanel::rangeChanged);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(choose(preset));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const ChartRange range = m_panel->range();
    QCOMPARE(range.presetKind(), preset);
    QCOMPARE(range.spanMs(), ChartRange::presetSpanMs(preset));
    QVERIFY(range.toMs() >= before && range.toMs() <= after);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<ChartRange>(), range);
    QVERIFY(rangeButton(preset)->isChecked());
    QVERIFY(!m_panel->isZoomed());

    const ChartData &data = m_panel->chartData();
    QCOMPARE(data.resolution, resolution);
    ResponseTimeChart *chart = m_panel->responseTimeChart();
    QCOMPARE(chart->view(), range);
    QCOMPARE(m_panel->availabilityChart()->view(), range);
    QCOMPARE(data.latency.width, chart->plotWidth());
    QCOMPARE(chart->band().fromMs, range.fromMs());
    QCOMPARE(chart->band().columns, data.latency.columns);
    QVERIFY(!chart->band().columns.isEmpty());
    QVERIFY(chart->band().columns.size() <= chart->plotWidth());
    if (resolution == ChartResolution::Raw) {
        // One column per sample: twelve an hour, five minutes apart.
        QVERIFY2(chart->band().columns.size() >= 11 && chart->band().columns.size() <= 13,
            qPrintable(QString::number(chart->band().columns.size())));
    }
    const AvailabilityBars &bars = m_panel->availabilityChart()->bars();
    QCOMPARE(bars.period, period);
    QCOMPARE(bars.bars, data.availability.bars);
    QVERIFY2(bars.bars.size() >= minBars && bars.bars.size() <= maxBars, qPrintable(QString::number(bars.bars.size())));
    QCOMPARE(m_panel->findChild<QLabel *>(u"chartStatus"_s)->text(), QString());
}

void TestChartPanel::spikeStaysVisible_data()
{
    QTest::addColumn<ChartRangePreset>("preset");
    QTest::newRow("1 h") << ChartRangePreset::LastHour;
    QTest::newRow("24 h") << ChartRangePreset::LastDay;
    QTest::newRow("7 d") << ChartRangePreset::LastWeek;
    QTest::newRow("30 d") << ChartRangePreset::Last30Days;
    QTest::newRow("90 d") << ChartRangePreset::Last90Days;
}

void TestChartPanel::spikeStaysVisible()
{
    QFETCH(ChartRangePreset, preset);
    QVERIFY(choose(preset));
    ResponseTimeChart *chart = m_panel->responseTimeChart();
    const QList<LatencyColumn> &columns = chart->band().columns;
    const auto spike = std::ranges::max_element(columns, {}, &LatencyColumn::maxMs);
    QVERIFY(spike != columns.cend());
    QCOMPARE(spike->maxMs, spikeMs);
    // The column that holds the spike, or for rollups the column of its minute or hour.
    QVERIFY(spike->startMs <= m_spikeMs && m_spikeMs < spike->endMs + hourMs);
    QVERIFY(chart->axisMaximum() >= spikeMs);

    const auto flat = std::ranges::find_if(columns, [](const LatencyColumn &c) { return c.maxMs <= flatMaxMs; });
    QVERIFY(flat != columns.cend());
    const QImage image = chart->grab().toImage();
    QCOMPARE(image.size(), chart->size());
    const auto middle = [chart](const LatencyColumn &column) {
        return (chart->xForTime(column.startMs) + chart->xForTime(column.endMs)) / 2;
    };
    // Painted up to the spike's height in its column, a pixel inside the top of the band or the
    // peak of the line, and not at that height in a flat column.
    const double top = chart->yForLatency(spikeMs) + 1;
    QVERIFY(top < chart->yForLatency(flatMaxMs) - 50);
    QVERIFY(bandNear(image, middle(*spike), top));
    QVERIFY(!bandNear(image, middle(*flat), top));
    QVERIFY(bandNear(image, middle(*flat), chart->yForLatency(100)));
}

void TestChartPanel::wheelZoomsAroundTheMouse()
{
    QVERIFY(choose(ChartRangePreset::LastDay));
    ResponseTimeChart *chart = m_panel->responseTimeChart();
    const ChartRange before = m_panel->range();
    const QRectF plot = chart->plotRect();
    const QPointF mouse(plot.left() + plot.width() / 4, plot.center().y());
    const qint64 anchor = chart->timeForX(mouse.x());
    QSignalSpy changed(m_panel.get(), &ChartPanel::rangeChanged);

    wheel(chart, mouse, 120);
    const ChartRange zoomed = m_panel->range();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(zoomed.presetKind(), ChartRangePreset::Custom);
    QVERIFY(m_panel->isZoomed());
    QVERIFY(rangeButton(ChartRangePreset::Custom)->isChecked());
    QVERIFY(m_panel->findChild<QToolButton *>(u"chartResetZoom"_s)->isEnabled());
    QVERIFY(qAbs(zoomed.spanMs() - qint64(before.spanMs() * 0.8)) <= 1);
    // The time under the mouse stays under it.
    const qint64 pixelMs = zoomed.spanMs() / qint64(plot.width());
    QVERIFY(qAbs(chart->timeForX(mouse.x()) - anchor) <= pixelMs);
    QVERIFY(zoomed.fromMs() > before.fromMs() && zoomed.toMs() < before.toMs());
    QCOMPARE(m_panel->availabilityChart()->view(), zoomed);
    QVERIFY(waitLoaded());
    QCOMPARE(m_panel->chartData().range, zoomed);

    // Out again, beyond the start: at most the maximum span, ending no later than now.
    for (int i = 0; i < 40; ++i)
        wheel(chart, mouse, -120);
    QVERIFY(waitLoaded());
    QCOMPARE(m_panel->range().spanMs(), ChartRange::maximumSpanMs);
    QVERIFY(m_panel->range().toMs() <= QDateTime::currentMSecsSinceEpoch());
}

void TestChartPanel::dragPansAndLoadsThrottled()
{
    QVERIFY(choose(ChartRangePreset::LastDay));
    ResponseTimeChart *chart = m_panel->responseTimeChart();
    const ChartRange before = m_panel->range();
    const QRectF plot = chart->plotRect();
    const QPointF start = plot.center();
    const QPointF end = start + QPointF(200, 0);
    QSignalSpy changed(m_panel.get(), &ChartPanel::rangeChanged);

    sendMouse(chart, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 20; ++i)
        sendMouse(chart, QEvent::MouseMove, start + (end - start) * i / 20, Qt::NoButton, Qt::LeftButton);
    // The chart follows every move; loading started for the first one only.
    const qint64 expectedShift = std::llround(200 * double(before.spanMs()) / plot.width());
    QCOMPARE(chart->view().spanMs(), before.spanMs());
    QVERIFY(qAbs(before.fromMs() - chart->view().fromMs() - expectedShift) <= 1);
    QCOMPARE(m_panel->availabilityChart()->view(), chart->view());
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_panel->range() != chart->view());

    sendMouse(chart, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_panel->range(), chart->view());
    QVERIFY(m_panel->isZoomed());
    QVERIFY(waitLoaded());
    QCOMPARE(m_panel->chartData().range, chart->view());

    // Into the future it does not go: dragging left from a range that ends now keeps it there.
    QVERIFY(choose(ChartRangePreset::LastHour));
    const ChartRange hour = m_panel->range();
    drag(chart, start, start - QPointF(300, 0), Qt::LeftButton);
    QVERIFY(waitLoaded());
    QCOMPARE(m_panel->range().spanMs(), hour.spanMs());
    QVERIFY(m_panel->range().toMs() >= hour.toMs());
    QVERIFY(m_panel->range().toMs() <= QDateTime::currentMSecsSinceEpoch());
}

void TestChartPanel::spanDragZooms_data()
{
    QTest::addColumn<Qt::MouseButton>("button");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("shift") << Qt::LeftButton << Qt::KeyboardModifiers(Qt::ShiftModifier);
    QTest::newRow("right button") << Qt::RightButton << Qt::KeyboardModifiers();
}

void TestChartPanel::spanDragZooms()
{
    QFETCH(Qt::MouseButton, button);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QVERIFY(choose(ChartRangePreset::LastWeek));
    AvailabilityChart *chart = m_panel->availabilityChart();
    const QRectF plot = chart->plotRect();
    const QPointF from(plot.left() + plot.width() * 0.2, plot.center().y());
    const QPointF to(plot.left() + plot.width() * 0.6, plot.center().y());
    const qint64 fromMs = chart->timeForX(from.x());
    const qint64 toMs = chart->timeForX(to.x());

    // Dragged from right to left: the span is the same.
    drag(chart, to, from, button, modifiers);
    const ChartRange range = m_panel->range();
    QCOMPARE(range.presetKind(), ChartRangePreset::Custom);
    QCOMPARE(range.fromMs(), fromMs);
    QCOMPARE(range.toMs(), toMs);
    QCOMPARE(m_panel->responseTimeChart()->view(), range);
    QVERIFY(waitLoaded());
    QCOMPARE(m_panel->chartData().resolution, ChartResolution::Minute);

    // A click is no span.
    drag(chart, from, from + QPointF(2, 0), button, modifiers);
    QCOMPARE(m_panel->range(), range);
}

void TestChartPanel::resetReturnsToThePreset()
{
    QVERIFY(choose(ChartRangePreset::LastWeek));
    ResponseTimeChart *chart = m_panel->responseTimeChart();
    auto *reset = m_panel->findChild<QToolButton *>(u"chartResetZoom"_s);
    QVERIFY(!reset->isEnabled());
    const auto isLastWeek = [&] {
        return !m_panel->isZoomed() && m_panel->range().presetKind() == ChartRangePreset::LastWeek
            && m_panel->range().spanMs() == 7 * dayMs
            && QDateTime::currentMSecsSinceEpoch() - m_panel->range().toMs() < 60'000
            && rangeButton(ChartRangePreset::LastWeek)->isChecked() && !reset->isEnabled() && waitLoaded()
            && chart->view() == m_panel->range();
    };

    wheel(chart, chart->plotRect().center(), 240);
    drag(chart, chart->plotRect().center(), chart->plotRect().center() + QPointF(50, 0), Qt::LeftButton);
    QVERIFY(m_panel->isZoomed());
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(isLastWeek());

    wheel(chart, chart->plotRect().center(), 120);
    QTest::mouseDClick(chart, Qt::LeftButton, {}, chart->plotRect().center().toPoint());
    QVERIFY(isLastWeek());

    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Plus);
    QVERIFY(m_panel->isZoomed());
    QTest::keyClick(chart, Qt::Key_Left);
    QTest::keyClick(chart, Qt::Key_0);
    QVERIFY(isLastWeek());
}

void TestChartPanel::customRangeDialogValidates()
{
    QVERIFY(choose(ChartRangePreset::LastDay));
    QPointer<CustomRangeDialog> dialog = openDialog();
    QVERIFY(dialog);
    auto *from = dialog->findChild<QDateTimeEdit *>(u"customRangeFrom"_s);
    auto *to = dialog->findChild<QDateTimeEdit *>(u"customRangeTo"_s);
    auto *message = dialog->findChild<QLabel *>(u"customRangeMessage"_s);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(from && to && message && ok);
    // It starts with the range shown, to the minute.
    QCOMPARE(from->dateTime().toMSecsSinceEpoch() / 60'000, m_panel->range().fromMs() / 60'000);
    QVERIFY(!message->isVisible());
    QVERIFY(ok->isEnabled());

    const QDateTime end = QDateTime::currentDateTime().addSecs(-hourSeconds);
    to->setDateTime(end);
    from->setDateTime(end);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"The start must come before the end."_s);
    QVERIFY(!ok->isEnabled());
    from->setDateTime(end.addSecs(hourSeconds));
    QVERIFY(message->isVisible());
    QVERIFY(!ok->isEnabled());
    // Enter does not get past it either.
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    dialog->accept();
    QVERIFY(dialog->isVisible());

    from->setDateTime(end.addDays(-500));
    QVERIFY2(message->text().startsWith(u"The range must not be longer than 400 day"_s), qPrintable(message->text()));
    to->setDateTime(QDateTime::currentDateTime().addDays(1));
    QCOMPARE(message->text(), u"The end must not lie in the future."_s);
    QVERIFY(!ok->isEnabled());

    to->setDateTime(end);
    from->setDateTime(end.addSecs(-2 * hourSeconds));
    QVERIFY(!message->isVisible());
    QVERIFY(ok->isEnabled());
    QSignalSpy changed(m_panel.get(), &ChartPanel::rangeChanged);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), timeoutMs);
    QCOMPARE(changed.size(), 1);
    const ChartRange range = m_panel->range();
    QCOMPARE(range.presetKind(), ChartRangePreset::Custom);
    QCOMPARE(range.fromMs() / 60'000, end.addSecs(-2 * hourSeconds).toMSecsSinceEpoch() / 60'000);
    QCOMPARE(range.toMs() / 60'000, end.toMSecsSinceEpoch() / 60'000);
    QVERIFY(!m_panel->isZoomed());
    QVERIFY(rangeButton(ChartRangePreset::Custom)->isChecked());
    QVERIFY(waitLoaded());
    QCOMPARE(m_panel->chartData().resolution, ChartResolution::Raw);

    // Cancelled, the button of the range shown is checked again.
    QVERIFY(choose(ChartRangePreset::Last30Days));
    dialog = openDialog();
    QVERIFY(dialog);
    dialog->reject();
    QVERIFY(rangeButton(ChartRangePreset::Last30Days)->isChecked());
    QCOMPARE(m_panel->range().presetKind(), ChartRangePreset::Last30Days);
}

void TestChartPanel::staleLoadIsDropped()
{
    LoadStarts starts;
    m_loader->setLoadStartedHook(starts.hook());
    // After the worker is released: the hook refers to `starts`, which goes before the loader.
    const auto unhook = qScopeGuard([this] { m_loader->setLoadStartedHook({}); });
    // Never leave the worker held, or the loader's destructor would wait for ever.
    const auto unblock = qScopeGuard([&starts] { starts.release.release(); });
    QSignalSpy loaded(m_loader.get(), &ChartDataLoader::loaded);
    starts.holdAt = m_loader->latestSerial() + 1;

    QTest::mouseClick(rangeButton(ChartRangePreset::Last90Days), Qt::LeftButton);
    // The 90 days are being loaded while the hour is chosen.
    QVERIFY(starts.held.tryAcquire(1, timeoutMs));
    QVERIFY(m_panel->isLoading());
    QTest::mouseClick(rangeButton(ChartRangePreset::LastHour), Qt::LeftButton);
    starts.release.release();

    QVERIFY(waitLoaded());
    QCOMPARE(m_panel->range().presetKind(), ChartRangePreset::LastHour);
    QCOMPARE(m_panel->chartData().range.spanMs(), hourMs);
    QCOMPARE(m_panel->chartData().resolution, ChartResolution::Raw);
    QCOMPARE(m_panel->responseTimeChart()->band().fromMs, m_panel->range().fromMs());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().value<ChartData>().range.spanMs(), hourMs);
    // Whatever the 90-day load sent is gone for good.
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_panel->chartData().range.spanMs(), hourMs);
    QCOMPARE(starts.startedSerials().size(), 2);
}

void TestChartPanel::toolTipInTheUsersLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale original;
    QLocale::setDefault(german);
    const auto restore = qScopeGuard([&original] { QLocale::setDefault(original); });
    QVERIFY(choose(ChartRangePreset::LastHour));
    ResponseTimeChart *chart = m_panel->responseTimeChart();
    const QList<LatencyColumn> &columns = chart->band().columns;
    const auto spike = std::ranges::find_if(columns, [](const LatencyColumn &c) { return c.maxMs == spikeMs; });
    QVERIFY(spike != columns.cend());
    const QPoint pos(int((chart->xForTime(spike->startMs) + chart->xForTime(spike->endMs)) / 2),
        int(chart->plotRect().center().y()));
    QCOMPARE(chart->columnAt(pos.x()), std::optional<LatencyColumn>(*spike));

    const QString text = chart->toolTipAt(pos);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(spike->startMs).toLocalTime();
    QVERIFY2(text.contains(german.toString(start.date(), QLocale::ShortFormat)), qPrintable(text));
    QVERIFY2(text.contains(german.toString(start.time(), u"HH:mm:ss"_s)), qPrintable(text));
    QVERIFY2(text.contains(u"Maximum: 5.000 ms"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Mean: 5.000 ms"_s), qPrintable(text));
    QVERIFY2(text.contains(u"1 answered check"_s), qPrintable(text));

    // Between columns, a few pixels away, the nearest one answers; far away nothing does.
    QCOMPARE(chart->columnAt(pos.x() + 3), std::optional<LatencyColumn>(*spike));
    QCOMPARE(chart->toolTipAt(QPoint(pos.x(), 0)), QString());

    // What the mouse resting there shows.
    QHelpEvent help(QEvent::ToolTip, pos, chart->mapToGlobal(pos));
    QApplication::sendEvent(chart, &help);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), timeoutMs);
    QCOMPARE(QToolTip::text(), text);
    QToolTip::hideText();

    AvailabilityChart *bars = m_panel->availabilityChart();
    const QString hour = bars->toolTipAt(QPoint(pos.x(), int(bars->plotRect().center().y())));
    QVERIFY2(hour.contains(u"Availability: 100,00 %"_s), qPrintable(hour));
}

void TestChartPanel::maintenanceLooksUnlikeDowntime()
{
    QVERIFY(choose(ChartRangePreset::LastDay));
    AvailabilityChart *chart = m_panel->availabilityChart();
    const QList<AvailabilityBar> &bars = chart->bars().bars;
    const auto barAt = [&bars](qint64 startMs) {
        return std::ranges::find_if(bars, [startMs](const AvailabilityBar &bar) { return bar.startMs == startMs; });
    };
    const auto maintenance = barAt(m_maintenanceHourMs);
    const auto down = barAt(m_downHourMs);
    QVERIFY(maintenance != bars.cend() && down != bars.cend());
    QCOMPARE(maintenance->seconds, StateSeconds {.maintenance = 3600});
    QCOMPARE(down->seconds, StateSeconds {.down = 3600});

    const QList<AvailabilityChart::Slice> maintenanceSlices = chart->slices(*maintenance);
    const QList<AvailabilityChart::Slice> downSlices = chart->slices(*down);
    QCOMPARE(maintenanceSlices.size(), 1);
    QCOMPARE(maintenanceSlices.first().state, EndpointState::Maintenance);
    QCOMPARE(downSlices.size(), 1);
    QCOMPARE(downSlices.first().state, EndpointState::Down);
    const QRectF maintenanceRect = maintenanceSlices.first().rect;
    const QRectF downRect = downSlices.first().rect;
    QCOMPARE(maintenanceRect.height(), chart->plotRect().height());
    QVERIFY(maintenanceRect.width() >= 16 && maintenanceRect.height() >= 16);

    const QImage image = chart->grab().toImage();
    // Their own colours, on average…
    const QColor maintenanceColor = averageColor(image, maintenanceRect.toAlignedRect().adjusted(1, 1, -1, -1));
    const QColor downColor = averageColor(image, downRect.toAlignedRect().adjusted(1, 1, -1, -1));
    QVERIFY2(colorDistance(maintenanceColor, downColor) > 100,
        qPrintable(maintenanceColor.name() + u' ' + downColor.name()));
    // …and their own patterns, which tell them apart without colour: the second tile from each
    // bar's top left corner, where the pattern starts, clear of the plot's frame.
    const QColor background = m_panel->palette().color(QPalette::Base);
    const QPointF tile(0, 8);
    const QList<bool> maintenancePattern = patternOf(image, maintenanceRect.topLeft() + tile, background);
    const QList<bool> downPattern = patternOf(image, downRect.topLeft() + tile, background);
    QVERIFY(maintenancePattern.contains(true) && maintenancePattern.contains(false));
    QVERIFY(downPattern.contains(true) && downPattern.contains(false));
    QVERIFY(maintenancePattern != downPattern);

    // In words: the legend and the tooltips.
    QCOMPARE(m_panel->findChild<QLabel *>(u"legend-maintenance"_s)->text(), u"Maintenance"_s);
    QCOMPARE(m_panel->findChild<QLabel *>(u"legend-down"_s)->text(), u"Down"_s);
    const auto tipAt = [chart](const QRectF &rect) {
        return chart->toolTipAt(rect.center().toPoint());
    };
    const QString maintenanceTip = tipAt(maintenanceRect);
    QVERIFY2(maintenanceTip.contains(u"Maintenance: 1 h"_s), qPrintable(maintenanceTip));
    QVERIFY2(maintenanceTip.contains(u"Availability: nothing measured"_s), qPrintable(maintenanceTip));
    QVERIFY2(!maintenanceTip.contains(u"Down"_s), qPrintable(maintenanceTip));
    const QString downTip = tipAt(downRect);
    QVERIFY2(downTip.contains(u"Down: 1 h"_s), qPrintable(downTip));
    QVERIFY2(downTip.contains(u"Availability: 0.00 %"_s), qPrintable(downTip));
    QVERIFY2(!downTip.contains(u"Maintenance"_s), qPrintable(downTip));
    QVERIFY(chart->accessibleDescription().contains(u"Down: 1 h"_s));
    QVERIFY(chart->accessibleDescription().contains(u"Maintenance: 1 h"_s));
}

void TestChartPanel::noDataAndFailures()
{
    auto *status = m_panel->findChild<QLabel *>(u"chartStatus"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_panel->setRange(ChartRange::custom(now.addDays(-120), now.addDays(-100), now));
    QVERIFY(waitLoaded());
    QCOMPARE(status->text(), u"No data in this range"_s);
    QVERIFY(m_panel->responseTimeChart()->band().columns.isEmpty());

    m_panel->setEndpoint(m_id + 1000, u"gone"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isLoading(), timeoutMs);
    QVERIFY(!m_panel->chartData().error.isEmpty());
    QCOMPARE(status->text(), m_panel->chartData().error);
    QVERIFY(m_panel->availabilityChart()->bars().bars.isEmpty());
}

void TestChartPanel::accessibleNamesAndTabOrder()
{
    // Zoomed, so that Reset zoom is enabled and a tab stop too.
    wheel(m_panel->responseTimeChart(), m_panel->responseTimeChart()->plotRect().center(), 120);
    QVERIFY(waitLoaded());
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    const QList<QWidget *> stops = tabStops(m_panel.get());
    QCOMPARE(stops.size(), 9); // six ranges, reset, two charts
    for (const QWidget *widget : stops)
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    QWidget *first = rangeButton(ChartRangePreset::LastHour);
    const QList<QWidget *> reached = reachedByTab(first, 2 * int(stops.size()));
    for (QWidget *widget : stops)
        QVERIFY2(reached.contains(widget), qPrintable(widget->objectName()));
    QVERIFY(reached.indexOf(m_panel->responseTimeChart()) < reached.indexOf(m_panel->availabilityChart()));

    CustomRangeDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->activateWindow();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), dialog, timeoutMs);
    const QList<QWidget *> dialogStops = tabStops(dialog);
    QCOMPARE(dialogStops.size(), 4); // from, to, show, cancel
    for (const QWidget *widget : dialogStops)
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    // Tab walks through the sections of each date first.
    const QList<QWidget *> dialogReached = reachedByTab(dialog->findChild<QDateTimeEdit *>(u"customRangeFrom"_s), 40);
    for (QWidget *widget : dialogStops)
        QVERIFY2(dialogReached.contains(widget), qPrintable(widget->objectName()));
    // The labels lead there too.
    const auto labels = dialog->findChildren<QLabel *>();
    QVERIFY(std::ranges::any_of(labels,
        [](const QLabel *label) { return label->buddy() && label->buddy()->objectName() == u"customRangeTo"_s; }));
    dialog->reject();
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
