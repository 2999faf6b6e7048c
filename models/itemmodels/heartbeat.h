#pragma once

#include "monitoring/checkresult.h"
#include "storage/sample.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Leitstand {

// One bar of the overview's heartbeat strip: the outcome of one check.
struct Heartbeat
{
    QDateTime time; // UTC: when the check finished
    // The check's own outcome (Up, Degraded or Down), not the confirmed state: the strip is there to
    // show flapping that the confirmations hide.
    EndpointState state = EndpointState::Unknown;
    CheckError error = CheckError::Ok;
    int latencyMs = 0;
    QString detail;

    // A stored sample keeps the confirmed state and the error; the check's own outcome follows
    // from the error. The finish time is not stored: the start time stands in for it.
    static Heartbeat fromSample(const Sample &sample);

    friend bool operator==(const Heartbeat &, const Heartbeat &) = default;
};

// The last results of one endpoint, oldest first. A ring, so that a result costs no allocation
// and no shifting once the strip is full; the storage is only allocated with the first result,
// since most of 10,000 endpoints of a freshly opened console have none yet.
class HeartbeatHistory final
{
public:
    static constexpr qsizetype capacity = 30;

    void append(Heartbeat heartbeat);
    void clear();
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // i = 0 is the oldest.
    const Heartbeat &at(qsizetype i) const;
    const Heartbeat &latest() const { return at(m_size - 1); }
    QList<Heartbeat> toList() const;
    // How many of the results did not pass (Down); for sorting the strip's column.
    int failures() const;

private:
    QList<Heartbeat> m_ring;
    qsizetype m_first = 0; // index of the oldest in m_ring once it is full
    qsizetype m_size = 0;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::Heartbeat)
