#pragma once

#include <QString>

#include <optional>

namespace Leitstand {

enum class ColorSchemeChoice : quint8 {
    System,
    Light,
    Dark,
};

QString colorSchemeCode(ColorSchemeChoice choice); // "system", "light", "dark"
std::optional<ColorSchemeChoice> colorSchemeFromCode(QStringView code);

// Applies the choice to the running application. Asks the platform first (Qt 6.8's
// QStyleHints::setColorScheme); where the platform cannot switch (plain X11 without a desktop
// theme, the offscreen platform), it sets a light or dark palette itself, so the choice always
// takes effect. System restores whatever the platform gives.
void applyColorScheme(ColorSchemeChoice choice);

} // namespace Leitstand
