#include "config/units.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Far above anything an interval or a body cap needs, far below overflow.
constexpr qint64 maximumValue = qint64(1) << 50;

struct Unit
{
    QLatin1StringView name;
    qint64 factor;
};

// Largest first: combinations must be written in this order ("1m30s", not "30s1m").
constexpr std::array durationUnits {
    Unit {"h"_L1, 3'600'000},
    Unit {"m"_L1, 60'000},
    Unit {"s"_L1, 1'000},
    Unit {"ms"_L1, 1},
};

constexpr std::array sizeUnits {
    Unit {"GiB"_L1, qint64(1) << 30},
    Unit {"MiB"_L1, qint64(1) << 20},
    Unit {"KiB"_L1, qint64(1) << 10},
    Unit {"B"_L1, 1},
};

// Reads the digits at the start of text; nothing if there are none or the number is absurdly large.
std::optional<std::pair<qint64, qsizetype>> leadingNumber(QStringView text)
{
    qint64 value = 0;
    qsizetype length = 0;
    while (length < text.size() && text[length].isDigit() && text[length].unicode() < 128) {
        value = value * 10 + (text[length].unicode() - u'0');
        if (value > maximumValue)
            return std::nullopt;
        ++length;
    }
    if (length == 0)
        return std::nullopt;
    return std::pair {value, length};
}

std::optional<qint64> parsePlain(QStringView text)
{
    const auto number = leadingNumber(text);
    if (!number || number->second != text.size())
        return std::nullopt;
    return number->first;
}

QString format(qint64 value, const auto &units)
{
    for (const Unit &unit : units) {
        if (value % unit.factor == 0)
            return QString::number(value / unit.factor) + unit.name;
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace

std::optional<qint64> parseDuration(QStringView text)
{
    if (const auto seconds = parsePlain(text))
        return *seconds * 1000;
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    std::size_t nextUnit = 0;
    while (!text.isEmpty()) {
        const auto number = leadingNumber(text);
        if (!number)
            return std::nullopt;
        text = text.mid(number->second);
        qsizetype unitLength = 0;
        while (unitLength < text.size() && text[unitLength].isLetter())
            ++unitLength;
        const QStringView unitName = text.left(unitLength);
        text = text.mid(unitLength);
        std::size_t index = nextUnit;
        while (index < durationUnits.size() && unitName != durationUnits[index].name)
            ++index;
        if (index == durationUnits.size())
            return std::nullopt;
        total += number->first * durationUnits[index].factor;
        if (total > maximumValue)
            return std::nullopt;
        nextUnit = index + 1;
    }
    return total;
}

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds == 0)
        return u"0s"_s;
    return format(milliseconds, durationUnits);
}

std::optional<qint64> parseSize(QStringView text)
{
    if (const auto bytes = parsePlain(text))
        return bytes;
    const auto number = leadingNumber(text);
    if (!number)
        return std::nullopt;
    const QStringView unitName = text.mid(number->second);
    for (const Unit &unit : sizeUnits) {
        if (unitName.compare(unit.name, Qt::CaseInsensitive) == 0) {
            if (number->first > maximumValue / unit.factor)
                return std::nullopt;
            return number->first * unit.factor;
        }
    }
    return std::nullopt;
}

QString formatSize(qint64 bytes)
{
    if (bytes == 0)
        return u"0B"_s;
    return format(bytes, sizeUnits);
}

} // namespace Leitstand
