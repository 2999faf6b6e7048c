#pragma once

#include "feed/statusfeed.h"
#include "feed/webdavclient.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Leitstand {

// What the feed server holds now: status.json and both Atom feeds, as the notice editor's preview
// compares against them.
struct OnlineFeed
{
    enum class Status {
        NotConfigured, // no feed server is set up: nothing to compare with
        Unreachable, // error says why
        Read,
    };
    Status status = Status::NotConfigured;
    QString error; // translated
    StatusFeedDocument document; // parsed status.json; empty when the server has none yet
    QByteArray statusJson; // as online; empty when missing
    QByteArray atomDe;
    QByteArray atomEn;
};

// Reads the three documents with WebDavClient, whose network requests run asynchronously, so the
// GUI thread never waits for the server. A newer fetch supersedes an older one: only the latest
// is answered.
class OnlineFeedReader final : public QObject
{
    Q_OBJECT

public:
    // Without a server, every fetch answers NotConfigured.
    explicit OnlineFeedReader(std::optional<FeedServer> server, QObject *parent = nullptr);
    ~OnlineFeedReader() override;
    Q_DISABLE_COPY_MOVE(OnlineFeedReader)

    quint64 fetch(); // answered by fetched()
    // Reads from another server from now on (none: NotConfigured); earlier fetches are not answered.
    void setServer(std::optional<FeedServer> server);

Q_SIGNALS:
    void fetched(quint64 job, const Leitstand::OnlineFeed &feed);

private:
    void read(quint64 job, int file, OnlineFeed feed);
    void finish(quint64 job, const OnlineFeed &feed);

    std::unique_ptr<WebDavClient> m_client;
    quint64 m_lastJob = 0;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::OnlineFeed)
