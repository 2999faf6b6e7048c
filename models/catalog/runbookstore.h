#pragma once

#include "storage/runbookrepository.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Leitstand {

class Database;

// What a runbook view shows of a service at once: the latest version and the history.
struct Runbook
{
    qint64 serviceId = 0;
    RunbookVersion latest; // version 0: the service has no runbook yet
    QList<RunbookVersionInfo> versions; // newest first
};

// Reads and saves runbooks for the console, off the GUI thread: a worker thread with its own
// database connection runs one job after the other, in the order they were asked for, and answers
// each by a queued signal carrying the job's number.
//
// A view shows one runbook at a time, so a read supersedes every earlier read: a superseded read
// is skipped if it has not started and never answered if it has. Saves are never superseded, since
// whoever saved must learn whether it was stored; each is answered by saved() or failed().
class RunbookStore final : public QObject
{
    Q_OBJECT

public:
    // `database` must be open and outlive the store.
    explicit RunbookStore(const Database &database, QObject *parent = nullptr);
    // Finishes the saves already asked for and joins the worker.
    ~RunbookStore() override;
    Q_DISABLE_COPY_MOVE(RunbookStore)

    // Each returns the job's number.
    quint64 load(qint64 serviceId); // answered by loaded() or failed()
    quint64 loadVersion(qint64 serviceId, int version); // versionLoaded() or failed()
    quint64 save(const RunbookEdit &edit); // saved() or failed(); stored with the current time
    quint64 latestRead() const { return m_latestRead.load(); }

Q_SIGNALS:
    void loaded(quint64 job, const Leitstand::Runbook &runbook);
    void versionLoaded(quint64 job, const Leitstand::RunbookVersion &version);
    void saved(quint64 job, const Leitstand::RunbookSaveOutcome &outcome);
    // The message is translated and says what was not done.
    void failed(quint64 job, const QString &message);

private:
    quint64 enqueue(std::function<void(quint64 job)> work);
    quint64 enqueueRead(std::function<void(quint64 job)> work);
    bool isSuperseded(quint64 job) const { return job != m_latestRead.load(); }
    // Runs `deliver` in the store's thread unless a newer read was asked for meanwhile.
    void deliverRead(quint64 job, std::function<void()> deliver);

    const Database &m_database;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    quint64 m_lastJob = 0; // touched in the owner's thread only
    std::atomic<quint64> m_latestRead = 0; // written in the owner's thread, read in both
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::Runbook)
