#pragma once

#include "storage/samplequery.h"

#include <QList>
#include <QSpan>

#include <optional>

namespace Leitstand {

enum class AvailabilityPeriod : quint8 {
    Hour,
    Day, // a UTC day: hour rollups are whole UTC hours, so local days with a half-hour offset
         // could not be built from them
};

// One bar of an availability chart: the seconds of one hour or day spent in each state.
struct AvailabilityBar
{
    qint64 startMs = 0; // UTC, a whole hour or day
    qint64 endMs = 0;
    // unknown is the time no sample's state covers; the part of the current hour or day that lies
    // in the future is in none of them.
    StateSeconds seconds;

    // (up + degraded) / (up + degraded + down), as UptimeQuery computes it: maintenance and
    // unknown time count neither for nor against the service. std::nullopt when nothing was measured.
    std::optional<double> availability() const;

    friend bool operator==(const AvailabilityBar &, const AvailabilityBar &) = default;
};

struct AvailabilityBars
{
    AvailabilityPeriod period = AvailabilityPeriod::Hour;
    QList<AvailabilityBar> bars;
};

// Availability bars from rollups, which hold the seconds per state exactly (raw samples would need
// the hold-time arithmetic of UptimeQuery again). The still-open segment after the latest sample is
// not in the rollups yet, so the last at most two check intervals of the newest bar are unknown.
namespace AvailabilityBuckets {

// Hourly bars up to 48 hours (at most 49 bars), daily bars beyond (90 days: 91 bars).
AvailabilityPeriod periodFor(qint64 rangeMs);
constexpr qint64 periodMs(AvailabilityPeriod period)
{
    return period == AvailabilityPeriod::Hour ? qint64(3'600'000) : qint64(86'400'000);
}
// The whole periods that [fromMs, toMs) touches: the range of rollups to load for the bars.
qint64 alignedStartMs(qint64 fromMs, AvailabilityPeriod period);
qint64 alignedEndMs(qint64 toMs, AvailabilityPeriod period);

// One bar for every period that [fromMs, toMs) touches, in order, from minute or hour rollups (time
// ordered) that cover those whole periods. Rollups outside them are ignored; raw samples give bars
// that are all unknown. Time after nowMs is the future, not unknown.
AvailabilityBars bars(const ChartSeries &rollups, qint64 fromMs, qint64 toMs, AvailabilityPeriod period, qint64 nowMs);

} // namespace AvailabilityBuckets

} // namespace Leitstand
