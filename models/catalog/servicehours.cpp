#include "catalog/servicehours.h"

#include "catalog/germanholidays.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr qint64 msPerMinute = 60'000;
constexpr qint64 msPerDay = msPerMinute * 24 * 60;

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

int offsetMsAt(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(utcAt(utcMs)) * 1000;
}

// localMs is a local date and time counted as if the zone were UTC. Real zones change their
// offset at most once within a day either side, so the offsets a day before and after are the
// only candidates.
qint64 firstInstantShowing(const QTimeZone &zone, qint64 localMs)
{
    std::optional<qint64> first;
    for (const qint64 offset : {offsetMsAt(zone, localMs - msPerDay), offsetMsAt(zone, localMs + msPerDay)}) {
        const qint64 candidate = localMs - offset;
        if (offsetMsAt(zone, candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    if (first)
        return *first;
    // In the gap of a spring-forward change: the clocks reach this time when they jump.
    const qint64 beforeJump = localMs - offsetMsAt(zone, localMs + msPerDay);
    const QTimeZone::OffsetData jump = zone.nextTransition(utcAt(beforeJump));
    return jump.atUtc.isValid() ? jump.atUtc.toMSecsSinceEpoch() : beforeJump;
}

} // namespace

ServiceHours::ServiceHours()
    : m_timeZone(defaultTimeZone())
{
}

ServiceHours::ServiceHours(WeeklyHours week, QTimeZone timeZone, std::optional<FederalState> holidays)
    : m_week(std::move(week))
    , m_timeZone(std::move(timeZone))
    , m_holidays(holidays)
{
    Q_ASSERT(m_timeZone.isValid());
}

QTimeZone ServiceHours::defaultTimeZone()
{
    return QTimeZone("Europe/Berlin");
}

std::expected<ServiceHours, QString> ServiceHours::parse(
    QStringView text, const QTimeZone &timeZone, std::optional<FederalState> holidays)
{
    if (!timeZone.isValid())
        return std::unexpected(QCoreApplication::translate("Leitstand::ServiceHours", "the time zone is not valid"));
    auto week = WeeklyHours::parse(text);
    if (!week)
        return std::unexpected(week.error());
    return ServiceHours(std::move(*week), timeZone, holidays);
}

QString ServiceHours::toString() const
{
    return m_week.toString();
}

bool ServiceHours::isAlways() const
{
    return m_week.isAlways() && !m_holidays;
}

bool ServiceHours::contains(const QDateTime &at) const
{
    return !intervals(at, at.addMSecs(1)).isEmpty();
}

QList<UtcInterval> ServiceHours::intervals(const QDateTime &from, const QDateTime &to) const
{
    const QDateTime fromUtc = from.toUTC();
    const QDateTime toUtc = to.toUTC();
    if (!(fromUtc < toUtc))
        return {};
    if (isAlways())
        return {UtcInterval {fromUtc, toUtc}};

    QList<UtcInterval> spans;
    // A range of the day before may run past midnight into the requested span.
    const QDate last = toUtc.toTimeZone(m_timeZone).date();
    for (QDate day = fromUtc.toTimeZone(m_timeZone).date().addDays(-1); day <= last; day = day.addDays(1)) {
        if (m_holidays && isGermanPublicHoliday(day, *m_holidays))
            continue;
        const qint64 midnight = QDateTime(day, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        for (const LocalTimeRange &range : m_week.ranges(Qt::DayOfWeek(day.dayOfWeek()))) {
            const qint64 end = range.crossesMidnight() ? range.endMinute + 24 * 60 : range.endMinute;
            spans.append(UtcInterval {
                utcAt(firstInstantShowing(m_timeZone, midnight + range.startMinute * msPerMinute)),
                utcAt(firstInstantShowing(m_timeZone, midnight + end * msPerMinute)),
            });
        }
    }
    return clippedIntervals(normalizedIntervals(spans), fromUtc, toUtc);
}

qint64 ServiceHours::secondsWithin(const QDateTime &from, const QDateTime &to) const
{
    return totalSeconds(intervals(from, to));
}

} // namespace Leitstand
