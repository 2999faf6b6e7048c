#include "itemmodels/heartbeat.h"

#include <QTimeZone>

#include <utility>

namespace Leitstand {

Heartbeat Heartbeat::fromSample(const Sample &sample)
{
    EndpointState outcome = EndpointState::Down;
    if (sample.error == CheckError::Ok)
        outcome = EndpointState::Up;
    else if (sample.error == CheckError::SlowResponse || sample.error == CheckError::CertificateExpiring)
        outcome = EndpointState::Degraded;
    return Heartbeat {
        .time = QDateTime::fromMSecsSinceEpoch(sample.timeMs, QTimeZone::UTC),
        .state = outcome,
        .error = sample.error,
        .latencyMs = sample.latencyMs,
        .detail = sample.detail,
    };
}

void HeartbeatHistory::append(Heartbeat heartbeat)
{
    if (m_ring.size() < capacity) {
        if (m_ring.isEmpty())
            m_ring.reserve(capacity);
        m_ring.append(std::move(heartbeat));
        m_size = m_ring.size();
        return;
    }
    m_ring[m_first] = std::move(heartbeat);
    m_first = (m_first + 1) % capacity;
}

void HeartbeatHistory::clear()
{
    m_ring.clear();
    m_first = 0;
    m_size = 0;
}

const Heartbeat &HeartbeatHistory::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_size);
    return m_ring.at((m_first + i) % m_ring.size());
}

QList<Heartbeat> HeartbeatHistory::toList() const
{
    QList<Heartbeat> list;
    list.reserve(m_size);
    for (qsizetype i = 0; i < m_size; ++i)
        list.append(at(i));
    return list;
}

int HeartbeatHistory::failures() const
{
    int count = 0;
    for (const Heartbeat &heartbeat : m_ring) {
        if (heartbeat.state == EndpointState::Down)
            ++count;
    }
    return count;
}

} // namespace Leitstand
