#pragma once

#include "catalog/maintenancewindow.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QStringList>
#include <QVariantMap>

#include <expected>
#include <span>

namespace Leitstand {

// How a maintenance window is written in definition files, as the values of one YAML mapping:
//   { title: "Datenbank-Update", start: "2026-12-01T22:00", duration: 120, timezone: Europe/Berlin,
//     repeat: weekly, every: 2, on: [Tu, Th], until: 2027-06-30 }
// repeat is none (the default), daily, weekly (with on) or monthly (with day: 1-31, or with
// weekday: Mo-Su and week: first, second, third, fourth or last); count: N instead of until.
// Scalars are strings (as YAML gives them), sequences string lists; the file reader does the YAML.
class MaintenanceWindowFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::MaintenanceWindowFormat)

public:
    // Every key, in the order toFields() is meant to be written in.
    static std::span<const QLatin1StringView> keys();

    // The window, or every problem as "field: message", the field as written in the file and the
    // message translated. Service and id are not part of the fields; the caller sets them.
    static std::expected<MaintenanceWindow, QStringList> fromFields(const QVariantMap &fields);
    // The fields fromFields() reads back to an equal window; timezone is always written, the other
    // values only where they differ from their default.
    static QVariantMap toFields(const MaintenanceWindow &window);
};

} // namespace Leitstand
