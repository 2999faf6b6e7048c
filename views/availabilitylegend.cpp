#include "availabilitylegend.h"

#include "availabilitychart.h"
#include "stateicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Leitstand {

AvailabilityLegend::AvailabilityLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<EndpointState> states = AvailabilityChart::stackOrder();
    for (const EndpointState state : states) {
        auto *swatch = new QLabel(this);
        auto *text = new QLabel(this);
        text->setObjectName(u"legend-"_s + endpointStateName(state));
        layout->addWidget(swatch);
        layout->addWidget(text);
        layout->addSpacing(text->fontMetrics().averageCharWidth() * 2);
        m_entries.append(Entry {.state = state, .swatch = swatch, .text = text});
    }
    layout->addStretch(1);
    updateSwatches();
    retranslateUi();
}

AvailabilityLegend::~AvailabilityLegend() = default;

void AvailabilityLegend::updateSwatches()
{
    const int side = fontMetrics().height() * 3 / 4;
    const qreal ratio = devicePixelRatioF();
    const QColor lines = palette().color(QPalette::Base);
    QColor frame = palette().color(QPalette::Text);
    frame.setAlpha(110);
    for (const Entry &entry : std::as_const(m_entries)) {
        QPixmap pixmap(QSize(side, side) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.fillRect(QRectF(0, 0, side, side), StateIcons::pattern(entry.state, lines, ratio));
        painter.setPen(QPen(frame, 0));
        painter.drawRect(QRectF(0.5, 0.5, side - 1, side - 1));
        painter.end();
        entry.swatch->setPixmap(pixmap);
    }
}

void AvailabilityLegend::retranslateUi()
{
    setAccessibleName(tr("Legend"));
    for (const Entry &entry : std::as_const(m_entries)) {
        entry.text->setText(endpointStateDisplayName(entry.state));
        entry.swatch->setAccessibleName(endpointStateDisplayName(entry.state));
    }
}

void AvailabilityLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateSwatches();
    QWidget::changeEvent(event);
}

bool AvailabilityLegend::event(QEvent *event)
{
    // Moved to a screen with another scale: the swatches' patterns are drawn per device pixel.
    if (event->type() == QEvent::DevicePixelRatioChange)
        updateSwatches();
    return QWidget::event(event);
}

} // namespace Leitstand
