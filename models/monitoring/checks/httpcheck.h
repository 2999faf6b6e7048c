#pragma once

#include "monitoring/checks/check.h"
#include "monitoring/checks/httpresponseparser.h"

#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QTcpSocket>
#include <QUrl>

#include <memory>
#include <optional>

namespace Leitstand {

// http and https: one HTTP/1.1 request on a fresh connection (QTcpSocket, or QSslSocket for
// https), the answer read by HttpResponseParser, redirects followed here so that loops and the
// limit are ours to see, the body capped as it arrives; then status, assertion, certificate expiry
// and latency, in that order.
//
// Not QNetworkAccessManager: a monitor needs none of its connection reuse, cache, cookies or
// decompression, and per request it cost more CPU than everything else of a check together
// (docs/performance.md). Without those, what a check measures is plainer too: one connection, one
// request, the bytes the server sent.
class HttpCheck final : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~HttpCheck() override;
    Q_DISABLE_COPY_MOVE(HttpCheck)

    static constexpr qsizetype excerptBytes = 4096;

private:
    void run() override;
    void stop() override;
    QString timeoutDetail() const override;
    void release();
    void send(const QUrl &url);
    QByteArray requestFor(const QUrl &url) const;
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void handle(HttpResponseParser::Progress progress);
    void onBody(QByteArrayView piece);
    bool isRedirect() const;
    // Judges a complete head; false if the check ended or moved on to a redirect's target.
    bool onHead();
    void followRedirect();
    void evaluate();

    std::unique_ptr<QTcpSocket> m_socket; // a QSslSocket for https
    std::optional<HttpResponseParser> m_parser;
    QUrl m_url;
    QList<QUrl> m_visited;
    QByteArray m_body; // the whole body if an assertion needs it, else the excerpt
};

} // namespace Leitstand
