#include "incidenticons.h"

#include "stateicons.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array iconSizes {16, 22, 32, 48};
const QColor ringColor(0x80, 0x85, 0x8d); // the bundled theme's grey, readable on both schemes

QIcon drawn(const std::function<void(QPainter &, double)> &draw)
{
    QIcon icon;
    for (const int size : iconSizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void drawSeverity(QPainter &painter, IncidentSeverity severity, double s)
{
    // Three bars of rising height, as a signal strength: as many filled as the rank (minor one,
    // major two, critical three), the others in outline. The level reads without colour, and the
    // empty bars keep two filled ones from looking like a pause button.
    const EndpointState look = severity == IncidentSeverity::Critical ? EndpointState::Down
        : severity == IncidentSeverity::Major                         ? EndpointState::Degraded
                                                                      : EndpointState::Maintenance;
    const QColor fill = StateIcons::color(look);
    const int filled = int(severity) + 1;
    const double stroke = std::max(1.0, s / 16);
    const double margin = s * 0.06;
    const double gap = s * 0.08;
    const double width = (s - 2 * margin - 2 * gap) / 3;
    const double radius = s / 16;
    for (int bar = 0; bar < 3; ++bar) {
        const double height = s * (0.4 + 0.25 * bar) - margin;
        // The outline inside the bar's box, so that filled and empty bars are the same size.
        const QRectF box = QRectF(margin + bar * (width + gap), s - margin - height, width, height)
                               .adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
        if (bar < filled) {
            // The darker edge keeps the lighter colours apart from a white background.
            painter.setPen(QPen(fill.darker(130), stroke));
            painter.setBrush(fill);
        } else {
            painter.setPen(QPen(ringColor, stroke));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawRoundedRect(box, radius, radius);
    }
}

void drawState(QPainter &painter, IncidentState state, double s)
{
    if (state == IncidentState::Resolved) {
        StateIcons::icon(EndpointState::Up).paint(&painter, QRect(0, 0, int(s), int(s)));
        return;
    }
    const QRectF box(1.5, 1.5, s - 3, s - 3);
    painter.setPen(QPen(ringColor, std::max(1.2, s / 12)));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(box);
    // A quarter, a half, three quarters: how far the work has come.
    const int quarters = int(state) + 1;
    painter.setPen(Qt::NoPen);
    painter.setBrush(ringColor);
    painter.drawPie(box.adjusted(s * 0.12, s * 0.12, -s * 0.12, -s * 0.12), 90 * 16, -quarters * 90 * 16);
}

void drawPendingDelivery(QPainter &painter, double s)
{
    // A clock: waiting for its (next) attempt.
    const QRectF box(1.5, 1.5, s - 3, s - 3);
    const double stroke = std::max(1.2, s / 12);
    painter.setPen(QPen(ringColor, stroke));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(box);
    painter.setPen(QPen(ringColor, stroke, Qt::SolidLine, Qt::RoundCap));
    const QPointF centre = box.center();
    painter.drawLine(centre, centre + QPointF(0, -s * 0.28));
    painter.drawLine(centre, centre + QPointF(s * 0.2, s * 0.1));
}

} // namespace

QIcon IncidentIcons::severity(IncidentSeverity severity)
{
    static const std::array<QIcon, 3> icons {
        drawn([](QPainter &p, double s) { drawSeverity(p, IncidentSeverity::Minor, s); }),
        drawn([](QPainter &p, double s) { drawSeverity(p, IncidentSeverity::Major, s); }),
        drawn([](QPainter &p, double s) { drawSeverity(p, IncidentSeverity::Critical, s); }),
    };
    return icons.at(std::size_t(severity));
}

QIcon IncidentIcons::state(IncidentState state)
{
    static const std::array<QIcon, 4> icons {
        drawn([](QPainter &p, double s) { drawState(p, IncidentState::Investigating, s); }),
        drawn([](QPainter &p, double s) { drawState(p, IncidentState::Identified, s); }),
        drawn([](QPainter &p, double s) { drawState(p, IncidentState::Monitoring, s); }),
        drawn([](QPainter &p, double s) { drawState(p, IncidentState::Resolved, s); }),
    };
    return icons.at(std::size_t(state));
}

QIcon IncidentIcons::delivery(NotificationDelivery::State state)
{
    switch (state) {
    case NotificationDelivery::State::Pending: {
        static const QIcon pending = drawn(drawPendingDelivery);
        return pending;
    }
    case NotificationDelivery::State::Delivered:
        return StateIcons::icon(EndpointState::Up);
    case NotificationDelivery::State::Failed:
        return StateIcons::icon(EndpointState::Down);
    }
    Q_UNREACHABLE_RETURN(QIcon());
}

QIcon IncidentIcons::publication(NoticePublicationState state)
{
    switch (state) {
    case NoticePublicationState::Draft:
        return QIcon::fromTheme(u"document-edit"_s);
    case NoticePublicationState::Pending:
        return delivery(NotificationDelivery::State::Pending);
    case NoticePublicationState::Failed:
        return StateIcons::icon(EndpointState::Down);
    case NoticePublicationState::Published:
        return StateIcons::icon(EndpointState::Up);
    case NoticePublicationState::Withdrawn:
        return StateIcons::icon(EndpointState::Paused);
    }
    Q_UNREACHABLE_RETURN(QIcon());
}

} // namespace Leitstand
