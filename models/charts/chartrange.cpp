#include "charts/chartrange.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Leitstand {

ChartRange::ChartRange(ChartRangePreset preset, qint64 fromMs, qint64 toMs)
    : m_preset(preset)
    , m_fromMs(fromMs)
    , m_toMs(toMs)
{
}

qint64 ChartRange::presetSpanMs(ChartRangePreset preset)
{
    constexpr qint64 hour = 3'600'000;
    constexpr qint64 day = 24 * hour;
    switch (preset) {
    case ChartRangePreset::LastHour:
        return hour;
    case ChartRangePreset::LastDay:
        return day;
    case ChartRangePreset::LastWeek:
        return 7 * day;
    case ChartRangePreset::Last30Days:
        return 30 * day;
    case ChartRangePreset::Last90Days:
        return 90 * day;
    case ChartRangePreset::Custom:
        break;
    }
    return 0;
}

ChartRange ChartRange::preset(ChartRangePreset preset, const QDateTime &now)
{
    if (preset == ChartRangePreset::Custom)
        preset = ChartRangePreset::LastHour;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    return {preset, nowMs - presetSpanMs(preset), nowMs};
}

ChartRange ChartRange::custom(const QDateTime &from, const QDateTime &to, const QDateTime &now)
{
    const qint64 a = from.toMSecsSinceEpoch();
    const qint64 b = to.toMSecsSinceEpoch();
    return clamped(std::min(a, b), std::max(a, b), now.toMSecsSinceEpoch());
}

QDateTime ChartRange::from() const
{
    return QDateTime::fromMSecsSinceEpoch(m_fromMs, QTimeZone::UTC);
}

QDateTime ChartRange::to() const
{
    return QDateTime::fromMSecsSinceEpoch(m_toMs, QTimeZone::UTC);
}

ChartRange ChartRange::refreshed(const QDateTime &now) const
{
    return m_preset == ChartRangePreset::Custom ? *this : preset(m_preset, now);
}

ChartRange ChartRange::zoomed(double factor, const QDateTime &anchor, const QDateTime &now) const
{
    if (!isValid() || !std::isfinite(factor) || factor <= 0)
        return *this;
    const qint64 anchorMs = std::clamp(anchor.toMSecsSinceEpoch(), m_fromMs, m_toMs);
    const double span = std::clamp(double(spanMs()) * factor, double(minimumSpanMs), double(maximumSpanMs));
    const double before = double(anchorMs - m_fromMs) / double(spanMs());
    const qint64 fromMs = anchorMs - std::llround(span * before);
    return clamped(fromMs, fromMs + std::llround(span), now.toMSecsSinceEpoch());
}

ChartRange ChartRange::panned(qint64 deltaMs, const QDateTime &now) const
{
    if (!isValid())
        return *this;
    return clamped(m_fromMs + deltaMs, m_toMs + deltaMs, now.toMSecsSinceEpoch());
}

ChartRange ChartRange::clamped(qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    // Too long: keep the end, the newest data is what people look at. Too short: keep the start.
    if (toMs - fromMs > maximumSpanMs)
        fromMs = toMs - maximumSpanMs;
    if (toMs - fromMs < minimumSpanMs)
        toMs = fromMs + minimumSpanMs;
    // Nothing is measured in the future: slide back instead of showing empty space.
    if (toMs > nowMs) {
        fromMs -= toMs - nowMs;
        toMs = nowMs;
    }
    return {ChartRangePreset::Custom, fromMs, toMs};
}

} // namespace Leitstand
