#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

namespace Leitstand {

// Where the status feed is published and how Leitstand signs in there. The secret itself (the
// password or the bearer token) is never kept here for longer than a publication: it lives in the
// SecretStore under secretKey.
struct FeedServer
{
    enum class Authentication { None, Basic, Bearer };

    QUrl baseUrl; // the WebDAV collection, ending in '/'
    Authentication authentication = Authentication::Basic;
    QString user; // Basic only
    QString secret;
    // Certificates to trust besides the system's, for a server with an authority of its own.
    QList<QSslCertificate> extraAuthorities;

    static QString secretKey() { return QStringLiteral("feed/publisher"); }
};

// What the server answered to one request.
struct WebDavReply
{
    int status = 0; // 0 when no HTTP answer came at all
    QString reason; // the status line's reason phrase, such as "Precondition Failed"; may be empty
    QByteArray etag; // as the server sent it, quotes included; empty if none
    QByteArray body;
    QByteArray lockToken; // LOCK: the token, without angle brackets
    QString error; // translated; empty when an HTTP answer came (whatever its status)

    bool isSuccess() const { return error.isEmpty() && status >= 200 && status < 300; }
    // For people and the audit log: "412 Precondition Failed", or the error.
    QString summary() const;
};

// GET and conditional PUT of single files in a WebDAV collection, as the feed publisher needs them:
// no redirects followed (a feed server that redirects a PUT is misconfigured, and credentials must
// not travel to another host), bounded answer size and time, no proxy (see HttpCheck).
class WebDavClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const WebDavReply &reply)>;

    // What a PUT demands of the file on the server.
    struct Precondition
    {
        enum class Kind { None, Match, NoneMatch };
        Kind kind = Kind::None;
        QByteArray etag; // Match: the ETag last read
        QByteArray lockToken; // the lock held on the file, if any

        static Precondition match(const QByteArray &etag) { return {Kind::Match, etag, {}}; }
        static Precondition absent() { return {Kind::NoneMatch, {}, {}}; }
    };

    static constexpr qint64 maximumBodyBytes = qint64(8) * 1024 * 1024;
    static constexpr int timeoutMs = 30'000;
    static constexpr int lockTimeoutSeconds = 60;

    explicit WebDavClient(FeedServer server, QObject *parent = nullptr);

    void get(const QString &fileName, Callback done);
    // An exclusive write lock (RFC 4918) that the server drops by itself after lockTimeoutSeconds,
    // should Leitstand die holding it. The reply's lockToken() is what put() and unlock() need.
    void lock(const QString &fileName, Callback done);
    void unlock(const QString &fileName, const QByteArray &lockToken, Callback done);
    void put(const QString &fileName, const QByteArray &body, const QByteArray &contentType,
        const Precondition &precondition, Callback done);

    const FeedServer &server() const { return m_server; }

private:
    QNetworkRequest request(const QString &fileName) const;
    void watch(QNetworkReply *reply, Callback done);

    FeedServer m_server;
    QNetworkAccessManager m_network;
};

} // namespace Leitstand
