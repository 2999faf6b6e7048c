// The console under load, on the offscreen platform. One part per run, so that each gets a fresh
// process and its own peak RSS:
//
//   bench_console stall [SECONDS]   10,000 endpoints in the main window, 1,000 results a second
//                                   arriving from another thread as the engine sends them (ten
//                                   of them change a state), the overview sorted by state.
//                                   Prints the event-loop stall
//                                   (lateness of a 5 ms precise timer) and the peak RSS:
//                                     stall_p99_ms, stall_max_ms, rss_mb
//   bench_console startup           10,000 endpoints with stored states and a year of hour
//                                   rollups (for LEITSTAND_BENCH_YEAR_ENDPOINTS of them, 200 by
//                                   default: the whole fleet would take gigabytes to generate, and
//                                   start-up reads rollups only in the background) in a database;
//                                   times opening it and building the console until the overview
//                                   has painted its rows:
//                                     startup_ms
//   bench_console chart [REPEATS]   90 days of 10-second samples of one endpoint (777,600) in a
//                                   database; times choosing the 90 d range in the chart panel
//                                   until both charts have painted the new data (after a 30 d
//                                   range each time, so that every repeat loads), and the frames
//                                   of a drag across the response-time chart (mouse move and the
//                                   synchronous repaint):
//                                     chart_90d_ms, chart_90d_ms_max, pan_frame_ms, pan_frame_ms_max
#include "../ninetydays.h"
#include "availabilitychart.h"
#include "chartpanel.h"
#include "charts/chartdataloader.h"
#include "console.h"
#include "core/settings.h"
#include "endpointoverview.h"
#include "engine/historyloader.h"
#include "engine/lastresponses.h"
#include "itemmodels/endpointtreemodel.h"
#include "mainwindow.h"
#include "responsetimechart.h"
#include "storage/database.h"
#include "storage/endpointrepository.h"
#include "storage/rollup.h"
#include "storage/samplestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Leitstand;

namespace {

constexpr int fleetSize = 10'000;

void print(const char *key, double value)
{
    std::printf("%s: %.1f\n", key, value);
    std::fflush(stdout);
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

QList<Endpoint> fleet()
{
    QList<Endpoint> endpoints;
    endpoints.reserve(fleetSize);
    for (int i = 0; i < fleetSize; ++i) {
        Endpoint endpoint;
        endpoint.id = i + 1;
        endpoint.service = u"Service %1"_s.arg(i / 25, 3, 10, QChar(u'0'));
        endpoint.name = u"endpoint-%1"_s.arg(i);
        endpoint.kind = CheckKind::Tcp;
        // Port 1 on loopback refuses at once: checks in the start-up part cost nothing remote.
        endpoint.target = u"127.0.0.1:1"_s;
        endpoint.intervalMs = 60'000;
        endpoints.append(endpoint);
    }
    return endpoints;
}

// Sends results the way EngineHost does: from another thread, queued into the GUI thread.
class ResultFeeder final : public QObject
{
    Q_OBJECT

public:
    explicit ResultFeeder(int perSecond)
        : m_perSecond(perSecond)
    {
    }

    void run(int seconds)
    {
        QElapsedTimer clock;
        clock.start();
        qint64 sent = 0;
        auto *random = QRandomGenerator::global();
        // Each endpoint keeps its state (one in fifty down) except that one result in a hundred
        // flips it: ten state changes a second, a busy incident, with re-sorting by state.
        std::vector<bool> down(fleetSize + 1);
        for (size_t id = 1; id < down.size(); ++id)
            down[id] = random->bounded(50) == 0;
        while (clock.elapsed() < qint64(seconds) * 1000) {
            const qint64 due = clock.elapsed() * m_perSecond / 1000;
            for (; sent < due; ++sent) {
                CheckResult result;
                const int id = 1 + int(random->bounded(fleetSize));
                if (random->bounded(100) == 0)
                    down[id] = !down[id];
                result.endpointId = id;
                result.finishedAt = QDateTime::currentDateTimeUtc();
                result.startedAt = result.finishedAt.addMSecs(-20);
                result.status = down[id] ? EndpointState::Down : EndpointState::Up;
                result.error = down[id] ? CheckError::ConnectionRefused : CheckError::Ok;
                result.latencyMs = 5 + int(random->bounded(200));
                Q_EMIT resultReady(result, result.status);
            }
            QThread::msleep(2);
        }
        Q_EMIT done();
    }

Q_SIGNALS:
    void resultReady(const Leitstand::CheckResult &result, Leitstand::EndpointState state);
    void done();

private:
    const int m_perSecond;
};

int stallPart(int seconds)
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"stall.sqlite"_s));
    if (const auto opened = database.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Settings settings(dir.filePath(u"leitstand.conf"_s));
    EndpointTreeModel endpoints;
    endpoints.setEndpoints(fleet());
    HistoryLoader history(database);
    LastResponses responses;
    ChartDataLoader charts(database);
    MainWindow window(
        settings, {.endpoints = endpoints, .history = history, .responses = responses, .charts = charts}, u"bench"_s);
    window.resize(1400, 900);
    window.show();
    window.overview()->selectEndpoint(1);

    qRegisterMetaType<Leitstand::CheckResult>();
    qRegisterMetaType<Leitstand::EndpointState>();
    QThread thread;
    ResultFeeder feeder(1000);
    feeder.moveToThread(&thread);
    QObject::connect(&feeder, &ResultFeeder::resultReady, &endpoints, &EndpointTreeModel::applyResult);
    QObject::connect(&feeder, &ResultFeeder::resultReady, &responses, &LastResponses::record);
    QObject::connect(&feeder, &ResultFeeder::done, qApp, &QCoreApplication::quit);
    thread.start();

    // The probe: a precise 5 ms timer; how late each tick comes is how long the loop was stuck.
    constexpr int probeMs = 5;
    std::vector<double> stalls;
    stalls.reserve(size_t(seconds) * 1000 / probeMs + 100);
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(probeMs);
    qint64 lastNs = 0;
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        const qint64 nowNs = clock.nsecsElapsed();
        if (lastNs > 0)
            stalls.push_back(std::max(0.0, double(nowNs - lastNs) / 1e6 - probeMs));
        lastNs = nowNs;
    });
    // Let the first layout and paint pass before measuring.
    QTimer::singleShot(500, &window, [&] {
        clock.start();
        probe.start();
        QMetaObject::invokeMethod(&feeder, [&feeder, seconds] { feeder.run(seconds); }, Qt::QueuedConnection);
    });
    QApplication::exec();
    thread.quit();
    thread.wait();

    std::ranges::sort(stalls);
    const double p99
        = stalls.empty() ? 0 : stalls.at(std::min(stalls.size() - 1, size_t(double(stalls.size()) * 0.99)));
    print("stall_p99_ms", p99);
    print("stall_max_ms", stalls.empty() ? 0 : stalls.back());
    print("rss_mb", peakRssMb());
    std::fprintf(stderr, "%zu probe ticks over %d s\n", stalls.size(), seconds);
    return 0;
}

