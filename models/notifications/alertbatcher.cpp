#include "notifications/alertbatcher.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Leitstand {

AlertBatcher::AlertBatcher(NameOf nameOf, QObject *parent)
    : QObject(parent)
    , m_nameOf(std::move(nameOf))
    , m_clock(&QDateTime::currentDateTimeUtc)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultBatchWindowMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertBatcher::flush);
}

void AlertBatcher::setBatchWindow(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void AlertBatcher::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void AlertBatcher::addTransition(const StateTransition &transition)
{
    if (isMuted())
        return;
    QList<qint64> *list = nullptr;
    if (transition.to == EndpointState::Down && transition.from != EndpointState::Down)
        list = &m_down;
    else if (transition.from == EndpointState::Down
        && (transition.to == EndpointState::Up || transition.to == EndpointState::Degraded))
        list = &m_recovered;
    if (!list)
        return;
    // An endpoint that flaps within the window is reported by its last change only.
    m_down.removeAll(transition.endpointId);
    m_recovered.removeAll(transition.endpointId);
    list->append(transition.endpointId);
    if (!m_timer.isActive())
        m_timer.start();
}

void AlertBatcher::muteUntil(const QDateTime &utc)
{
    const QDateTime until = utc.isValid() && utc > m_clock() ? utc.toUTC() : QDateTime();
    if (until == m_mutedUntil)
        return;
    m_mutedUntil = until;
    if (m_mutedUntil.isValid()) {
        m_down.clear();
        m_recovered.clear();
        m_timer.stop();
    }
    Q_EMIT mutedChanged(m_mutedUntil);
}

QDateTime AlertBatcher::mutedUntil() const
{
    return isMuted() ? m_mutedUntil : QDateTime();
}

bool AlertBatcher::isMuted() const
{
    return m_mutedUntil.isValid() && m_clock() < m_mutedUntil;
}

QString AlertBatcher::names(const QList<qint64> &ids) const
{
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(ids.size(), namesShown); ++i)
        shown << m_nameOf(ids.at(i));
    QString text = QLocale().createSeparatedList(shown);
    if (ids.size() > namesShown)
        text = tr("%1 and %n more", nullptr, int(ids.size() - namesShown)).arg(text);
    return text;
}

void AlertBatcher::flush()
{
    m_timer.stop();
    if (m_down.isEmpty() && m_recovered.isEmpty())
        return;
    Alert message;
    const int down = int(m_down.size());
    const int recovered = int(m_recovered.size());
    if (recovered == 0) {
        message.kind = AlertKind::Down;
        message.title = tr("%n endpoint(s) down", nullptr, down);
        message.text = names(m_down);
    } else if (down == 0) {
        message.kind = AlertKind::Recovered;
        message.title = tr("%n endpoint(s) recovered", nullptr, recovered);
        message.text = names(m_recovered);
    } else {
        message.kind = AlertKind::Mixed;
        message.title = tr("%1 down, %2 recovered", "alert title: down count, recovered count")
                            .arg(QLocale().toString(down), QLocale().toString(recovered));
        message.text = tr("Down: %1\nRecovered: %2").arg(names(m_down), names(m_recovered));
    }
    message.endpointIds = m_down + m_recovered;
    m_down.clear();
    m_recovered.clear();
    Q_EMIT alert(message);
}

} // namespace Leitstand
