#pragma once

#include "itemmodels/heartbeat.h"
#include "monitoring/checkresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Leitstand {

// The overview's texts for people: translated and formatted for the current locale (QLocale()).
// Kept apart from the models so that the detail pane and the status bar say things the same way.
class EndpointText final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::EndpointText)

public:
    static QString latency(int milliseconds);
    // `fraction` is 0…1, as UptimeSummary::availability() gives it. Rounded down to two decimals,
    // so that an endpoint with any downtime never shows 100.00 %.
    static QString uptime(double fraction);
    // In local time; invalid gives an empty string.
    static QString time(const QDateTime &utc);
    // "3 endpoints, 1 down, 2 degraded": what a service row says about its endpoints.
    static QString serviceSummary(int endpoints, int down, int degraded);
    // The state, since when, why and Qt's or the server's own words, one per line.
    static QString stateToolTip(
        EndpointState state, const QDateTime &sinceUtc, CheckError error, const QString &detail);
    // What one bar of the heartbeat strip says when hovered.
    static QString heartbeatToolTip(const Heartbeat &heartbeat);
    // The strip for screen readers, which cannot see the bars.
    static QString heartbeatSummary(const HeartbeatHistory &history);
    // A stored detail (English, see Check::socketErrorText) in the console's language where
    // Leitstand wrote it itself, such as the certificate's expiry; others as they are.
    static QString detail(const QString &stored);
    // The error message and the detail, for searching and the detail pane; empty when all was well.
    static QString errorText(CheckError error, const QString &detail);
};

} // namespace Leitstand