bool writeStatesAndRollups(const Database &database, int yearEndpoints);

bool fillStartupDatabase(const Database &database, int yearEndpoints)
{
    EndpointRepository repository(database);
    QList<Endpoint> definitions = fleet();
    for (Endpoint &endpoint : definitions)
        endpoint.id = 0;
    if (const auto synced = repository.sync(definitions); !synced) {
        std::fprintf(stderr, "%s\n", qPrintable(synced.error()));
        return false;
    }
    if (!writeStatesAndRollups(database, yearEndpoints))
        return false;
    database.closeConnection();
    return true;
}

bool writeStatesAndRollups(const Database &database, int yearEndpoints)
{
    QSqlDatabase db = database.connection();
    db.transaction();
    QSqlQuery status(db);
    status.prepare(u"INSERT INTO endpoint_status (endpoint_id, state, since_ms, last_result_ms, error, last_error, "
                   "last_error_ms, last_error_detail) VALUES (?, ?, ?, ?, 0, 0, 0, '')"_s);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (int id = 1; id <= fleetSize; ++id) {
        status.bindValue(0, id);
        status.bindValue(1, id % 50 == 0 ? int(EndpointState::Down) : int(EndpointState::Up));
        status.bindValue(2, nowMs - 3'600'000);
        status.bindValue(3, nowMs - 30'000);
        if (!status.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(sqlErrorMessage(status)));
            return false;
        }
    }
    QSqlQuery rollup(db);
    rollup.prepare(u"INSERT INTO rollup_hour (endpoint_id, bucket, %1) VALUES (?, ?, 60, 60, 10, 90, 2400, NULL, "
                   "3600, 0, 0, 0, 0)"_s.arg(rollupColumns));
    const qint64 hourNow = nowMs / 1000 / 3600 * 3600;
    for (int id = 1; id <= yearEndpoints; ++id) {
        for (qint64 hour = 0; hour < 365 * 24; ++hour) {
            rollup.bindValue(0, id);
            rollup.bindValue(1, hourNow - hour * 3600);
            if (!rollup.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(sqlErrorMessage(rollup)));
                return false;
            }
        }
    }
    return db.commit();
}

