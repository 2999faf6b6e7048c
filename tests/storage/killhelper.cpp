// Appends samples through a SampleWriter until it is killed, and reports on stdout, every 100 ms,
// "appended A written W": A samples handed to the writer, W of them committed.
// Usage: storage_kill_helper DATABASE
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/samplewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Leitstand;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fputs("usage: storage_kill_helper DATABASE\n", stderr);
        return 2;
    }
    Database database(app.arguments().at(1));
    if (const auto opened = database.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    constexpr int endpoints = 10;
    QList<qint64> ids;
    EndpointRepository repository(database);
    for (int i = 0; i < endpoints; ++i) {
        Endpoint endpoint;
        endpoint.service = u"kill"_s;
        endpoint.name = u"e%1"_s.arg(i);
        endpoint.target = u"https://example.org/"_s;
        endpoint.intervalMs = 1000;
        const auto id = repository.add(endpoint);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
            return 1;
        }
        ids.append(*id);
    }

    SampleWriter writer(database); // the default options: flush every second
    constexpr qint64 start = 1714521600;
    QElapsedTimer sinceReport;
    sinceReport.start();
    for (qint64 i = 0;; ++i) {
        writer.append(Sample {.endpointId = ids.at(i % endpoints),
            .timeMs = (start + i / endpoints) * 1000,
            .latencyMs = int(i % 500),
            .state = i % 13 == 0 ? EndpointState::Down : EndpointState::Up,
            .error = CheckError::Ok,
            .detail = {}});
        if (i % 2 == 1)
            QThread::msleep(1); // about 1000 samples a second
        if (sinceReport.elapsed() >= 100) {
            const SampleWriterStatistics statistics = writer.statistics();
            std::printf("appended %lld written %lld\n", statistics.samplesAppended, statistics.samplesWritten);
            std::fflush(stdout);
            sinceReport.restart();
        }
    }
}
