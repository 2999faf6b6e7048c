#pragma once

#include "monitoring/checkresult.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace Leitstand {

// What each EndpointState looks like. Every state has its own shape (check circle, triangle,
// octagon with a cross, question mark, pause bars, diamond), so that it can be told apart
// without colour vision; the colours come from the Okabe–Ito palette, which stays distinct for
// the common colour vision deficiencies and has enough contrast on light and dark backgrounds.
class StateIcons final
{
public:
    static QIcon icon(EndpointState state);
    static QColor color(EndpointState state);
    // A fill for areas of time spent in a state, such as availability bars: the state's colour
    // with a pattern of its own in lineColor (solid for Up, horizontal lines for Degraded, a cross
    // hatch for Down, diagonal stripes for Maintenance, dots for Unknown and Paused), so that a
    // bar reads without colour vision too. The tile is drawn for devicePixelRatio, which keeps the
    // lines one logical pixel wide on high-DPI screens.
    static QBrush pattern(EndpointState state, const QColor &lineColor, qreal devicePixelRatio);
};

} // namespace Leitstand