int startupPart()
{
    const int yearEndpoints = qEnvironmentVariableIsSet("LEITSTAND_BENCH_YEAR_ENDPOINTS")
        ? qEnvironmentVariableIntValue("LEITSTAND_BENCH_YEAR_ENDPOINTS")
        : 200;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"startup.sqlite"_s);
    {
        Database database(file);
        if (!database.open() || !fillStartupDatabase(database, yearEndpoints))
            return 1;
    }
    std::fprintf(
        stderr, "database with %d endpoints and a year of hour rollups for %d of them\n", fleetSize, yearEndpoints);

    Settings settings(dir.filePath(u"leitstand.conf"_s));
    QElapsedTimer clock;
    clock.start();
    Database database(file);
    if (const auto opened = database.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Console console(settings, database, file, {.trayIcon = false, .engine = {}});
    console.window().resize(1400, 900);
    QWidget *viewport = console.window().overview()->treeView()->viewport();
    qint64 painted = -1;
    // The first paint of the tree with its rows: checked right after each paint of the viewport.
    class PaintWatch final : public QObject
    {
    public:
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                QTimer::singleShot(0, this, onPaint);
            return false;
        }
    } watch;
    watch.onPaint = [&] {
        if (painted < 0 && console.endpoints().endpointCount() == fleetSize) {
            painted = clock.elapsed();
            QCoreApplication::quit();
        }
    };
    viewport->installEventFilter(&watch);
    console.start();
    QTimer::singleShot(60'000, qApp, &QCoreApplication::quit);
    QApplication::exec();
    if (painted < 0) {
        std::fprintf(stderr, "the overview did not paint its rows within a minute\n");
        return 1;
    }
    print("startup_ms", double(painted));
    return 0;
}

// Notes when a widget has painted, once the paint event has been handled in full.
class PaintCounter final : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, [this] { ++paints; });
        return false;
    }
};

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::ranges::sort(values);
    return values.at(std::min(values.size() - 1, size_t(double(values.size()) * fraction)));
}

int chartPart(int repeats)
{
    QTemporaryDir dir;
    Database database(dir.filePath(u"chart.sqlite"_s));
    if (const auto opened = database.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const qint64 id = Bench::writeNinetyDays(database);
    if (id == 0)
        return 1;
    std::fprintf(stderr, "777,600 samples written in %.1f s\n", double(clock.elapsed()) / 1000);

    ChartDataLoader loader(database);
    ChartPanel panel(loader);
    panel.resize(1400, 600);
    panel.show();
    panel.setEndpoint(id, u"service – endpoint"_s);
    PaintCounter responsePaints;
    PaintCounter availabilityPaints;
    panel.responseTimeChart()->installEventFilter(&responsePaints);
    panel.availabilityChart()->installEventFilter(&availabilityPaints);
    const auto waitForLoad = [&] {
        while (panel.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    };
    panel.setPreset(ChartRangePreset::Last30Days);
    waitForLoad();

    std::vector<double> choose;
    for (int i = 0; i < repeats; ++i) {
        panel.setPreset(ChartRangePreset::Last30Days);
        waitForLoad();
        QCoreApplication::processEvents();
        const int responseBefore = responsePaints.paints;
        const int availabilityBefore = availabilityPaints.paints;
        clock.restart();
        panel.setPreset(ChartRangePreset::Last90Days);
        waitForLoad();
        // Loaded; now until both charts have painted what came.
        while (responsePaints.paints == responseBefore || availabilityPaints.paints == availabilityBefore)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        choose.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (!panel.chartData().error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(panel.chartData().error));
            return 1;
        }
    }

    // A drag from right to left and back across the response-time chart, one repaint a move.
    ResponseTimeChart *chart = panel.responseTimeChart();
    const QPoint centre = chart->rect().center();
    const auto send = [chart](QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), chart->mapToGlobal(QPointF(at)), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(chart, &event);
    };
    std::vector<double> frames;
    send(QEvent::MouseButtonPress, centre, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 240; ++step) {
        const int offset = step <= 120 ? -step * 4 : (step - 240) * 4;
        const QPoint at(centre.x() + offset, centre.y());
        clock.restart();
        send(QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
        chart->repaint();
        frames.push_back(double(clock.nsecsElapsed()) / 1e6);
        // Let throttled range requests and their loads run, as they would between frames.
        QCoreApplication::processEvents();
    }
    send(QEvent::MouseButtonRelease, centre, Qt::LeftButton, Qt::NoButton);

    print("chart_90d_ms", percentile(choose, 0.5));
    print("chart_90d_ms_max", percentile(choose, 1.0));
    print("pan_frame_ms", percentile(frames, 0.5));
    print("pan_frame_ms_max", percentile(frames, 1.0));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString part = arguments.value(1);
    if (part == "stall"_L1)
        return stallPart(arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 30);
    if (part == "startup"_L1)
        return startupPart();
    if (part == "chart"_L1)
        return chartPart(arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 10);
    std::fprintf(stderr, "usage: bench_console stall [SECONDS] | startup | chart [REPEATS]\n");
    return 2;
}

#include "bench_console.moc"
