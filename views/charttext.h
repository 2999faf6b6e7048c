#pragma once

#include "charts/availabilitybuckets.h"
#include "charts/decimator.h"

#include <QCoreApplication>
#include <QString>

namespace Leitstand {

// What the charts say in words: tooltips, durations and summaries for screen readers, translated
// and in the user's locale, with times in local time.
class ChartText final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::ChartText)

public:
    // The local date and time to the second, in the locale's short format.
    static QString exactTime(qint64 utcMs);
    // "from – to"; the end without its date when both are on the same local day. Spans of whole
    // local days show only the dates.
    static QString span(qint64 fromMs, qint64 toMs, bool withSeconds);
    // "3 h 20 min", "2 d", "45 s": the largest unit and the next one, unless that is zero; for
    // stretches of minutes and more the seconds are noise.
    static QString duration(qint64 seconds);
    static QString percent(int value);

    static QString latencyToolTip(const LatencyColumn &column);
    static QString latencySummary(const LatencyBand &band);
    static QString availabilityToolTip(const AvailabilityBar &bar);
    static QString availabilitySummary(const AvailabilityBars &bars);
};

} // namespace Leitstand
