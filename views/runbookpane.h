#pragma once

#include "catalog/runbookstore.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Leitstand {

// The runbook of one service: the plan for remedying its disruptions, in Markdown, with every
// version kept. It shows the latest version rendered, or an older one read-only (which can be
// restored as a new version), and edits with Markdown highlighting beside a live preview.
//
// Saving is optimistic (see RunbookRepository): an edit remembers the version it started from,
// and when someone else saved meanwhile, the pane says who and when, shows their text and lets
// the user keep editing or save theirs on top. Unsaved text survives a change of service: it comes
// back when the service is shown again. Before the window closes, unsavedDrafts() tells what would
// be lost, to be saved or discarded all at once. Meant to sit beside an incident's details.
class RunbookPane final : public QWidget
{
    Q_OBJECT

public:
    // `store` must outlive the pane.
    explicit RunbookPane(RunbookStore &store, QWidget *parent = nullptr);
    ~RunbookPane() override;
    Q_DISABLE_COPY_MOVE(RunbookPane)

    // 0 shows no runbook. The name is for the title only.
    void setService(qint64 serviceId, const QString &serviceName);
    qint64 serviceId() const { return m_serviceId; }
    // The name stored with each version this pane saves.
    void setAuthor(const QString &author);
    QString author() const { return m_author; }

    bool isEditing() const { return m_editing; }
    // The text being edited differs from where the edit started.
    bool hasUnsavedChanges() const;
    // The services whose runbook has text that is not saved: the one being edited and those whose
    // edits wait for their service to be shown again; sorted for people.
    QStringList unsavedDrafts() const;
    // Saves every unsaved draft, each as its Save button would; draftsSaved() follows once all are
    // answered. A draft that someone else's version overtook is not saved on top: it is kept, and
    // the conflict is shown.
    void saveAllDrafts();
    // Forgets every unsaved draft.
    void discardAllDrafts();
    // The version shown read-only; 0 while editing or without a runbook.
    int shownVersion() const;
    int latestVersion() const { return m_runbook.latest.version; }
    QString highlightingDefinition() const;

Q_SIGNALS:
    // After this pane stored a new version (by saving or restoring).
    void runbookSaved(qint64 serviceId, int version);
    // After saveAllDrafts(): whether every draft is stored now.
    void draftsSaved(bool saved);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        int basedOnVersion = 0;
        QString original; // the text the edit started from
        QString text;
        QString serviceName; // for the question before closing
    };

    void load();
    void onLoaded(quint64 job, const Runbook &runbook);
    void onVersionLoaded(quint64 job, const RunbookVersion &version);
    void onSaved(quint64 job, const RunbookSaveOutcome &outcome);
    void onFailed(quint64 job, const QString &message);
    void settleSave(const RunbookSaveOutcome &outcome);
    void settleParkedSave(qint64 serviceId, const RunbookSaveOutcome &outcome);
    void finishSavingAll();

    void showVersion(const RunbookVersion &version);
    void chooseVersion(int index);
    void startEditing(const Draft &draft);
    void stopEditing();
    void save();
    void saveOnTopOf(int version);
    void restoreShownVersion();
    void cancel();
    void discardEdit();
    void warnOfConflict(const RunbookVersion &theirs);
    void renderPreview();

    void fillVersions();
    void updateControls();
    QString statusText() const;
    QString savedByText(const RunbookVersion &version) const;
    void applyTheme();
    void retranslateUi();

    RunbookStore &m_store;
    qint64 m_serviceId = 0;
    QString m_serviceName;
    QString m_author;
    Runbook m_runbook; // as last loaded or saved
    bool m_loaded = false;
    RunbookVersion m_shown; // in the view
    bool m_editing = false;
    Draft m_draft; // while editing: where it started (the text is in the editor)
    QHash<qint64, Draft> m_parkedDrafts; // unsaved edits of services not shown now
    quint64 m_loadJob = 0;
    quint64 m_versionJob = 0;
    quint64 m_saveJob = 0;
    qint64 m_saveServiceId = 0;
    bool m_saveIsRestore = false;
    QString m_message; // the last error or what just happened; cleared by the next action
    // While saveAllDrafts() waits for its answers.
    bool m_savingAll = false;
    bool m_awaitCurrentSave = false;
    bool m_currentDraftNotSaved = false;
    QHash<quint64, qint64> m_parkedSaveJobs; // job → service
    QStringList m_draftProblems; // of parked drafts; the edited one shows its own

    QLabel *m_title = nullptr;
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_versions = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_writeFirst = nullptr;
    QTextBrowser *m_view = nullptr;
    QSplitter *m_editSplitter = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Leitstand
