#include "incidents/incident.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array severityNames {"minor"_L1, "major"_L1, "critical"_L1};
constexpr std::array stateNames {"investigating"_L1, "identified"_L1, "monitoring"_L1, "resolved"_L1};

template<typename Enum, std::size_t Count>
std::optional<Enum> fromName(const std::array<QLatin1StringView, Count> &names, const QString &name)
{
    for (std::size_t i = 0; i < Count; ++i) {
        if (name.compare(names[i], Qt::CaseInsensitive) == 0)
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString incidentSeverityName(IncidentSeverity severity)
{
    return severityNames.at(std::size_t(severity));
}

std::optional<IncidentSeverity> incidentSeverityFromName(const QString &name)
{
    return fromName<IncidentSeverity>(severityNames, name);
}

QString incidentStateName(IncidentState state)
{
    return stateNames.at(std::size_t(state));
}

std::optional<IncidentState> incidentStateFromName(const QString &name)
{
    return fromName<IncidentState>(stateNames, name);
}

QString incidentSeverityDisplayName(IncidentSeverity severity)
{
    switch (severity) {
    case IncidentSeverity::Minor:
        return QCoreApplication::translate("Leitstand::IncidentSeverity", "Minor");
    case IncidentSeverity::Major:
        return QCoreApplication::translate("Leitstand::IncidentSeverity", "Major");
    case IncidentSeverity::Critical:
        return QCoreApplication::translate("Leitstand::IncidentSeverity", "Critical");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString incidentStateDisplayName(IncidentState state)
{
    switch (state) {
    case IncidentState::Investigating:
        return QCoreApplication::translate("Leitstand::IncidentState", "Investigating");
    case IncidentState::Identified:
        return QCoreApplication::translate("Leitstand::IncidentState", "Identified");
    case IncidentState::Monitoring:
        return QCoreApplication::translate("Leitstand::IncidentState", "Monitoring");
    case IncidentState::Resolved:
        return QCoreApplication::translate("Leitstand::IncidentState", "Resolved");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString incidentEventDisplayName(IncidentEvent::Kind kind)
{
    using Kind = IncidentEvent::Kind;
    switch (kind) {
    case Kind::Opened:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Opened");
    case Kind::StateChanged:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "State changed");
    case Kind::SeverityChanged:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Severity changed");
    case Kind::Acknowledged:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Acknowledged");
    case Kind::Assigned:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Assigned");
    case Kind::Note:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Note");
    case Kind::EndpointChanged:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Endpoint changed");
    case Kind::CauseNamed:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Likely cause named");
    case Kind::Resolved:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Resolved");
    case Kind::Reopened:
        return QCoreApplication::translate("Leitstand::IncidentEvent", "Reopened");
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<qint64> Incident::secondsToAcknowledge() const
{
    if (!acknowledgedAt.isValid())
        return std::nullopt;
    return openedAt.secsTo(acknowledgedAt);
}

std::optional<qint64> Incident::secondsToResolve() const
{
    if (!resolvedAt.isValid())
        return std::nullopt;
    return openedAt.secsTo(resolvedAt);
}

} // namespace Leitstand
