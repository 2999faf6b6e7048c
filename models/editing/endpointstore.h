#pragma once

#include "editing/endpointtransfer.h"
#include "monitoring/endpoint.h"
#include "storage/endpointrepository.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>

#include <memory>

namespace Leitstand {

class Database;

// Changes the stored endpoint definitions for the console, off the GUI thread: a worker thread with
// its own database connection runs one job after the other, in the order they were asked for, and
// answers each by a signal carrying the job's number. Definitions are checked with EndpointRules
// and their (service, name) against the database before they are written, so a refusal comes back
// as a translated message rather than a constraint error.
class EndpointStore final : public QObject
{
    Q_OBJECT

public:
    // `database` must be open and outlive the store.
    explicit EndpointStore(const Database &database, QObject *parent = nullptr);
    // Finishes the jobs already asked for, except that imports are cancelled, and joins the worker.
    ~EndpointStore() override;
    Q_DISABLE_COPY_MOVE(EndpointStore)

    // Each returns the job's number.
    quint64 reload(); // answered by endpointsChanged() or failed()
    quint64 add(const Endpoint &endpoint); // the id is ignored; succeeded() carries the new one
    quint64 update(const Endpoint &endpoint);
    quint64 remove(qint64 endpointId); // with its samples, rollups and status
    quint64 setPaused(qint64 endpointId, bool paused);
    quint64 importFile(const QString &fileName, EndpointRepository::SyncMode mode);
    quint64 exportFile(const QString &fileName);
    // Cancels an import that has not committed yet; it then ends as ImportOutcome::Status::Cancelled.
    // Callable from any thread.
    void cancelImport(quint64 job);

Q_SIGNALS:
    // add, update, remove, setPaused: the change is stored.
    void succeeded(quint64 job, qint64 endpointId);
    // Any job but an import; the message is translated and says what was not done.
    void failed(quint64 job, const QString &message);
    void exported(quint64 job, qsizetype endpointCount);
    // Emitted in the worker thread, at most once per permille: queue it (the default for receivers
    // living in other threads); a direct connection runs in the worker, and may cancel from there.
    void importProgress(quint64 job, const Leitstand::ImportProgress &progress);
    void importFinished(quint64 job, const Leitstand::ImportOutcome &outcome);
    // Every stored endpoint, ordered by service and name: after reload() and every change.
    void endpointsChanged(const QList<Leitstand::Endpoint> &endpoints);

private:
    quint64 enqueue(std::function<void(quint64 job)> work);
    bool isCancelled(quint64 job) const;

    // In the worker thread.
    void save(quint64 job, const Endpoint &endpoint);
    void runImport(quint64 job, const QString &fileName, EndpointRepository::SyncMode mode);
    void publishEndpoints(quint64 job);

    const Database &m_database;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    quint64 m_lastJob = 0; // touched in the owner's thread only
    mutable QMutex m_mutex;
    QSet<quint64> m_cancelledImports; // guarded by m_mutex
    bool m_closing = false; // guarded by m_mutex: every import counts as cancelled
};

} // namespace Leitstand
