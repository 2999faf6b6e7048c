#include "storage/samplewriter.h"

#include "storage/database.h"
#include "storage/samplestore.h"

#include <QMutexLocker>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Leitstand {

// Lives on the writer's thread and is the only user of its connection there.
class SampleWriterWorker final : public QObject
{
    Q_OBJECT

public:
    SampleWriterWorker(const Database &database, const SampleWriterOptions &options, SampleWriter *writer)
        : m_database(database)
        , m_options(options)
        , m_writer(writer)
    {
    }
    ~SampleWriterWorker() override
    {
        // The store's queries must be gone before the connection is closed.
        m_store.reset();
        m_database.closeConnection();
    }
    Q_DISABLE_COPY_MOVE(SampleWriterWorker)

    void start()
    {
        m_store = std::make_unique<SampleStore>(m_database);
        auto *flushTimer = new QTimer(this);
        connect(flushTimer, &QTimer::timeout, this, &SampleWriterWorker::writePending);
        flushTimer->start(m_options.flushIntervalMs);
        if (m_options.retentionIntervalMs > 0) {
            auto *retentionTimer = new QTimer(this);
            connect(retentionTimer, &QTimer::timeout, this, &SampleWriterWorker::applyRetention);
            retentionTimer->start(m_options.retentionIntervalMs);
            // Not at once: the first minute after start belongs to the console's own start-up.
            QTimer::singleShot(
                std::min(m_options.retentionIntervalMs, 60'000), this, &SampleWriterWorker::applyRetention);
        }
    }

    void writePending()
    {
        for (;;) {
            QList<Sample> batch = m_writer->takePending();
            if (batch.isEmpty())
                return;
            const qint64 size = batch.size();
            auto result = m_store->write(batch);
            // Once more before giving the batch up: a busy database or another writer of the same
            // endpoints (a second poller by mistake) fails one attempt, not the next.
            if (!result)
                result = m_store->write(std::move(batch));
            if (result) {
                m_writer->recordBatch(result->written, result->rejected, 0, QString());
            } else {
                m_writer->recordBatch(0, 0, size, result.error());
                Q_EMIT m_writer->writeFailed(result.error());
            }
        }
    }

    void applyRetention()
    {
        // Samples first, so that retention never delays them by more than its own run.
        writePending();
        if (const auto result = Retention::apply(m_database, m_options.retention, QDateTime::currentDateTimeUtc());
            !result)
            Q_EMIT m_writer->writeFailed(result.error());
    }

private:
    const Database &m_database;
    const SampleWriterOptions m_options;
    SampleWriter *const m_writer;
    std::unique_ptr<SampleStore> m_store;
};

SampleWriter::SampleWriter(const Database &database, const SampleWriterOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(u"SampleWriter"_s);
    auto *worker = new SampleWriterWorker(database, options, this);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(worker, &SampleWriterWorker::start, Qt::QueuedConnection);
}

SampleWriter::~SampleWriter()
{
    flush();
    m_thread.quit();
    m_thread.wait();
}

void SampleWriter::append(const Sample &sample)
{
    append(QList<Sample> {sample});
}

void SampleWriter::append(const QList<Sample> &samples)
{
    bool wake = false;
    {
        const QMutexLocker locker(&m_mutex);
        m_pending.append(samples);
        m_statistics.samplesAppended += samples.size();
        if (m_pending.size() >= m_options.maxBatchSamples && !m_wakeQueued) {
            m_wakeQueued = true;
            wake = true;
        }
    }
    if (wake)
        QMetaObject::invokeMethod(m_worker, &SampleWriterWorker::writePending, Qt::QueuedConnection);
}

void SampleWriter::flush()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SampleWriterWorker::writePending, Qt::BlockingQueuedConnection);
}

SampleWriterStatistics SampleWriter::statistics() const
{
    const QMutexLocker locker(&m_mutex);
    SampleWriterStatistics statistics = m_statistics;
    statistics.pending = m_pending.size();
    return statistics;
}

QList<Sample> SampleWriter::takePending()
{
    const QMutexLocker locker(&m_mutex);
    m_wakeQueued = false;
    if (m_pending.size() <= m_options.maxBatchSamples)
        return std::exchange(m_pending, {});
    QList<Sample> batch = m_pending.first(m_options.maxBatchSamples);
    m_pending.remove(0, m_options.maxBatchSamples);
    return batch;
}

void SampleWriter::recordBatch(qint64 written, qint64 rejected, qint64 lost, const QString &error)
{
    const QMutexLocker locker(&m_mutex);
    m_statistics.samplesWritten += written;
    m_statistics.samplesRejected += rejected;
    m_statistics.samplesLost += lost;
    ++m_statistics.batches;
    m_statistics.lastFlush = QDateTime::currentDateTimeUtc();
    if (!error.isEmpty())
        m_statistics.lastError = error;
}

} // namespace Leitstand

#include "samplewriter.moc"
