#include "monitoring/checks/checkexecutor.h"

#include "monitoring/checks/checkenvironment.h"
#include "monitoring/checks/dnscheck.h"
#include "monitoring/checks/httpcheck.h"
#include "monitoring/checks/tcpcheck.h"
#include "monitoring/checks/tlscheck.h"

#include <QPointer>

#include <utility>

namespace Leitstand {

CheckExecutor::CheckExecutor(QObject *parent)
    : QObject(parent)
    , m_environment(std::make_unique<CheckEnvironment>())
{
    qRegisterMetaType<Leitstand::CheckResult>();
}

CheckExecutor::~CheckExecutor()
{
    // Before the network managers go: the checks' replies belong to them.
    cancelAll();
}

void CheckExecutor::cancelAll()
{
    const QSet<Check *> running = std::exchange(m_running, {});
    for (Check *check : running) {
        check->disconnect(this);
        delete check;
    }
}

void CheckExecutor::start(const Endpoint &endpoint, const QDateTime &dueAt)
{
    Check *check = nullptr;
    switch (endpoint.kind) {
    case CheckKind::Http:
    case CheckKind::Https:
        check = new HttpCheck(endpoint, dueAt, *m_environment);
        break;
    case CheckKind::Tcp:
        check = new TcpCheck(endpoint, dueAt, *m_environment);
        break;
    case CheckKind::Dns:
        check = new DnsCheck(endpoint, dueAt, *m_environment);
        break;
    case CheckKind::Tls:
        check = new TlsCheck(endpoint, dueAt, *m_environment);
        break;
    }
    Q_ASSERT(check);
    m_running.insert(check);
    // Queued: a check that fails at once (a .invalid name, a malformed target) must not answer
    // from inside start(), where the caller may still be dispatching.
    // The guard: cancelAll() may delete a check whose queued done() is still on its way.
    connect(
        check, &Check::done, this,
        [this, guard = QPointer<Check>(check)] {
            if (guard)
                onCheckDone(guard);
        },
        Qt::QueuedConnection);
    check->begin();
}

void CheckExecutor::onCheckDone(Check *check)
{
    m_running.remove(check);
    check->deleteLater();
    Q_EMIT finished(check->result());
}

} // namespace Leitstand
