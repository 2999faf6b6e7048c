#pragma once

#include <QByteArray>

#include <array>
#include <span>

namespace Leitstand {

// Latencies in log-linear buckets: exact below 16 ms, above that eight buckets per power of two
// (each at most 1/8 of its lower bound wide). Histograms of rollups add up bucket by bucket, so a
// percentile of an hour or a month is as precise as one of a minute.
//
// Precision: percentile() returns the middle of the bucket the exact value falls in, so it is off
// by at most 1/16 (6.25 %) of the exact value, and exact below 16 ms. The percentile is the
// nearest-rank one: the smallest latency that at least q of the samples do not exceed.
class LatencyHistogram final
{
public:
    static constexpr int maximumLatencyMs = (1 << 24) - 1; // about 4.6 hours; more is clamped
    static constexpr int bucketCount = 16 + (23 - 4) * 8 + 8;

    static int bucketOf(int latencyMs);
    static int lowerBound(int bucket);
    static int upperBound(int bucket); // exclusive
    static int representative(int bucket);

    void add(int latencyMs, quint32 count = 1);
    void merge(const LatencyHistogram &other);
    quint64 count() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }
    // q in (0, 1]; 0 for an empty histogram.
    int percentile(double q) const;

    // Compact: one byte of bucket number and a varint of its count for every bucket in use.
    QByteArray toBlob() const;
    // toBlob() into a buffer of the caller, for writers that bind thousands of rows a second.
    static constexpr qsizetype maximumBlobSize = qsizetype(bucketCount) * 6;
    qsizetype writeBlob(std::span<char, maximumBlobSize> blob) const;
    static LatencyHistogram fromBlob(const QByteArray &blob);

    friend bool operator==(const LatencyHistogram &, const LatencyHistogram &) = default;

private:
    std::array<quint32, bucketCount> m_counts {};
    quint64 m_total = 0;
};

} // namespace Leitstand
