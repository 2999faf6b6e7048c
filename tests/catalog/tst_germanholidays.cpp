#include "catalog/germanholidays.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Leitstand;
using namespace Qt::StringLiterals;
using enum FederalState;
using enum PublicHoliday;

namespace {

// The movable feasts of the years the tests look at, worked out by hand from each year's Easter.
struct MovableFeasts
{
    QDate goodFriday, easterSunday, easterMonday, ascension, whitSunday, whitMonday, corpusChristi, prayerDay;
};

MovableFeasts movableFeasts(int year)
{
    switch (year) {
    case 1995:
        return {{1995, 4, 14}, {1995, 4, 16}, {1995, 4, 17}, {1995, 5, 25}, {1995, 6, 4}, {1995, 6, 5}, {1995, 6, 15},
            {1995, 11, 22}};
    case 2008:
        return {{2008, 3, 21}, {2008, 3, 23}, {2008, 3, 24}, {2008, 5, 1}, {2008, 5, 11}, {2008, 5, 12}, {2008, 5, 22},
            {2008, 11, 19}};
    case 2017:
        return {{2017, 4, 14}, {2017, 4, 16}, {2017, 4, 17}, {2017, 5, 25}, {2017, 6, 4}, {2017, 6, 5}, {2017, 6, 15},
            {2017, 11, 22}};
    case 2018:
        return {{2018, 3, 30}, {2018, 4, 1}, {2018, 4, 2}, {2018, 5, 10}, {2018, 5, 20}, {2018, 5, 21}, {2018, 5, 31},
            {2018, 11, 21}};
    case 2019:
        return {{2019, 4, 19}, {2019, 4, 21}, {2019, 4, 22}, {2019, 5, 30}, {2019, 6, 9}, {2019, 6, 10}, {2019, 6, 20},
            {2019, 11, 20}};
    case 2020:
        return {{2020, 4, 10}, {2020, 4, 12}, {2020, 4, 13}, {2020, 5, 21}, {2020, 5, 31}, {2020, 6, 1}, {2020, 6, 11},
            {2020, 11, 18}};
    case 2023:
        return {{2023, 4, 7}, {2023, 4, 9}, {2023, 4, 10}, {2023, 5, 18}, {2023, 5, 28}, {2023, 5, 29}, {2023, 6, 8},
            {2023, 11, 22}};
    case 2024:
        return {{2024, 3, 29}, {2024, 3, 31}, {2024, 4, 1}, {2024, 5, 9}, {2024, 5, 19}, {2024, 5, 20}, {2024, 5, 30},
            {2024, 11, 20}};
    case 2025:
        return {{2025, 4, 18}, {2025, 4, 20}, {2025, 4, 21}, {2025, 5, 29}, {2025, 6, 8}, {2025, 6, 9}, {2025, 6, 19},
            {2025, 11, 19}};
    case 2026:
        return {{2026, 4, 3}, {2026, 4, 5}, {2026, 4, 6}, {2026, 5, 14}, {2026, 5, 24}, {2026, 5, 25}, {2026, 6, 4},
            {2026, 11, 18}};
    }
    qFatal("no hand-computed feasts for %d", year);
}

QDate expectedDate(int year, PublicHoliday kind)
{
    const MovableFeasts feasts = movableFeasts(year);
    switch (kind) {
    case NewYearsDay:
        return {year, 1, 1};
    case Epiphany:
        return {year, 1, 6};
    case InternationalWomensDay:
        return {year, 3, 8};
    case GoodFriday:
        return feasts.goodFriday;
    case EasterSunday:
        return feasts.easterSunday;
    case EasterMonday:
        return feasts.easterMonday;
    case LabourDay:
        return {year, 5, 1};
    case LiberationDay:
        return {year, 5, 8};
    case AscensionDay:
        return feasts.ascension;
    case WhitSunday:
        return feasts.whitSunday;
    case WhitMonday:
        return feasts.whitMonday;
    case CorpusChristi:
        return feasts.corpusChristi;
    case AssumptionDay:
        return {year, 8, 15};
    case WorldChildrensDay:
        return {year, 9, 20};
    case GermanUnityDay:
        return {year, 10, 3};
    case ReformationDay:
        return {year, 10, 31};
    case AllSaintsDay:
        return {year, 11, 1};
    case DayOfPrayerAndRepentance:
        return feasts.prayerDay;
    case ChristmasDay:
        return {year, 12, 25};
    case SecondDayOfChristmas:
        return {year, 12, 26};
    }
    return {};
}

const QList<PublicHoliday> nationwide {NewYearsDay, GoodFriday, EasterMonday, LabourDay, AscensionDay, WhitMonday,
    GermanUnityDay, ChristmasDay, SecondDayOfChristmas};

} // namespace

