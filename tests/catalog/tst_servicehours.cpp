#include "catalog/servicehours.h"

#include <QTest>

using namespace Leitstand;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::UTC);
}

ServiceHours hours(const QString &text, std::optional<FederalState> holidays = {})
{
    auto parsed = ServiceHours::parse(text, ServiceHours::defaultTimeZone(), holidays);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    return *parsed;
}

using Intervals = QList<UtcInterval>;
using OptionalState = std::optional<FederalState>;

} // namespace

class TestServiceHours final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void parseErrors_data();
    void parseErrors();
    void invalidTimeZone();
    void intervals_data();
    void intervals();
    void contains_data();
    void contains();
    void defaultIsAlways();
};

void TestServiceHours::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const auto same = [](const QString &text) {
        QTest::addRow("%s", qPrintable(text)) << text << text;
    };
    same(u"24/7"_s);
    same(u"Mo-Fr 07:00-19:00; Sa 08:00-12:00"_s);
    same(u"Mo,Mi,Fr 08:00-12:00"_s);
    same(u"Mo-Di,Do-Fr 08:00-12:00,13:00-16:00; Mi 08:00-12:00"_s);
    same(u"Fr 22:00-06:00"_s);
    same(u"Mo 00:00-24:00"_s);
    same(u"Mo-So 08:00-20:00"_s);
    same(u"Mo-Fr 00:00-02:00,22:00-06:00"_s);

    QTest::addRow("every whole day") << u"Mo-So 00:00-24:00"_s << u"24/7"_s;
    QTest::addRow("list to range") << u"Mo,Di,Mi 08:00-12:00"_s << u"Mo-Mi 08:00-12:00"_s;
    QTest::addRow("two days") << u"Sa,So 10:00-14:00"_s << u"Sa-So 10:00-14:00"_s;
    QTest::addRow("times sorted") << u"Mo 13:00-16:00,08:00-12:00"_s << u"Mo 08:00-12:00,13:00-16:00"_s;
    QTest::addRow("rules by weekday") << u"Sa 08:00-12:00;Mo-Fr 07:00-19:00"_s
                                      << u"Mo-Fr 07:00-19:00; Sa 08:00-12:00"_s;
    QTest::addRow("spaces") << u"  Mo-Fr   07:00-19:00 ;  Sa 08:00-12:00, 13:00-14:00 "_s
                            << u"Mo-Fr 07:00-19:00; Sa 08:00-12:00,13:00-14:00"_s;
    QTest::addRow("same hours joined") << u"Mo 08:00-12:00; Do 08:00-12:00; Di 09:00-10:00"_s
                                       << u"Mo,Do 08:00-12:00; Di 09:00-10:00"_s;
}

void TestServiceHours::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = ServiceHours::parse(text);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->toString(), expected);
    const auto again = ServiceHours::parse(parsed->toString());
    QVERIFY(again);
    QCOMPARE(*again, *parsed);
}

