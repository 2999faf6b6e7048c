#include "feed/noticestore.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

NoticeStore::NoticeStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_context(std::make_unique<QObject>())
{
    qRegisterMetaType<Leitstand::NoticeOverview>();
    qRegisterMetaType<Leitstand::StoredNotice>();
    qRegisterMetaType<Leitstand::NoticePublication>();
    m_thread.setObjectName(u"NoticeStore"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

NoticeStore::~NoticeStore()
{
    // No load is wanted any more; queued saves and requests still run, so that a notice saved or
    // published just before quitting is stored.
    m_latestLoad = 0;
    QMetaObject::invokeMethod(m_context.get(), [this] { m_database.closeConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 NoticeStore::enqueue(std::function<void(quint64 job)> work)
{
    const quint64 job = ++m_lastJob;
    QMetaObject::invokeMethod(m_context.get(), [job, work = std::move(work)] { work(job); }, Qt::QueuedConnection);
    return job;
}

quint64 NoticeStore::load()
{
    const quint64 job = ++m_lastJob;
    // Before the worker can see the job, or it would take it for superseded.
    m_latestLoad = job;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, job] {
            if (isSuperseded(job))
                return;
            const NoticeRepository repository(m_database);
            QSqlDatabase db = m_database.connection();
            // One read transaction, so that a publication by another console cannot come between.
            db.transaction();
            const auto notices = repository.all();
            const auto publications = repository.latestPublications();
            db.rollback();
            const auto deliver = [this, job](std::function<void()> answer) {
                // Checked again in this thread: a load asked for meanwhile supersedes this one.
                QMetaObject::invokeMethod(
                    this,
                    [this, job, answer = std::move(answer)] {
                        if (!isSuperseded(job))
                            answer();
                    },
                    Qt::QueuedConnection);
            };
            if (!notices || !publications) {
                deliver([this, job, message = notices ? publications.error() : notices.error()] {
                    Q_EMIT failed(job, message);
                });
                return;
            }
            NoticeOverview overview;
            overview.notices = *notices;
            overview.publications = *publications;
            deliver([this, job, overview] { Q_EMIT loaded(job, overview); });
        },
        Qt::QueuedConnection);
    return job;
}

quint64 NoticeStore::save(const Notice &notice, int basedOnRevision, const QString &actor)
{
    return enqueue([this, notice, basedOnRevision, actor](quint64 job) {
        const auto stored
            = NoticeRepository(m_database).save(notice, basedOnRevision, actor, QDateTime::currentDateTimeUtc());
        if (stored)
            Q_EMIT saved(job, *stored);
        else
            Q_EMIT failed(job, stored.error());
    });
}

quint64 NoticeStore::requestPublication(const QUuid &id, PublicationAction action, const QString &actor)
{
    return enqueue([this, id, action, actor](quint64 job) {
        const auto publication
            = NoticeRepository(m_database).requestPublication(id, action, actor, QDateTime::currentDateTimeUtc());
        if (publication)
            Q_EMIT publicationRequested(job, *publication);
        else
            Q_EMIT failed(job, publication.error());
    });
}

} // namespace Leitstand
