#pragma once

// The 90 days of ten-second samples of one endpoint (777,600) that the chart benchmarks load:
// mostly flat with noise, a spike now and then, and an outage every few days. Shared so that
// bench_chartdata (the data alone) and bench_console chart (the painted panel) measure one thing.

#include "monitoring/endpoint.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/samplestore.h"

#include <QDateTime>

#include <cstdio>

namespace Leitstand::Bench {

inline constexpr qint64 ninetyDaysIntervalSeconds = 10;
inline constexpr qint64 ninetyDaysSampleCount = 90 * 86400 / ninetyDaysIntervalSeconds;

// Adds the endpoint and its samples, ending at the current hour so that a 90 d range from now
// covers them all. Returns the endpoint's id, or 0 after printing why to stderr.
inline qint64 writeNinetyDays(const Database &database)
{
    Endpoint endpoint;
    endpoint.service = QStringLiteral("service");
    endpoint.name = QStringLiteral("endpoint");
    endpoint.target = QStringLiteral("https://host.example.org/health");
    endpoint.intervalMs = ninetyDaysIntervalSeconds * 1000;
    const auto id = EndpointRepository(database).add(endpoint);
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error()));
        return 0;
    }
    const qint64 end = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
    const qint64 start = end - ninetyDaysSampleCount * ninetyDaysIntervalSeconds;
    SampleStore store(database);
    QList<Sample> samples;
    qint64 written = 0;
    for (qint64 i = 0; i < ninetyDaysSampleCount; ++i) {
        const bool down = i % 25'000 < 30;
        samples.append(Sample {.endpointId = *id,
            .timeMs = (start + i * ninetyDaysIntervalSeconds) * 1000,
            .latencyMs = i % 9973 == 0 ? 4000 : int(40 + (i * 7919) % 60),
            .state = down ? EndpointState::Down : EndpointState::Up,
            .error = down ? CheckError::Timeout : CheckError::Ok,
            .detail = {}});
        if (samples.size() == 100'000 || i + 1 == ninetyDaysSampleCount) {
            const auto result = store.write(std::exchange(samples, {}));
            if (!result) {
                std::fprintf(stderr, "%s\n", qPrintable(result.error()));
                return 0;
            }
            written += result->written;
        }
    }
    if (written != ninetyDaysSampleCount) {
        std::fprintf(stderr, "only %lld of %lld samples written\n", written, ninetyDaysSampleCount);
        return 0;
    }
    return *id;
}

} // namespace Leitstand::Bench
