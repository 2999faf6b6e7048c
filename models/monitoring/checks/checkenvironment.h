#pragma once

#include "monitoring/checks/tlspolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <memory>
#include <vector>

namespace Leitstand {

// What every check of one thread shares: the thread's network access, the one request template
// all HTTP checks start from, and the TLS trust of each kind of endpoint.
//
// One QNetworkAccessManager per TLS trust (system authorities, verification off, each CA file), all
// set up alike: a manager reuses its connection object for a host and port with the TLS
// configuration of the request that created it, so two endpoints on one host that trust
// differently must not share a manager. Plain HTTP uses the first.
class CheckEnvironment final
{
public:
    CheckEnvironment();
    ~CheckEnvironment();
    Q_DISABLE_COPY_MOVE(CheckEnvironment)

    QNetworkAccessManager &network(const TlsPolicy::Trust &trust);
    // User agent, manual redirects, HTTP/1.1 with `Connection: close` (a monitor measures a fresh
    // connection each time), no cookies and no cache.
    QNetworkRequest request(const QUrl &url) const;
    TlsPolicy &tls() { return m_tls; }

private:
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks; // by TlsPolicy::Trust::index
    QNetworkRequest m_prototype;
    TlsPolicy m_tls;
};

} // namespace Leitstand
