#pragma once

#include <QDateTime>
#include <QtTypes>

namespace Leitstand {

enum class ChartRangePreset : quint8 {
    LastHour,
    LastDay,
    LastWeek,
    Last30Days,
    Last90Days,
    Custom,
};

// The time span a chart shows, [from, to) in UTC milliseconds. Presets end at "now"; zooming and
// panning turn a range into a custom one. Every range a helper returns is clamped: it never reaches
// beyond now and is never shorter than minimumSpanMs nor longer than maximumSpanMs.
class ChartRange final
{
public:
    static constexpr qint64 minimumSpanMs = 60'000;
    // A little over a year: the hour rollups go back further, but a longer chart has no pixel
    // column shorter than a day and nothing left to see.
    static constexpr qint64 maximumSpanMs = qint64(400) * 86'400'000;

    ChartRange() = default;

    static qint64 presetSpanMs(ChartRangePreset preset); // 0 for Custom
    // [now - span, now). Custom gives the last hour.
    static ChartRange preset(ChartRangePreset preset, const QDateTime &now);
    // [from, to), clamped; from and to may come in either order.
    static ChartRange custom(const QDateTime &from, const QDateTime &to, const QDateTime &now);

    bool isValid() const { return m_toMs > m_fromMs; }
    ChartRangePreset presetKind() const { return m_preset; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    qint64 spanMs() const { return m_toMs - m_fromMs; }
    QDateTime from() const;
    QDateTime to() const;

    // The same preset ending at the new now; a custom range stays as it is.
    ChartRange refreshed(const QDateTime &now) const;
    // factor < 1 zooms in, > 1 out. The anchor (clamped into the range) keeps its relative position,
    // so the time under the mouse stays under the mouse.
    ChartRange zoomed(double factor, const QDateTime &anchor, const QDateTime &now) const;
    // Moves the range by deltaMs (negative: into the past), keeping its span.
    ChartRange panned(qint64 deltaMs, const QDateTime &now) const;

    friend bool operator==(const ChartRange &, const ChartRange &) = default;

private:
    ChartRange(ChartRangePreset preset, qint64 fromMs, qint64 toMs);
    static ChartRange clamped(qint64 fromMs, qint64 toMs, qint64 nowMs);

    ChartRangePreset m_preset = ChartRangePreset::Custom;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace Leitstand
