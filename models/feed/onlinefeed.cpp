#include "feed/onlinefeed.h"

#include "feed/atomfeed.h"
#include "feed/feedpublisher.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr int notFound = 404;

} // namespace

OnlineFeedReader::OnlineFeedReader(std::optional<FeedServer> server, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Leitstand::OnlineFeed>();
    if (server)
        m_client = std::make_unique<WebDavClient>(*std::move(server));
}

OnlineFeedReader::~OnlineFeedReader() = default;

void OnlineFeedReader::setServer(std::optional<FeedServer> server)
{
    ++m_lastJob;
    m_client.reset();
    if (server)
        m_client = std::make_unique<WebDavClient>(*std::move(server));
}

quint64 OnlineFeedReader::fetch()
{
    const quint64 job = ++m_lastJob;
    if (!m_client) {
        QMetaObject::invokeMethod(this, [this, job] { finish(job, OnlineFeed()); }, Qt::QueuedConnection);
        return job;
    }
    OnlineFeed feed;
    feed.status = OnlineFeed::Status::Read;
    read(job, 0, feed);
    return job;
}

void OnlineFeedReader::read(quint64 job, int file, OnlineFeed feed)
{
    const QString fileName = file == 0 ? FeedPublisher::statusFileName()
        : file == 1                    ? AtomFeed::fileName(u"de")
                                       : AtomFeed::fileName(u"en");
    m_client->get(fileName, [this, job, file, fileName, feed](const WebDavReply &reply) mutable {
        if (job != m_lastJob)
            return;
        if (reply.status != notFound && !reply.isSuccess()) {
            feed.status = OnlineFeed::Status::Unreachable;
            feed.error = tr("Cannot read %1 from the feed server: %2").arg(fileName, reply.summary());
            finish(job, feed);
            return;
        }
        const QByteArray body = reply.status == notFound ? QByteArray() : reply.body;
        if (file == 0) {
            feed.statusJson = body;
            if (!body.isEmpty()) {
                auto parsed = StatusFeed::parse(body);
                if (!parsed) {
                    feed.status = OnlineFeed::Status::Unreachable;
                    feed.error = tr("The status.json on the feed server is not valid: %1").arg(parsed.error());
                    finish(job, feed);
                    return;
                }
                feed.document = *std::move(parsed);
            }
        } else if (file == 1) {
            feed.atomDe = body;
        } else {
            feed.atomEn = body;
            finish(job, feed);
            return;
        }
        read(job, file + 1, feed);
    });
}

void OnlineFeedReader::finish(quint64 job, const OnlineFeed &feed)
{
    if (job == m_lastJob)
        Q_EMIT fetched(job, feed);
}

} // namespace Leitstand