class TestGermanHolidays final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easter_data();
    void easter();
    void holidaysOfState_data();
    void holidaysOfState();
    void ruleStarts_data();
    void ruleStarts();
    void dayOfPrayerAndRepentance_data();
    void dayOfPrayerAndRepentance();
    void beforeFirstYear();
    void names();
};

void TestGermanHolidays::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");

    QTest::addRow("1995") << 1995 << QDate(1995, 4, 16);
    QTest::addRow("2000") << 2000 << QDate(2000, 4, 23);
    QTest::addRow("2008") << 2008 << QDate(2008, 3, 23);
    QTest::addRow("2011") << 2011 << QDate(2011, 4, 24);
    QTest::addRow("2017") << 2017 << QDate(2017, 4, 16);
    QTest::addRow("2018") << 2018 << QDate(2018, 4, 1);
    QTest::addRow("2019") << 2019 << QDate(2019, 4, 21);
    QTest::addRow("2020") << 2020 << QDate(2020, 4, 12);
    QTest::addRow("2023") << 2023 << QDate(2023, 4, 9);
    QTest::addRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::addRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::addRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::addRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::addRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::addRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::addRow("2030") << 2030 << QDate(2030, 4, 21);
    QTest::addRow("2038 latest possible") << 2038 << QDate(2038, 4, 25);
    QTest::addRow("2100") << 2100 << QDate(2100, 3, 28);
    QTest::addRow("2285 earliest possible") << 2285 << QDate(2285, 3, 22);
}

void TestGermanHolidays::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(easterSunday(year), expected);
    QCOMPARE(easterSunday(year).dayOfWeek(), Qt::Sunday);
}

