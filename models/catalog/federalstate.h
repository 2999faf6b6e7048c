#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Leitstand {

// The sixteen German federal states (Länder), whose public holidays differ. The codes are those of
// ISO 3166-2:DE without the country prefix ("BY" for Bayern), which is also how they are written
// in definition files.
enum class FederalState : quint8 {
    BadenWuerttemberg, // BW
    Bayern, // BY
    Berlin, // BE
    Brandenburg, // BB
    Bremen, // HB
    Hamburg, // HH
    Hessen, // HE
    MecklenburgVorpommern, // MV
    Niedersachsen, // NI
    NordrheinWestfalen, // NW
    RheinlandPfalz, // RP
    Saarland, // SL
    Sachsen, // SN
    SachsenAnhalt, // ST
    SchleswigHolstein, // SH
    Thueringen, // TH
};

inline constexpr int federalStateCount = 16;

// "BW", "BY", …; and back, case-insensitive; nullopt for anything else.
QString federalStateCode(FederalState state);
std::optional<FederalState> federalStateFromCode(const QString &code);
// The translated name, such as "Bavaria" in English and "Bayern" in German.
QString federalStateName(FederalState state);

} // namespace Leitstand
