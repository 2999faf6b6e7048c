#pragma once

#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <memory>

namespace Leitstand {

class Check;
class CheckEnvironment;

// Runs checks of any kind, asynchronously, on the thread it lives in. It owns that thread's network
// access (CheckEnvironment: user agent, TLS trust, manual redirects); each check is a small object
// of its kind (HttpCheck, TcpCheck, DnsCheck, TlsCheck) that lives until its result is out.
//
// Every start() is answered by exactly one finished(), always from the event loop (never inside
// start()), at the latest when the endpoint's timeout has passed. Destroying the executor drops the
// checks still running without a result.
class CheckExecutor final : public QObject
{
    Q_OBJECT

public:
    explicit CheckExecutor(QObject *parent = nullptr);
    ~CheckExecutor() override;
    Q_DISABLE_COPY_MOVE(CheckExecutor)

    void start(const Endpoint &endpoint, const QDateTime &dueAt);
    int runningCount() const { return int(m_running.size()); }
    // Drops every running check without a result, e.g. when the poller shuts down: their results
    // would arrive after the samples were flushed for the last time.
    void cancelAll();

Q_SIGNALS:
    void finished(const Leitstand::CheckResult &result);

private:
    void onCheckDone(Check *check);

    std::unique_ptr<CheckEnvironment> m_environment;
    QSet<Check *> m_running;
};

} // namespace Leitstand
