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
    // While the database cannot be reached, samples wait in memory, at most this many (the batch
    // being written comes on top); beyond it the oldest are dropped. A sample takes 48 bytes, plus
    // its error text if the check failed: the default is about 25 MB, and holds a poller that
    // checks 1,000 endpoints every 30 seconds for more than four hours.
    qsizetype maxBufferedSamples = 500'000;
};

struct SampleWriterStatistics
{
    qint64 samplesAppended = 0;
    qint64 samplesWritten = 0;
    qint64 samplesRejected = 0; // see SampleStore::Result::rejected
    qint64 samplesLost = 0; // in batches the database refused
    qint64 samplesDropped = 0; // the oldest, when more than maxBufferedSamples were pending
    qint64 batches = 0;
    qint64 pending = 0;
    QDateTime lastFlush; // UTC; invalid before the first batch
    QString lastError;
};

// Stores samples on a thread of its own with its own connection, in batched transactions (see
// SampleStore), and applies the retention policy there in the background. append() may be called
// from any thread and never waits for the database.
//
// A poller must outlast a database restart or a network outage: while the database cannot be
// reached the samples wait in memory, bounded by maxBufferedSamples, and the writer tries again
// with a fresh connection on every flush tick.
class SampleWriter final : public QObject
{
    Q_OBJECT

public:
    // The database must be open and outlive the writer.
    explicit SampleWriter(const Database &database, const SampleWriterOptions &options = {}, QObject *parent = nullptr);
    // Writes what is pending, if the database can be reached, and stops the thread.
    ~SampleWriter() override;
    Q_DISABLE_COPY_MOVE(SampleWriter)

    void append(const Sample &sample);
    void append(const QList<Sample> &samples);
    // Writes everything appended so far and returns when it is stored, or kept for later because
    // the database cannot be reached; not from a slot of the writer's own thread.
    void flush();
    SampleWriterStatistics statistics() const;

Q_SIGNALS:
    // The database refused a batch, twice, and it is lost; or retention failed.
    void writeFailed(const QString &message);
    // Once when writing fails because the database cannot be reached; the samples are kept.
    void databaseLost(const QString &message);
    // Once when the samples kept since databaseLost() are written: how many were stored, and how
    // many of the oldest were dropped meanwhile because the buffer was full.
    void databaseBack(qint64 written, qint64 dropped);

private:
    friend class SampleWriterWorker;
    // Called by the worker, on its thread.
    QList<Sample> takePending();
    // Puts a batch that could not be written back in front of what came meanwhile.
    void putBack(QList<Sample> batch, const QString &error);
    // With m_mutex held.
    void dropBeyondBuffer();
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
