#include "catalog/maintenancewindowformat.h"

#include <QRegularExpression>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

using Frequency = RecurrenceRule::Frequency;
using Week = RecurrenceRule::WeekOfMonth;

constexpr std::array allKeys {"title"_L1, "start"_L1, "duration"_L1, "timezone"_L1, "repeat"_L1, "every"_L1, "on"_L1,
    "day"_L1, "weekday"_L1, "week"_L1, "until"_L1, "count"_L1};
constexpr std::array weekdayCodes {"Mo"_L1, "Tu"_L1, "We"_L1, "Th"_L1, "Fr"_L1, "Sa"_L1, "Su"_L1};
constexpr std::array frequencyNames {"none"_L1, "daily"_L1, "weekly"_L1, "monthly"_L1};
constexpr std::array<std::pair<QLatin1StringView, Week>, 5> weekNames {{{"first"_L1, Week::First},
    {"second"_L1, Week::Second}, {"third"_L1, Week::Third}, {"fourth"_L1, Week::Fourth}, {"last"_L1, Week::Last}}};
constexpr auto timeFormat = "HH:mm"_L1;
constexpr auto dateFormat = "yyyy-MM-dd"_L1;

class FieldReader final
{
public:
    explicit FieldReader(const QVariantMap &fields)
        : m_fields(fields)
    {
    }

    QStringList problems;

    bool has(QLatin1StringView key) const { return m_fields.contains(key); }

    std::optional<QString> scalar(QLatin1StringView key)
    {
        if (!has(key))
            return std::nullopt;
        const QVariant value = m_fields.value(key);
        if (isList(value) || value.typeId() == QMetaType::QVariantMap) {
            report(key, MaintenanceWindowFormat::tr("expected a single value"));
            return std::nullopt;
        }
        return value.toString().trimmed();
    }

    std::optional<QStringList> list(QLatin1StringView key)
    {
        if (!has(key))
            return std::nullopt;
        const QVariant value = m_fields.value(key);
        if (value.typeId() == QMetaType::QVariantMap) {
            report(key, MaintenanceWindowFormat::tr("expected a list"));
            return std::nullopt;
        }
        if (!isList(value))
            return QStringList {value.toString().trimmed()};
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(item.toString().trimmed());
        return items;
    }

    std::optional<int> number(QLatin1StringView key, const QString &example)
    {
        const auto text = scalar(key);
        if (!text)
            return std::nullopt;
        static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
        if (!digits.match(*text).hasMatch()) {
            report(
                key, MaintenanceWindowFormat::tr("expected a whole number such as %1, not '%2'").arg(example, *text));
            return std::nullopt;
        }
        return text->toInt();
    }

    std::optional<Qt::DayOfWeek> weekday(QLatin1StringView key, const QString &text)
    {
        for (qsizetype i = 0; i < qsizetype(weekdayCodes.size()); ++i) {
            if (text.compare(weekdayCodes[i], Qt::CaseInsensitive) == 0)
                return Qt::DayOfWeek(i + 1);
        }
        report(
            key, MaintenanceWindowFormat::tr("unknown weekday '%1'; expected Mo, Tu, We, Th, Fr, Sa or Su").arg(text));
        return std::nullopt;
    }

    void report(QLatin1StringView key, const QString &message) { problems.append(key + ": "_L1 + message); }

private:
    static bool isList(const QVariant &value)
    {
        return value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList;
    }

    const QVariantMap &m_fields;
};

void readRecurrence(FieldReader &reader, RecurrenceRule &rule)
{
    if (const auto repeat = reader.scalar("repeat"_L1)) {
        const auto it = std::ranges::find_if(
            frequencyNames, [&](QLatin1StringView name) { return repeat->compare(name, Qt::CaseInsensitive) == 0; });
        if (it == frequencyNames.end())
            reader.report("repeat"_L1,
                MaintenanceWindowFormat::tr("expected none, daily, weekly or monthly, not '%1'").arg(*repeat));
        else
            rule.setFrequency(Frequency(it - frequencyNames.begin()));
    }
    if (const auto every = reader.number("every"_L1, u"2"_s))
        rule.setEvery(*every);
    if (const auto on = reader.list("on"_L1)) {
        QList<Qt::DayOfWeek> days;
        for (const QString &code : *on) {
            const auto day = reader.weekday("on"_L1, code);
            if (day && days.contains(*day))
                reader.report("on"_L1, MaintenanceWindowFormat::tr("%1 is listed twice").arg(code));
            else if (day)
                days.append(*day);
        }
        rule.setWeekdays(days);
        if (on->isEmpty())
            reader.report("on"_L1, MaintenanceWindowFormat::tr("a weekly window needs at least one weekday"));
    }
    if (const auto day = reader.number("day"_L1, u"15"_s))
        rule.setMonthDay(*day);

    std::optional<Qt::DayOfWeek> weekday;
    if (const auto code = reader.scalar("weekday"_L1))
        weekday = reader.weekday("weekday"_L1, *code);
    Week week = Week::None;
    if (const auto name = reader.scalar("week"_L1)) {
        const auto it = std::ranges::find_if(
            weekNames, [&](const auto &entry) { return name->compare(entry.first, Qt::CaseInsensitive) == 0; });
        if (it == weekNames.end())
            reader.report("week"_L1,
                MaintenanceWindowFormat::tr("expected first, second, third, fourth or last, not '%1'").arg(*name));
        else
            week = it->second;
    }
    if (weekday || week != Week::None)
        rule.setMonthWeekday(week, weekday.value_or(Qt::DayOfWeek(0)));

    if (const auto until = reader.scalar("until"_L1)) {
        const QDate date = QDate::fromString(*until, dateFormat);
        if (!date.isValid())
            reader.report(
                "until"_L1, MaintenanceWindowFormat::tr("expected a date such as 2027-06-30, not '%1'").arg(*until));
        rule.setUntil(date);
    }
    if (const auto count = reader.number("count"_L1, u"10"_s)) {
        // 0 would silently mean "no limit".
        if (*count == 0)
            reader.report("count"_L1, MaintenanceWindowFormat::tr("must be at least 1"));
        rule.setCount(*count);
    }
}

} // namespace

