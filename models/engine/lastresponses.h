#pragma once

#include "monitoring/checkresult.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace Leitstand {

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
    // The whole result: outcome, timings, status line, headers and the start of the body.
    std::optional<CheckResult> latest(qint64 endpointId) const;

Q_SIGNALS:
    void updated(qint64 endpointId);

private:
    QHash<qint64, CheckResult> m_responses;
};

} // namespace Leitstand
