#include "signalwatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace Leitstand {

namespace {

// [0] is written by the handler, [1] read by the event loop.
int g_socketPair[2] = {-1, -1};

void handleSignal(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char number = static_cast<unsigned char>(signalNumber);
    // If the pipe is full the process is already shutting down; losing one byte is harmless.
    [[maybe_unused]] const ssize_t written = ::write(g_socketPair[0], &number, 1);
    errno = savedErrno;
}

} // namespace

SignalWatcher::SignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(g_socketPair[0] == -1);
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_socketPair) != 0)
        qFatal("socketpair() failed: %s", strerror(errno));
    m_notifier = new QSocketNotifier(g_socketPair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readSignal);

    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : signalNumbers) {
        ::sigaction(signalNumber, &action, nullptr);
        m_signalNumbers.append(signalNumber);
    }
}

SignalWatcher::~SignalWatcher()
{
    // Without a watcher the signals must act as usual again (SIGTERM ends the process).
    for (const int signalNumber : std::as_const(m_signalNumbers))
        (void)::signal(signalNumber, SIG_DFL); // cannot fail for these signals
    delete m_notifier;
    ::close(g_socketPair[0]);
    ::close(g_socketPair[1]);
    g_socketPair[0] = g_socketPair[1] = -1;
}

void SignalWatcher::readSignal()
{
    unsigned char number = 0;
    while (::read(g_socketPair[1], &number, 1) == 1)
        Q_EMIT received(number);
}

} // namespace Leitstand
