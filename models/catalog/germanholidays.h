#pragma once

#include "catalog/federalstate.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Leitstand {

// The statutory public holidays that apply to a whole federal state. Holidays of single
// communities (Fronleichnam in parts of Sachsen and Thüringen, Mariä Himmelfahrt in the Catholic
// communities of Bayern, the Augsburger Friedensfest) are left out: a state's service hours cannot
// depend on the community.
enum class PublicHoliday : quint8 {
    NewYearsDay,
    Epiphany,
    InternationalWomensDay,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    LabourDay,
    LiberationDay,
    AscensionDay,
    WhitSunday,
    WhitMonday,
    CorpusChristi,
    AssumptionDay,
    WorldChildrensDay,
    GermanUnityDay,
    ReformationDay,
    AllSaintsDay,
    DayOfPrayerAndRepentance,
    ChristmasDay,
    SecondDayOfChristmas,
};

struct Holiday
{
    QDate date;
    PublicHoliday kind;
    friend bool operator==(const Holiday &, const Holiday &) = default;
};

// 1995 abolished Buß- und Bettag everywhere but in Sachsen; the rules before that are not
// modelled, so earlier years have no holidays at all rather than wrong ones. Later years follow
// the law as it stands, with the start years of newer holidays.
inline constexpr int firstHolidayYear = 1995;

// Easter Sunday of a Gregorian year (the computus), from which the movable feasts follow.
QDate easterSunday(int year);

// The holidays of the state in the year, ordered by date; empty before firstHolidayYear.
QList<Holiday> germanPublicHolidays(int year, FederalState state);
// Computes only the year's Easter and compares; cheap enough to call for every day of a range.
bool isGermanPublicHoliday(QDate date, FederalState state);

// The translated name, such as "Tag der Deutschen Einheit" in German.
QString publicHolidayName(PublicHoliday holiday);

} // namespace Leitstand
