#include "charttext.h"

#include "itemmodels/endpointtext.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// The locale's short date and time format with seconds added after the minutes, with the
// locale's own separator: Qt's formats with seconds are the long ones, which add the time zone.
QString withSeconds(QString format)
{
    if (format.contains(u's'))
        return format;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format.at(i) == u'\'') {
            quoted = !quoted;
            continue;
        }
        if (quoted || format.at(i) != u'm')
            continue;
        const QChar separator = i > 0 && !format.at(i - 1).isLetter() ? format.at(i - 1) : u':';
        qsizetype end = i;
        while (end < format.size() && format.at(end) == u'm')
            ++end;
        format.insert(end, QString(separator) + u"ss"_s);
        break;
    }
    return format;
}

QString dateTimeText(const QDateTime &local, bool seconds)
{
    const QLocale locale;
    const QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    return locale.toString(local, seconds ? withSeconds(format) : format);
}

QString timeText(const QTime &time, bool seconds)
{
    const QLocale locale;
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    return locale.toString(time, seconds ? withSeconds(format) : format);
}

QDateTime local(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The order in which tooltips and summaries list the states.
constexpr std::array<EndpointState, 5> listedStates {EndpointState::Up, EndpointState::Degraded, EndpointState::Down,
    EndpointState::Maintenance, EndpointState::Unknown};

} // namespace

QString ChartText::exactTime(qint64 utcMs)
{
    return dateTimeText(local(utcMs), true);
}

QString ChartText::span(qint64 fromMs, qint64 toMs, bool withSeconds)
{
    const QDateTime from = local(fromMs);
    const QDateTime to = local(toMs);
    const QLocale locale;
    if (from.time() == QTime(0, 0) && to.time() == QTime(0, 0) && from.date() < to.date()) {
        const QDate last = to.date().addDays(-1);
        if (last == from.date())
            return locale.toString(from.date(), QLocale::ShortFormat);
        return tr("%1 – %2", "time span")
            .arg(locale.toString(from.date(), QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
    }
    const QString end = from.date() == to.date() ? timeText(to.time(), withSeconds) : dateTimeText(to, withSeconds);
    return tr("%1 – %2", "time span").arg(dateTimeText(from, withSeconds), end);
}

QString ChartText::duration(qint64 seconds)
{
    const qint64 days = seconds / 86'400;
    const qint64 hours = seconds % 86'400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 rest = seconds % 60;
    if (days > 0) {
        return hours > 0 ? tr("%1 d %2 h", "duration").arg(number(days), number(hours))
                         : tr("%1 d", "duration").arg(number(days));
    }
    if (hours > 0) {
        return minutes > 0 ? tr("%1 h %2 min", "duration").arg(number(hours), number(minutes))
                           : tr("%1 h", "duration").arg(number(hours));
    }
    if (minutes > 0) {
        return rest > 0 ? tr("%1 min %2 s", "duration").arg(number(minutes), number(rest))
                        : tr("%1 min", "duration").arg(number(minutes));
    }
    return tr("%1 s", "duration").arg(number(rest));
}

QString ChartText::percent(int value)
{
    return tr("%1 %", "axis label in percent").arg(QLocale().toString(value));
}

QString ChartText::latencyToolTip(const LatencyColumn &column)
{
    const QStringList lines {
        span(column.startMs, column.endMs, true),
        tr("Mean: %1").arg(EndpointText::latency(int(std::lround(column.meanMs)))),
        tr("Minimum: %1").arg(EndpointText::latency(column.minMs)),
        tr("Maximum: %1").arg(EndpointText::latency(column.maxMs)),
        tr("95th percentile: %1").arg(EndpointText::latency(column.p95Ms)),
        tr("%n answered check(s)", nullptr, int(std::min<qint64>(column.count, std::numeric_limits<int>::max()))),
    };
    return lines.join(u'\n');
}

QString ChartText::latencySummary(const LatencyBand &band)
{
    if (band.columns.isEmpty())
        return tr("No answered checks in this range.");
    qint64 count = 0;
    double sum = 0;
    int highest = 0;
    for (const LatencyColumn &column : band.columns) {
        count += column.count;
        sum += column.meanMs * double(column.count);
        highest = std::max(highest, column.maxMs);
    }
    const int mean = int(std::lround(sum / double(std::max<qint64>(1, count))));
    return tr("Mean response time %1, highest %2.").arg(EndpointText::latency(mean), EndpointText::latency(highest));
}

QString ChartText::availabilityToolTip(const AvailabilityBar &bar)
{
    QStringList lines {span(bar.startMs, bar.endMs, false)};
    const std::optional<double> availability = bar.availability();
    lines.append(availability ? tr("Availability: %1").arg(EndpointText::uptime(*availability))
                              : tr("Availability: nothing measured"));
    for (const EndpointState state : listedStates) {
        if (const qint64 seconds = bar.seconds.inState(state); seconds > 0)
            lines.append(tr("%1: %2", "state: duration").arg(endpointStateDisplayName(state), duration(seconds)));
    }
    return lines.join(u'\n');
}

QString ChartText::availabilitySummary(const AvailabilityBars &bars)
{
    AvailabilityBar total;
    for (const AvailabilityBar &bar : bars.bars)
        total.seconds += bar.seconds;
    const std::optional<double> availability = total.availability();
    QStringList parts {availability ? tr("Availability: %1").arg(EndpointText::uptime(*availability))
                                    : tr("Availability: nothing measured")};
    for (const EndpointState state : {EndpointState::Down, EndpointState::Degraded, EndpointState::Maintenance}) {
        if (const qint64 seconds = total.seconds.inState(state); seconds > 0)
            parts.append(tr("%1: %2", "state: duration").arg(endpointStateDisplayName(state), duration(seconds)));
    }
    return parts.join(u"; "_s);
}

} // namespace Leitstand