void TestGermanHolidays::holidaysOfState_data()
{
    QTest::addColumn<FederalState>("state");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("count");
    // Besides the nine nationwide holidays.
    QTest::addColumn<QList<PublicHoliday>>("extra");

    const auto add = [](FederalState state, int year, int count, const QList<PublicHoliday> &extra) {
        QTest::addRow("%s %d", qPrintable(federalStateCode(state)), year) << state << year << count << extra;
    };

    // 2017: Reformation Day everywhere, once.
    add(BadenWuerttemberg, 2017, 13, {Epiphany, CorpusChristi, ReformationDay, AllSaintsDay});
    add(Bayern, 2017, 13, {Epiphany, CorpusChristi, ReformationDay, AllSaintsDay});
    add(Berlin, 2017, 10, {ReformationDay});
    add(Brandenburg, 2017, 12, {EasterSunday, WhitSunday, ReformationDay});
    add(Bremen, 2017, 10, {ReformationDay});
    add(Hamburg, 2017, 10, {ReformationDay});
    add(Hessen, 2017, 11, {CorpusChristi, ReformationDay});
    add(MecklenburgVorpommern, 2017, 10, {ReformationDay});
    add(Niedersachsen, 2017, 10, {ReformationDay});
    add(NordrheinWestfalen, 2017, 12, {CorpusChristi, ReformationDay, AllSaintsDay});
    add(RheinlandPfalz, 2017, 12, {CorpusChristi, ReformationDay, AllSaintsDay});
    add(Saarland, 2017, 13, {CorpusChristi, AssumptionDay, ReformationDay, AllSaintsDay});
    add(Sachsen, 2017, 11, {ReformationDay, DayOfPrayerAndRepentance});
    add(SachsenAnhalt, 2017, 11, {Epiphany, ReformationDay});
    add(SchleswigHolstein, 2017, 10, {ReformationDay});
    add(Thueringen, 2017, 10, {ReformationDay});

    // 2018: Reformation Day new in the four northern states.
    add(BadenWuerttemberg, 2018, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Bayern, 2018, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Berlin, 2018, 9, {});
    add(Brandenburg, 2018, 12, {EasterSunday, WhitSunday, ReformationDay});
    add(Bremen, 2018, 10, {ReformationDay});
    add(Hamburg, 2018, 10, {ReformationDay});
    add(Hessen, 2018, 10, {CorpusChristi});
    add(MecklenburgVorpommern, 2018, 10, {ReformationDay});
    add(Niedersachsen, 2018, 10, {ReformationDay});
    add(NordrheinWestfalen, 2018, 11, {CorpusChristi, AllSaintsDay});
    add(RheinlandPfalz, 2018, 11, {CorpusChristi, AllSaintsDay});
    add(Saarland, 2018, 12, {CorpusChristi, AssumptionDay, AllSaintsDay});
    add(Sachsen, 2018, 11, {ReformationDay, DayOfPrayerAndRepentance});
    add(SachsenAnhalt, 2018, 11, {Epiphany, ReformationDay});
    add(SchleswigHolstein, 2018, 10, {ReformationDay});
    add(Thueringen, 2018, 10, {ReformationDay});

    // 2019: Women's Day in Berlin, World Children's Day in Thüringen.
    add(BadenWuerttemberg, 2019, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Bayern, 2019, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Berlin, 2019, 10, {InternationalWomensDay});
    add(Brandenburg, 2019, 12, {EasterSunday, WhitSunday, ReformationDay});
    add(Bremen, 2019, 10, {ReformationDay});
    add(Hamburg, 2019, 10, {ReformationDay});
    add(Hessen, 2019, 10, {CorpusChristi});
    add(MecklenburgVorpommern, 2019, 10, {ReformationDay});
    add(Niedersachsen, 2019, 10, {ReformationDay});
    add(NordrheinWestfalen, 2019, 11, {CorpusChristi, AllSaintsDay});
    add(RheinlandPfalz, 2019, 11, {CorpusChristi, AllSaintsDay});
    add(Saarland, 2019, 12, {CorpusChristi, AssumptionDay, AllSaintsDay});
    add(Sachsen, 2019, 11, {ReformationDay, DayOfPrayerAndRepentance});
    add(SachsenAnhalt, 2019, 11, {Epiphany, ReformationDay});
    add(SchleswigHolstein, 2019, 10, {ReformationDay});
    add(Thueringen, 2019, 11, {WorldChildrensDay, ReformationDay});

    add(Berlin, 2020, 11, {InternationalWomensDay, LiberationDay});

    // 2023: Women's Day in Mecklenburg-Vorpommern.
    add(BadenWuerttemberg, 2023, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Bayern, 2023, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Berlin, 2023, 10, {InternationalWomensDay});
    add(Brandenburg, 2023, 12, {EasterSunday, WhitSunday, ReformationDay});
    add(Bremen, 2023, 10, {ReformationDay});
    add(Hamburg, 2023, 10, {ReformationDay});
    add(Hessen, 2023, 10, {CorpusChristi});
    add(MecklenburgVorpommern, 2023, 11, {InternationalWomensDay, ReformationDay});
    add(Niedersachsen, 2023, 10, {ReformationDay});
    add(NordrheinWestfalen, 2023, 11, {CorpusChristi, AllSaintsDay});
    add(RheinlandPfalz, 2023, 11, {CorpusChristi, AllSaintsDay});
    add(Saarland, 2023, 12, {CorpusChristi, AssumptionDay, AllSaintsDay});
    add(Sachsen, 2023, 11, {ReformationDay, DayOfPrayerAndRepentance});
    add(SachsenAnhalt, 2023, 11, {Epiphany, ReformationDay});
    add(SchleswigHolstein, 2023, 10, {ReformationDay});
    add(Thueringen, 2023, 11, {WorldChildrensDay, ReformationDay});

    add(BadenWuerttemberg, 2024, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Bayern, 2024, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Berlin, 2024, 10, {InternationalWomensDay});
    add(Brandenburg, 2024, 12, {EasterSunday, WhitSunday, ReformationDay});
    add(Bremen, 2024, 10, {ReformationDay});
    add(Hamburg, 2024, 10, {ReformationDay});
    add(Hessen, 2024, 10, {CorpusChristi});
    add(MecklenburgVorpommern, 2024, 11, {InternationalWomensDay, ReformationDay});
    add(Niedersachsen, 2024, 10, {ReformationDay});
    add(NordrheinWestfalen, 2024, 11, {CorpusChristi, AllSaintsDay});
    add(RheinlandPfalz, 2024, 11, {CorpusChristi, AllSaintsDay});
    add(Saarland, 2024, 12, {CorpusChristi, AssumptionDay, AllSaintsDay});
    add(Sachsen, 2024, 11, {ReformationDay, DayOfPrayerAndRepentance});
    add(SachsenAnhalt, 2024, 11, {Epiphany, ReformationDay});
    add(SchleswigHolstein, 2024, 10, {ReformationDay});
    add(Thueringen, 2024, 11, {WorldChildrensDay, ReformationDay});

    // 2025: the Day of Liberation in Berlin, once.
    add(BadenWuerttemberg, 2025, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Bayern, 2025, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Berlin, 2025, 11, {InternationalWomensDay, LiberationDay});
    add(Brandenburg, 2025, 12, {EasterSunday, WhitSunday, ReformationDay});
    add(Bremen, 2025, 10, {ReformationDay});
    add(Hamburg, 2025, 10, {ReformationDay});
    add(Hessen, 2025, 10, {CorpusChristi});
    add(MecklenburgVorpommern, 2025, 11, {InternationalWomensDay, ReformationDay});
    add(Niedersachsen, 2025, 10, {ReformationDay});
    add(NordrheinWestfalen, 2025, 11, {CorpusChristi, AllSaintsDay});
    add(RheinlandPfalz, 2025, 11, {CorpusChristi, AllSaintsDay});
    add(Saarland, 2025, 12, {CorpusChristi, AssumptionDay, AllSaintsDay});
    add(Sachsen, 2025, 11, {ReformationDay, DayOfPrayerAndRepentance});
    add(SachsenAnhalt, 2025, 11, {Epiphany, ReformationDay});
    add(SchleswigHolstein, 2025, 10, {ReformationDay});
    add(Thueringen, 2025, 11, {WorldChildrensDay, ReformationDay});

    add(BadenWuerttemberg, 2026, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Bayern, 2026, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Berlin, 2026, 10, {InternationalWomensDay});
    add(Brandenburg, 2026, 12, {EasterSunday, WhitSunday, ReformationDay});
    add(Bremen, 2026, 10, {ReformationDay});
    add(Hamburg, 2026, 10, {ReformationDay});
    add(Hessen, 2026, 10, {CorpusChristi});
    add(MecklenburgVorpommern, 2026, 11, {InternationalWomensDay, ReformationDay});
    add(Niedersachsen, 2026, 10, {ReformationDay});
    add(NordrheinWestfalen, 2026, 11, {CorpusChristi, AllSaintsDay});
    add(RheinlandPfalz, 2026, 11, {CorpusChristi, AllSaintsDay});
    add(Saarland, 2026, 12, {CorpusChristi, AssumptionDay, AllSaintsDay});
    add(Sachsen, 2026, 11, {ReformationDay, DayOfPrayerAndRepentance});
    add(SachsenAnhalt, 2026, 11, {Epiphany, ReformationDay});
    add(SchleswigHolstein, 2026, 10, {ReformationDay});
    add(Thueringen, 2026, 11, {WorldChildrensDay, ReformationDay});

    // Ascension Day fell on Labour Day; both are listed.
    add(BadenWuerttemberg, 2008, 12, {Epiphany, CorpusChristi, AllSaintsDay});
    add(Sachsen, 1995, 11, {ReformationDay, DayOfPrayerAndRepentance});
}

