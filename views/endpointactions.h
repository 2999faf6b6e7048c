#pragma once

#include "endpointeditordialog.h"
#include "monitoring/endpoint.h"
#include "storage/endpointrepository.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMessageBox;
class QProgressDialog;

namespace Leitstand {

class EndpointStore;
class OnDemandChecker;
struct ImportOutcome;
struct ImportProgress;

// What can be done to the endpoint definitions from the console's menus and context menus: the
// actions, with their shortcuts and icons, and everything behind them: the editor, the question
// before a delete, the choice between merging and replacing on import, the import's progress and
// its result. All changes go through the EndpointStore, so nothing here waits for the database.
//
// Add and Export are always enabled, Import unless an import runs; Edit, Duplicate, Pause/Resume
// and Delete act on the endpoint given to setCurrentEndpoint() and are disabled without one.
class EndpointActions final : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over `window` (window-modal), which also follows language changes for the
    // actions' texts. The store and the checker must outlive this object.
    EndpointActions(EndpointStore &store, OnDemandChecker &checker, QWidget *window);
    ~EndpointActions() override;
    Q_DISABLE_COPY_MOVE(EndpointActions)

    QAction *addAction() const { return m_add; } // Ctrl+N
    QAction *editAction() const { return m_edit; } // Ctrl+E, F2
    QAction *duplicateAction() const { return m_duplicate; } // Ctrl+D
    QAction *pauseAction() const { return m_pause; } // Pause or Resume, after the current endpoint
    QAction *deleteAction() const { return m_delete; } // Del
    QAction *importAction() const { return m_import; } // Ctrl+I
    QAction *exportAction() const { return m_export; } // Ctrl+Shift+E
    // Edit, Duplicate, Pause/Resume and Delete: for a context menu on an endpoint.
    QList<QAction *> endpointActions() const;

    void setCurrentEndpoint(const std::optional<Endpoint> &endpoint);
    const std::optional<Endpoint> &currentEndpoint() const { return m_current; }

    // What the actions run, for callers that already know the answer to the file dialog (tests,
    // a dropped file). Dialogs open without blocking; the returned ones close themselves.
    EndpointEditorDialog *openEditor(EndpointEditorDialog::Mode mode);
    QMessageBox *confirmDelete();
    QMessageBox *askImportMode(const QString &fileName);
    void importFile(const QString &fileName, EndpointRepository::SyncMode mode);
    void exportFile(const QString &fileName);

Q_SIGNALS:
    // The editor stored an endpoint: added, changed or duplicated. E.g. to select it.
    void endpointSaved(qint64 endpointId);
    void endpointRemoved(qint64 endpointId);
    // One sentence for the status bar on what was done.
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class JobKind : quint8 {
        Pause,
        Remove,
        Export,
    };
    struct Job
    {
        JobKind kind = JobKind::Pause;
        QString name; // of the endpoint, or the export's file
        bool paused = false; // Pause: the state asked for
    };

    void chooseImportFile();
    void chooseExportFile();
    void togglePaused();
    void onSucceeded(quint64 job, qint64 endpointId);
    void onFailed(quint64 job, const QString &message);
    void onExported(quint64 job, qsizetype endpointCount);
    void onImportProgress(quint64 job, const ImportProgress &progress);
    void onImportFinished(quint64 job, const ImportOutcome &outcome);
    void onEndpointsChanged(const QList<Endpoint> &endpoints);
    void showError(const QString &title, const QString &message);
    void updateActions();
    void retranslateUi();

    EndpointStore &m_store;
    OnDemandChecker &m_checker;
    QWidget *m_window;
    QList<Endpoint> m_endpoints; // as the store last published them
    std::optional<Endpoint> m_current;
    QHash<quint64, Job> m_jobs;
    quint64 m_importJob = 0;
    QString m_importFile;
    QPointer<QProgressDialog> m_importProgress;

    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace Leitstand
