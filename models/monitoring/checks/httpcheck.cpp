#include "monitoring/checks/httpcheck.h"

#include "monitoring/checks/bodyassertion.h"
#include "monitoring/checks/checkenvironment.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

CheckError classifyTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return CheckError::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return CheckError::ConnectionReset;
    case QNetworkReply::HostNotFoundError:
        return CheckError::DnsFailure;
    case QNetworkReply::TimeoutError:
        return CheckError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return CheckError::TlsError;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return CheckError::RedirectLoop;
    default:
        return CheckError::NetworkError;
    }
}

// QNetworkReply numbers its errors by group: below 200 the connection failed, 300-399 the peer
// did not speak HTTP; 200-299 and 400-499 are HTTP answers with a status code.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

bool isProtocolError(QNetworkReply::NetworkError error)
{
    return error >= QNetworkReply::ProtocolUnknownError && error <= QNetworkReply::ProtocolFailure;
}

} // namespace

HttpCheck::~HttpCheck()
{
    release();
}

void HttpCheck::run()
{
    const QUrl url(endpoint().target);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1)) {
        fail(CheckError::NetworkError, u"target %1 is not an http(s) URL"_s.arg(endpoint().target));
        return;
    }
    m_visited.append(url);
    send(url);
}

void HttpCheck::send(const QUrl &url)
{
    QNetworkRequest request = environment().request(url);
    for (const auto &[name, value] : endpoint().http.headers)
        request.setRawHeader(name, value);
    const bool https = url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
    const TlsPolicy::Trust &trust = environment().tls().trust(https ? endpoint().tls : TlsSettings {});
    if (https) {
        if (!trust.problem.isEmpty()) {
            fail(CheckError::TlsError, trust.problem);
            return;
        }
        request.setSslConfiguration(trust.configuration);
    }
    m_sawResponse = false;

    QNetworkAccessManager &network = environment().network(trust);
    const QByteArray &method = endpoint().http.method;
    m_reply = method == "HEAD" ? network.head(request) : network.sendCustomRequest(request, method);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpCheck::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCheck::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCheck::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpCheck::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this,
        [this] { recordCertificate(m_reply->sslConfiguration().peerCertificate()); });
}

bool HttpCheck::isRedirect() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 300 && status < 400 && status != 304 && endpoint().http.maxRedirects > 0
        && m_reply->hasRawHeader("Location");
}

void HttpCheck::onMetaDataChanged()
{
    m_sawResponse = true;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 cap = endpoint().http.maxBodyBytes;
    if (length.isValid() && length.toLongLong() > cap && !isRedirect())
        fail(CheckError::BodyTooLarge,
            u"Content-Length %1 exceeds the limit of %2 bytes"_s.arg(length.toLongLong()).arg(cap));
}

void HttpCheck::onReadyRead()
{
    const qint64 available = m_reply->bytesAvailable();
    m_received += available;
    const qint64 cap = endpoint().http.maxBodyBytes;
    if (m_received > cap) {
        fail(CheckError::BodyTooLarge, u"body exceeds the limit of %1 bytes"_s.arg(cap));
        return;
    }
    // Read straight into the buffer: no temporary per chunk.
    const bool keepAll = endpoint().http.assertion.kind != BodyAssertion::Kind::None;
    const qint64 wanted = keepAll ? available : std::min<qint64>(available, excerptBytes - m_body.size());
    if (wanted > 0) {
        const qsizetype before = m_body.size();
        m_body.resize(before + wanted);
        const qint64 read = m_reply->read(m_body.data() + before, wanted);
        m_body.resize(before + std::max<qint64>(read, 0));
    }
    if (m_reply->bytesAvailable() > 0)
        m_reply->skip(m_reply->bytesAvailable());
}

void HttpCheck::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.constFirst().certificate();
    recordCertificate(leaf);
    // Verification is off by VerifyNone in the configuration, so any error here is a real failure.
    fail(CheckError::TlsError, describeSslErrors(errors));
}

void HttpCheck::recordCertificate(const QSslCertificate &leaf)
{
    if (!leaf.isNull())
        mutableResult().certificateExpiry = leaf.expiryDate().toUTC();
}