void TestGermanHolidays::holidaysOfState()
{
    QFETCH(FederalState, state);
    QFETCH(int, year);
    QFETCH(int, count);
    QFETCH(QList<PublicHoliday>, extra);

    QList<Holiday> expected;
    for (PublicHoliday kind : nationwide + extra)
        expected.append(Holiday {expectedDate(year, kind), kind});
    std::ranges::sort(expected, [](const Holiday &a, const Holiday &b) {
        return std::pair(a.date, int(a.kind)) < std::pair(b.date, int(b.kind));
    });

    const QList<Holiday> holidays = germanPublicHolidays(year, state);
    QCOMPARE(holidays.size(), count);
    QCOMPARE(holidays, expected);

    QSet<QDate> dates;
    for (const Holiday &holiday : expected)
        dates.insert(holiday.date);
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
        if (isGermanPublicHoliday(day, state) != dates.contains(day))
            QFAIL(qPrintable(u"isGermanPublicHoliday(%1) is wrong"_s.arg(day.toString(Qt::ISODate))));
    }
}

void TestGermanHolidays::ruleStarts_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<FederalState>("state");
    QTest::addColumn<bool>("holiday");

    QTest::addRow("BE women's day 2018") << QDate(2018, 3, 8) << Berlin << false;
    QTest::addRow("BE women's day 2019") << QDate(2019, 3, 8) << Berlin << true;
    QTest::addRow("MV women's day 2022") << QDate(2022, 3, 8) << MecklenburgVorpommern << false;
    QTest::addRow("MV women's day 2023") << QDate(2023, 3, 8) << MecklenburgVorpommern << true;
    QTest::addRow("BB no women's day 2026") << QDate(2026, 3, 8) << Brandenburg << false;
    QTest::addRow("TH children's day 2018") << QDate(2018, 9, 20) << Thueringen << false;
    QTest::addRow("TH children's day 2019") << QDate(2019, 9, 20) << Thueringen << true;
    QTest::addRow("SN no children's day 2026") << QDate(2026, 9, 20) << Sachsen << false;
    QTest::addRow("HB reformation 2016") << QDate(2016, 10, 31) << Bremen << false;
    QTest::addRow("HB reformation 2017") << QDate(2017, 10, 31) << Bremen << true;
    QTest::addRow("NI reformation 2018") << QDate(2018, 10, 31) << Niedersachsen << true;
    QTest::addRow("SH reformation 2100") << QDate(2100, 10, 31) << SchleswigHolstein << true;
    QTest::addRow("BW reformation 2016") << QDate(2016, 10, 31) << BadenWuerttemberg << false;
    QTest::addRow("BW reformation 2017") << QDate(2017, 10, 31) << BadenWuerttemberg << true;
    QTest::addRow("BW reformation 2018") << QDate(2018, 10, 31) << BadenWuerttemberg << false;
    QTest::addRow("SN reformation 1995") << QDate(1995, 10, 31) << Sachsen << true;
    QTest::addRow("BE liberation 2019") << QDate(2019, 5, 8) << Berlin << false;
    QTest::addRow("BE liberation 2020") << QDate(2020, 5, 8) << Berlin << true;
    QTest::addRow("BE liberation 2021") << QDate(2021, 5, 8) << Berlin << false;
    QTest::addRow("BE liberation 2025") << QDate(2025, 5, 8) << Berlin << true;
    QTest::addRow("BE liberation 2026") << QDate(2026, 5, 8) << Berlin << false;
    QTest::addRow("BB liberation 2025") << QDate(2025, 5, 8) << Brandenburg << false;
    QTest::addRow("BB easter sunday") << QDate(2026, 4, 5) << Brandenburg << true;
    QTest::addRow("BB whit sunday") << QDate(2026, 5, 24) << Brandenburg << true;
    QTest::addRow("HE no easter sunday") << QDate(2026, 4, 5) << Hessen << false;
    QTest::addRow("BY no assumption day") << QDate(2026, 8, 15) << Bayern << false;
    QTest::addRow("SL assumption day") << QDate(2026, 8, 15) << Saarland << true;
    QTest::addRow("SN no corpus christi") << QDate(2026, 6, 4) << Sachsen << false;
    QTest::addRow("TH no corpus christi") << QDate(2026, 6, 4) << Thueringen << false;
    QTest::addRow("BY no peace festival") << QDate(2026, 8, 8) << Bayern << false;
    QTest::addRow("BY epiphany 2100") << QDate(2100, 1, 6) << Bayern << true;
    QTest::addRow("BY good friday 2100") << QDate(2100, 3, 26) << Bayern << true;
    QTest::addRow("christmas eve") << QDate(2026, 12, 24) << Bayern << false;
    QTest::addRow("invalid date") << QDate() << Bayern << false;
}

