#include "itemmodels/failurelistmodel.h"

#include "itemmodels/endpointtext.h"

#include <QTimeZone>

namespace Leitstand {

FailureListModel::FailureListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

EndpointState FailureListModel::outcomeOf(CheckError error)
{
    return error == CheckError::SlowResponse || error == CheckError::CertificateExpiring ? EndpointState::Degraded
                                                                                         : EndpointState::Down;
}

void FailureListModel::setEndpoint(qint64 endpointId)
{
    if (endpointId == m_endpointId)
        return;
    beginResetModel();
    m_endpointId = endpointId;
    m_failures.clear();
    endResetModel();
}

void FailureListModel::setStoredFailures(qint64 endpointId, const QList<Sample> &failures)
{
    if (endpointId != m_endpointId)
        return;
    // Live failures newer than anything stored stay on top: the writer may not have stored them yet.
    const qint64 newestStoredMs = failures.isEmpty() ? 0 : failures.constFirst().timeMs;
    QList<Failure> merged;
    for (const Failure &failure : std::as_const(m_failures)) {
        if (failure.time.toMSecsSinceEpoch() > newestStoredMs + 999)
            merged.append(failure);
    }
    for (const Sample &sample : failures) {
        if (merged.size() >= maximumRows)
            break;
        merged.append(Failure {
            .time = QDateTime::fromMSecsSinceEpoch(sample.timeMs, QTimeZone::UTC),
            .outcome = outcomeOf(sample.error),
            .error = sample.error,
            .latencyMs = sample.latencyMs,
            .detail = {},
        });
    }
    beginResetModel();
    m_failures = std::move(merged);
    endResetModel();
}

void FailureListModel::addResult(const CheckResult &result)
{
    if (result.endpointId != m_endpointId || m_endpointId == 0 || result.error == CheckError::Ok)
        return;
    if (m_failures.size() >= maximumRows) {
        beginRemoveRows({}, int(m_failures.size()) - 1, int(m_failures.size()) - 1);
        m_failures.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_failures.prepend(Failure {
        .time = result.startedAt.isValid() ? result.startedAt : result.finishedAt,
        .outcome = outcomeOf(result.error),
        .error = result.error,
        .latencyMs = result.latencyMs,
        .detail = result.detail,
    });
    endInsertRows();
}

int FailureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int FailureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Failure &failure = m_failures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return EndpointText::time(failure.time);
        case Outcome:
            return endpointStateDisplayName(failure.outcome);
        case Error:
            return EndpointText::errorText(failure.error, failure.detail);
        case Latency:
            return EndpointText::latency(failure.latencyMs);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return EndpointText::errorText(failure.error, failure.detail);
    case Qt::TextAlignmentRole:
        return index.column() == Latency ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case StateRole:
        return int(failure.outcome);
    case TimeRole:
        return failure.time;
    default:
        return {};
    }
}

QVariant FailureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Outcome:
        return tr("Result");
    case Error:
        return tr("Error");
    case Latency:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace Leitstand
