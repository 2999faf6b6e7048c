#pragma once

#include "monitoring/checks/check.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QList>

#include <array>
#include <memory>

namespace Leitstand {

// dns: resolves the target as A, AAAA or both (two lookups in parallel; ANY queries are refused by
// many servers, RFC 8482), through the system's resolver or DnsSettings::server, and checks that
// every expected address is among the answers.
class DnsCheck final : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~DnsCheck() override;
    Q_DISABLE_COPY_MOVE(DnsCheck)

private:
    void run() override;
    void stop() override;
    void release();
    void startLookups(const QHostAddress &server, quint16 port);
    void onLookupFinished();
    void evaluate();

    std::array<std::unique_ptr<QDnsLookup>, 2> m_lookups;
    int m_pending = 0;
    int m_hostLookupId = -1;
};

} // namespace Leitstand