void TestGermanHolidays::ruleStarts()
{
    QFETCH(QDate, date);
    QFETCH(FederalState, state);
    QFETCH(bool, holiday);
    QCOMPARE(isGermanPublicHoliday(date, state), holiday);
}

void TestGermanHolidays::dayOfPrayerAndRepentance_data()
{
    QTest::addColumn<QDate>("expected");

    QTest::addRow("1995") << QDate(1995, 11, 22);
    QTest::addRow("2017") << QDate(2017, 11, 22);
    QTest::addRow("2020") << QDate(2020, 11, 18);
    QTest::addRow("2022, 23 November a Wednesday") << QDate(2022, 11, 16);
    QTest::addRow("2024") << QDate(2024, 11, 20);
    QTest::addRow("2025") << QDate(2025, 11, 19);
    QTest::addRow("2026") << QDate(2026, 11, 18);
    QTest::addRow("2027, 23 November a Tuesday") << QDate(2027, 11, 17);
    QTest::addRow("2028, 23 November a Thursday") << QDate(2028, 11, 22);
    QTest::addRow("2029") << QDate(2029, 11, 21);
}

void TestGermanHolidays::dayOfPrayerAndRepentance()
{
    QFETCH(QDate, expected);
    const QList<Holiday> holidays = germanPublicHolidays(expected.year(), Sachsen);
    const auto it = std::ranges::find(holidays, DayOfPrayerAndRepentance, &Holiday::kind);
    QVERIFY(it != holidays.end());
    QCOMPARE(it->date, expected);
    QVERIFY(isGermanPublicHoliday(expected, Sachsen));
    QVERIFY(!isGermanPublicHoliday(expected, Bayern));
}

void TestGermanHolidays::beforeFirstYear()
{
    QCOMPARE(firstHolidayYear, 1995);
    for (int state = 0; state < federalStateCount; ++state) {
        QVERIFY(germanPublicHolidays(1994, FederalState(state)).isEmpty());
        QVERIFY(!isGermanPublicHoliday(QDate(1994, 12, 25), FederalState(state)));
        QVERIFY(!germanPublicHolidays(1995, FederalState(state)).isEmpty());
    }
}

void TestGermanHolidays::names()
{
    QCOMPARE(publicHolidayName(NewYearsDay), u"New Year's Day"_s);
    QCOMPARE(publicHolidayName(GoodFriday), u"Good Friday"_s);
    QCOMPARE(publicHolidayName(ReformationDay), u"Reformation Day"_s);
    QCOMPARE(publicHolidayName(DayOfPrayerAndRepentance), u"Day of Prayer and Repentance"_s);
    QSet<QString> names;
    for (int kind = 0; kind <= int(SecondDayOfChristmas); ++kind) {
        const QString name = publicHolidayName(PublicHoliday(kind));
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), int(SecondDayOfChristmas) + 1);
}

QTEST_GUILESS_MAIN(TestGermanHolidays)
#include "tst_germanholidays.moc"
