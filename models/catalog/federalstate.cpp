#include "catalog/federalstate.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array<QLatin1StringView, federalStateCount> codes {
    "BW"_L1,
    "BY"_L1,
    "BE"_L1,
    "BB"_L1,
    "HB"_L1,
    "HH"_L1,
    "HE"_L1,
    "MV"_L1,
    "NI"_L1,
    "NW"_L1,
    "RP"_L1,
    "SL"_L1,
    "SN"_L1,
    "ST"_L1,
    "SH"_L1,
    "TH"_L1,
};

} // namespace

QString federalStateCode(FederalState state)
{
    return codes.at(std::size_t(state));
}

std::optional<FederalState> federalStateFromCode(const QString &code)
{
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (code.compare(codes[i], Qt::CaseInsensitive) == 0)
            return FederalState(i);
    }
    return std::nullopt;
}

QString federalStateName(FederalState state)
{
    switch (state) {
    case FederalState::BadenWuerttemberg:
        return QCoreApplication::translate("Leitstand::FederalState", "Baden-Württemberg");
    case FederalState::Bayern:
        return QCoreApplication::translate("Leitstand::FederalState", "Bavaria");
    case FederalState::Berlin:
        return QCoreApplication::translate("Leitstand::FederalState", "Berlin");
    case FederalState::Brandenburg:
        return QCoreApplication::translate("Leitstand::FederalState", "Brandenburg");
    case FederalState::Bremen:
        return QCoreApplication::translate("Leitstand::FederalState", "Bremen");
    case FederalState::Hamburg:
        return QCoreApplication::translate("Leitstand::FederalState", "Hamburg");
    case FederalState::Hessen:
        return QCoreApplication::translate("Leitstand::FederalState", "Hesse");
    case FederalState::MecklenburgVorpommern:
        return QCoreApplication::translate("Leitstand::FederalState", "Mecklenburg-Western Pomerania");
    case FederalState::Niedersachsen:
        return QCoreApplication::translate("Leitstand::FederalState", "Lower Saxony");
    case FederalState::NordrheinWestfalen:
        return QCoreApplication::translate("Leitstand::FederalState", "North Rhine-Westphalia");
    case FederalState::RheinlandPfalz:
        return QCoreApplication::translate("Leitstand::FederalState", "Rhineland-Palatinate");
    case FederalState::Saarland:
        return QCoreApplication::translate("Leitstand::FederalState", "Saarland");
    case FederalState::Sachsen:
        return QCoreApplication::translate("Leitstand::FederalState", "Saxony");
    case FederalState::SachsenAnhalt:
        return QCoreApplication::translate("Leitstand::FederalState", "Saxony-Anhalt");
    case FederalState::SchleswigHolstein:
        return QCoreApplication::translate("Leitstand::FederalState", "Schleswig-Holstein");
    case FederalState::Thueringen:
        return QCoreApplication::translate("Leitstand::FederalState", "Thuringia");
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace Leitstand
