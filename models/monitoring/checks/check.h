#pragma once

#include "monitoring/checkresult.h"
#include "monitoring/endpoint.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>

#include <optional>
#include <utility>

namespace Leitstand {

class CheckEnvironment;

// One check of one endpoint, from start to result. Subclasses do the talking; this base keeps the
// clock, enforces the endpoint's timeout (a check never outlives it) and fills in the result.
// begin() must be called once; done() follows exactly once, after which the check is inert.
class Check : public QObject
{
    Q_OBJECT

public:
    Check(const Endpoint &endpoint, const QDateTime &dueAt, CheckEnvironment &environment);
    ~Check() override;
    Q_DISABLE_COPY_MOVE(Check)

    void begin();
    bool isFinished() const { return m_finished; }
    const CheckResult &result() const { return m_result; }

    // host:port of a tcp or tls target ("[::1]:443" for IPv6), if it has both.
    static std::optional<std::pair<QString, quint16>> splitHostPort(const QString &target);
    // RFC 6761: names under .invalid never exist, so they are answered here without traffic.
    static bool isReservedInvalidName(const QString &host);
    static CheckError classifySocketError(QAbstractSocket::SocketError error);
    // The socket error in English words for CheckResult::detail, whatever language Qt's own
    // messages are in: details are stored and read by every console, whatever its language.
    // Qt's message only contributes what follows its first ": " (OpenSSL's English reason).
    static QString socketErrorText(QAbstractSocket::SocketError error, const QString &qtMessage);

Q_SIGNALS:
    void done();

protected:
    virtual void run() = 0;
    // Drops every connection and lookup at once; nothing of the check may signal afterwards.
    virtual void stop() = 0;
    // What the deadline reports, e.g. how far the check got.
    virtual QString timeoutDetail() const;

    void finish(EndpointState status, CheckError error, const QString &detail = {});
    void succeed() { finish(EndpointState::Up, CheckError::Ok); }
    void fail(CheckError error, const QString &detail) { finish(EndpointState::Down, error, detail); }

    const Endpoint &endpoint() const { return m_endpoint; }
    CheckEnvironment &environment() const { return m_environment; }
    CheckResult &mutableResult() { return m_result; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    void timerEvent(QTimerEvent *event) override;

    const Endpoint m_endpoint;
    CheckEnvironment &m_environment;
    CheckResult m_result;
    QElapsedTimer m_clock;
    int m_deadlineTimer = 0;
    bool m_finished = false;
};

} // namespace Leitstand
