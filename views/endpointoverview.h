#pragma once

#include "monitoring/checkresult.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace Leitstand {

class EndpointFilterModel;
class EndpointTreeModel;

// The live endpoint overview: a filter line, a state filter and the tree of services and their
// endpoints. Shows whatever the model holds; who fills the model is not its business.
class EndpointOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointOverview(EndpointTreeModel &model, QWidget *parent = nullptr);
    ~EndpointOverview() override;
    Q_DISABLE_COPY_MOVE(EndpointOverview)

    QTreeView *treeView() const { return m_tree; }
    EndpointFilterModel *filterModel() const { return m_filter; }

    // The endpoint of the current row; 0 for none or a service row.
    qint64 currentEndpointId() const;
    // The selected endpoints; a selected service row stands for all its endpoints shown.
    QList<qint64> selectedEndpointIds() const;
    // Makes the endpoint current and selected and scrolls to it; false if it is not shown.
    bool selectEndpoint(qint64 endpointId);
    // Moves to the next (or previous) endpoint shown in `state`, in the order shown, wrapping
    // around; false if there is none.
    bool selectNextInState(EndpointState state, bool forward);

Q_SIGNALS:
    void currentEndpointChanged(qint64 endpointId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createStateFilter();
    void applyStateFilter();
    void expandServices(const QModelIndex &parent, int first, int last);
    void updateEmptyState();
    void setInitialColumnWidths();
    void fitHeaderTexts();
    void retranslateUi();
    // Endpoint rows of the proxy, in the order the tree shows them.
    QList<QModelIndex> shownEndpointRows() const;

    EndpointTreeModel &m_model;
    EndpointFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_stateLabel = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_emptyState = nullptr;
};

} // namespace Leitstand
