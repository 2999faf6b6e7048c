#include "core/applicationinfo.h"

#include "leitstand/version.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Leitstand {

void setApplicationInfo()
{
    // An empty organisation keeps paths short: ~/.config/leitstand and ~/.local/share/leitstand.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(u"leitstand.de"_s);
    QCoreApplication::setApplicationName(u"leitstand"_s);
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(LEITSTAND_VERSION_STRING);
}

QString licenseName()
{
    return u"GPL-3.0-or-later"_s;
}

QString licenseUrl()
{
    return u"https://www.gnu.org/licenses/gpl-3.0.html"_s;
}

} // namespace Leitstand
