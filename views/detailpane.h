#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;
class QVBoxLayout;

namespace Leitstand {

class ChartDataLoader;
class ChartPanel;
class EndpointTreeModel;
class FailureListModel;
class HistoryLoader;
class LastResponses;
class LastResponseView;

// Everything about the endpoint selected in the overview: a header with its state in icon and
// words, and tabs for the charts, the recent failures and the last response. It reads the
// overview's model for the header, so it shows exactly what the row shows.
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    enum Tab : quint8 {
        ChartsTab,
        FailuresTab,
        ResponseTab,
    };

    // `charts` serves this pane alone: a loader answers only its latest request.
    DetailPane(EndpointTreeModel &endpoints, HistoryLoader &history, LastResponses &responses, ChartDataLoader &charts,
        QWidget *parent = nullptr);
    ~DetailPane() override;
    Q_DISABLE_COPY_MOVE(DetailPane)

    // 0 shows a hint to select an endpoint.
    void setEndpoint(qint64 endpointId);
    qint64 endpointId() const { return m_endpointId; }

    QTabWidget *tabs() const { return m_tabs; }
    FailureListModel *failures() const { return m_failures; }
    LastResponseView *responseView() const { return m_response; }
    ChartPanel *chartPanel() const { return m_charts; }

Q_SIGNALS:
    void checkNowRequested(qint64 endpointId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();
    QString endpointTitle() const;
    void updateResponse();
    void retranslateUi();

    EndpointTreeModel &m_endpoints;
    HistoryLoader &m_history;
    LastResponses &m_responses;
    qint64 m_endpointId = 0;
    QPersistentModelIndex m_row;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_target = nullptr;
    QPushButton *m_checkNow = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartPanel *m_charts = nullptr;
    FailureListModel *m_failures = nullptr;
    QTreeView *m_failureView = nullptr;
    LastResponseView *m_response = nullptr;
};

} // namespace Leitstand
