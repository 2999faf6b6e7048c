#include "endpointactions.h"

#include "editing/endpointstore.h"
#include "importproblemsdialog.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Below this a quick import would only flash the progress dialog.
constexpr int progressDelayMs = 400;

QString native(const QString &fileName)
{
    return QDir::toNativeSeparators(fileName);
}

} // namespace

EndpointActions::EndpointActions(EndpointStore &store, OnDemandChecker &checker, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_checker(checker)
    , m_window(window)
{
    m_add = new QAction(QIcon::fromTheme(u"list-add"_s), QString(), this);
    m_add->setObjectName(u"addEndpointAction"_s);
    m_add->setShortcut(QKeySequence::New);
    m_edit = new QAction(QIcon::fromTheme(u"document-edit"_s), QString(), this);
    m_edit->setObjectName(u"editEndpointAction"_s);
    m_edit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::Key_F2)});
    m_duplicate = new QAction(QIcon::fromTheme(u"edit-copy"_s), QString(), this);
    m_duplicate->setObjectName(u"duplicateEndpointAction"_s);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_pause = new QAction(this);
    m_pause->setObjectName(u"pauseEndpointAction"_s);
    m_delete = new QAction(QIcon::fromTheme(u"edit-delete"_s), QString(), this);
    m_delete->setObjectName(u"deleteEndpointAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_import = new QAction(QIcon::fromTheme(u"document-import"_s), QString(), this);
    m_import->setObjectName(u"importEndpointsAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = new QAction(QIcon::fromTheme(u"document-export"_s), QString(), this);
    m_export->setObjectName(u"exportEndpointsAction"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    connect(m_add, &QAction::triggered, this, [this] { openEditor(EndpointEditorDialog::Mode::Add); });
    connect(m_edit, &QAction::triggered, this, [this] { openEditor(EndpointEditorDialog::Mode::Edit); });
    connect(m_duplicate, &QAction::triggered, this, [this] { openEditor(EndpointEditorDialog::Mode::Duplicate); });
    connect(m_pause, &QAction::triggered, this, &EndpointActions::togglePaused);
    connect(m_delete, &QAction::triggered, this, &EndpointActions::confirmDelete);
    connect(m_import, &QAction::triggered, this, &EndpointActions::chooseImportFile);
    connect(m_export, &QAction::triggered, this, &EndpointActions::chooseExportFile);

    connect(&m_store, &EndpointStore::succeeded, this, &EndpointActions::onSucceeded);
    connect(&m_store, &EndpointStore::failed, this, &EndpointActions::onFailed);
    connect(&m_store, &EndpointStore::exported, this, &EndpointActions::onExported);
    connect(&m_store, &EndpointStore::importProgress, this, &EndpointActions::onImportProgress);
    connect(&m_store, &EndpointStore::importFinished, this, &EndpointActions::onImportFinished);
    connect(&m_store, &EndpointStore::endpointsChanged, this, &EndpointActions::onEndpointsChanged);

    window->installEventFilter(this);
    retranslateUi();
    updateActions();
    m_store.reload();
}

EndpointActions::~EndpointActions() = default;

QList<QAction *> EndpointActions::endpointActions() const
{
    return {m_edit, m_duplicate, m_pause, m_delete};
}

void EndpointActions::setCurrentEndpoint(const std::optional<Endpoint> &endpoint)
{
    m_current = endpoint;
    // The store's copy is the one a change starts from: the caller's may lag behind it.
    if (m_current) {
        const auto stored = std::ranges::find(m_endpoints, m_current->id, &Endpoint::id);
        if (stored != m_endpoints.end())
            m_current = *stored;
    }
    updateActions();
}

EndpointEditorDialog *EndpointActions::openEditor(EndpointEditorDialog::Mode mode)
{
    Endpoint endpoint;
    if (mode != EndpointEditorDialog::Mode::Add) {
        if (!m_current)
            return nullptr;
        endpoint = *m_current;
    } else if (m_current) {
        // New endpoints usually join the service one is looking at.
        endpoint.service = m_current->service;
    }
    auto *dialog = new EndpointEditorDialog(mode, endpoint, m_endpoints, m_store, m_checker, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->savedId();
        Q_EMIT statusMessage(tr("Saved the endpoint \"%1\".").arg(dialog->reading().endpoint.name));
        Q_EMIT endpointSaved(id);
    });
    dialog->open();
    return dialog;
}

void EndpointActions::togglePaused()
{
    if (!m_current)
        return;
    const bool paused = !m_current->paused;
    m_jobs.insert(m_store.setPaused(m_current->id, paused), Job {JobKind::Pause, m_current->name, paused});
}

QMessageBox *EndpointActions::confirmDelete()
{
    if (!m_current)
        return nullptr;
    const Endpoint endpoint = *m_current;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Endpoint"),
        tr("Delete the endpoint \"%1\" of the service \"%2\"?").arg(endpoint.name, endpoint.service),
        QMessageBox::Cancel, m_window);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setInformativeText(tr("Its history is deleted with it: every check result, the uptime and the state. "
                               "This cannot be undone."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDelete"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, endpoint] {
        if (box->clickedButton() == remove)
            m_jobs.insert(m_store.remove(endpoint.id), Job {JobKind::Remove, endpoint.name, false});
    });
    box->open();
    return box;
}

