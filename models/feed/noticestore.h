#pragma once

#include "storage/noticerepository.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Leitstand {

class Database;

// What the console's list of notices shows at once: every notice and the latest publication of
// each, read in one transaction so that they agree.
struct NoticeOverview
{
    QList<StoredNotice> notices; // newest change first
    QList<NoticePublication> publications; // the latest of each notice that has one
};

// Reads and saves outage notices for the console, off the GUI thread, as RunbookStore does for
// runbooks: a worker thread with its own database connection runs one job after the other and
// answers each by a queued signal carrying the job's number.
//
// A newer load supersedes every earlier one: a superseded load is skipped if it has not started
// and never answered if it has. Saves and publication requests are never superseded, since
// whoever asked must learn whether it was done.
class NoticeStore final : public QObject
{
    Q_OBJECT

public:
    // `database` must be open and outlive the store.
    explicit NoticeStore(const Database &database, QObject *parent = nullptr);
    // Finishes the saves and requests already asked for and joins the worker.
    ~NoticeStore() override;
    Q_DISABLE_COPY_MOVE(NoticeStore)

    // Each returns the job's number; all are stored with the current time.
    quint64 load(); // answered by loaded() or failed()
    quint64 save(const Notice &notice, int basedOnRevision, const QString &actor); // saved() or failed()
    quint64 requestPublication(
        const QUuid &id, PublicationAction action, const QString &actor); // publicationRequested() or failed()
    quint64 latestLoad() const { return m_latestLoad.load(); }

Q_SIGNALS:
    void loaded(quint64 job, const Leitstand::NoticeOverview &overview);
    void saved(quint64 job, const Leitstand::StoredNotice &notice);
    void publicationRequested(quint64 job, const Leitstand::NoticePublication &publication);
    // The message is translated and says what was not done.
    void failed(quint64 job, const QString &message);

private:
    quint64 enqueue(std::function<void(quint64 job)> work);
    bool isSuperseded(quint64 job) const { return job != m_latestLoad.load(); }

    const Database &m_database;
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    quint64 m_lastJob = 0; // touched in the owner's thread only
    std::atomic<quint64> m_latestLoad = 0; // written in the owner's thread, read in both
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::NoticeOverview)
Q_DECLARE_METATYPE(Leitstand::StoredNotice)
Q_DECLARE_METATYPE(Leitstand::NoticePublication)
