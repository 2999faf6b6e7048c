#include "incidenticons.h"

#include "stateicons.h"

#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

#include <array>
#include <cmath>
#include <functional>

namespace Leitstand {

namespace {

constexpr std::array iconSizes {16, 22, 32, 48};
// Dark enough to read on the amber triangle, where white is too faint (as StateIcons).
const QColor darkGlyph(0x1a, 0x1a, 0x1a);
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
    const QRectF box(0.5, 0.5, s - 1, s - 1);
    const EndpointState look = severity == IncidentSeverity::Critical ? EndpointState::Down
        : severity == IncidentSeverity::Major                         ? EndpointState::Degraded
                                                                      : EndpointState::Maintenance;
    const QColor fill = StateIcons::color(look);
    painter.setBrush(fill);
    painter.setPen(QPen(fill.darker(130), 1));
    QPen glyph(Qt::white, std::max(1.5, s / 9), Qt::SolidLine, Qt::RoundCap);
    double top = s * 0.3;
    double bottom = s * 0.7;
    switch (severity) {
    case IncidentSeverity::Minor:
        painter.drawEllipse(box);
        break;
    case IncidentSeverity::Major:
        painter.drawPolygon(QPolygonF {{s / 2, 0.5}, {s - 0.5, s - 1.5}, {0.5, s - 1.5}});
        glyph.setColor(darkGlyph);
        top = s * 0.45;
        bottom = s * 0.8;
        break;
    case IncidentSeverity::Critical: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << box.center() + QPointF(box.width() / 2 * std::cos(angle), box.width() / 2 * std::sin(angle));
        }
        painter.drawPolygon(octagon);
        break;
    }
    }
    // One, two or three upright bars: the rank, readable without colour and without the shape.
    const int bars = int(severity) + 1;
    const double gap = s * 0.17;
    const double first = s / 2 - gap * (bars - 1) / 2;
    painter.setPen(glyph);
    for (int i = 0; i < bars; ++i)
        painter.drawLine(QPointF(first + gap * i, top), QPointF(first + gap * i, bottom));
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

} // namespace Leitstand
