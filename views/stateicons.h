#pragma once

#include "monitoring/checkresult.h"

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
};

} // namespace Leitstand
