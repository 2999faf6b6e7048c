#include "catalog/runbookstore.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

RunbookStore::RunbookStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_context(std::make_unique<QObject>())
{
    qRegisterMetaType<Leitstand::Runbook>();
    qRegisterMetaType<Leitstand::RunbookVersion>();
    qRegisterMetaType<Leitstand::RunbookSaveOutcome>();
    m_thread.setObjectName(u"RunbookStore"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

RunbookStore::~RunbookStore()
{
    // No read is wanted any more; queued saves still run, so that a runbook saved just before
    // quitting is stored.
    m_latestRead = 0;
    QMetaObject::invokeMethod(m_context.get(), [this] { m_database.closeConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 RunbookStore::enqueue(std::function<void(quint64 job)> work)
{
    const quint64 job = ++m_lastJob;
    QMetaObject::invokeMethod(m_context.get(), [job, work = std::move(work)] { work(job); }, Qt::QueuedConnection);
    return job;
}

quint64 RunbookStore::enqueueRead(std::function<void(quint64 job)> work)
{
    const quint64 job = ++m_lastJob;
    // Before the worker can see the job, or it would take it for superseded.
    m_latestRead = job;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, job, work = std::move(work)] {
            if (!isSuperseded(job))
                work(job);
        },
        Qt::QueuedConnection);
    return job;
}

void RunbookStore::deliverRead(quint64 job, std::function<void()> deliver)
{
    // Checked again in this thread: a read asked for while the answer was under way supersedes it.
    QMetaObject::invokeMethod(
        this,
        [this, job, deliver = std::move(deliver)] {
            if (!isSuperseded(job))
                deliver();
        },
        Qt::QueuedConnection);
}

quint64 RunbookStore::load(qint64 serviceId)
{
    return enqueueRead([this, serviceId](quint64 job) {
        RunbookRepository repository(m_database);
        QSqlDatabase db = m_database.connection();
        // One read transaction, so that a save by another console cannot come between the two.
        db.transaction();
        const auto latest = repository.latest(serviceId);
        const auto versions = repository.versions(serviceId);
        db.rollback();
        if (!latest || !versions) {
            const QString message = latest ? versions.error() : latest.error();
            deliverRead(job, [this, job, message] { Q_EMIT failed(job, message); });
            return;
        }
        Runbook runbook {.serviceId = serviceId, .latest = latest->value_or(RunbookVersion {}), .versions = *versions};
        runbook.latest.serviceId = serviceId;
        deliverRead(job, [this, job, runbook] { Q_EMIT loaded(job, runbook); });
    });
}

quint64 RunbookStore::loadVersion(qint64 serviceId, int version)
{
    return enqueueRead([this, serviceId, version](quint64 job) {
        const auto found = RunbookRepository(m_database).version(serviceId, version);
        if (!found) {
            deliverRead(job, [this, job, message = found.error()] { Q_EMIT failed(job, message); });
        } else if (!*found) {
            deliverRead(job, [this, job, version] {
                Q_EMIT failed(job, tr("Version %1 of the runbook does not exist.").arg(version));
            });
        } else {
            deliverRead(job, [this, job, found = **found] { Q_EMIT versionLoaded(job, found); });
        }
    });
}

quint64 RunbookStore::save(const RunbookEdit &edit)
{
    return enqueue([this, edit](quint64 job) {
        const auto outcome = RunbookRepository(m_database).save(edit, QDateTime::currentDateTimeUtc());
        if (outcome)
            Q_EMIT saved(job, *outcome);
        else
            Q_EMIT failed(job, outcome.error());
    });
}

} // namespace Leitstand
