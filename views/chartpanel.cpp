#include "chartpanel.h"

#include "availabilitychart.h"
#include "availabilitylegend.h"
#include "customrangedialog.h"
#include "responsetimechart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr auto customId = int(ChartRangePreset::Custom);
// A resize is followed by more while the user drags a splitter: load for the width it ends at.
constexpr int resizeDelayMs = 150;

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// About a pixel column of an 800-pixel chart, but no more often than every 30 s (the 1 h range
// moves a few pixels then) and at least every 15 minutes.
int refreshIntervalMs(const ChartRange &range)
{
    return int(std::clamp<qint64>(range.spanMs() / 720, 30'000, 900'000));
}

bool hasData(const ChartData &data)
{
    return !data.latency.columns.isEmpty()
        || std::ranges::any_of(data.availability.bars,
            [](const AvailabilityBar &bar) { return bar.seconds.total() > bar.seconds.unknown; });
}

} // namespace

ChartPanel::ChartPanel(ChartDataLoader &loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_chosenRange(ChartRange::preset(ChartRangePreset::LastDay, now()))
    , m_range(m_chosenRange)
{
    setObjectName(u"chartPanel"_s);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(u"chartPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);

    auto *content = new QWidget(this);
    m_title = new QLabel(content);
    m_title->setObjectName(u"chartTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(2);
    for (int id = 0; id <= customId; ++id) {
        m_rangeButtons.append(addRangeButton(id));
        controls->addWidget(m_rangeButtons.constLast());
    }
    controls->addSpacing(fontMetrics().averageCharWidth() * 2);
    m_statusLabel = new QLabel(content);
    m_statusLabel->setObjectName(u"chartStatus"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    controls->addWidget(m_statusLabel, 1);
    m_resetButton = new QToolButton(content);
    m_resetButton->setObjectName(u"chartResetZoom"_s);
    m_resetButton->setFocusPolicy(Qt::StrongFocus);
    m_resetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    controls->addWidget(m_resetButton);

    m_responseTime = new ResponseTimeChart(content);
    m_responseTime->setObjectName(u"responseTimeChart"_s);
    m_responseTimeLabel = new QLabel(content);
    m_responseTimeLabel->setBuddy(m_responseTime);
    m_availability = new AvailabilityChart(content);
    m_availability->setObjectName(u"availabilityChart"_s);
    m_availabilityLabel = new QLabel(content);
    m_availabilityLabel->setBuddy(m_availability);
    m_legend = new AvailabilityLegend(content);
    m_legend->setObjectName(u"availabilityLegend"_s);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addWidget(m_responseTimeLabel);
    layout->addWidget(m_responseTime, 3);
    layout->addWidget(m_availabilityLabel);
    layout->addWidget(m_availability, 2);
    layout->addWidget(m_legend);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addWidget(m_pages);

    for (qsizetype i = 1; i < m_rangeButtons.size(); ++i)
        setTabOrder(m_rangeButtons.at(i - 1), m_rangeButtons.at(i));
    setTabOrder(m_rangeButtons.constLast(), m_resetButton);
    setTabOrder(m_resetButton, m_responseTime);
    setTabOrder(m_responseTime, m_availability);

    connect(&m_loader, &ChartDataLoader::loaded, this, &ChartPanel::showData);
    connect(&m_loader, &ChartDataLoader::failed, this, &ChartPanel::showFailure);
    for (qsizetype id = 0; id < m_rangeButtons.size(); ++id) {
        connect(m_rangeButtons.at(id), &QToolButton::clicked, this, [this, id] {
            if (id == customId)
                openCustomRangeDialog();
            else
                setPreset(ChartRangePreset(id));
        });
    }
    connect(m_resetButton, &QToolButton::clicked, this, &ChartPanel::resetZoom);
    // Both charts show the same span: what one does, the other follows frame by frame.
    for (TimeChart *chart : {static_cast<TimeChart *>(m_responseTime), static_cast<TimeChart *>(m_availability)}) {
        TimeChart *other = chart == m_responseTime ? static_cast<TimeChart *>(m_availability) : m_responseTime;
        connect(chart, &TimeChart::viewChanged, other, &TimeChart::setView);
        connect(chart, &TimeChart::rangeRequested, this, &ChartPanel::zoomTo);
        connect(chart, &TimeChart::resetRequested, this, &ChartPanel::resetZoom);
    }

    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChartPanel::refreshPreset);
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(resizeDelayMs);
    connect(&m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_responseTime->plotWidth() != m_requestedWidth)
            requestData();
    });
    m_responseTime->installEventFilter(this);

    m_responseTime->setView(m_range);
    m_availability->setView(m_range);
    syncButtons();
    m_resetButton->setEnabled(false);
    m_pages->setCurrentWidget(m_placeholder);
    retranslateUi();
}

ChartPanel::~ChartPanel() = default;

QToolButton *ChartPanel::addRangeButton(int id)
{
    auto *button = new QToolButton(this);
    button->setObjectName(id == customId ? u"chartRangeCustom"_s : u"chartRange%1"_s.arg(id));
    button->setCheckable(true);
    button->setAutoRaise(false);
    // Checked one at a time by syncButtons() rather than by a QButtonGroup, which would take Tab
    // focus from all but the checked button: each range must be reachable by Tab.
    button->setFocusPolicy(Qt::StrongFocus);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

bool ChartPanel::isLoading() const
{
    return m_status == Status::Loading || m_resizeTimer.isActive() || m_responseTime->isRequestPending()
        || m_availability->isRequestPending();
}

void ChartPanel::setEndpoint(qint64 id, const QString &displayName)
{
    m_displayName = displayName;
    m_title->setText(displayName);
    retranslateUi();
    if (id == m_endpointId)
        return;
    m_endpointId = id;
    m_data = ChartData {};
    m_requestedSerial = 0;
    m_responseTime->clear();
    m_availability->clear();
    if (id == 0) {
        m_status = Status::Idle;
        m_pages->setCurrentWidget(m_placeholder);
        updateRefreshTimer(isVisible());
        updateStatus();
        return;
    }
    m_pages->setCurrentWidget(m_pages->widget(1));
    const ChartRange range = m_range.refreshed(now());
    if (!m_zoomed)
        m_chosenRange = range;
    applyRange(range);
}

void ChartPanel::setRange(const ChartRange &range)
{
    if (!range.isValid())
        return;
    m_chosenRange = range;
    m_zoomed = false;
    applyRange(range);
}

void ChartPanel::setPreset(ChartRangePreset preset)
{
    if (preset == ChartRangePreset::Custom)
        openCustomRangeDialog();
    else
        setRange(ChartRange::preset(preset, now()));
}

void ChartPanel::resetZoom()
{
    m_zoomed = false;
    m_chosenRange = m_chosenRange.refreshed(now());
    applyRange(m_chosenRange);
}

void ChartPanel::openCustomRangeDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new CustomRangeDialog(m_range, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setRange(dialog->range()); });
    // Cancelled: the button that was checked before is again.
    connect(dialog, &QDialog::finished, this, &ChartPanel::syncButtons);
    dialog->open();
}

