#include "monitoring/checks/httpcheck.h"

#include "monitoring/checks/bodyassertion.h"
#include "monitoring/checks/checkenvironment.h"

#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslSocket>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

bool isHttps(const QUrl &url)
{
    return url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (isHttps(url) || url.scheme().compare("http"_L1, Qt::CaseInsensitive) == 0);
}

quint16 portOf(const QUrl &url)
{
    return quint16(url.port(isHttps(url) ? 443 : 80));
}

QByteArray hostField(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1 && url.port() != (isHttps(url) ? 443 : 80))
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

HttpCheck::~HttpCheck()
{
    release();
}

void HttpCheck::run()
{
    const QUrl url(endpoint().target);
    if (!isHttpUrl(url)) {
        fail(CheckError::NetworkError, u"target %1 is not an http(s) URL"_s.arg(endpoint().target));
        return;
    }
    m_visited.append(url);
    send(url);
}

QByteArray HttpCheck::requestFor(const QUrl &url) const
{
    const HttpSettings &http = endpoint().http;
    const auto given = [&](QByteArrayView name) {
        return std::ranges::any_of(
            http.headers, [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    QByteArray request = http.method + ' ' + target + " HTTP/1.1\r\n";
    if (!given("Host"))
        request += "Host: " + hostField(url) + "\r\n";
    if (!given("User-Agent"))
        request += "User-Agent: " + environment().userAgent() + "\r\n";
    if (!given("Accept"))
        request += "Accept: */*\r\n";
    // The body is judged and shown as the server sent it, so nothing compressed.
    if (!given("Accept-Encoding"))
        request += "Accept-Encoding: identity\r\n";
    for (const auto &[name, value] : http.headers)
        request += name + ": " + value + "\r\n";
    // A monitor measures a fresh connection each time.
    if (!given("Connection"))
        request += "Connection: close\r\n";
    return request + "\r\n";
}

void HttpCheck::send(const QUrl &url)
{
    m_url = url;
    m_body.clear();
    m_parser.emplace([this](QByteArrayView piece) { onBody(piece); }, endpoint().http.method == "HEAD");
    const QString host = url.host(QUrl::FullyEncoded);
    if (isHttps(url)) {
        const TlsPolicy::Trust &trust = environment().tls().trust(endpoint().tls);
        if (!trust.problem.isEmpty()) {
            fail(CheckError::TlsError, trust.problem);
            return;
        }
        auto socket = std::make_unique<QSslSocket>();
        QSslSocket *ssl = socket.get();
        ssl->setSslConfiguration(trust.configuration);
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
            if (const QSslCertificate leaf = ssl->peerCertificate(); !leaf.isNull())
                mutableResult().certificateExpiry = leaf.expiryDate().toUTC();
            ssl->write(requestFor(m_url));
        });
        connect(ssl, &QSslSocket::sslErrors, this, &HttpCheck::onSslErrors);
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QAbstractSocket::connected, this, [this] { m_socket->write(requestFor(m_url)); });
    }
    // Leitstand sets no application proxy, and asking Qt's proxy factory anyway costs a lock and a
    // list per connection.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket.get(), &QIODevice::readyRead, this, &HttpCheck::onReadyRead);
    connect(m_socket.get(), &QAbstractSocket::errorOccurred, this, &HttpCheck::onSocketError);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.get()))
        ssl->connectToHostEncrypted(host, portOf(url));
    else
        m_socket->connectToHost(host, portOf(url));
}

void HttpCheck::onReadyRead()
{
    std::array<char, std::size_t(16) * 1024> buffer;
    while (!isFinished() && m_socket) {
        QTcpSocket *socket = m_socket.get();
        const qint64 read = socket->read(buffer.data(), qint64(buffer.size()));
        if (read <= 0)
            return;
        QByteArrayView data(buffer.data(), qsizetype(read));
        for (;;) {
            const HttpResponseParser::Progress progress = m_parser->feed(data);
            if (progress == HttpResponseParser::Progress::HeadComplete) {
                if (onHead())
                    continue;
                return;
            }
            if (progress != HttpResponseParser::Progress::NeedMore)
                handle(progress);
            break;
        }
    }
}

void HttpCheck::handle(HttpResponseParser::Progress progress)
{
    if (isFinished())
        return;
    if (progress == HttpResponseParser::Progress::Complete) {
        evaluate();
    } else if (progress == HttpResponseParser::Progress::Failed) {
        if (!m_parser->notHttpAnswer().isEmpty())
            mutableResult().bodyExcerpt = m_parser->notHttpAnswer();
        fail(m_parser->error(), m_parser->errorDetail());
    }
}

void HttpCheck::onSocketError(QAbstractSocket::SocketError error)
{
    if (isFinished())
        return;
    if (error != QAbstractSocket::RemoteHostClosedError) {
        fail(classifySocketError(error), socketErrorText(error, m_socket->errorString()));
        return;
    }
    // What is still buffered belongs to the answer; it may complete it or lead elsewhere.
    const qsizetype hop = m_visited.size();
    onReadyRead();
    if (isFinished() || m_visited.size() != hop)
        return;
    handle(m_parser->finishAtClose());
}

