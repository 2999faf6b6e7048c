#include "catalog/weeklyhours.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr std::array dayCodes {"Mo"_L1, "Di"_L1, "Mi"_L1, "Do"_L1, "Fr"_L1, "Sa"_L1, "So"_L1};
constexpr auto always = "24/7"_L1;

using Days = std::array<bool, 7>;
using Error = std::unexpected<QString>;

QString formatTime(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString formatRanges(const QList<LocalTimeRange> &ranges)
{
    QStringList parts;
    for (const LocalTimeRange &range : ranges)
        parts.append(formatTime(range.startMinute) + u'-' + formatTime(range.endMinute));
    return parts.join(u',');
}

std::optional<int> dayIndex(QStringView code)
{
    for (std::size_t day = 0; day < dayCodes.size(); ++day) {
        if (code == dayCodes[day])
            return int(day);
    }
    return std::nullopt;
}

std::expected<Days, QString> parseDays(QStringView token)
{
    Days days {};
    for (QStringView item : token.split(u',')) {
        const QList<QStringView> ends = item.split(u'-');
        if (ends.size() > 2 || std::ranges::any_of(ends, &QStringView::isEmpty)) {
            return Error(
                QCoreApplication::translate("Leitstand::WeeklyHours", "%1: expected weekdays such as Mo-Fr or Sa,So")
                    .arg(token));
        }
        std::array<int, 2> indexes {};
        for (qsizetype i = 0; i < ends.size(); ++i) {
            const std::optional<int> index = dayIndex(ends[i]);
            if (!index) {
                return Error(QCoreApplication::translate(
                    "Leitstand::WeeklyHours", "%1: unknown weekday %2; expected one of Mo, Di, Mi, Do, Fr, Sa, So")
                        .arg(token, ends[i]));
            }
            indexes[std::size_t(i)] = *index;
        }
        const int first = indexes[0];
        const int last = ends.size() == 2 ? indexes[1] : first;
        if (last < first) {
            return Error(QCoreApplication::translate(
                "Leitstand::WeeklyHours", "%1: a range of weekdays must run forwards from Mo to So")
                    .arg(token));
        }
        for (int day = first; day <= last; ++day) {
            if (days[std::size_t(day)]) {
                return Error(QCoreApplication::translate("Leitstand::WeeklyHours", "%1: %2 is given more than once")
                        .arg(token, dayCodes[std::size_t(day)]));
            }
            days[std::size_t(day)] = true;
        }
    }
    return days;
}

std::expected<LocalTimeRange, QString> parseRange(QStringView token)
{
    static const QRegularExpression pattern(u"^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)$"_s);
    const QRegularExpressionMatch match = pattern.matchView(token);
    if (!match.hasMatch()) {
        return Error(
            QCoreApplication::translate("Leitstand::WeeklyHours", "%1: expected a time range such as 08:00-17:00")
                .arg(token));
    }
    std::array<int, 2> minutes {};
    for (std::size_t i = 0; i < 2; ++i) {
        const int hour = match.capturedView(int(2 * i + 1)).toInt();
        const int minute = match.capturedView(int(2 * i + 2)).toInt();
        if (hour > 24 || minute > 59 || (hour == 24 && minute != 0)) {
            return Error(QCoreApplication::translate("Leitstand::WeeklyHours", "%1: %2 is not a time of day")
                    .arg(token, token.sliced(6 * i, 5)));
        }
        minutes[i] = hour * 60 + minute;
    }
    const LocalTimeRange range {minutes[0], minutes[1]};
    if (range.startMinute == minutesPerDay) {
        return Error(
            QCoreApplication::translate("Leitstand::WeeklyHours", "%1: 24:00 can only end a range").arg(token));
    }
    if (range.endMinute == 0) {
        return Error(
            QCoreApplication::translate("Leitstand::WeeklyHours", "%1: write the end of the day as 24:00").arg(token));
    }
    if (range.startMinute == range.endMinute)
        return Error(QCoreApplication::translate("Leitstand::WeeklyHours", "%1: the range is empty").arg(token));
    return range;
}

// Ranges are sorted by start; a range that runs past midnight occupies its own day up to 24:00.
std::optional<QString> overlap(QStringView days, const QList<LocalTimeRange> &ranges)
{
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        const LocalTimeRange &earlier = ranges[i - 1];
        const int earlierEnd = earlier.crossesMidnight() ? minutesPerDay : earlier.endMinute;
        if (ranges[i].startMinute < earlierEnd) {
            return QCoreApplication::translate("Leitstand::WeeklyHours", "%1: %2 overlaps %3")
                .arg(days, formatRanges({ranges[i]}), formatRanges({earlier}));
        }
    }
    return std::nullopt;
}

