#include "core/paths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Leitstand::Paths {

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabaseFile()
{
    return dataDirectory() + u"/leitstand.sqlite"_s;
}

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/leitstand.conf"_s;
}

} // namespace Leitstand::Paths
