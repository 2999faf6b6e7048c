#pragma once

#include "monitoring/checks/check.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPointer>
#include <QSslSocket>
#include <QUrl>

#include <memory>

namespace Leitstand {

// http and https: one request through the thread's QNetworkAccessManager, redirects followed here
// (so that loops and the limit are ours to see), the body read as it arrives and capped, then
// status, assertion, certificate expiry and latency, in that order.
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
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void recordCertificate(const QSslCertificate &leaf);
    bool isRedirect() const;
    void recordResponseHead();
    // Qt reports a peer that answers with something other than HTTP exactly like one that closes
    // the connection at once. Only in that case, a raw request on a second connection tells which.
    bool bodyCutShort(int status);
    void startProbe();
    void judgeProbe();
    void evaluate();

    QPointer<QNetworkReply> m_reply;
    QList<QUrl> m_visited;
    QByteArray m_body; // the whole body if an assertion needs it, else the excerpt
    qint64 m_received = 0;
    bool m_sawResponse = false;
    std::unique_ptr<QSslSocket> m_probe;
    QByteArray m_probeAnswer;
};

} // namespace Leitstand
