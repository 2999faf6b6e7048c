#pragma once

#include <QList>
#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace Leitstand {

// Turns POSIX signals (SIGTERM, SIGINT, SIGHUP) into a Qt signal in the event loop. A signal
// handler may do almost nothing safely, so it only writes the signal number into a socket pair;
// the event loop reads it and emits received(). This is the pattern Qt's documentation gives for
// "Calling Qt Functions From Unix Signal Handlers".
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    // At most one instance per process: the handlers share one socket pair.
    explicit SignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_signalNumbers;
};

} // namespace Leitstand
