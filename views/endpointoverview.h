#pragma once

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
