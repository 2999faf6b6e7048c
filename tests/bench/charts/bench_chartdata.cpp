// Fills a database with 90 days of ten-second samples of one endpoint (777,600) and times what
// choosing the 90-day range costs before the chart can paint: request() until loaded() arrives on
// the GUI thread, 1600 pixel columns. Prints
//   chart_data_90d_ms_p50: N
//   chart_data_90d_ms_max: N
// and, on stderr, how long filling took and what one load returned.
// Usage: bench_chartdata [REPEATS]
#include "../ninetydays.h"
#include "charts/chartdataloader.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/samplestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Leitstand;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int repeats = arguments.size() > 1 ? std::max(1, arguments.at(1).toInt()) : 20;
    constexpr int width = 1600;

    QTemporaryDir dir;
    Database database(dir.filePath(u"bench.sqlite"_s));
    if (const auto opened = database.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 id = Bench::writeNinetyDays(database);
    if (id == 0)
        return 1;
    std::fprintf(
        stderr, "%lld samples written in %.1f s\n", Bench::ninetyDaysSampleCount, double(timer.elapsed()) / 1000);

    ChartDataLoader loader(database);
    QList<double> times;
    ChartData last;
    for (int i = 0; i < repeats; ++i) {
        QEventLoop loop;
        const auto done = [&](const ChartData &data) {
            last = data;
            loop.quit();
        };
        const auto loaded = QObject::connect(&loader, &ChartDataLoader::loaded, &loop, done);
        const auto failed = QObject::connect(&loader, &ChartDataLoader::failed, &loop, done);
        timer.restart();
        loader.request(id, ChartRange::preset(ChartRangePreset::Last90Days, QDateTime::currentDateTimeUtc()), width);
        loop.exec();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        QObject::disconnect(loaded);
        QObject::disconnect(failed);
        if (!last.error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(last.error));
            return 1;
        }
    }
    std::ranges::sort(times);
    std::printf("chart_data_90d_ms_p50: %.1f\n", times.at(times.size() / 2));
    std::printf("chart_data_90d_ms_max: %.1f\n", times.last());
    qint64 answered = 0;
    int maxLatency = 0;
    for (const LatencyColumn &column : last.latency.columns) {
        answered += column.count;
        maxLatency = std::max(maxLatency, column.maxMs);
    }
    std::fprintf(stderr, "%lld columns (%lld answered checks, highest %d ms), %lld daily bars\n",
        qint64(last.latency.columns.size()), answered, maxLatency, qint64(last.availability.bars.size()));
    return 0;
}