void HttpCheck::onFinished()
{
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error == QNetworkReply::RemoteHostClosedError && !m_sawResponse) {
        startProbe();
        return;
    }
    if (isTransportError(error)) {
        fail(classifyTransportError(error), m_reply->errorString());
        return;
    }
    if (isProtocolError(error)) {
        fail(CheckError::ProtocolError, m_reply->errorString());
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(CheckError::ProtocolError, u"no HTTP status in the answer"_s);
        return;
    }
    if (bodyCutShort(status))
        return;
    mutableResult().httpStatus = status;
    recordResponseHead();

    if (isRedirect()) {
        const QUrl next = m_reply->url().resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
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
        m_body.clear();
        m_received = 0;
        send(next);
        return;
    }
    evaluate();
}

// QNetworkAccessManager reports a body cut short by a reset as complete when the socket is already
// unconnected by the time it reads (a race in QHttpNetworkConnectionChannel), so count the bytes.
// Compressed bodies are skipped: Content-Length then counts bytes before decompression.
bool HttpCheck::bodyCutShort(int status)
{
    if (m_reply->bytesAvailable() > 0) {
        onReadyRead();
        if (isFinished())
            return true;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const bool bodyExpected = endpoint().http.method != "HEAD" && status != 204 && status != 304;
    if (!length.isValid() || !bodyExpected || m_reply->hasRawHeader("Content-Encoding")
        || m_received >= length.toLongLong())
        return false;
    fail(CheckError::ConnectionReset,
        u"the connection closed after %1 of %2 bytes of the body"_s.arg(m_received).arg(length.toLongLong()));
    return true;
}

void HttpCheck::startProbe()
{
    const QUrl url = m_reply->url();
    const bool https = url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0;
    release();
    m_probe = std::make_unique<QSslSocket>();
    const auto request = [this, url] {
        m_probe->write(endpoint().http.method + ' ' + url.path(QUrl::FullyEncoded).toUtf8()
            + " HTTP/1.1\r\nHost: " + url.host(QUrl::FullyEncoded).toUtf8() + "\r\nConnection: close\r\n\r\n");
    };
    connect(m_probe.get(), &QSslSocket::readyRead, this, [this] {
        m_probeAnswer += m_probe->read(64 - m_probeAnswer.size());
        if (m_probeAnswer.trimmed().size() >= 5)
            judgeProbe();
    });
    connect(m_probe.get(), &QAbstractSocket::errorOccurred, this, [this] { judgeProbe(); });
    if (https) {
        QSslConfiguration configuration = environment().tls().trust(endpoint().tls).configuration;
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the handshake has already been judged
        m_probe->setSslConfiguration(configuration);
        connect(m_probe.get(), &QSslSocket::encrypted, this, request);
        m_probe->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        connect(m_probe.get(), &QAbstractSocket::connected, this, request);
        m_probe->connectToHost(url.host(), quint16(url.port(80)));
    }
}

void HttpCheck::judgeProbe()
{
    const QByteArray answer = m_probeAnswer.trimmed();
    if (!answer.isEmpty() && !answer.startsWith("HTTP/")) {
        mutableResult().bodyExcerpt = m_probeAnswer;
        QByteArray shown;
        for (const char c : answer.left(32))
            shown += (c >= 0x20 && c < 0x7f) ? QByteArray(1, c) : "\\x" + QByteArray::number(quint8(c), 16);
        fail(CheckError::ProtocolError,
            u"the server answered with something that is not HTTP: %1"_s.arg(QString::fromLatin1(shown)));
        return;
    }
    fail(CheckError::ConnectionReset, u"the server closed the connection without an answer"_s);
}

void HttpCheck::recordResponseHead()
{
    CheckResult &result = mutableResult();
    const bool http2 = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    QByteArray head = http2 ? QByteArrayLiteral("HTTP/2 ") : QByteArrayLiteral("HTTP/1.1 ");
    head += QByteArray::number(result.httpStatus);
    const QByteArray reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    if (!reason.isEmpty())
        head += ' ' + reason;
    head += "\r\n";
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        head += name + ": " + value + "\r\n";
    result.responseHead = head;
    result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
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
        const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
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
    if (m_received > 0)
        return u"no complete answer within %1 ms (%2 bytes of the body received)"_s.arg(endpoint().timeoutMs)
            .arg(m_received);
    return Check::timeoutDetail();
}

void HttpCheck::stop()
{
    release();
}

void HttpCheck::release()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe.release()->deleteLater();
    }
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    // Replies are owned by the manager until deleted; this one may be inside its own signal.
    reply->deleteLater();
}

} // namespace Leitstand