void TestServiceHours::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::addRow("empty") << QString() << u"no service hours given; write 24/7 for always"_s;
    QTest::addRow("blank") << u"   "_s << u"no service hours given; write 24/7 for always"_s;
    QTest::addRow("24/7 and more") << u"24/7; Sa 08:00-12:00"_s << u"24/7 cannot be combined with other rules"_s;
    QTest::addRow("empty rule") << u"Mo-Fr 07:00-19:00;; Sa 08:00-12:00"_s
                                << u"a rule is empty; remove the extra semicolon"_s;
    QTest::addRow("trailing semicolon") << u"Mo-Fr 07:00-19:00;"_s << u"a rule is empty; remove the extra semicolon"_s;
    QTest::addRow("no times") << u"Mo-Fr"_s << u"Mo-Fr: expected weekdays and times, such as Mo-Fr 08:00-17:00"_s;
    QTest::addRow("unknown weekday") << u"Mo-Fx 07:00-19:00"_s
                                     << u"Mo-Fx: unknown weekday Fx; expected one of Mo, Di, Mi, Do, Fr, Sa, So"_s;
    QTest::addRow("english weekday") << u"Tu 07:00-19:00"_s
                                     << u"Tu: unknown weekday Tu; expected one of Mo, Di, Mi, Do, Fr, Sa, So"_s;
    QTest::addRow("lower case") << u"mo 07:00-19:00"_s
                                << u"mo: unknown weekday mo; expected one of Mo, Di, Mi, Do, Fr, Sa, So"_s;
    QTest::addRow("missing weekday") << u"Mo,,Fr 07:00-19:00"_s
                                     << u"Mo,,Fr: expected weekdays such as Mo-Fr or Sa,So"_s;
    QTest::addRow("three days in a range")
        << u"Mo-Di-Mi 08:00-12:00"_s << u"Mo-Di-Mi: expected weekdays such as Mo-Fr or Sa,So"_s;
    QTest::addRow("backwards") << u"Fr-Mo 08:00-12:00"_s
                               << u"Fr-Mo: a range of weekdays must run forwards from Mo to So"_s;
    QTest::addRow("day twice in a rule") << u"Mo-Fr,Mi 08:00-12:00"_s << u"Mo-Fr,Mi: Mi is given more than once"_s;
    QTest::addRow("day in two rules") << u"Mo-Fr 08:00-12:00; Fr 13:00-16:00"_s << u"Fr: Fr is given more than once"_s;
    QTest::addRow("hours only") << u"Mo 8-12"_s << u"8-12: expected a time range such as 08:00-17:00"_s;
    QTest::addRow("single time") << u"Mo 08:00"_s << u"08:00: expected a time range such as 08:00-17:00"_s;
    QTest::addRow("one digit hour") << u"Mo 8:00-12:00"_s << u"8:00-12:00: expected a time range such as 08:00-17:00"_s;
    QTest::addRow("trailing comma") << u"Mo 08:00-12:00,"_s
                                    << u"08:00-12:00,: expected a time range such as 08:00-17:00"_s;
    QTest::addRow("hour 25") << u"Mo 25:00-26:00"_s << u"25:00-26:00: 25:00 is not a time of day"_s;
    QTest::addRow("minute 60") << u"Mo 08:60-12:00"_s << u"08:60-12:00: 08:60 is not a time of day"_s;
    QTest::addRow("after 24:00") << u"Mo 08:00-24:30"_s << u"08:00-24:30: 24:30 is not a time of day"_s;
    QTest::addRow("starts at 24:00") << u"Mo 24:00-06:00"_s << u"24:00-06:00: 24:00 can only end a range"_s;
    QTest::addRow("ends at 00:00") << u"Mo 18:00-00:00"_s << u"18:00-00:00: write the end of the day as 24:00"_s;
    QTest::addRow("empty range") << u"Mo 08:00-08:00"_s << u"08:00-08:00: the range is empty"_s;
    QTest::addRow("overlap") << u"Mo-Fr 08:00-12:00,11:00-13:00"_s << u"Mo-Fr: 11:00-13:00 overlaps 08:00-12:00"_s;
    QTest::addRow("overlap after midnight")
        << u"Mo 22:00-06:00,23:00-24:00"_s << u"Mo: 23:00-24:00 overlaps 22:00-06:00"_s;
    QTest::addRow("same range twice") << u"Sa 08:00-12:00,08:00-12:00"_s << u"Sa: 08:00-12:00 overlaps 08:00-12:00"_s;
}

void TestServiceHours::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto parsed = ServiceHours::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), error);
}

void TestServiceHours::invalidTimeZone()
{
    const auto parsed = ServiceHours::parse(u"24/7"_s, QTimeZone("Europe/Nowhere"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), u"the time zone is not valid"_s);
}

