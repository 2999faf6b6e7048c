#include "timeaxis.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>

#include <array>
#include <cmath>

namespace Leitstand {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

enum class StepUnit : quint8 {
    Milliseconds, // a divisor of a day, counted from local midnight
    Days,
    Months,
};

struct Step
{
    StepUnit unit;
    qint64 count;
    qint64 approximateMs;
};

constexpr std::array steps {
    Step {StepUnit::Milliseconds, minuteMs, minuteMs},
    Step {StepUnit::Milliseconds, 2 * minuteMs, 2 * minuteMs},
    Step {StepUnit::Milliseconds, 5 * minuteMs, 5 * minuteMs},
    Step {StepUnit::Milliseconds, 10 * minuteMs, 10 * minuteMs},
    Step {StepUnit::Milliseconds, 15 * minuteMs, 15 * minuteMs},
    Step {StepUnit::Milliseconds, 30 * minuteMs, 30 * minuteMs},
    Step {StepUnit::Milliseconds, hourMs, hourMs},
    Step {StepUnit::Milliseconds, 2 * hourMs, 2 * hourMs},
    Step {StepUnit::Milliseconds, 3 * hourMs, 3 * hourMs},
    Step {StepUnit::Milliseconds, 6 * hourMs, 6 * hourMs},
    Step {StepUnit::Milliseconds, 12 * hourMs, 12 * hourMs},
    Step {StepUnit::Days, 1, dayMs},
    Step {StepUnit::Days, 2, 2 * dayMs},
    Step {StepUnit::Days, 7, 7 * dayMs},
    Step {StepUnit::Days, 14, 14 * dayMs},
    Step {StepUnit::Months, 1, 31 * dayMs},
    Step {StepUnit::Months, 2, 61 * dayMs},
    Step {StepUnit::Months, 3, 92 * dayMs},
    Step {StepUnit::Months, 6, 183 * dayMs},
};

QString timeLabel(const QDateTime &local)
{
    return QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString dateLabel(const QDateTime &local)
{
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

bool onStep(const QDate &date, const Step &step)
{
    if (step.unit == StepUnit::Months)
        return date.day() == 1 && (date.month() - 1) % step.count == 0;
    // Julian day 0 was a Monday: weeks start on Mondays, and every other one for two weeks.
    const qint64 day = date.toJulianDay();
    if (step.count % 7 == 0)
        return day % 7 == 0 && (day / 7) % (step.count / 7) == 0;
    return day % step.count == 0;
}

void append(QList<TimeTick> &ticks, const QDateTime &local, qint64 fromMs, qint64 toMs, bool dateOnly)
{
    const qint64 ms = local.toMSecsSinceEpoch();
    if (ms < fromMs || ms > toMs || (!ticks.isEmpty() && ticks.constLast().ms >= ms))
        return;
    // Within a day the local midnights carry the date, so that a day's change is not missed.
    const bool midnight = local.time() == QTime(0, 0);
    ticks.append(TimeTick {.ms = ms, .label = dateOnly || midnight ? dateLabel(local) : timeLabel(local)});
}

} // namespace

namespace TimeAxis {

QList<TimeTick> ticks(qint64 fromMs, qint64 toMs, double width, const QFontMetricsF &metrics)
{
    QList<TimeTick> result;
    if (toMs <= fromMs || width <= 0)
        return result;
    const QDateTime sample(QDate(2000, 12, 28), QTime(23, 58));
    const double labelWidth
        = std::max(metrics.horizontalAdvance(timeLabel(sample)), metrics.horizontalAdvance(dateLabel(sample)))
        + 2 * metrics.averageCharWidth();
    const double maxTicks = std::max(1.0, std::floor(width / labelWidth));
    const auto fits = [&](const Step &step) {
        return double(toMs - fromMs) / double(step.approximateMs) <= maxTicks;
    };
    const Step *chosen = &steps.back();
    for (const Step &step : steps) {
        if (fits(step)) {
            chosen = &step;
            break;
        }
    }

    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs).toLocalTime();
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs).toLocalTime();
    for (QDate day = from.date(); day <= to.date(); day = day.addDays(1)) {
        if (chosen->unit != StepUnit::Milliseconds) {
            if (onStep(day, *chosen))
                append(result, QDateTime(day, QTime(0, 0)), fromMs, toMs, true);
            continue;
        }
        // Counted from each local midnight, so that ticks stay on round hours across a change of
        // daylight saving time.
        const qint64 first = day == from.date() ? from.time().msecsSinceStartOfDay() / chosen->count : 0;
        for (qint64 k = first; k * chosen->count < dayMs; ++k) {
            const QDateTime local(day, QTime::fromMSecsSinceStartOfDay(int(k * chosen->count)));
            if (local.toMSecsSinceEpoch() > toMs)
                break;
            append(result, local, fromMs, toMs, false);
        }
    }
    return result;
}

} // namespace TimeAxis

namespace ValueAxis {

double step(double maximum, int intervals)
{
    if (!(maximum > 0) || intervals <= 0)
        return 1;
    const double raw = maximum / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        // 2.5 only where it gives whole numbers.
        if (factor == 2.5 && magnitude < 10)
            continue;
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace ValueAxis

} // namespace Leitstand
