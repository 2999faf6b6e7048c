#include "editing/endpointstore.h"

#include "config/endpointrules.h"
#include "editing/endpointnames.h"
#include "storage/database.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace Leitstand {

EndpointStore::EndpointStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_context(std::make_unique<QObject>())
{
    qRegisterMetaType<Leitstand::ImportProgress>();
    qRegisterMetaType<Leitstand::ImportOutcome>();
    qRegisterMetaType<QList<Leitstand::Endpoint>>();
    m_thread.setObjectName(u"EndpointStore"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

EndpointStore::~EndpointStore()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_closing = true;
    }
    // Queued behind every job asked for, so that an edit confirmed just before quitting is stored.
    QMetaObject::invokeMethod(m_context.get(), [this] { m_database.closeConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 EndpointStore::enqueue(std::function<void(quint64 job)> work)
{
    const quint64 job = ++m_lastJob;
    QMetaObject::invokeMethod(m_context.get(), [job, work = std::move(work)] { work(job); }, Qt::QueuedConnection);
    return job;
}

bool EndpointStore::isCancelled(quint64 job) const
{
    const QMutexLocker locker(&m_mutex);
    return m_closing || m_cancelledImports.contains(job);
}

void EndpointStore::cancelImport(quint64 job)
{
    const QMutexLocker locker(&m_mutex);
    m_cancelledImports.insert(job);
}

quint64 EndpointStore::reload()
{
    return enqueue([this](quint64 job) { publishEndpoints(job); });
}

quint64 EndpointStore::add(const Endpoint &endpoint)
{
    Endpoint added = endpoint;
    added.id = 0;
    return enqueue([this, added](quint64 job) { save(job, added); });
}

quint64 EndpointStore::update(const Endpoint &endpoint)
{
    return enqueue([this, endpoint](quint64 job) { save(job, endpoint); });
}

quint64 EndpointStore::remove(qint64 endpointId)
{
    return enqueue([this, endpointId](quint64 job) {
        if (const auto removed = EndpointRepository(m_database).remove(endpointId); !removed) {
            Q_EMIT failed(job, removed.error());
            return;
        }
        Q_EMIT succeeded(job, endpointId);
        publishEndpoints(job);
    });
}

quint64 EndpointStore::setPaused(qint64 endpointId, bool paused)
{
    return enqueue([this, endpointId, paused](quint64 job) {
        if (const auto changed = EndpointRepository(m_database).setPaused(endpointId, paused); !changed) {
            Q_EMIT failed(job, changed.error());
            return;
        }
        Q_EMIT succeeded(job, endpointId);
        publishEndpoints(job);
    });
}

quint64 EndpointStore::importFile(const QString &fileName, EndpointRepository::SyncMode mode)
{
    return enqueue([this, fileName, mode](quint64 job) { runImport(job, fileName, mode); });
}

quint64 EndpointStore::exportFile(const QString &fileName)
{
    return enqueue([this, fileName](quint64 job) {
        const auto written = EndpointTransfer::exportFile(m_database, fileName);
        if (written)
            Q_EMIT exported(job, *written);
        else
            Q_EMIT failed(job, written.error());
    });
}

void EndpointStore::save(quint64 job, const Endpoint &endpoint)
{
    if (const auto problems = EndpointRules::problems(endpoint); !problems.isEmpty()) {
        Q_EMIT failed(job, problems.constFirst().message);
        return;
    }
    EndpointRepository repository(m_database);
    const auto taken = repository.idByName(endpoint.service, endpoint.name);
    if (!taken) {
        Q_EMIT failed(job, taken.error());
        return;
    }
    if (*taken && **taken != endpoint.id) {
        Q_EMIT failed(job, EndpointNames::takenMessage(endpoint.service, endpoint.name));
        return;
    }
    if (endpoint.id == 0) {
        const auto id = repository.add(endpoint);
        if (!id) {
            Q_EMIT failed(job, id.error());
            return;
        }
        Q_EMIT succeeded(job, *id);
    } else {
        if (const auto updated = repository.update(endpoint); !updated) {
            Q_EMIT failed(job, updated.error());
            return;
        }
        Q_EMIT succeeded(job, endpoint.id);
    }
    publishEndpoints(job);
}

void EndpointStore::runImport(quint64 job, const QString &fileName, EndpointRepository::SyncMode mode)
{
    int lastPermille = -1;
    const ImportOutcome outcome
        = EndpointTransfer::importFile(m_database, fileName, mode, [&](const ImportProgress &progress) {
              if (isCancelled(job))
                  return false;
              if (const int permille = progress.permille(); permille > lastPermille) {
                  lastPermille = permille;
                  Q_EMIT importProgress(job, progress);
              }
              // A direct receiver may have cancelled just now.
              return !isCancelled(job);
          });
    {
        const QMutexLocker locker(&m_mutex);
        m_cancelledImports.remove(job);
    }
    Q_EMIT importFinished(job, outcome);
    if (outcome.status == ImportOutcome::Status::Imported)
        publishEndpoints(job);
}

void EndpointStore::publishEndpoints(quint64 job)
{
    const auto endpoints = EndpointRepository(m_database).all();
    if (endpoints)
        Q_EMIT endpointsChanged(*endpoints);
    else
        Q_EMIT failed(job, endpoints.error());
}

} // namespace Leitstand
