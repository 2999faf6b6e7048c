#pragma once

#include <QString>

namespace Leitstand {

// Sets the application name, version and organisation on QCoreApplication, which decide where
// QSettings and QStandardPaths put files. Every executable calls this first.
void setApplicationInfo();

QString applicationVersion();
QString licenseName();
QString licenseUrl();

} // namespace Leitstand
