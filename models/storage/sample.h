#pragma once

#include "monitoring/checkresult.h"

#include <QString>

namespace Leitstand {

// One stored check result: what the charts and the uptime arithmetic need, nothing more.
struct Sample
{
    qint64 endpointId = 0;
    qint64 timeMs = 0; // UTC, milliseconds since the epoch; stored to the second
    int latencyMs = 0;
    EndpointState state = EndpointState::Unknown; // after confirmations and maintenance windows
    CheckError error = CheckError::Ok;
    // Kept only as the endpoint's last error (EndpointStatus), not with every sample.
    QString detail;

    // The result's start time, latency, status, error and detail.
    static Sample fromResult(const CheckResult &result);

    // State and error in one small integer: 1 byte in SQLite for every state and the error codes
    // there are today (a 5-bit state would leave room; 3 bits hold the six states).
    static constexpr int encodeCode(EndpointState state, CheckError error) { return int(state) | (int(error) << 3); }
    static constexpr EndpointState stateOfCode(qint64 code) { return EndpointState(code & 7); }
    static constexpr CheckError errorOfCode(qint64 code) { return CheckError(code >> 3); }
};

// Seconds spent in each state; Paused counts as unknown, because nothing was measured.
struct StateSeconds
{
    qint64 up = 0;
    qint64 degraded = 0;
    qint64 down = 0;
    qint64 maintenance = 0;
    qint64 unknown = 0;

    void add(EndpointState state, qint64 seconds);
    qint64 inState(EndpointState state) const; // Paused gives unknown, as add() counts it
    qint64 total() const { return up + degraded + down + maintenance + unknown; }
    StateSeconds &operator+=(const StateSeconds &other);
    friend bool operator==(const StateSeconds &, const StateSeconds &) = default;
};

// How long a sample's state counts when no newer sample follows: two check intervals. Longer
// silences (the workstation was off, the poller hung) are unknown time, not the last state.
qint64 sampleHoldSeconds(qint64 intervalMs);

} // namespace Leitstand