void EndpointActions::chooseImportFile()
{
    const QString fileName = QFileDialog::getOpenFileName(m_window, tr("Import Endpoints"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Endpoint files (*.yaml *.yml);;All files (*)"));
    if (!fileName.isEmpty())
        askImportMode(fileName);
}

QMessageBox *EndpointActions::askImportMode(const QString &fileName)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Endpoints"),
        tr("How should the endpoints of %1 be imported?").arg(native(fileName)), QMessageBox::Cancel, m_window);
    box->setObjectName(u"importMode"_s);
    box->setInformativeText(tr("Merge adds the new endpoints and updates the changed ones; endpoints that are not "
                               "in the file stay as they are.\n"
                               "Replace also deletes the endpoints that are not in the file, with their history."));
    QPushButton *merge = box->addButton(tr("&Merge"), QMessageBox::AcceptRole);
    merge->setObjectName(u"importMerge"_s);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(u"importReplace"_s);
    box->setDefaultButton(merge);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, merge, replace, fileName] {
        if (box->clickedButton() == merge)
            importFile(fileName, EndpointRepository::SyncMode::Merge);
        else if (box->clickedButton() == replace)
            importFile(fileName, EndpointRepository::SyncMode::Replace);
    });
    box->open();
    return box;
}

void EndpointActions::importFile(const QString &fileName, EndpointRepository::SyncMode mode)
{
    if (m_importJob != 0)
        return;
    m_importFile = fileName;
    m_importJob = m_store.importFile(fileName, mode);

    auto *progress = new QProgressDialog(m_window);
    progress->setObjectName(u"importProgress"_s);
    progress->setWindowTitle(tr("Import Endpoints"));
    progress->setLabelText(tr("Reading %1…").arg(native(fileName)));
    progress->setRange(0, 1000);
    progress->setMinimumDuration(progressDelayMs);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAccessibleName(tr("Import progress"));
    connect(progress, &QProgressDialog::canceled, this, [this, progress] {
        // Nothing is committed until the very end, so a cancel almost always takes back all of it.
        progress->setLabelText(tr("Cancelling…"));
        m_store.cancelImport(m_importJob);
    });
    progress->setValue(0);
    m_importProgress = progress;
    updateActions();
}

void EndpointActions::onImportProgress(quint64 job, const ImportProgress &progress)
{
    if (job != m_importJob || !m_importProgress || m_importProgress->wasCanceled())
        return;
    switch (progress.stage) {
    case ImportProgress::Stage::Reading:
        m_importProgress->setLabelText(tr("Reading %1…").arg(native(m_importFile)));
        break;
    case ImportProgress::Stage::Parsing:
        m_importProgress->setLabelText(tr("Checking %n endpoint(s)…", nullptr, int(progress.total)));
        break;
    case ImportProgress::Stage::Storing:
        m_importProgress->setLabelText(tr("Storing the endpoints…"));
        break;
    }
    m_importProgress->setValue(progress.permille());
}