void ChartPanel::zoomTo(const ChartRange &range)
{
    m_zoomed = true;
    applyRange(range);
}

void ChartPanel::applyRange(const ChartRange &range)
{
    const bool changed = range != m_range;
    m_range = range;
    m_responseTime->setView(range);
    m_availability->setView(range);
    syncButtons();
    m_resetButton->setEnabled(m_zoomed);
    updateRefreshTimer(isVisible());
    requestData();
    if (changed)
        Q_EMIT rangeChanged(m_range);
}

void ChartPanel::requestData()
{
    m_resizeTimer.stop();
    if (m_endpointId == 0)
        return;
    m_requestedWidth = m_responseTime->plotWidth();
    m_requestedSerial = m_loader.request(m_endpointId, m_range, m_requestedWidth);
    m_status = Status::Loading;
    updateStatus();
}

void ChartPanel::refreshPreset()
{
    if (m_endpointId == 0 || m_zoomed || m_range.presetKind() == ChartRangePreset::Custom)
        return;
    m_chosenRange = m_range.refreshed(now());
    applyRange(m_chosenRange);
}

void ChartPanel::updateRefreshTimer(bool visible)
{
    if (visible && m_endpointId != 0 && !m_zoomed && m_range.presetKind() != ChartRangePreset::Custom)
        m_refreshTimer.start(refreshIntervalMs(m_range));
    else
        m_refreshTimer.stop();
}

