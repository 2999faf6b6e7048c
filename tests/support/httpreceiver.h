#pragma once

#include <QByteArray>
#include <QHttpServer>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <memory>

namespace Leitstand::Test {

// A real HTTP server (QHttpServer) on 127.0.0.1 that records every request and answers with the
// statuses it is told to, in order (200 once they are used up): the receiving end of webhooks and
// of the Matrix client-server API in tests.
class HttpReceiver final
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // percent-encoded, as sent
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(QByteArrayView name) const;
    };

    HttpReceiver();
    ~HttpReceiver();

    bool start();
    QUrl url(const QString &path = {}) const;
    void answerWith(const QList<int> &statuses) { m_statuses = statuses; }
    const QList<Request> &requests() const { return m_requests; }

private:
    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr; // owned by m_server once bound
    QList<int> m_statuses;
    QList<Request> m_requests;
};

} // namespace Leitstand::Test
