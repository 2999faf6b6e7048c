#pragma once

#include "catalog/servicecatalog.h"

#include <QDateTime>
#include <QDockWidget>
#include <QHash>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QThread;
class QTreeView;

namespace Leitstand {

class ServiceCatalogFilterModel;
class ServiceCatalogModel;

// The "Service Catalog" dock: who is responsible for which service, whom to call, what each
// service needs and depends on. A filter line, the table of services and, below it, everything
// about the selected service; the names of other services there are links that select them.
// "Export as PDF…" writes the printout (CatalogPrintout) in a thread of its own. Without services
// it says how to describe them. Feeding it the catalog is the caller's business.
class CatalogOverview final : public QDockWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit CatalogOverview(QWidget *parent = nullptr);
    // Waits for an export under way, so that its file is complete.
    ~CatalogOverview() override;
    Q_DISABLE_COPY_MOVE(CatalogOverview)

    // `endpointsByService` names the endpoints that measure each service, by service name. The
    // selected service stays selected if it is still there.
    void setCatalog(const ServiceCatalog &catalog, const QHash<QString, QStringList> &endpointsByService);
    // For tests: the time the next maintenance is counted from (UTC). Defaults to the current time.
    void setClock(Clock clock);

    // Brings the dock to the front and the keyboard focus into it: to the filter, or to the
    // explanation while there are no services.
    void focusContent();
    // Makes the service current, clearing the filter if it hides it; false if there is none.
    bool selectService(const QString &name);
    QString currentServiceName() const;

    // Asks for a file name and exports there.
    void chooseExportFile();
    // Writes the printout to `path` in a worker thread; exportFinished() tells how it went. Does
    // nothing while another export is under way.
    void exportPdf(const QString &path);
    bool isExporting() const { return m_export != nullptr; }

    QLineEdit *filterField() const { return m_filterText; }
    QTreeView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *placeholder() const { return m_placeholder; }
    QPushButton *exportButton() const { return m_exportButton; }
    ServiceCatalogModel *model() const { return m_model; }

Q_SIGNALS:
    // `error` is empty when the file was written.
    void exportFinished(const QString &path, const QString &error);
    // Something for the status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetail();
    void updatePage();
    void retranslateUi();

    ServiceCatalogModel *m_model = nullptr;
    ServiceCatalogFilterModel *m_filter = nullptr;
    QHash<QString, QStringList> m_endpoints;
    QString m_shownService; // whose detail is shown, to keep its scroll position on a reload
    Clock m_clock;
    QLineEdit *m_filterText = nullptr;
    QPushButton *m_exportButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QThread *m_export = nullptr;
};

} // namespace Leitstand