void HttpCheck::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate leaf = static_cast<QSslSocket *>(m_socket.get())->peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.constFirst().certificate();
    if (!leaf.isNull())
        mutableResult().certificateExpiry = leaf.expiryDate().toUTC();
    // Verification is off by VerifyNone in the configuration, so any error here is a real failure.
    fail(CheckError::TlsError, describeSslErrors(errors));
}

void HttpCheck::onBody(QByteArrayView piece)
{
    if (isFinished())
        return;
    const qint64 cap = endpoint().http.maxBodyBytes;
    if (m_parser->bodyBytes() > cap) {
        fail(CheckError::BodyTooLarge, u"body exceeds the limit of %1 bytes"_s.arg(cap));
        return;
    }
    const bool keepAll = endpoint().http.assertion.kind != BodyAssertion::Kind::None;
    const qsizetype wanted = keepAll ? piece.size() : std::min(piece.size(), excerptBytes - m_body.size());
    if (wanted > 0)
        m_body.append(piece.first(wanted));
}

bool HttpCheck::isRedirect() const
{
    const int status = m_parser->status();
    return status >= 300 && status < 400 && status != 304 && endpoint().http.maxRedirects > 0
        && !m_parser->header("Location").isEmpty();
}

bool HttpCheck::onHead()
{
    CheckResult &result = mutableResult();
    result.httpStatus = m_parser->status();
    result.responseHead = m_parser->head();
    result.contentType = QString::fromLatin1(m_parser->header("Content-Type"));
    if (isRedirect()) {
        followRedirect();
        return false;
    }
    const std::optional<qint64> length = m_parser->contentLength();
    const qint64 cap = endpoint().http.maxBodyBytes;
    if (length && *length > cap && !m_parser->isComplete()) {
        fail(CheckError::BodyTooLarge, u"Content-Length %1 exceeds the limit of %2 bytes"_s.arg(*length).arg(cap));
        return false;
    }
    return true;
}

void HttpCheck::followRedirect()
{
    const QUrl next = m_url.resolved(QUrl::fromEncoded(m_parser->header("Location")));
    if (!isHttpUrl(next)) {
        fail(CheckError::ProtocolError, u"redirect to %1, which is not an http(s) URL"_s.arg(next.toDisplayString()));
        return;
    }
    if (m_visited.contains(next)) {
        fail(CheckError::RedirectLoop, u"redirect back to %1"_s.arg(next.toDisplayString()));
        return;
    }
    if (m_visited.size() > endpoint().http.maxRedirects) {
        fail(CheckError::RedirectLoop, u"more than %1 redirects"_s.arg(endpoint().http.maxRedirects));
        return;
    }
    m_visited.append(next);
    release();
    send(next);
}

void HttpCheck::evaluate()
{
    CheckResult &result = mutableResult();
    result.bodyExcerpt = m_body.left(excerptBytes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<CertificateVerdict> certificate;
    if (result.certificateExpiry)
        certificate = certificateVerdict(*result.certificateExpiry, endpoint().tls.warnDays, now);
    if (certificate && certificate->status == EndpointState::Down) {
        fail(certificate->error, certificate->detail);
        return;
    }

    const HttpSettings &http = endpoint().http;
    const bool expected = std::any_of(http.expectedStatus.cbegin(), http.expectedStatus.cend(),
        [&](const StatusRange &range) { return range.contains(result.httpStatus); });
    if (!expected) {
        const QString reason = QString::fromLatin1(m_parser->reasonPhrase());
        fail(CheckError::HttpStatus, u"HTTP %1 %2"_s.arg(result.httpStatus).arg(reason).trimmed());
        return;
    }
    if (const QString failure = bodyAssertionFailure(http.assertion, m_body); !failure.isEmpty()) {
        fail(CheckError::AssertionFailed, failure);
        return;
    }
    if (certificate) {
        finish(certificate->status, certificate->error, certificate->detail);
        return;
    }
    if (http.degradedAboveMs > 0 && elapsedMs() > http.degradedAboveMs) {
        finish(EndpointState::Degraded, CheckError::SlowResponse,
            u"answered in %1 ms, above %2 ms"_s.arg(elapsedMs()).arg(http.degradedAboveMs));
        return;
    }
    succeed();
}

QString HttpCheck::timeoutDetail() const
{
    if (m_parser && m_parser->bodyBytes() > 0)
        return u"no complete answer within %1 ms (%2 bytes of the body received)"_s.arg(endpoint().timeoutMs)
            .arg(m_parser->bodyBytes());
    return Check::timeoutDetail();
}

void HttpCheck::stop()
{
    release();
}

void HttpCheck::release()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket.release();
    socket->disconnect(this);
    socket->abort();
    // The socket may be inside one of its own signals.
    socket->deleteLater();
}

} // namespace Leitstand
