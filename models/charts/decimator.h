#pragma once

#include "storage/samplequery.h"

#include <QList>
#include <QSpan>

namespace Leitstand {

// The latency of the answered checks in one pixel column of a chart.
struct LatencyColumn
{
    qint64 startMs = 0; // the column's bounds, not those of its data
    qint64 endMs = 0;
    int minMs = 0;
    int maxMs = 0;
    // The mean of the answered checks, weighted by their number: the line through the band. Not the
    // median, because means of rollups combine exactly and medians do not combine at all.
    double meanMs = 0;
    int p95Ms = 0; // the highest p95 of the column's points: an upper bound, so spikes show
    qint64 count = 0; // answered checks
    // The line must not be drawn from the previous column to this one: there was an outage (a
    // point without answered checks) or a silence longer than the allowed gap in between.
    bool startsSegment = true;

    friend bool operator==(const LatencyColumn &, const LatencyColumn &) = default;
};

// A latency chart reduced to at most one column per pixel. Columns without answered checks are
// left out; the line breaks at every column with startsSegment.
struct LatencyBand
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int width = 0;
    QList<LatencyColumn> columns;
};

struct DecimationOptions
{
    qint64 fromMs = 0; // [fromMs, toMs), UTC
    qint64 toMs = 0;
    int width = 0; // pixel columns
    // The longest time between two answered points that the line still joins, e.g. the hold time
    // of a sample or a rollup bucket plus that; 0 joins any two.
    qint64 maxGapMs = 0;
    // 0 for raw samples; for rollups the bucket length, so that the bucket holding fromMs counts.
    qint64 bucketMs = 0;
};

// Min/max decimation: one pass over time-ordered points, one column per pixel, keeping each
// column's minimum and maximum so that a single spike among a million flat samples stays visible.
// Latency statistics cover answered checks only (upCount), as in the rollups.
namespace Decimator {

LatencyBand latencyBand(QSpan<const ChartPoint> points, const DecimationOptions &options);

// Which column of width columns over [fromMs, toMs) holds timeMs; the caller keeps timeMs inside.
constexpr int columnOf(qint64 timeMs, qint64 fromMs, qint64 toMs, int width)
{
    // (400 days in ms) × (a million columns) is far below 2^63: no overflow for any sensible range.
    return int((timeMs - fromMs) * width / (toMs - fromMs));
}

} // namespace Decimator

} // namespace Leitstand
