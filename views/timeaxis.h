#pragma once

#include <QList>
#include <QString>

class QFontMetricsF;

namespace Leitstand {

struct TimeTick
{
    qint64 ms = 0; // UTC
    QString label; // in the user's locale and local time
};

// Where a chart's time axis gets its ticks and labels: at round local times (whole minutes,
// hours, local midnights, Mondays, first days of a month), as many as fit without the labels
// touching. Ticks are aligned to the clock, not to the range, so they stay put while a chart pans.
namespace TimeAxis {

QList<TimeTick> ticks(qint64 fromMs, qint64 toMs, double width, const QFontMetricsF &metrics);

} // namespace TimeAxis

// Round numbers for a value axis: 1, 2 or 5 times a power of ten, or 2.5 times one from 10 on.
namespace ValueAxis {

// The step between at most `intervals` + 1 ticks from 0 that reach at least maximum.
double step(double maximum, int intervals);

} // namespace ValueAxis

} // namespace Leitstand
