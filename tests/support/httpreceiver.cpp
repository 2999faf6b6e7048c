#include "support/httpreceiver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace Leitstand::Test {

QByteArray HttpReceiver::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpReceiver::HttpReceiver()
{
    m_server.setMissingHandler(&m_server, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        Request recorded;
        switch (request.method()) {
        case QHttpServerRequest::Method::Post:
            recorded.method = "POST";
            break;
        case QHttpServerRequest::Method::Put:
            recorded.method = "PUT";
            break;
        case QHttpServerRequest::Method::Get:
            recorded.method = "GET";
            break;
        default:
            recorded.method = "OTHER";
            break;
        }
        recorded.path = request.url().path(QUrl::FullyEncoded).toUtf8();
        for (const auto &[name, value] : request.headers().toListOfPairs())
            recorded.headers.append({name, value});
        recorded.body = request.body();
        m_requests.append(recorded);
        const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
        responder.write(status < 300 ? QByteArray(R"({"event_id":"$leitstand"})") : QByteArray("try again later"),
            "application/json", QHttpServerResponder::StatusCode(status));
    });
}

HttpReceiver::~HttpReceiver() = default;

bool HttpReceiver::start()
{
    m_tcp = new QTcpServer(&m_server);
    return m_tcp->listen(QHostAddress::LocalHost) && m_server.bind(m_tcp);
}

QUrl HttpReceiver::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_tcp ? m_tcp->serverPort() : 0).arg(path));
}

} // namespace Leitstand::Test
