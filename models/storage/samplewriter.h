#pragma once

#include "storage/retention.h"
#include "storage/sample.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace Leitstand {

class Database;
class SampleWriterWorker;

struct SampleWriterOptions
{
    // Pending samples are written at least this often, so that a crash loses at most this much.
    int flushIntervalMs = 1000;
    // ... and as soon as this many are pending.
    int maxBatchSamples = 20000;
    RetentionPolicy retention;
    // How often retention runs; 0 never. It also runs once shortly after start.
    int retentionIntervalMs = 60 * 60 * 1000;
};

struct SampleWriterStatistics
{
    qint64 samplesAppended = 0;
    qint64 samplesWritten = 0;
    qint64 samplesRejected = 0; // see SampleStore::Result::rejected
    qint64 samplesLost = 0; // in batches that could not be written
    qint64 batches = 0;
    qint64 pending = 0;
    QDateTime lastFlush; // UTC; invalid before the first batch
    QString lastError;
};

// Stores samples on a thread of its own with its own connection, in batched transactions (see
// SampleStore), and applies the retention policy there in the background. append() may be called
// from any thread and never waits for the database.
class SampleWriter final : public QObject
{
    Q_OBJECT

public:
    // The database must be open and outlive the writer.
    explicit SampleWriter(const Database &database, const SampleWriterOptions &options = {}, QObject *parent = nullptr);
    // Writes what is pending and stops the thread.
    ~SampleWriter() override;
    Q_DISABLE_COPY_MOVE(SampleWriter)

    void append(const Sample &sample);
    void append(const QList<Sample> &samples);
    // Writes everything appended so far and returns when it is stored; not from a slot of the
    // writer's own thread.
    void flush();
    SampleWriterStatistics statistics() const;

Q_SIGNALS:
    void writeFailed(const QString &message);

private:
    friend class SampleWriterWorker;
    // Called by the worker, on its thread.
    QList<Sample> takePending();
    void recordBatch(qint64 written, qint64 rejected, qint64 lost, const QString &error);

    const SampleWriterOptions m_options;
    QThread m_thread;
    QPointer<SampleWriterWorker> m_worker;
    mutable QMutex m_mutex;
    QList<Sample> m_pending;
    bool m_wakeQueued = false;
    SampleWriterStatistics m_statistics;
};

} // namespace Leitstand
