#pragma once

#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Leitstand {

class CheckExecutor;

// Runs one check at a time when asked, for the endpoint editor's "Check now": in a thread of its
// own with its own CheckExecutor, so that name lookups, handshakes and slow servers never hold up
// the GUI, and without the scheduler, the state tracker or storage: the result is only shown.
class OnDemandChecker final : public QObject
{
    Q_OBJECT

public:
    explicit OnDemandChecker(QObject *parent = nullptr);
    // Drops a check that is running and joins the thread.
    ~OnDemandChecker() override;
    Q_DISABLE_COPY_MOVE(OnDemandChecker)

    // Checks `endpoint` as it is, stored or not, dropping a check still running. Returns the serial
    // that finished() carries; the answer comes at the latest after the endpoint's timeout.
    quint64 start(const Endpoint &endpoint);
    // Drops the running check: there will be no finished() for it.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Only for the latest start() that was not cancelled.
    void finished(quint64 serial, const Leitstand::CheckResult &result);

private:
    void deliver(quint64 serial, const CheckResult &result);

    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives in m_thread
    std::unique_ptr<CheckExecutor> m_executor; // created, used and destroyed in m_thread
    quint64 m_runningSerial = 0; // in m_thread: of the check the executor runs
    quint64 m_latestSerial = 0; // in the owner's thread
    bool m_running = false; // in the owner's thread
};

} // namespace Leitstand
