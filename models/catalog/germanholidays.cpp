#include "catalog/germanholidays.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>

namespace Leitstand {

namespace {

using States = quint32;

constexpr States statesOf(std::initializer_list<FederalState> states)
{
    States mask = 0;
    for (FederalState state : states)
        mask |= States(1) << quint32(state);
    return mask;
}

constexpr States allStates = (States(1) << federalStateCount) - 1;

enum class Anchor : quint8 {
    Fixed,
    Easter,
    DayOfPrayerAndRepentance,
};

struct Rule
{
    PublicHoliday kind;
    Anchor anchor;
    int month = 0; // of a fixed date
    int day = 0; // of a fixed date, or the days after Easter Sunday
    States states = 0;
    int firstYear = firstHolidayYear;
    int lastYear = std::numeric_limits<int>::max();
};

constexpr Rule fixed(PublicHoliday kind, int month, int day, States states, int firstYear = firstHolidayYear,
    int lastYear = std::numeric_limits<int>::max())
{
    return Rule {kind, Anchor::Fixed, month, day, states, firstYear, lastYear};
}

constexpr Rule afterEaster(PublicHoliday kind, int days, States states)
{
    return Rule {kind, Anchor::Easter, 0, days, states};
}

using enum FederalState;
using enum PublicHoliday;

// Rules for the same holiday are adjacent, so that a state that two of them cover gets it once.
constexpr std::array rules {
    fixed(NewYearsDay, 1, 1, allStates),
    fixed(Epiphany, 1, 6, statesOf({BadenWuerttemberg, Bayern, SachsenAnhalt})),
    fixed(InternationalWomensDay, 3, 8, statesOf({Berlin}), 2019),
    fixed(InternationalWomensDay, 3, 8, statesOf({MecklenburgVorpommern}), 2023),
    afterEaster(GoodFriday, -2, allStates),
    afterEaster(EasterSunday, 0, statesOf({Brandenburg})),
    afterEaster(EasterMonday, 1, allStates),
    fixed(LabourDay, 5, 1, allStates),
    // The 75th and 80th anniversaries of the end of the war, each by a law of its own.
    fixed(LiberationDay, 5, 8, statesOf({Berlin}), 2020, 2020),
    fixed(LiberationDay, 5, 8, statesOf({Berlin}), 2025, 2025),
    afterEaster(AscensionDay, 39, allStates),
    afterEaster(WhitSunday, 49, statesOf({Brandenburg})),
    afterEaster(WhitMonday, 50, allStates),
    afterEaster(
        CorpusChristi, 60, statesOf({BadenWuerttemberg, Bayern, Hessen, NordrheinWestfalen, RheinlandPfalz, Saarland})),
    fixed(AssumptionDay, 8, 15, statesOf({Saarland})),
    fixed(WorldChildrensDay, 9, 20, statesOf({Thueringen}), 2019),
    fixed(GermanUnityDay, 10, 3, allStates),
    fixed(ReformationDay, 10, 31, statesOf({Brandenburg, MecklenburgVorpommern, Sachsen, SachsenAnhalt, Thueringen})),
    // The 500th anniversary of the Reformation, once for the whole country.
    fixed(ReformationDay, 10, 31, allStates, 2017, 2017),
    fixed(ReformationDay, 10, 31, statesOf({Bremen, Hamburg, Niedersachsen, SchleswigHolstein}), 2018),
    fixed(AllSaintsDay, 11, 1, statesOf({BadenWuerttemberg, Bayern, NordrheinWestfalen, RheinlandPfalz, Saarland})),
    Rule {DayOfPrayerAndRepentance, Anchor::DayOfPrayerAndRepentance, 0, 0, statesOf({Sachsen})},
    fixed(ChristmasDay, 12, 25, allStates),
    fixed(SecondDayOfChristmas, 12, 26, allStates),
};

bool applies(const Rule &rule, int year, FederalState state)
{
    return year >= rule.firstYear && year <= rule.lastYear && (rule.states & (States(1) << quint32(state))) != 0;
}

QDate dateOf(const Rule &rule, int year, QDate easter)
{
    switch (rule.anchor) {
    case Anchor::Fixed:
        return QDate(year, rule.month, rule.day);
    case Anchor::Easter:
        return easter.addDays(rule.day);
    case Anchor::DayOfPrayerAndRepentance: {
        // The Wednesday before 23 November, so between the 16th and the 22nd.
        const QDate dayBefore(year, 11, 22);
        return dayBefore.addDays(-((dayBefore.dayOfWeek() - Qt::Wednesday + 7) % 7));
    }
    }
    Q_UNREACHABLE_RETURN(QDate());
}

} // namespace

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher): the golden number places the year
    // in the 19-year lunar cycle, the century terms correct the calendar and the moon, and the
    // result is the Sunday after the ecclesiastical full moon.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> germanPublicHolidays(int year, FederalState state)
{
    QList<Holiday> holidays;
    if (year < firstHolidayYear)
        return holidays;
    const QDate easter = easterSunday(year);
    for (const Rule &rule : rules) {
        if (!applies(rule, year, state))
            continue;
        if (!holidays.isEmpty() && holidays.last().kind == rule.kind)
            continue;
        holidays.append(Holiday {dateOf(rule, year, easter), rule.kind});
    }
    std::ranges::stable_sort(holidays, {}, &Holiday::date);
    return holidays;
}

bool isGermanPublicHoliday(QDate date, FederalState state)
{
    if (!date.isValid() || date.year() < firstHolidayYear)
        return false;
    const QDate easter = easterSunday(date.year());
    for (const Rule &rule : rules) {
        if (applies(rule, date.year(), state) && dateOf(rule, date.year(), easter) == date)
            return true;
    }
    return false;
}

QString publicHolidayName(PublicHoliday holiday)
{
    switch (holiday) {
    case PublicHoliday::NewYearsDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "New Year's Day");
    case PublicHoliday::Epiphany:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Epiphany");
    case PublicHoliday::InternationalWomensDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "International Women's Day");
    case PublicHoliday::GoodFriday:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Good Friday");
    case PublicHoliday::EasterSunday:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Easter Sunday");
    case PublicHoliday::EasterMonday:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Easter Monday");
    case PublicHoliday::LabourDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Labour Day");
    case PublicHoliday::LiberationDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Day of Liberation");
    case PublicHoliday::AscensionDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Ascension Day");
    case PublicHoliday::WhitSunday:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Whit Sunday");
    case PublicHoliday::WhitMonday:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Whit Monday");
    case PublicHoliday::CorpusChristi:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Corpus Christi");
    case PublicHoliday::AssumptionDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Assumption Day");
    case PublicHoliday::WorldChildrensDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "World Children's Day");
    case PublicHoliday::GermanUnityDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "German Unity Day");
    case PublicHoliday::ReformationDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Reformation Day");
    case PublicHoliday::AllSaintsDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "All Saints' Day");
    case PublicHoliday::DayOfPrayerAndRepentance:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Day of Prayer and Repentance");
    case PublicHoliday::ChristmasDay:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Christmas Day");
    case PublicHoliday::SecondDayOfChristmas:
        return QCoreApplication::translate("Leitstand::PublicHoliday", "Second Day of Christmas");
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace Leitstand
