#pragma once

#include <QList>
#include <QSemaphore>
#include <QThread>

#include <functional>
#include <mutex>

namespace Leitstand::ChartTest {

// Where and for which serials the worker started loads; it can hold the worker at one serial.
struct LoadStarts
{
    std::mutex mutex;
    QList<quint64> serials;
    QList<QThread *> threads;
    quint64 holdAt = 0;
    QSemaphore held;
    QSemaphore release;

    std::function<void(quint64)> hook()
    {
        return [this](quint64 serial) {
            {
                const std::scoped_lock lock(mutex);
                serials.append(serial);
                threads.append(QThread::currentThread());
            }
            if (serial == holdAt) {
                held.release();
                release.acquire();
            }
        };
    }
    QList<quint64> startedSerials()
    {
        const std::scoped_lock lock(mutex);
        return serials;
    }
};

} // namespace Leitstand::ChartTest
