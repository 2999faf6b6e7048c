#pragma once

#include "monitoring/checkresult.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Leitstand {

// What the detail pane shows as an endpoint's last response.
struct LastResponse
{
    QDateTime finishedAt; // UTC
    EndpointState status = EndpointState::Unknown; // the check's own outcome
    CheckError error = CheckError::Ok;
    QString detail;
    int latencyMs = 0;
    int httpStatus = 0;
    QByteArray head; // status line and headers, as received
    QByteArray bodyExcerpt;
    QString contentType;
};

// The last response of every endpoint checked since the console started, kept in memory: the
// samples table stores only numbers, and writing every body at a thousand checks a second would
// cost more than the detail pane is worth. Bounded by the checks' excerpt size (a few KB each).
class LastResponses final : public QObject
{
    Q_OBJECT

public:
    explicit LastResponses(QObject *parent = nullptr);

    // For MonitoringEngine::resultReady().
    void record(const CheckResult &result);
    void remove(qint64 endpointId);
    std::optional<LastResponse> latest(qint64 endpointId) const;

Q_SIGNALS:
    void updated(qint64 endpointId);

private:
    QHash<qint64, LastResponse> m_responses;
};

} // namespace Leitstand
