#pragma once

#include "monitoring/checks/check.h"

#include <QSslSocket>

namespace Leitstand {

// tls: a TLS handshake with host:port, verified per TlsSettings, then the certificate's expiry.
class TlsCheck final : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~TlsCheck() override;
    Q_DISABLE_COPY_MOVE(TlsCheck)

private:
    void run() override;
    void stop() override;
    void release();
    void onEncrypted();

    QSslSocket m_socket;
};

} // namespace Leitstand
