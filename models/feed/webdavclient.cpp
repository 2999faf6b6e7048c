#include "feed/webdavclient.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

struct WebDavText
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::WebDavClient)
};

} // namespace

QString WebDavReply::summary() const
{
    if (!error.isEmpty())
        return error;
    // Apache explains its statuses in an HTML page, which says no more than the reason phrase and
    // makes an audit line or a terminal line unreadable; a plain-text body may say why, so it stays.
    QString answer = reason.isEmpty() ? QString::number(status) : u"%1 %2"_s.arg(status).arg(reason);
    const QString text = QString::fromUtf8(body.left(200)).simplified();
    if (!text.isEmpty() && !text.startsWith(u'<'))
        answer += u": "_s + text;
    return answer;
}

WebDavClient::WebDavClient(FeedServer server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkRequest WebDavClient::request(const QString &fileName) const
{
    QNetworkRequest request(m_server.baseUrl.resolved(QUrl(fileName)));
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Cache-Control", "no-cache");
    switch (m_server.authentication) {
    case FeedServer::Authentication::None:
        break;
    case FeedServer::Authentication::Basic:
        request.setRawHeader("Authorization", "Basic " + (m_server.user + u':' + m_server.secret).toUtf8().toBase64());
        break;
    case FeedServer::Authentication::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_server.secret.toUtf8());
        break;
    }
    if (!m_server.extraAuthorities.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_server.extraAuthorities);
        request.setSslConfiguration(tls);
    }
    return request;
}

void WebDavClient::get(const QString &fileName, Callback done)
{
    watch(m_network.get(request(fileName)), std::move(done));
}

void WebDavClient::lock(const QString &fileName, Callback done)
{
    QNetworkRequest request = this->request(fileName);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/xml; charset=utf-8"));
    request.setRawHeader("Timeout", "Second-" + QByteArray::number(lockTimeoutSeconds));
    request.setRawHeader("Depth", "0");
    const QByteArray body = R"(<?xml version="1.0" encoding="utf-8"?>)"
                            R"(<D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope>)"
                            R"(<D:locktype><D:write/></D:locktype><D:owner>Leitstand</D:owner></D:lockinfo>)";
    watch(m_network.sendCustomRequest(request, "LOCK", body), std::move(done));
}

void WebDavClient::unlock(const QString &fileName, const QByteArray &lockToken, Callback done)
{
    QNetworkRequest request = this->request(fileName);
    request.setRawHeader("Lock-Token", "<" + lockToken + ">");
    watch(m_network.sendCustomRequest(request, "UNLOCK"), std::move(done));
}

void WebDavClient::put(const QString &fileName, const QByteArray &body, const QByteArray &contentType,
    const Precondition &precondition, Callback done)
{
    QNetworkRequest request = this->request(fileName);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    switch (precondition.kind) {
    case Precondition::Kind::None:
        break;
    case Precondition::Kind::Match:
        request.setRawHeader("If-Match", precondition.etag);
        break;
    case Precondition::Kind::NoneMatch:
        request.setRawHeader("If-None-Match", "*");
        break;
    }
    if (!precondition.lockToken.isEmpty())
        request.setRawHeader("If", "(<" + precondition.lockToken + ">)");
    watch(m_network.put(request, body), std::move(done));
}

void WebDavClient::watch(QNetworkReply *reply, Callback done)
{
    // A hostile or broken server must not fill the memory: stop reading past the limit.
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64) {
        if (received > maximumBodyBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, tooLarge, done = std::move(done)] {
        reply->deleteLater();
        WebDavReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.reason = QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        answer.etag = reply->rawHeader("ETag");
        answer.lockToken = reply->rawHeader("Lock-Token");
        if (answer.lockToken.startsWith('<') && answer.lockToken.endsWith('>'))
            answer.lockToken = answer.lockToken.mid(1, answer.lockToken.size() - 2);
        if (*tooLarge) {
            answer.error = WebDavText::tr("The server's answer is larger than %1 MiB.")
                               .arg(maximumBodyBytes / (qint64(1024) * 1024));
            answer.status = 0;
            done(answer);
            return;
        }
        answer.body = reply->readAll();
        // An HTTP error status is an answer to look at, not a transport failure.
        if (answer.status == 0) {
            answer.error = reply->error() == QNetworkReply::OperationCanceledError
                ? WebDavText::tr("The server did not answer within %1 seconds.").arg(timeoutMs / 1000)
                : WebDavText::tr("No answer from %1: %2").arg(reply->url().host(), reply->errorString());
        }
        done(answer);
    });
}

} // namespace Leitstand
