#include "catalog/federalstate.h"

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

} // namespace Leitstand