std::span<const QLatin1StringView> MaintenanceWindowFormat::keys()
{
    return allKeys;
}

std::expected<MaintenanceWindow, QStringList> MaintenanceWindowFormat::fromFields(const QVariantMap &fields)
{
    FieldReader reader(fields);
    for (auto it = fields.keyBegin(); it != fields.keyEnd(); ++it) {
        if (!std::ranges::contains(allKeys, *it))
            reader.problems.append(*it + u": "_s + tr("unknown key"));
    }

    for (QLatin1StringView key : {"title"_L1, "start"_L1, "duration"_L1}) {
        if (!reader.has(key))
            reader.report(key, tr("missing"));
    }

    MaintenanceWindow window;
    if (const auto title = reader.scalar("title"_L1))
        window.setTitle(*title);
    if (const auto start = reader.scalar("start"_L1)) {
        // Date and time apart: as a QDateTime in the system's zone a time in its gap would move.
        const QDate date = QDate::fromString(start->section(u'T', 0, 0), dateFormat);
        const QTime time = QTime::fromString(start->section(u'T', 1), timeFormat);
        if (date.isValid() && time.isValid() && start->count(u'T') == 1)
            window.setStart(date, time);
        else
            reader.report(
                "start"_L1, tr("expected a local date and time such as 2026-12-01T22:00, not '%1'").arg(*start));
    }
    if (const auto duration = reader.number("duration"_L1, u"120"_s))
        window.setDurationMinutes(*duration);
    if (const auto zone = reader.scalar("timezone"_L1)) {
        window.setTimeZone(QTimeZone(zone->toUtf8()));
        if (!window.timeZone().isValid())
            reader.report(
                "timezone"_L1, tr("unknown time zone '%1'; expected an IANA name such as Europe/Berlin").arg(*zone));
    }
    RecurrenceRule rule;
    readRecurrence(reader, rule);
    window.setRecurrence(rule);

    // The window's own checks name what is missing or inconsistent; a field already reported as
    // unreadable is not reported again.
    QStringList problems = reader.problems;
    for (const QString &problem : window.problems()) {
        const QString field = problem.section(u':', 0, 0) + u':';
        if (!std::ranges::any_of(reader.problems, [&](const QString &p) { return p.startsWith(field); }))
            problems.append(problem);
    }
    if (!problems.isEmpty())
        return std::unexpected(problems);
    return window;
}

QVariantMap MaintenanceWindowFormat::toFields(const MaintenanceWindow &window)
{
    QVariantMap fields;
    fields.insert(u"title"_s, window.title());
    fields.insert(
        u"start"_s, QString(window.startDate().toString(dateFormat) + u'T' + window.startTime().toString(timeFormat)));
    fields.insert(u"duration"_s, QString::number(window.durationMinutes()));
    fields.insert(u"timezone"_s, QString::fromUtf8(window.timeZone().id()));

    const RecurrenceRule rule = window.recurrence();
    if (rule.frequency() != Frequency::Once)
        fields.insert(u"repeat"_s, QString(frequencyNames[qsizetype(rule.frequency())]));
    if (rule.every() != 1)
        fields.insert(u"every"_s, QString::number(rule.every()));
    if (const QList<Qt::DayOfWeek> days = rule.weekdays(); !days.isEmpty()) {
        QStringList codes;
        for (Qt::DayOfWeek day : days)
            codes.append(weekdayCodes[day - 1]);
        fields.insert(u"on"_s, codes);
    }
    if (rule.monthDay() != 0)
        fields.insert(u"day"_s, QString::number(rule.monthDay()));
    if (rule.monthWeekday() >= Qt::Monday && rule.monthWeekday() <= Qt::Sunday)
        fields.insert(u"weekday"_s, QString(weekdayCodes[rule.monthWeekday() - 1]));
    if (const auto it = std::ranges::find(weekNames, rule.weekOfMonth(), &std::pair<QLatin1StringView, Week>::second);
        it != weekNames.end())
        fields.insert(u"week"_s, QString(it->first));
    if (rule.until().isValid())
        fields.insert(u"until"_s, rule.until().toString(dateFormat));
    if (rule.count() != 0)
        fields.insert(u"count"_s, QString::number(rule.count()));
    return fields;
}

} // namespace Leitstand
