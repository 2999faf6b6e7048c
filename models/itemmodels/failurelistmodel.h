#pragma once

#include "monitoring/checkresult.h"
#include "storage/sample.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Leitstand {

// The recent failures of one endpoint for the detail pane, newest first: stored ones as the
// HistoryLoader reads them, and live ones as they arrive. Stored samples carry no detail (only
// the endpoint's latest error keeps its words), live results do.
class FailureListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : quint8 {
        Time,
        Outcome,
        Error,
        Latency,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Roles : int {
        // int of EndpointState: the check's own outcome. The number of EndpointTreeModel::StateRole,
        // so that the views' state delegate serves both.
        StateRole = Qt::UserRole + 2,
        TimeRole, // QDateTime, UTC
    };

    static constexpr int maximumRows = 100;

    explicit FailureListModel(QObject *parent = nullptr);

    qint64 endpointId() const { return m_endpointId; }
    // Another endpoint (0: none): empties the list until setStoredFailures() fills it.
    void setEndpoint(qint64 endpointId);
    // For HistoryLoader::failuresLoaded(): replaces the list if it is about the endpoint shown,
    // keeping live failures newer than the stored ones.
    void setStoredFailures(qint64 endpointId, const QList<Sample> &failures);
    // For every live result; only failures of the endpoint shown are added.
    void addResult(const CheckResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Failure
    {
        QDateTime time; // UTC
        EndpointState outcome = EndpointState::Down;
        CheckError error = CheckError::Ok;
        int latencyMs = 0;
        QString detail;
    };

    static EndpointState outcomeOf(CheckError error);

    qint64 m_endpointId = 0;
    QList<Failure> m_failures; // newest first
};

} // namespace Leitstand
