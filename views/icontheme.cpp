#include "icontheme.h"

#include <QIcon>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// The folder of resources/CMakeLists.txt that holds the theme's own folder.
constexpr auto searchPath = ":/icons"_L1;

} // namespace

QString fallbackIconThemeName()
{
    return u"leitstand-fallback"_s;
}

QString fallbackIconThemePath()
{
    return searchPath + u'/' + fallbackIconThemeName();
}

void installFallbackIcons()
{
    // Qt adds :/icons to the default search paths, but a platform theme or an earlier call may
    // have set others; appending keeps the desktop's folders first.
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(searchPath)) {
        paths.append(searchPath);
        QIcon::setThemeSearchPaths(paths);
    }
    // Every theme falls back to this one before hicolor, so a name the desktop's theme lacks
    // still resolves and the desktop's theme keeps the names it has.
    QIcon::setFallbackThemeName(fallbackIconThemeName());
    // Without a desktop theme the bundled one becomes the current theme, rather than relying on
    // Qt to search the fallback theme when no theme is set at all.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(fallbackIconThemeName());
}

} // namespace Leitstand
