#include "monitoring/checks/ondemandchecker.h"

#include "monitoring/checks/checkexecutor.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Leitstand {

OnDemandChecker::OnDemandChecker(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<QObject>())
{
    qRegisterMetaType<Leitstand::CheckResult>();
    m_thread.setObjectName(u"OnDemandChecker"_s);
    m_context->moveToThread(&m_thread);
    m_thread.start();
    // The executor's network managers belong to the thread that creates them.
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            m_executor = std::make_unique<CheckExecutor>();
            connect(m_executor.get(), &CheckExecutor::finished, m_context.get(), [this](const CheckResult &result) {
                const quint64 serial = m_runningSerial;
                QMetaObject::invokeMethod(
                    this, [this, serial, result] { deliver(serial, result); }, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

OnDemandChecker::~OnDemandChecker()
{
    QMetaObject::invokeMethod(m_context.get(), [this] { m_executor.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 OnDemandChecker::start(const Endpoint &endpoint)
{
    const quint64 serial = ++m_latestSerial;
    m_running = true;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, serial, endpoint] {
            m_executor->cancelAll();
            m_runningSerial = serial;
            m_executor->start(endpoint, QDateTime::currentDateTimeUtc());
        },
        Qt::QueuedConnection);
    return serial;
}

void OnDemandChecker::cancel()
{
    // A result already on its way is stale from now on.
    ++m_latestSerial;
    m_running = false;
    QMetaObject::invokeMethod(m_context.get(), [this] { m_executor->cancelAll(); }, Qt::QueuedConnection);
}

void OnDemandChecker::deliver(quint64 serial, const CheckResult &result)
{
    if (serial != m_latestSerial)
        return;
    m_running = false;
    Q_EMIT finished(serial, result);
}

} // namespace Leitstand
