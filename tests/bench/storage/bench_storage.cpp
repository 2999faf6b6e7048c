// Inserts samples of 1,000 endpoints through the SampleWriter, in batches, and prints
//   sqlite_samples_per_s: N   samples stored per second, rollups and latest state included
//   bytes_per_sample: N       bytes of the samples table (its primary key is the table) per sample
// and, on stderr, the whole database file per sample, rollups included.
// Usage: bench_storage [SAMPLES] [ENDPOINTS]
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/samplewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

qint64 scalar(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next()) {
        std::fprintf(stderr, "%s failed\n", qPrintable(statement));
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qint64 sampleCount = arguments.size() > 1 ? arguments.at(1).toLongLong() : 2'000'000;
    const int endpointCount = arguments.size() > 2 ? arguments.at(2).toInt() : 1000;
    constexpr int intervalSeconds = 60;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    Database database(path);
    if (const auto opened = database.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    QList<Endpoint> endpoints;
    for (int i = 0; i < endpointCount; ++i) {
        Endpoint endpoint;
        endpoint.service = u"service-%1"_s.arg(i / 10);
        endpoint.name = u"endpoint-%1"_s.arg(i);
        endpoint.target = u"https://host-%1.example.org/health"_s.arg(i);
        endpoint.intervalMs = intervalSeconds * 1000;
        endpoints.append(endpoint);
    }
    EndpointRepository repository(database);
    if (const auto synced = repository.sync(endpoints); !synced) {
        std::fprintf(stderr, "%s\n", qPrintable(synced.error()));
        return 1;
    }
    const auto definitions = repository.all();
    if (!definitions) {
        std::fprintf(stderr, "%s\n", qPrintable(definitions.error()));
        return 1;
    }
    QList<qint64> ids;
    for (const Endpoint &endpoint : *definitions)
        ids.append(endpoint.id);

    constexpr qint64 start = 1714521600;
    QElapsedTimer timer;
    timer.start();
    {
        SampleWriterOptions options;
        options.retentionIntervalMs = 0;
        SampleWriter writer(database, options);
        QList<Sample> chunk;
        chunk.reserve(endpointCount);
        // As the checks would deliver them: one round over all endpoints per interval.
        for (qint64 i = 0; i < sampleCount; ++i) {
            const auto endpoint = i % endpointCount;
            const qint64 round = i / endpointCount;
            const Sample sample {.endpointId = ids.at(endpoint),
                .timeMs = (start + round * intervalSeconds) * 1000 + endpoint * 37,
                .latencyMs = int(20 + (i * 7919) % 800),
                .state = i % 97 == 0 ? EndpointState::Down : EndpointState::Up,
                .error = i % 97 == 0 ? CheckError::Timeout : CheckError::Ok,
                .detail = {}};
            chunk.append(sample);
            if (chunk.size() == endpointCount) {
                writer.append(chunk);
                chunk.clear();
            }
        }
        writer.append(chunk);
        writer.flush();
        const SampleWriterStatistics statistics = writer.statistics();
        if (statistics.samplesWritten != sampleCount) {
            std::fprintf(stderr, "only %lld of %lld samples written: %s\n", statistics.samplesWritten, sampleCount,
                qPrintable(statistics.lastError));
            return 1;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    scalar(database, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const qint64 stored = scalar(database, u"SELECT COUNT(*) FROM samples"_s);
    const qint64 sampleBytes = scalar(database, u"SELECT SUM(pgsize) FROM dbstat WHERE name = 'samples'"_s);
    const qint64 minuteBytes = scalar(database, u"SELECT SUM(pgsize) FROM dbstat WHERE name = 'rollup_minute'"_s);
    const qint64 hourBytes = scalar(database, u"SELECT SUM(pgsize) FROM dbstat WHERE name = 'rollup_hour'"_s);
    const qint64 fileBytes = QFileInfo(path).size();

    std::printf("sqlite_samples_per_s: %.0f\n", double(sampleCount) / seconds);
    std::printf("bytes_per_sample: %.1f\n", double(sampleBytes) / double(stored));
    std::fprintf(stderr,
        "%lld samples of %d endpoints in %.2f s; samples table %lld bytes, minute rollups %lld, hour rollups %lld, "
        "file %lld (%.1f bytes per sample)\n",
        stored, endpointCount, seconds, sampleBytes, minuteBytes, hourBytes, fileBytes,
        double(fileBytes) / double(stored));
    return 0;
}
