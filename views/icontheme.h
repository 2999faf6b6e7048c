#pragma once

#include <QString>

namespace Leitstand {

// The icon theme bundled in the resources (resources/icons/leitstand-fallback): one SVG for every
// theme icon name the console asks for, so that no action or menu comes out without an icon on a
// desktop that has no icon theme or whose theme lacks a name.
QString fallbackIconThemeName();
// Where that theme lies in the resources, for the test that compares it with the code.
QString fallbackIconThemePath();

// Makes QIcon's theme lookup end in the bundled theme. The desktop's theme is still searched
// first, so its icons win wherever it has them; without a desktop theme the bundled one becomes
// the theme. Call once after the QGuiApplication exists and before any themed icon is created.
void installFallbackIcons();

} // namespace Leitstand
