#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Leitstand {

// Durations and sizes as people write them in the endpoint file.

// "500ms", "30s", "5m", "1h" or combinations from the largest unit down such as "1m30s"; a plain
// number is seconds. Returns milliseconds, or nothing if the text is not a duration.
std::optional<qint64> parseDuration(QStringView text);
// The largest unit that divides the value exactly: 90000 gives "90s", 1500 gives "1500ms".
QString formatDuration(qint64 milliseconds);

// "512KiB", "1MiB", "1GiB", "100B"; a plain number is bytes. Decimal units (kB, MB) are refused on
// purpose: whether they mean 1000 or 1024 is a guess the file should not make us take.
std::optional<qint64> parseSize(QStringView text);
QString formatSize(qint64 bytes);

} // namespace Leitstand