void TestServiceHours::intervals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<OptionalState>("holidays");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<Intervals>("expected");
    QTest::addColumn<qint64>("seconds");

    const OptionalState none;
    constexpr qint64 hour = 3600;

    // 2026-11-02 is a Monday; Berlin is at UTC+1 in November and UTC+2 in June.
    QTest::addRow("office week in winter")
        << u"Mo-Fr 07:00-19:00; Sa 08:00-12:00"_s << none << utc(11, 2, 0) << utc(11, 9, 0)
        << Intervals {{utc(11, 2, 6), utc(11, 2, 18)}, {utc(11, 3, 6), utc(11, 3, 18)}, {utc(11, 4, 6), utc(11, 4, 18)},
               {utc(11, 5, 6), utc(11, 5, 18)}, {utc(11, 6, 6), utc(11, 6, 18)}, {utc(11, 7, 7), utc(11, 7, 11)}}
        << 64 * hour;
    QTest::addRow("office day in summer") << u"Mo-Fr 07:00-19:00"_s << none << utc(6, 1, 0) << utc(6, 2, 0)
                                          << Intervals {{utc(6, 1, 5), utc(6, 1, 17)}} << 12 * hour;
    QTest::addRow("clipped") << u"Mo-Fr 07:00-19:00"_s << none << utc(11, 2, 10) << utc(11, 3, 7)
                             << Intervals {{utc(11, 2, 10), utc(11, 2, 18)}, {utc(11, 3, 6), utc(11, 3, 7)}}
                             << 9 * hour;
    QTest::addRow("empty span") << u"24/7"_s << none << utc(11, 2, 10) << utc(11, 2, 10) << Intervals {} << qint64(0);
    QTest::addRow("reversed span") << u"Mo-Fr 07:00-19:00"_s << none << utc(11, 3, 10) << utc(11, 2, 10) << Intervals {}
                                   << qint64(0);

    // 2026-11-06 is a Friday.
    QTest::addRow("across midnight") << u"Fr 22:00-06:00"_s << none << utc(11, 6, 0) << utc(11, 8, 0)
                                     << Intervals {{utc(11, 6, 21), utc(11, 7, 5)}} << 8 * hour;
    QTest::addRow("night from the week before") << u"So 22:00-06:00"_s << none << utc(11, 2, 0) << utc(11, 3, 0)
                                                << Intervals {{utc(11, 2, 0), utc(11, 2, 5)}} << 5 * hour;
    QTest::addRow("touching ranges merge") << u"Mo 18:00-24:00; Di 00:00-06:00"_s << none << utc(11, 2, 0)
                                           << utc(11, 4, 0) << Intervals {{utc(11, 2, 17), utc(11, 3, 5)}} << 12 * hour;
    QTest::addRow("night runs into day") << u"Mo 22:00-08:00; Di 07:00-12:00"_s << none << utc(11, 2, 0)
                                         << utc(11, 4, 0) << Intervals {{utc(11, 2, 21), utc(11, 3, 11)}} << 14 * hour;

    // 2026-03-29, a Sunday: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    QTest::addRow("spring day is 23 hours") << u"So 00:00-24:00"_s << none << utc(3, 28, 0) << utc(3, 31, 0)
                                            << Intervals {{utc(3, 28, 23), utc(3, 29, 22)}} << 23 * hour;
    QTest::addRow("skipped hour is empty")
        << u"So 02:00-03:00"_s << none << utc(3, 28, 0) << utc(3, 31, 0) << Intervals {} << qint64(0);
    QTest::addRow("range ends in the gap") << u"So 01:30-02:30"_s << none << utc(3, 28, 0) << utc(3, 31, 0)
                                           << Intervals {{utc(3, 29, 0, 30), utc(3, 29, 1)}} << hour / 2;
    QTest::addRow("range starts in the gap") << u"So 02:30-04:00"_s << none << utc(3, 28, 0) << utc(3, 31, 0)
                                             << Intervals {{utc(3, 29, 1), utc(3, 29, 2)}} << hour;
    QTest::addRow("night into summer time") << u"Sa 22:00-06:00"_s << none << utc(3, 28, 0) << utc(3, 31, 0)
                                            << Intervals {{utc(3, 28, 21), utc(3, 29, 4)}} << 7 * hour;
    QTest::addRow("week with the spring change")
        << u"24/7"_s << OptionalState(FederalState::Bayern) << utc(3, 22, 23) << utc(3, 29, 22)
        << Intervals {{utc(3, 22, 23), utc(3, 29, 22)}} << (7 * 24 - 1) * hour;

    // 2026-10-25, a Sunday: 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    QTest::addRow("autumn day is 25 hours") << u"So 00:00-24:00"_s << none << utc(10, 24, 0) << utc(10, 27, 0)
                                            << Intervals {{utc(10, 24, 22), utc(10, 25, 23)}} << 25 * hour;
    QTest::addRow("repeated hour counts twice") << u"So 02:00-03:00"_s << none << utc(10, 24, 0) << utc(10, 27, 0)
                                                << Intervals {{utc(10, 25, 0), utc(10, 25, 2)}} << 2 * hour;
    QTest::addRow("range ends in the repeated hour")
        << u"So 01:00-02:30"_s << none << utc(10, 24, 0) << utc(10, 27, 0)
        << Intervals {{utc(10, 24, 23), utc(10, 25, 0, 30)}} << 3 * hour / 2;
    QTest::addRow("night into winter time") << u"Sa 22:00-06:00"_s << none << utc(10, 24, 0) << utc(10, 27, 0)
                                            << Intervals {{utc(10, 24, 20), utc(10, 25, 5)}} << 9 * hour;

    // Epiphany, Tuesday 2026-01-06, is a holiday in Bayern but not in Berlin.
    QTest::addRow("epiphany closed in BY") << u"Mo-Fr 08:00-16:00"_s << OptionalState(FederalState::Bayern)
                                           << utc(1, 6, 0) << utc(1, 7, 0) << Intervals {} << qint64(0);
    QTest::addRow("epiphany open in BE") << u"Mo-Fr 08:00-16:00"_s << OptionalState(FederalState::Berlin)
                                         << utc(1, 6, 0) << utc(1, 7, 0) << Intervals {{utc(1, 6, 7), utc(1, 6, 15)}}
                                         << 8 * hour;
    QTest::addRow("epiphany open without holidays") << u"Mo-Fr 08:00-16:00"_s << none << utc(1, 6, 0) << utc(1, 7, 0)
                                                    << Intervals {{utc(1, 6, 7), utc(1, 6, 15)}} << 8 * hour;
    QTest::addRow("night before the holiday stays open")
        << u"Mo-So 22:00-06:00"_s << OptionalState(FederalState::Bayern) << utc(1, 5, 12) << utc(1, 7, 12)
        << Intervals {{utc(1, 5, 21), utc(1, 6, 5)}} << 8 * hour;
    QTest::addRow("24/7 closed on the holiday")
        << u"24/7"_s << OptionalState(FederalState::Bayern) << utc(1, 5, 12) << utc(1, 7, 12)
        << Intervals {{utc(1, 5, 12), utc(1, 5, 23)}, {utc(1, 6, 23), utc(1, 7, 12)}} << 24 * hour;
    // Buß- und Bettag, Wednesday 2026-11-18, only in Sachsen.
    QTest::addRow("prayer day closed in SN")
        << u"Mo-Fr 08:00-16:00"_s << OptionalState(FederalState::Sachsen) << utc(11, 17, 0) << utc(11, 20, 0)
        << Intervals {{utc(11, 17, 7), utc(11, 17, 15)}, {utc(11, 19, 7), utc(11, 19, 15)}} << 16 * hour;
    QTest::addRow("prayer day open in BY")
        << u"Mo-Fr 08:00-16:00"_s << OptionalState(FederalState::Bayern) << utc(11, 18, 0) << utc(11, 19, 0)
        << Intervals {{utc(11, 18, 7), utc(11, 18, 15)}} << 8 * hour;

    QTest::addRow("24/7") << u"24/7"_s << none << utc(3, 1, 0) << utc(11, 1, 0)
                          << Intervals {{utc(3, 1, 0), utc(11, 1, 0)}}
                          << qint64(QDate(2026, 3, 1).daysTo(QDate(2026, 11, 1))) * 24 * hour;
}

