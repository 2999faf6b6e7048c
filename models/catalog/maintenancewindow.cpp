#include "catalog/maintenancewindow.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr qint64 msecsPerDay = qint64(24) * 60 * 60 * 1000;

} // namespace

MaintenanceWindow::MaintenanceWindow()
    : m_timeZone(QByteArrayLiteral("Europe/Berlin"))
{
}

void MaintenanceWindow::setStart(const QDate &date, const QTime &time)
{
    m_startDate = date;
    m_startTime = time;
}

QStringList MaintenanceWindow::problems() const
{
    QStringList problems;
    if (m_title.trimmed().isEmpty())
        problems.append(u"title: "_s + tr("must not be empty"));
    if (!m_startDate.isValid() || !m_startTime.isValid())
        problems.append(u"start: "_s + tr("missing"));
    else if (m_startTime.second() != 0 || m_startTime.msec() != 0)
        problems.append(u"start: "_s + tr("must be a whole minute"));
    if (!m_timeZone.isValid())
        problems.append(u"timezone: "_s + tr("not a known time zone"));
    if (m_durationMinutes < 1)
        problems.append(u"duration: "_s + tr("must be at least 1 minute"));
    else if (m_durationMinutes > maximumDurationMinutes)
        problems.append(u"duration: "_s + tr("must be at most %1 minutes (366 days)").arg(maximumDurationMinutes));
    problems.append(m_recurrence.problems(m_startDate));
    return problems;
}

QString MaintenanceWindow::problem() const
{
    const QStringList all = problems();
    return all.isEmpty() ? QString() : all.first();
}

QDateTime MaintenanceWindow::toUtc(const QDate &date, const QTime &time) const
{
    // PreferBefore picks the first of two instants in the repeated hour; in the gap it gives an
    // instant before the jump, whose local time then differs from the one asked for.
    const QDateTime instant(date, time, m_timeZone, QDateTime::TransitionResolution::PreferBefore);
    const QDateTime local = instant.toTimeZone(m_timeZone);
    if (local.date() == date && local.time() == time)
        return instant.toUTC();
    return m_timeZone.nextTransition(instant).atUtc;
}

qint64 MaintenanceWindow::spanDays() const
{
    return (m_startTime.msecsSinceStartOfDay() + qint64(m_durationMinutes) * 60'000) / msecsPerDay;
}

UtcInterval MaintenanceWindow::occurrenceOn(const QDate &day) const
{
    const qint64 endMsecs = m_startTime.msecsSinceStartOfDay() + qint64(m_durationMinutes) * 60'000;
    const QDate endDate = day.addDays(endMsecs / msecsPerDay);
    const QTime endTime = QTime::fromMSecsSinceStartOfDay(int(endMsecs % msecsPerDay));
    return {toUtc(day, m_startTime), toUtc(endDate, endTime)};
}

QList<UtcInterval> MaintenanceWindow::occurrences(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    QList<UtcInterval> occurrences;
    if (!(fromUtc < toUtc) || !problems().isEmpty())
        return occurrences;
    // A day's margin on either side covers any offset between the zone's days and UTC's.
    const QDate from = fromUtc.toTimeZone(m_timeZone).date().addDays(-spanDays() - 1);
    const QDate to = toUtc.toTimeZone(m_timeZone).date().addDays(1);
    for (const QDate &day : m_recurrence.days(m_startDate, from, to)) {
        const UtcInterval occurrence = occurrenceOn(day);
        if (!occurrence.isEmpty() && occurrence.start < toUtc && fromUtc < occurrence.end)
            occurrences.append(occurrence);
    }
    return occurrences;
}

bool MaintenanceWindow::isActiveAt(const QDateTime &utc) const
{
    return !occurrences(utc, utc.addMSecs(1)).isEmpty();
}

std::optional<QDateTime> MaintenanceWindow::nextChangeAfter(const QDateTime &utc) const
{
    if (!problems().isEmpty())
        return std::nullopt;
    const QDateTime after = utc.toUTC();
    const std::optional<QDate> lastDay = m_recurrence.lastDay(m_startDate);
    const auto dayStart = [&](const QDate &day) {
        return toUtc(day, QTime(0, 0));
    };
    // Two periods of the rule hold at least one of its days; a rule that yields no interval in
    // that long (every day of it falls into a gap) yields none ever.
    const qint64 barrenDays = 2 * m_recurrence.longestPeriodDays() + spanDays() + 2;
    const QDateTime barrenAfter = dayStart(m_startDate.addDays(barrenDays));
    const std::optional<QDateTime> pastLast
        = lastDay ? std::optional(dayStart(lastDay->addDays(spanDays() + 2))) : std::nullopt;

    // Growing horizons keep the usual case (the next change within days) to a few occurrences,
    // and reach a window that begins years later in a few rounds.
    for (qint64 days = spanDays() + 2;; days *= 2) {
        const QDateTime horizon = after.addDays(days);
        const bool searchedEnough = days > barrenDays && horizon > barrenAfter;
        const QList<UtcInterval> active = normalizedIntervals(occurrences(after, horizon));
        if (active.isEmpty()) {
            if (searchedEnough || (pastLast && horizon > *pastLast))
                return std::nullopt;
            continue;
        }
        const UtcInterval &first = active.first();
        if (first.start > after)
            return first.start;
        if (first.end < horizon)
            return first.end;
        // Under way beyond the horizon: an endless rule whose occurrences touch stays active.
        if (!lastDay && searchedEnough)
            return std::nullopt;
    }
}

} // namespace Leitstand