void ChartPanel::showData(const ChartData &loaded)
{
    if (loaded.serial != m_requestedSerial || loaded.endpointId != m_endpointId)
        return;
    m_data = loaded;
    m_responseTime->setBand(loaded.latency);
    m_availability->setBars(loaded.availability);
    m_status = Status::Loaded;
    updateStatus();
}

void ChartPanel::showFailure(const ChartData &loaded)
{
    if (loaded.serial != m_requestedSerial || loaded.endpointId != m_endpointId)
        return;
    m_data = loaded;
    m_responseTime->clear();
    m_availability->clear();
    m_status = Status::Failed;
    updateStatus();
}

void ChartPanel::syncButtons()
{
    for (qsizetype i = 0; i < m_rangeButtons.size(); ++i)
        m_rangeButtons.at(i)->setChecked(i == qsizetype(m_range.presetKind()));
}

void ChartPanel::updateStatus()
{
    switch (m_status) {
    case Status::Idle:
        m_statusLabel->clear();
        break;
    case Status::Loading:
        m_statusLabel->setText(tr("Loading…"));
        break;
    case Status::Loaded:
        m_statusLabel->setText(hasData(m_data) ? QString() : tr("No data in this range"));
        break;
    case Status::Failed:
        m_statusLabel->setText(m_data.error);
        break;
    }
}

void ChartPanel::retranslateUi()
{
    const QStringList texts {tr("1 h"), tr("24 h"), tr("7 d"), tr("30 d"), tr("90 d"), tr("Custom…")};
    const QStringList names {tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"),
        tr("Last 90 days"), tr("Custom range")};
    for (qsizetype i = 0; i < m_rangeButtons.size(); ++i) {
        m_rangeButtons.at(i)->setText(texts.at(i));
        m_rangeButtons.at(i)->setAccessibleName(names.at(i));
        m_rangeButtons.at(i)->setToolTip(names.at(i));
    }
    m_rangeButtons.constLast()->setToolTip(tr("Choose the start and end of the range"));
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setAccessibleName(tr("Reset zoom"));
    m_resetButton->setToolTip(tr("Back to the chosen range. On the charts, scroll to zoom, drag to move, and "
                                 "drag with Shift or the right mouse button to zoom to a span."));
    m_statusLabel->setAccessibleName(tr("Chart status"));
    m_title->setAccessibleName(tr("Endpoint"));
    m_responseTimeLabel->setText(tr("&Response time"));
    m_availabilityLabel->setText(tr("&Availability"));
    const bool named = !m_displayName.isEmpty();
    m_responseTime->setAccessibleName(named ? tr("Response time of %1").arg(m_displayName) : tr("Response time"));
    m_availability->setAccessibleName(named ? tr("Availability of %1").arg(m_displayName) : tr("Availability"));
    m_placeholder->setText(tr("Select an endpoint to see its response time and availability."));
    m_placeholder->setAccessibleName(tr("Charts"));
    updateStatus();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Hidden for a while, a preset would show the past it was left at.
    if (m_range.presetKind() != ChartRangePreset::Custom
        && now().toMSecsSinceEpoch() - m_range.toMs() >= refreshIntervalMs(m_range)) {
        refreshPreset();
    }
    updateRefreshTimer(true);
}

void ChartPanel::hideEvent(QHideEvent *event)
{
    updateRefreshTimer(false);
    QWidget::hideEvent(event);
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_responseTime && event->type() == QEvent::Resize && m_endpointId != 0
        && m_responseTime->plotWidth() != m_requestedWidth) {
        m_resizeTimer.start();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Leitstand