void TestServiceHours::intervals()
{
    QFETCH(QString, text);
    QFETCH(OptionalState, holidays);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(Intervals, expected);
    QFETCH(qint64, seconds);

    const ServiceHours serviceHours = hours(text, holidays);
    QCOMPARE(serviceHours.intervals(from, to), expected);
    QCOMPARE(serviceHours.secondsWithin(from, to), seconds);
    // The same instants given in local time give the same answer.
    const QTimeZone berlin = ServiceHours::defaultTimeZone();
    QCOMPARE(serviceHours.intervals(from.toTimeZone(berlin), to.toTimeZone(berlin)), expected);
}

void TestServiceHours::contains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<OptionalState>("holidays");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("open");

    const OptionalState none;
    // Monday 2026-11-02, UTC+1.
    QTest::addRow("before opening") << u"Mo-Fr 07:00-19:00"_s << none << utc(11, 2, 5, 59) << false;
    QTest::addRow("at opening") << u"Mo-Fr 07:00-19:00"_s << none << utc(11, 2, 6) << true;
    QTest::addRow("last minute") << u"Mo-Fr 07:00-19:00"_s << none << utc(11, 2, 17, 59) << true;
    QTest::addRow("at closing") << u"Mo-Fr 07:00-19:00"_s << none << utc(11, 2, 18) << false;
    QTest::addRow("saturday") << u"Mo-Fr 07:00-19:00"_s << none << utc(11, 7, 10) << false;
    QTest::addRow("night, after midnight") << u"Fr 22:00-06:00"_s << none << utc(11, 7, 4, 59) << true;
    QTest::addRow("night, at its end") << u"Fr 22:00-06:00"_s << none << utc(11, 7, 5) << false;
    QTest::addRow("night, before it") << u"Fr 22:00-06:00"_s << none << utc(11, 6, 20, 59) << false;
    QTest::addRow("holiday in BY") << u"Mo-Fr 08:00-16:00"_s << OptionalState(FederalState::Bayern) << utc(1, 6, 10)
                                   << false;
    QTest::addRow("holiday in BE") << u"Mo-Fr 08:00-16:00"_s << OptionalState(FederalState::Berlin) << utc(1, 6, 10)
                                   << true;
    QTest::addRow("prayer day in SN") << u"Mo-Fr 08:00-16:00"_s << OptionalState(FederalState::Sachsen)
                                      << utc(11, 18, 10) << false;
    QTest::addRow("24/7") << u"24/7"_s << none << utc(12, 25, 3) << true;
    QTest::addRow("24/7 on a holiday of BY")
        << u"24/7"_s << OptionalState(FederalState::Bayern) << utc(12, 25, 3) << false;
    QTest::addRow("second showing of 02:30") << u"So 02:00-02:45"_s << none << utc(10, 25, 1, 30) << false;
    QTest::addRow("first showing of 02:30") << u"So 02:00-02:45"_s << none << utc(10, 25, 0, 30) << true;
}

void TestServiceHours::contains()
{
    QFETCH(QString, text);
    QFETCH(OptionalState, holidays);
    QFETCH(QDateTime, at);
    QFETCH(bool, open);
    QCOMPARE(hours(text, holidays).contains(at), open);
}

void TestServiceHours::defaultIsAlways()
{
    const ServiceHours always;
    QVERIFY(always.isAlways());
    QCOMPARE(always.toString(), u"24/7"_s);
    QCOMPARE(always.timeZone(), QTimeZone("Europe/Berlin"));
    QVERIFY(!always.holidayState());
    QVERIFY(always.contains(utc(1, 1, 0)));
    QVERIFY(!hours(u"24/7"_s, FederalState::Bayern).isAlways());
    QCOMPARE(always, hours(u"24/7"_s));
}

QTEST_GUILESS_MAIN(TestServiceHours)
#include "tst_servicehours.moc"
