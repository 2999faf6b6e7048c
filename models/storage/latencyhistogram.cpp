#include "storage/latencyhistogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace Leitstand {

int LatencyHistogram::bucketOf(int latencyMs)
{
    const auto value = quint32(std::clamp(latencyMs, 0, maximumLatencyMs));
    if (value < 16)
        return int(value);
    const int exponent = std::bit_width(value) - 1; // 4 ... 23
    const int sub = int((value >> (exponent - 3)) & 7);
    return 16 + (exponent - 4) * 8 + sub;
}

int LatencyHistogram::lowerBound(int bucket)
{
    if (bucket < 16)
        return bucket;
    const int exponent = (bucket - 16) / 8 + 4;
    const int sub = (bucket - 16) % 8;
    return (8 + sub) << (exponent - 3);
}

int LatencyHistogram::upperBound(int bucket)
{
    if (bucket < 16)
        return bucket + 1;
    const int exponent = (bucket - 16) / 8 + 4;
    const int sub = (bucket - 16) % 8;
    return (9 + sub) << (exponent - 3);
}

int LatencyHistogram::representative(int bucket)
{
    return (lowerBound(bucket) + upperBound(bucket) - 1) / 2;
}

void LatencyHistogram::add(int latencyMs, quint32 count)
{
    m_counts[bucketOf(latencyMs)] += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (int i = 0; i < bucketCount; ++i)
        m_counts[i] += other.m_counts[i];
    m_total += other.m_total;
}

int LatencyHistogram::percentile(double q) const
{
    if (m_total == 0)
        return 0;
    const auto rank = std::max<quint64>(1, quint64(std::ceil(std::clamp(q, 0.0, 1.0) * double(m_total))));
    quint64 seen = 0;
    for (int i = 0; i < bucketCount; ++i) {
        seen += m_counts[i];
        if (seen >= rank)
            return representative(i);
    }
    return representative(bucketCount - 1);
}

QByteArray LatencyHistogram::toBlob() const
{
    std::array<char, maximumBlobSize> blob;
    const qsizetype size = writeBlob(blob);
    // Null rather than empty, so that it is stored as NULL.
    return size == 0 ? QByteArray() : QByteArray(blob.data(), size);
}

qsizetype LatencyHistogram::writeBlob(std::span<char, maximumBlobSize> blob) const
{
    qsizetype size = 0;
    for (int i = 0; i < bucketCount; ++i) {
        quint32 count = m_counts[i];
        if (count == 0)
            continue;
        blob[size++] = char(i);
        while (count >= 0x80) {
            blob[size++] = char((count & 0x7f) | 0x80);
            count >>= 7;
        }
        blob[size++] = char(count);
    }
    return size;
}

LatencyHistogram LatencyHistogram::fromBlob(const QByteArray &blob)
{
    LatencyHistogram histogram;
    qsizetype i = 0;
    while (i < blob.size()) {
        const int bucket = quint8(blob[i++]);
        quint32 count = 0;
        int shift = 0;
        while (i < blob.size() && shift < 32) {
            const auto byte = quint8(blob[i++]);
            count |= quint32(byte & 0x7f) << shift;
            shift += 7;
            if ((byte & 0x80) == 0)
                break;
        }
        if (bucket < bucketCount)
            histogram.add(lowerBound(bucket), count);
    }
    return histogram;
}

} // namespace Leitstand
