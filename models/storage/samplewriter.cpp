#include "storage/samplewriter.h"

#include "storage/database.h"
#include "storage/samplestore.h"

#include <QMutexLocker>
#include <QSqlError>
#include <QTimer>

#include <expected>
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
        bool wroteAgain = false;
        for (;;) {
            QList<Sample> batch = m_writer->takePending();
            if (batch.isEmpty())
                break;
            if (!m_store) {
                if (const auto reached = reconnect(); !reached) {
                    waitForDatabase(std::move(batch), reached.error());
                    return;
                }
            }
            const qint64 size = batch.size();
            auto result = m_store->write(batch);
            if (!result) {
                // Qt's PostgreSQL driver does not reconnect by itself: after a server restart or a
                // dropped network link its connection fails every statement for good. Only a fresh
                // connection tells a database that is away from one that refuses the data.
                if (const auto reached = reconnect(); !reached) {
                    waitForDatabase(std::move(batch), reached.error());
                    return;
                }
                // Once more before giving the batch up: a busy database or another writer of the
                // same endpoints (a second poller by mistake) fails one attempt, not the next.
                result = m_store->write(std::move(batch));
            }
            if (result) {
                m_writer->recordBatch(result->written, result->rejected, 0, QString());
                if (m_databaseLost)
                    m_writtenSinceLost += result->written;
                else
                    m_droppedByLastWrite = m_writer->statistics().samplesDropped;
                wroteAgain = true;
            } else {
                m_writer->recordBatch(0, 0, size, result.error());
                Q_EMIT m_writer->writeFailed(result.error());
            }
        }
        // Only once the backlog is written: a poller that logs "back" should be done catching up.
        if (m_databaseLost && wroteAgain) {
            m_databaseLost = false;
            Q_EMIT m_writer->databaseBack(
                m_writtenSinceLost, m_writer->statistics().samplesDropped - m_droppedByLastWrite);
        }
    }

    // Queued by append() when a full batch is pending.
    void writeFullBatch()
    {
        // While the database is away the flush timer tries to reach it; every full batch trying as
        // well would mean a connection attempt for every append.
        if (!m_databaseLost)
            writePending();
    }

    void applyRetention()
    {
        // Samples first, so that retention never delays them by more than its own run.
        writePending();
        if (m_databaseLost)
            return;
        if (const auto result = Retention::apply(m_database, m_options.retention, QDateTime::currentDateTimeUtc());
            !result)
            Q_EMIT m_writer->writeFailed(result.error());
    }

private:
    std::expected<void, QString> reconnect()
    {
        // The store's prepared queries must be gone before their connection is closed.
        m_store.reset();
        m_database.closeConnection();
        if (const QSqlDatabase db = m_database.connection(); !db.isOpen())
            return std::unexpected(
                tr("Cannot reach the database %1: %2").arg(m_database.location().displayName(), db.lastError().text()));
        m_store = std::make_unique<SampleStore>(m_database);
        return {};
    }

    void waitForDatabase(QList<Sample> batch, const QString &error)
    {
        m_writer->putBack(std::move(batch), error);
        if (!m_databaseLost) {
            m_databaseLost = true;
            m_writtenSinceLost = 0;
            Q_EMIT m_writer->databaseLost(error);
        }
    }

    const Database &m_database;
    const SampleWriterOptions m_options;
    SampleWriter *const m_writer;
    // None after a failed reconnect(): the next write starts with one.
    std::unique_ptr<SampleStore> m_store;
    bool m_databaseLost = false;
    qint64 m_writtenSinceLost = 0;
    // Samples dropped while the database was away count from the last batch written before:
    // appends fill the buffer already while a write hangs on a database that stopped answering.
    qint64 m_droppedByLastWrite = 0;
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
        dropBeyondBuffer();
        if (m_pending.size() >= m_options.maxBatchSamples && !m_wakeQueued) {
            m_wakeQueued = true;
            wake = true;
        }
    }
    if (wake)
        QMetaObject::invokeMethod(m_worker, &SampleWriterWorker::writeFullBatch, Qt::QueuedConnection);
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

void SampleWriter::putBack(QList<Sample> batch, const QString &error)
{
    const QMutexLocker locker(&m_mutex);
    // The batch is older than anything appended while it was being written.
    batch.append(std::move(m_pending));
    m_pending = std::move(batch);
    m_statistics.lastError = error;
    dropBeyondBuffer();
}

void SampleWriter::dropBeyondBuffer()
{
    // The oldest go first: the newest tell the most about the endpoints' state now.
    const qsizetype excess = m_pending.size() - m_options.maxBufferedSamples;
    if (excess <= 0)
        return;
    m_pending.remove(0, excess);
    m_statistics.samplesDropped += excess;
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
