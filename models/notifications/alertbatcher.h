#pragma once

#include "monitoring/statetracker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Leitstand {

enum class AlertKind : quint8 {
    Down, // only endpoints that went down
    Recovered, // only endpoints that came back
    Mixed,
};

struct Alert;

// Turns state transitions into desktop notifications: an endpoint that goes DOWN, and one that
// comes back from DOWN. A network outage takes many endpoints down within seconds, and a wall of
// fifty bubbles helps nobody, so transitions are gathered for batchWindowMs and announced
// together. While muted (until a given time), transitions are dropped, not saved for later:
// after a mute, the overview shows what is down, and old news would only distract.
class AlertBatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultBatchWindowMs = 2'000;
    static constexpr int namesShown = 5;

    using NameOf = std::function<QString(qint64)>; // the name shown for an endpoint id
    using Clock = std::function<QDateTime()>; // UTC

    explicit AlertBatcher(NameOf nameOf, QObject *parent = nullptr);

    void setBatchWindow(int milliseconds);
    void setClock(Clock clock); // for tests

    // For MonitoringEngine::stateChanged().
    void addTransition(const StateTransition &transition);

    // An invalid time or one in the past unmutes.
    void muteUntil(const QDateTime &utc);
    QDateTime mutedUntil() const; // invalid when not muted
    bool isMuted() const;

    // Announces what was gathered now instead of at the end of the window.
    void flush();

Q_SIGNALS:
    void alert(const Leitstand::Alert &alert);
    void mutedChanged(const QDateTime &untilUtc);

private:
    QString names(const QList<qint64> &ids) const;

    NameOf m_nameOf;
    Clock m_clock;
    QDateTime m_mutedUntil;
    QList<qint64> m_down;
    QList<qint64> m_recovered;
    QTimer m_timer;
};

// One desktop notification. Defined after AlertBatcher: lupdate loses the namespace of a QObject
// class that follows a plain struct here, and the class's texts would go untranslated.
struct Alert
{
    AlertKind kind = AlertKind::Down;
    QString title; // translated
    QString text; // translated, the endpoints by name
    QList<qint64> endpointIds;
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::Alert)