QString formatDays(const Days &days)
{
    QStringList runs;
    for (std::size_t first = 0; first < days.size(); ++first) {
        if (!days[first])
            continue;
        std::size_t last = first;
        while (last + 1 < days.size() && days[last + 1])
            ++last;
        runs.append(last == first ? QString(dayCodes[first]) : u"%1-%2"_s.arg(dayCodes[first], dayCodes[last]));
        first = last;
    }
    return runs.join(u',');
}

} // namespace

WeeklyHours::WeeklyHours()
{
    m_days.fill({LocalTimeRange {0, minutesPerDay}});
}

std::expected<WeeklyHours, QString> WeeklyHours::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error(
            QCoreApplication::translate("Leitstand::WeeklyHours", "no service hours given; write 24/7 for always"));
    }
    if (trimmed == always)
        return WeeklyHours();

    WeeklyHours hours;
    hours.m_days.fill({});
    Days seen {};
    for (QStringView rule : trimmed.split(u';')) {
        rule = rule.trimmed();
        if (rule.isEmpty()) {
            return Error(
                QCoreApplication::translate("Leitstand::WeeklyHours", "a rule is empty; remove the extra semicolon"));
        }
        if (rule == always) {
            return Error(
                QCoreApplication::translate("Leitstand::WeeklyHours", "24/7 cannot be combined with other rules"));
        }
        const qsizetype space = rule.indexOf(u' ');
        const QStringView times = space < 0 ? QStringView() : rule.sliced(space + 1).trimmed();
        if (times.isEmpty()) {
            return Error(QCoreApplication::translate(
                "Leitstand::WeeklyHours", "%1: expected weekdays and times, such as Mo-Fr 08:00-17:00")
                    .arg(rule));
        }
        const QStringView dayToken = rule.first(space);
        const auto days = parseDays(dayToken);
        if (!days)
            return Error(days.error());

        QList<LocalTimeRange> ranges;
        for (QStringView token : times.split(u',')) {
            token = token.trimmed();
            const auto range = parseRange(token.isEmpty() ? times : token);
            if (!range)
                return Error(range.error());
            ranges.append(*range);
        }
        std::ranges::sort(ranges, {}, &LocalTimeRange::startMinute);
        if (const auto problem = overlap(dayToken, ranges))
            return Error(*problem);

        for (std::size_t day = 0; day < seen.size(); ++day) {
            if (!(*days)[day])
                continue;
            if (seen[day]) {
                return Error(QCoreApplication::translate("Leitstand::WeeklyHours", "%1: %2 is given more than once")
                        .arg(dayToken, dayCodes[day]));
            }
            seen[day] = true;
            hours.m_days[day] = ranges;
        }
    }
    return hours;
}

QString WeeklyHours::toString() const
{
    if (isAlways())
        return always;
    QStringList rules;
    Days written {};
    for (std::size_t day = 0; day < m_days.size(); ++day) {
        if (written[day] || m_days[day].isEmpty())
            continue;
        Days same {};
        for (std::size_t other = day; other < m_days.size(); ++other)
            same[other] = m_days[other] == m_days[day];
        for (std::size_t other = day; other < m_days.size(); ++other)
            written[other] = written[other] || same[other];
        rules.append(formatDays(same) + u' ' + formatRanges(m_days[day]));
    }
    return rules.join(u"; "_s);
}

bool WeeklyHours::isAlways() const
{
    return std::ranges::all_of(m_days, [](const QList<LocalTimeRange> &ranges) {
        return ranges == QList<LocalTimeRange> {LocalTimeRange {0, minutesPerDay}};
    });
}

const QList<LocalTimeRange> &WeeklyHours::ranges(Qt::DayOfWeek day) const
{
    return m_days.at(std::size_t(day) - 1);
}

} // namespace Leitstand
