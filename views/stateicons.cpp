#include "stateicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array iconSizes {16, 22, 32, 48};
constexpr int stateCount = 6;

// Dark enough to read on the amber triangle, where white is too faint.
const QColor darkGlyph(0x1a, 0x1a, 0x1a);

QPolygonF regularPolygon(const QRectF &box, int corners, double startDegrees)
{
    QPolygonF polygon;
    const QPointF centre = box.center();
    const double radius = box.width() / 2;
    for (int i = 0; i < corners; ++i) {
        const double angle = (startDegrees + 360.0 * i / corners) * M_PI / 180.0;
        polygon << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

void drawShape(QPainter &painter, EndpointState state, int size)
{
    const double s = size;
    const QRectF box(0.5, 0.5, s - 1, s - 1);
    const QColor fill = StateIcons::color(state);
    QPen glyph(Qt::white, std::max(1.5, s / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setBrush(fill);
    painter.setPen(QPen(fill.darker(130), 1));
    switch (state) {
    case EndpointState::Up: {
        painter.drawEllipse(box);
        painter.setPen(glyph);
        painter.drawPolyline(QPolygonF {{s * 0.27, s * 0.52}, {s * 0.43, s * 0.68}, {s * 0.73, s * 0.34}});
        break;
    }
    case EndpointState::Degraded: {
        painter.drawPolygon(QPolygonF {{s / 2, 0.5}, {s - 0.5, s - 1.5}, {0.5, s - 1.5}});
        glyph.setColor(darkGlyph);
        painter.setPen(glyph);
        painter.drawLine(QPointF(s / 2, s * 0.35), QPointF(s / 2, s * 0.6));
        painter.drawPoint(QPointF(s / 2, s * 0.78));
        break;
    }
    case EndpointState::Down: {
        painter.drawPolygon(regularPolygon(box, 8, 22.5));
        painter.setPen(glyph);
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    }
    case EndpointState::Unknown: {
        painter.drawEllipse(box);
        painter.setPen(glyph);
        // A question mark from strokes rather than text: icons must not depend on fonts.
        QPainterPath hook;
        hook.moveTo(s * 0.36, s * 0.38);
        hook.arcTo(QRectF(s * 0.36, s * 0.22, s * 0.28, s * 0.26), 180, -250);
        hook.lineTo(s * 0.5, s * 0.6);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(hook);
        painter.drawPoint(QPointF(s / 2, s * 0.77));
        break;
    }
    case EndpointState::Paused: {
        painter.drawRoundedRect(box, s / 6, s / 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(s * 0.3, s * 0.25, s * 0.14, s * 0.5));
        painter.drawRect(QRectF(s * 0.56, s * 0.25, s * 0.14, s * 0.5));
        break;
    }
    case EndpointState::Maintenance: {
        painter.drawPolygon(regularPolygon(box, 4, -90));
        painter.setPen(glyph);
        // A spanner: handle and open jaw.
        painter.drawLine(QPointF(s * 0.36, s * 0.64), QPointF(s * 0.56, s * 0.44));
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(s * 0.5, s * 0.26, s * 0.22, s * 0.22), 200 * 16, 270 * 16);
        break;
    }
    }
}

QIcon makeIcon(EndpointState state)
{
    QIcon icon;
    for (const int size : iconSizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        drawShape(painter, state, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon StateIcons::icon(EndpointState state)
{
    // Drawn once per process; QIcon shares its data, so handing out copies is cheap.
    static const std::array<QIcon, stateCount> icons = [] {
        std::array<QIcon, stateCount> made;
        for (int i = 0; i < stateCount; ++i)
            made[std::size_t(i)] = makeIcon(EndpointState(i));
        return made;
    }();
    const auto index = std::size_t(state);
    return index < icons.size() ? icons[index] : QIcon();
}

QBrush StateIcons::pattern(EndpointState state, const QColor &lineColor, qreal devicePixelRatio)
{
    const QColor fill = color(state);
    if (state == EndpointState::Up)
        return fill;
    // A whole number of device pixels per tile, or the pattern would show seams where tiles meet.
    constexpr double tile = 8;
    const int pixels = std::max(1, int(std::lround(tile * devicePixelRatio)));
    QPixmap pixmap(pixels, pixels);
    pixmap.setDevicePixelRatio(pixels / tile);
    pixmap.fill(fill);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    switch (state) {
    case EndpointState::Degraded:
        painter.setPen(QPen(lineColor, 1.5, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(0, 2), QPointF(tile, 2));
        painter.drawLine(QPointF(0, 6), QPointF(tile, 6));
        break;
    case EndpointState::Down:
        // Like the cross on the Down icon. Each diagonal is drawn three times, shifted by a tile,
        // so that it runs on seamlessly into the neighbouring tiles.
        painter.setPen(QPen(lineColor, 1.2, Qt::SolidLine, Qt::FlatCap));
        for (const double shift : {-tile, 0.0, tile}) {
            painter.drawLine(QPointF(shift, 0), QPointF(shift + tile, tile));
            painter.drawLine(QPointF(shift, tile), QPointF(shift + tile, 0));
        }
        break;
    case EndpointState::Maintenance:
        painter.setPen(QPen(lineColor, 2.5, Qt::SolidLine, Qt::FlatCap));
        for (const double shift : {-tile, 0.0, tile})
            painter.drawLine(QPointF(shift, tile), QPointF(shift + tile, 0));
        break;
    case EndpointState::Unknown:
    case EndpointState::Paused:
        painter.setPen(Qt::NoPen);
        painter.setBrush(lineColor);
        painter.drawEllipse(QPointF(2, 2), 1.2, 1.2);
        painter.drawEllipse(QPointF(6, 6), 1.2, 1.2);
        break;
    case EndpointState::Up:
        break;
    }
    painter.end();
    return QBrush(pixmap);
}

QColor StateIcons::color(EndpointState state)
{
    switch (state) {
    case EndpointState::Up:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case EndpointState::Degraded:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case EndpointState::Down:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case EndpointState::Maintenance:
        return QColor(0x00, 0x72, 0xb2); // blue
    case EndpointState::Paused:
    case EndpointState::Unknown:
        break;
    }
    return QColor(0x8c, 0x8c, 0x8c);
}

} // namespace Leitstand