void EndpointActions::onImportFinished(quint64 job, const ImportOutcome &outcome)
{
    if (job != m_importJob)
        return;
    m_importJob = 0;
    if (m_importProgress) {
        m_importProgress->close();
        m_importProgress->deleteLater();
    }
    updateActions();

    const QString file = native(m_importFile);
    switch (outcome.status) {
    case ImportOutcome::Status::Imported: {
        const ImportSummary &summary = outcome.summary;
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Import Endpoints"), tr("Imported %1.").arg(file), QMessageBox::Ok, m_window);
        box->setObjectName(u"importSummary"_s);
        box->setInformativeText(QStringList {tr("%n endpoint(s) added", nullptr, summary.added),
            tr("%n endpoint(s) changed", nullptr, summary.changed),
            tr("%n endpoint(s) removed", nullptr, summary.removed),
            tr("%n endpoint(s) unchanged", nullptr, summary.unchanged)}
                .join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT statusMessage(tr("Imported %1.").arg(file));
        break;
    }
    case ImportOutcome::Status::Refused: {
        auto *dialog = new ImportProblemsDialog(m_importFile, outcome.problems, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        break;
    }
    case ImportOutcome::Status::Failed:
        showError(tr("Import Failed"), outcome.error);
        break;
    case ImportOutcome::Status::Cancelled:
        Q_EMIT statusMessage(tr("The import of %1 was cancelled; nothing was changed.").arg(file));
        break;
    }
}

void EndpointActions::chooseExportFile()
{
    const QString start
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"endpoints.yaml"_s);
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export Endpoints"), start, tr("Endpoint files (*.yaml *.yml);;All files (*)"));
    if (!fileName.isEmpty())
        exportFile(fileName);
}

void EndpointActions::exportFile(const QString &fileName)
{
    m_jobs.insert(m_store.exportFile(fileName), Job {JobKind::Export, fileName, false});
}

void EndpointActions::onExported(quint64 job, qsizetype endpointCount)
{
    const auto it = m_jobs.constFind(job);
    if (it == m_jobs.cend())
        return;
    Q_EMIT statusMessage(tr("Exported %n endpoint(s) to %1.", nullptr, int(endpointCount)).arg(native(it->name)));
    m_jobs.erase(it);
}

void EndpointActions::onSucceeded(quint64 job, qint64 endpointId)
{
    if (!m_jobs.contains(job))
        return;
    const Job done = m_jobs.take(job);
    switch (done.kind) {
    case JobKind::Pause:
        if (m_current && m_current->id == endpointId) {
            m_current->paused = done.paused;
            updateActions();
        }
        Q_EMIT statusMessage(done.paused ? tr("Paused the endpoint \"%1\".").arg(done.name)
                                         : tr("Resumed the endpoint \"%1\".").arg(done.name));
        break;
    case JobKind::Remove:
        if (m_current && m_current->id == endpointId)
            setCurrentEndpoint(std::nullopt);
        Q_EMIT statusMessage(tr("Deleted the endpoint \"%1\".").arg(done.name));
        Q_EMIT endpointRemoved(endpointId);
        break;
    case JobKind::Export:
        break;
    }
}

void EndpointActions::onFailed(quint64 job, const QString &message)
{
    const auto it = m_jobs.constFind(job);
    if (it == m_jobs.cend())
        return;
    const JobKind kind = it->kind;
    m_jobs.erase(it);
    switch (kind) {
    case JobKind::Pause:
        showError(tr("Pause or Resume Failed"), message);
        break;
    case JobKind::Remove:
        showError(tr("Delete Failed"), message);
        break;
    case JobKind::Export:
        showError(tr("Export Failed"), message);
        break;
    }
}

void EndpointActions::onEndpointsChanged(const QList<Endpoint> &endpoints)
{
    m_endpoints = endpoints;
    if (m_current) {
        const auto stored = std::ranges::find(m_endpoints, m_current->id, &Endpoint::id);
        if (stored != m_endpoints.end())
            m_current = *stored;
        updateActions();
    }
}

void EndpointActions::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(u"endpointActionError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void EndpointActions::updateActions()
{
    const bool current = m_current.has_value();
    for (QAction *action : endpointActions())
        action->setEnabled(current);
    m_import->setEnabled(m_importJob == 0);
    const bool paused = current && m_current->paused;
    m_pause->setText(paused ? tr("&Resume Endpoint") : tr("&Pause Endpoint"));
    m_pause->setIcon(QIcon::fromTheme(paused ? u"media-playback-start"_s : u"media-playback-pause"_s));
}

bool EndpointActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void EndpointActions::retranslateUi()
{
    m_add->setText(tr("&Add Endpoint…"));
    m_edit->setText(tr("&Edit Endpoint…"));
    m_duplicate->setText(tr("D&uplicate Endpoint…"));
    m_delete->setText(tr("&Delete Endpoint…"));
    m_import->setText(tr("&Import Endpoints…"));
    m_export->setText(tr("E&xport Endpoints…"));
    updateActions();
}

} // namespace Leitstand
