#include "runbookpane.h"

#include "itemmodels/endpointtext.h"
#include "syntaxhighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

enum Page : quint8 {
    EmptyPage,
    ViewPage,
    EditPage,
};

// Rendering a long runbook takes a few milliseconds: the preview follows a pause in typing
// rather than every key.
constexpr int previewDelayMs = 300;

// Qt imports Markdown tables with collapsed borders but none of the cells drawn, and the cells'
// text close together: a contact list then reads as loose words. Every cell gets a rule and some
// room, and the first row, which GitHub's tables always make the header, the code blocks' shade.
void ruleTables(QTextFrame *frame, const QPalette &palette)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            format.setBorderCollapse(true);
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(palette.color(QPalette::Mid));
            format.setCellSpacing(0);
            table->setFormat(format);
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    QTextTableCell cell = table->cellAt(row, column);
                    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                    cellFormat.setBorder(1);
                    cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                    cellFormat.setBorderBrush(palette.color(QPalette::Mid));
                    cellFormat.setLeftPadding(6);
                    cellFormat.setRightPadding(6);
                    cellFormat.setTopPadding(3);
                    cellFormat.setBottomPadding(3);
                    if (row == 0)
                        cellFormat.setBackground(palette.color(QPalette::AlternateBase));
                    cell.setFormat(cellFormat);
                }
            }
        }
        ruleTables(child, palette);
    }
}

// GitHub's dialect for its tables and task lists, without raw HTML: a runbook is shared by every
// console, and HTML could hide steps from the rendered view that the text still has, or style
// text to look like the console's own messages.
void renderMarkdown(QTextBrowser *browser, const QString &markdown)
{
    QTextDocument *document = browser->document();
    document->setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    ruleTables(document->rootFrame(), browser->palette());
    // Qt imports code blocks without a background; commands should stand out from the prose.
    QTextBlockFormat code;
    code.setBackground(browser->palette().color(QPalette::AlternateBase));
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeFence)) {
            cursor.setPosition(block.position());
            cursor.mergeBlockFormat(code);
        }
    }
}

QTextBrowser *makeBrowser(QWidget *parent)
{
    auto *browser = new QTextBrowser(parent);
    // Links go to the desktop's browser or mail program; QTextBrowser itself would try to show
    // them in place of the runbook.
    browser->setOpenLinks(false);
    QObject::connect(browser, &QTextBrowser::anchorClicked, browser, [browser](const QUrl &url) {
        if (url.isRelative()) {
            if (url.hasFragment())
                browser->scrollToAnchor(url.fragment());
            return;
        }
        QDesktopServices::openUrl(url);
    });
    return browser;
}

QPushButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

RunbookPane::RunbookPane(RunbookStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"runbookTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    m_versions = new QComboBox(this);
    m_versions->setObjectName(u"runbookVersions"_s);
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setBuddy(m_versions);
    m_edit = makeButton(u"runbookEdit"_s, this);
    m_restore = makeButton(u"runbookRestore"_s, this);
    m_save = makeButton(u"runbookSave"_s, this);
    m_cancel = makeButton(u"runbookCancel"_s, this);

    m_status = new QLabel(this);
    m_status->setObjectName(u"runbookStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *emptyPage = new QWidget(this);
    m_emptyText = new QLabel(emptyPage);
    m_emptyText->setObjectName(u"runbookEmpty"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_writeFirst = makeButton(u"runbookWriteFirst"_s, emptyPage);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_writeFirst, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_view = makeBrowser(this);
    m_view->setObjectName(u"runbookView"_s);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"runbookEditor"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Tab leaves the editor, so that the keyboard reaches the preview and the buttons; Markdown
    // indents with spaces.
    m_editor->setTabChangesFocus(true);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_preview = makeBrowser(this);
    m_preview->setObjectName(u"runbookPreview"_s);
    m_editSplitter = new QSplitter(Qt::Horizontal, this);
    m_editSplitter->setObjectName(u"runbookEditSplitter"_s);
    m_editSplitter->addWidget(m_editor);
    m_editSplitter->addWidget(m_preview);
    m_editSplitter->setChildrenCollapsible(false);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"runbookPages"_s);
    m_pages->insertWidget(EmptyPage, emptyPage);
    m_pages->insertWidget(ViewPage, m_view);
    m_pages->insertWidget(EditPage, m_editSplitter);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_versionLabel);
    bar->addWidget(m_versions);
    bar->addWidget(m_edit);
    bar->addWidget(m_restore);
    bar->addWidget(m_save);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);

    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveShortcut);

    connect(&m_store, &RunbookStore::loaded, this, &RunbookPane::onLoaded);
    connect(&m_store, &RunbookStore::versionLoaded, this, &RunbookPane::onVersionLoaded);
    connect(&m_store, &RunbookStore::saved, this, &RunbookPane::onSaved);
    connect(&m_store, &RunbookStore::failed, this, &RunbookPane::onFailed);
    connect(m_versions, &QComboBox::currentIndexChanged, this, &RunbookPane::chooseVersion);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        startEditing({.basedOnVersion = m_runbook.latest.version,
            .original = m_runbook.latest.markdown,
            .text = m_runbook.latest.markdown,
            .serviceName = m_serviceName});
    });
    connect(m_writeFirst, &QPushButton::clicked, this, [this] { startEditing({}); });
    connect(m_restore, &QPushButton::clicked, this, &RunbookPane::restoreShownVersion);
    connect(m_save, &QPushButton::clicked, this, &RunbookPane::save);
    connect(saveShortcut, &QAction::triggered, this, [this] {
        if (m_save->isVisible() && m_save->isEnabled())
            save();
    });
    connect(m_cancel, &QPushButton::clicked, this, &RunbookPane::cancel);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_previewTimer->start();
        m_save->setEnabled(m_saveJob == 0 && hasUnsavedChanges());
    });
    connect(m_previewTimer, &QTimer::timeout, this, &RunbookPane::renderPreview);

    retranslateUi();
}

RunbookPane::~RunbookPane() = default;

void RunbookPane::setService(qint64 serviceId, const QString &serviceName)
{
    if (serviceId == m_serviceId) {
        m_serviceName = serviceName;
        updateControls();
        return;
    }
    // Nothing typed is lost by looking at another incident: the edit comes back with its service.
    if (hasUnsavedChanges()) {
        m_parkedDrafts.insert(m_serviceId,
            Draft {.basedOnVersion = m_draft.basedOnVersion,
                .original = m_draft.original,
                .text = m_editor->toPlainText(),
                .serviceName = m_serviceName});
    }
    m_serviceName = serviceName;
    stopEditing();
    m_serviceId = serviceId;
    m_runbook = Runbook {.serviceId = serviceId, .latest = {}, .versions = {}};
    m_loaded = false;
    m_shown = {};
    m_versionJob = 0;
    m_loadJob = 0;
    m_message.clear();
    m_view->clear();
    fillVersions();
    if (serviceId != 0)
        load();
    updateControls();
}

void RunbookPane::setAuthor(const QString &author)
{
    m_author = author.trimmed();
}

bool RunbookPane::hasUnsavedChanges() const
{
    return m_editing && m_editor->toPlainText() != m_draft.original;
}

QStringList RunbookPane::unsavedDrafts() const
{
    QStringList services;
    if (hasUnsavedChanges())
        services.append(m_serviceName);
    for (const Draft &draft : m_parkedDrafts)
        services.append(draft.serviceName);
    services.sort(Qt::CaseInsensitive);
    return services;
}

void RunbookPane::saveAllDrafts()
{
    if (m_savingAll)
        return;
    m_savingAll = true;
    m_currentDraftNotSaved = false;
    m_draftProblems.clear();
    for (auto it = m_parkedDrafts.cbegin(); it != m_parkedDrafts.cend(); ++it) {
        const quint64 job = m_store.save(RunbookEdit {
            .serviceId = it.key(), .basedOnVersion = it->basedOnVersion, .markdown = it->text, .author = m_author});
        m_parkedSaveJobs.insert(job, it.key());
    }
    if (hasUnsavedChanges() && m_saveJob == 0)
        save();
    // A save already under way (Save pressed just before) is waited for as well.
    m_awaitCurrentSave = m_saveJob != 0;
    finishSavingAll();
}

void RunbookPane::discardAllDrafts()
{
    m_parkedDrafts.clear();
    if (m_editing)
        discardEdit();
}

void RunbookPane::finishSavingAll()
{
    if (!m_savingAll || m_awaitCurrentSave || !m_parkedSaveJobs.isEmpty())
        return;
    m_savingAll = false;
    const bool saved = m_draftProblems.isEmpty() && !std::exchange(m_currentDraftNotSaved, false);
    if (!m_draftProblems.isEmpty()) {
        // The edited runbook shows its own conflict or error; the parked ones are out of sight.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Runbooks Not Saved"),
            tr("These changes to runbooks were not saved; your text is kept:"), QMessageBox::Ok, this);
        box->setObjectName(u"runbookDraftsNotSaved"_s);
        box->setInformativeText(m_draftProblems.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_draftProblems.clear();
    }
    Q_EMIT draftsSaved(saved);
}

int RunbookPane::shownVersion() const
{
    return m_editing ? 0 : m_shown.version;
}

QString RunbookPane::highlightingDefinition() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void RunbookPane::load()
{
    // A load supersedes a version being loaded (see RunbookStore); the view then shows the latest.
    m_versionJob = 0;
    m_loadJob = m_store.load(m_serviceId);
}

void RunbookPane::onLoaded(quint64 job, const Runbook &runbook)
{
    if (job != m_loadJob)
        return;
    m_loadJob = 0;
    m_runbook = runbook;
    m_loaded = true;
    if (!m_editing)
        showVersion(runbook.latest);
    fillVersions();
    if (!m_editing && m_parkedDrafts.contains(m_serviceId)) {
        startEditing(m_parkedDrafts.take(m_serviceId));
        m_message = tr("Your unsaved changes are back.");
    }
    updateControls();
}

void RunbookPane::onVersionLoaded(quint64 job, const RunbookVersion &version)
{
    if (job != m_versionJob)
        return;
    m_versionJob = 0;
    if (!m_editing)
        showVersion(version);
    updateControls();
}

void RunbookPane::onSaved(quint64 job, const RunbookSaveOutcome &outcome)
{
    if (const auto parked = m_parkedSaveJobs.constFind(job); parked != m_parkedSaveJobs.cend()) {
        const qint64 serviceId = *parked;
        m_parkedSaveJobs.erase(parked);
        settleParkedSave(serviceId, outcome);
        finishSavingAll();
        return;
    }
    if (job != m_saveJob)
        return;
    const bool awaited = std::exchange(m_awaitCurrentSave, false);
    settleSave(outcome);
    if (awaited) {
        m_currentDraftNotSaved = outcome.status == RunbookSaveOutcome::Status::Conflict;
        finishSavingAll();
    }
}

void RunbookPane::settleParkedSave(qint64 serviceId, const RunbookSaveOutcome &outcome)
{
    const QString service = m_parkedDrafts.value(serviceId).serviceName;
    if (outcome.status == RunbookSaveOutcome::Status::Conflict) {
        // Kept as it is: saving it later by hand warns of the conflict with their text at hand.
        const QString who = outcome.latest.author.isEmpty() ? tr("Someone") : outcome.latest.author;
        m_draftProblems.append(
            tr("%1: %2 saved version %3 meanwhile.").arg(service, who, QString::number(outcome.latest.version)));
        return;
    }
    m_parkedDrafts.remove(serviceId);
    if (outcome.status == RunbookSaveOutcome::Status::Saved)
        Q_EMIT runbookSaved(serviceId, outcome.latest.version);
}

void RunbookPane::settleSave(const RunbookSaveOutcome &outcome)
{
    m_saveJob = 0;
    if (outcome.status == RunbookSaveOutcome::Status::Saved)
        Q_EMIT runbookSaved(m_saveServiceId, outcome.latest.version);
    if (m_saveServiceId != m_serviceId) {
        // Saved while another service came into view. A refused draft stays parked, and saving it
        // again later warns of the conflict then.
        if (outcome.status != RunbookSaveOutcome::Status::Conflict)
            m_parkedDrafts.remove(m_saveServiceId);
        return;
    }
    switch (outcome.status) {
    case RunbookSaveOutcome::Status::Saved:
    case RunbookSaveOutcome::Status::Unchanged:
        if (outcome.status == RunbookSaveOutcome::Status::Unchanged)
            m_message
                = tr("The text is the same as version %1's; no new version was saved.").arg(outcome.latest.version);
        else if (m_saveIsRestore)
            m_message = tr("Version %1 restored as version %2.").arg(m_shown.version).arg(outcome.latest.version);
        else
            m_message = tr("Saved as version %1.").arg(outcome.latest.version);
        stopEditing();
        m_runbook.latest = outcome.latest;
        showVersion(outcome.latest);
        load();
        break;
    case RunbookSaveOutcome::Status::Conflict:
        if (m_saveIsRestore) {
            m_message = tr("%1 saved version %2 meanwhile, so nothing was restored. Look at the latest version "
                           "first, then restore again if it is still needed.")
                            .arg(outcome.latest.author.isEmpty() ? tr("Someone") : outcome.latest.author,
                                QString::number(outcome.latest.version));
            load();
        } else {
            warnOfConflict(outcome.latest);
        }
        break;
    }
    updateControls();
}

void RunbookPane::onFailed(quint64 job, const QString &message)
{
    if (const auto parked = m_parkedSaveJobs.constFind(job); parked != m_parkedSaveJobs.cend()) {
        m_draftProblems.append(tr("%1: %2").arg(m_parkedDrafts.value(*parked).serviceName, message));
        m_parkedSaveJobs.erase(parked);
        finishSavingAll();
        return;
    }
    const bool awaited = job == m_saveJob && std::exchange(m_awaitCurrentSave, false);
    if (job == m_loadJob) {
        m_loadJob = 0;
        m_message = message;
    } else if (job == m_versionJob) {
        m_versionJob = 0;
        m_message = message;
        fillVersions(); // back to the version still shown
    } else if (job == m_saveJob) {
        m_saveJob = 0;
        if (m_saveServiceId == m_serviceId)
            m_message = message;
    } else {
        return;
    }
    updateControls();
    if (awaited) {
        m_currentDraftNotSaved = true;
        finishSavingAll();
    }
}

void RunbookPane::showVersion(const RunbookVersion &version)
{
    m_shown = version;
    if (version.version != 0)
        renderMarkdown(m_view, version.markdown);
    else
        m_view->clear();
}

void RunbookPane::chooseVersion(int index)
{
    const int version = m_versions->itemData(index).toInt();
    if (version == 0 || m_editing || version == m_shown.version)
        return;
    m_message.clear();
    if (version == m_runbook.latest.version) {
        m_versionJob = 0;
        showVersion(m_runbook.latest);
    } else {
        m_versionJob = m_store.loadVersion(m_serviceId, version);
    }
    updateControls();
}

void RunbookPane::startEditing(const Draft &draft)
{
    if (!m_highlighter->definition().isValid()) {
        m_highlighter->setDefinition(syntaxRepository().definitionForName(u"Markdown"_s));
        applySyntaxTheme(*m_highlighter, m_editor->palette());
    }
    m_message.clear();
    m_draft = draft;
    m_editing = true;
    m_editor->setPlainText(draft.text);
    m_previewTimer->stop();
    renderPreview();
    updateControls();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void RunbookPane::stopEditing()
{
    if (!m_editing)
        return;
    m_editing = false;
    m_previewTimer->stop();
    m_draft = {};
    m_editor->clear();
    m_preview->clear();
}

void RunbookPane::save()
{
    if (!m_editing || m_saveJob != 0)
        return;
    m_message.clear();
    m_saveServiceId = m_serviceId;
    m_saveIsRestore = false;
    m_saveJob = m_store.save(RunbookEdit {.serviceId = m_serviceId,
        .basedOnVersion = m_draft.basedOnVersion,
        .markdown = m_editor->toPlainText(),
        .author = m_author});
    updateControls();
}

void RunbookPane::restoreShownVersion()
{
    if (m_editing || m_saveJob != 0 || m_shown.version == 0 || m_shown.version == m_runbook.latest.version)
        return;
    m_message.clear();
    m_saveServiceId = m_serviceId;
    m_saveIsRestore = true;
    m_saveJob = m_store.save(RunbookEdit {.serviceId = m_serviceId,
        .basedOnVersion = m_runbook.latest.version,
        .markdown = m_shown.markdown,
        .author = m_author});
    updateControls();
}

void RunbookPane::cancel()
{
    if (!m_editing)
        return;
    if (!hasUnsavedChanges()) {
        discardEdit();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Changes"),
        tr("Discard your changes to the runbook of %1?").arg(m_serviceName), QMessageBox::NoButton, this);
    box->setObjectName(u"runbookDiscardQuestion"_s);
    box->setInformativeText(tr("What you wrote since you started editing is lost."));
    QPushButton *discardButton = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(u"runbookDiscard"_s);
    QPushButton *keep = box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"runbookKeepEditing"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 serviceId = m_serviceId;
    connect(box, &QMessageBox::finished, this, [this, box, discardButton, serviceId] {
        if (box->clickedButton() == discardButton && m_editing && m_serviceId == serviceId)
            discardEdit();
    });
    box->open();
}

void RunbookPane::discardEdit()
{
    m_message.clear();
    stopEditing();
    showVersion(m_runbook.latest);
    fillVersions();
    updateControls();
}

void RunbookPane::warnOfConflict(const RunbookVersion &theirs)
{
    const QString who = theirs.author.isEmpty() ? tr("Someone") : theirs.author;
    // One arg() call for all: a name may contain "%2".
    m_message
        = tr("%1 saved version %2 meanwhile; your text is not saved yet.").arg(who, QString::number(theirs.version));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Runbook Changed Meanwhile"),
        tr("%1 saved version %2 of this runbook on %3, after you started editing.")
            .arg(who, QString::number(theirs.version), EndpointText::time(theirs.savedAt)),
        QMessageBox::NoButton, this);
    box->setObjectName(u"runbookConflict"_s);
    box->setInformativeText(tr("Your text is not saved yet. Their text is under Show Details. Save yours on top "
                               "of theirs, or keep editing to bring the two together."));
    box->setDetailedText(theirs.markdown);
    QPushButton *saveMine
        = box->addButton(tr("&Save Mine as Version %1").arg(theirs.version + 1), QMessageBox::AcceptRole);
    saveMine->setObjectName(u"runbookSaveAnyway"_s);
    QPushButton *keep = box->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"runbookKeepEditing"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 serviceId = m_serviceId;
    const int theirVersion = theirs.version;
    connect(box, &QMessageBox::finished, this, [this, box, saveMine, serviceId, theirVersion] {
        if (box->clickedButton() != saveMine || !m_editing || m_serviceId != serviceId)
            return;
        m_draft.basedOnVersion = theirVersion;
        save();
    });
    box->open();
}

void RunbookPane::renderPreview()
{
    // Keep the reader's place while the text above it changes.
    const int position = m_preview->verticalScrollBar()->value();
    renderMarkdown(m_preview, m_editor->toPlainText());
    m_preview->verticalScrollBar()->setValue(position);
}

void RunbookPane::fillVersions()
{
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    for (qsizetype i = 0; i < m_runbook.versions.size(); ++i) {
        const RunbookVersionInfo &info = m_runbook.versions.at(i);
        const QString author = info.author.isEmpty() ? tr("unknown author") : info.author;
        const QString text = i == 0 ? tr("Version %1 (latest) – %2, %3") : tr("Version %1 – %2, %3");
        m_versions->addItem(text.arg(info.version).arg(author, EndpointText::time(info.savedAt)), info.version);
    }
    const int shown = m_versions->findData(m_shown.version);
    m_versions->setCurrentIndex(shown >= 0 ? shown : 0);
}

void RunbookPane::updateControls()
{
    const bool hasService = m_serviceId != 0;
    const bool hasRunbook = m_runbook.latest.version != 0;
    const bool busy = m_saveJob != 0 || m_loadJob != 0;
    const bool showingOlder = !m_editing && m_shown.version != 0 && m_shown.version != m_runbook.latest.version;

    m_title->setText(hasService ? tr("Runbook of %1").arg(m_serviceName) : tr("Runbook"));
    const bool versionsShown = !m_editing && !m_runbook.versions.isEmpty();
    m_versionLabel->setVisible(versionsShown);
    m_versions->setVisible(versionsShown);
    m_versions->setEnabled(!busy);
    m_edit->setVisible(!m_editing && hasRunbook);
    // An older version is restored, not edited: an edit always starts from the latest one.
    m_edit->setEnabled(!busy && !showingOlder && m_versionJob == 0);
    m_restore->setVisible(showingOlder);
    m_restore->setEnabled(!busy);
    m_save->setVisible(m_editing);
    m_save->setEnabled(m_saveJob == 0 && hasUnsavedChanges());
    m_cancel->setVisible(m_editing);
    m_cancel->setEnabled(m_saveJob == 0);

    if (!hasService)
        m_emptyText->setText(tr("No service chosen."));
    else if (!m_loaded)
        m_emptyText->setText(tr("Loading the runbook…"));
    else
        m_emptyText->setText(
            tr("No runbook yet — write the first version: how to tell what is wrong, whom to call, and the steps "
               "that bring the service back."));
    m_writeFirst->setVisible(hasService && m_loaded && !hasRunbook && !m_editing);
    m_writeFirst->setEnabled(!busy);
    m_pages->setCurrentIndex(m_editing ? EditPage : m_shown.version != 0 ? ViewPage : EmptyPage);

    const QString status = statusText();
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

QString RunbookPane::statusText() const
{
    if (m_saveJob != 0)
        return tr("Saving…");
    QString state;
    if (m_editing) {
        state = m_draft.basedOnVersion == 0 ? tr("Writing the first version.")
                                            : tr("Editing version %1; saving stores version %2.")
                                                  .arg(m_draft.basedOnVersion)
                                                  .arg(m_draft.basedOnVersion + 1);
    } else if (m_versionJob != 0) {
        state = tr("Loading the version…");
    } else if (m_shown.version != 0) {
        state = savedByText(m_shown);
        if (m_shown.version != m_runbook.latest.version)
            state += u' '
                + tr("This is an older version, shown read-only; the latest is version %1.")
                      .arg(m_runbook.latest.version);
    }
    if (m_message.isEmpty())
        return state;
    return state.isEmpty() ? m_message : m_message + u'\n' + state;
}

QString RunbookPane::savedByText(const RunbookVersion &version) const
{
    if (version.author.isEmpty())
        return tr("Version %1, saved on %2.").arg(version.version).arg(EndpointText::time(version.savedAt));
    return tr("Version %1, saved by %2 on %3.")
        .arg(version.version)
        .arg(version.author, EndpointText::time(version.savedAt));
}

void RunbookPane::applyTheme()
{
    // The definitions are loaded once something is edited, not when the pane is made.
    if (m_highlighter->definition().isValid())
        applySyntaxTheme(*m_highlighter, m_editor->palette());
    // Code backgrounds are drawn in the palette's colours.
    if (m_shown.version != 0)
        renderMarkdown(m_view, m_shown.markdown);
    if (m_editing)
        renderPreview();
}

void RunbookPane::retranslateUi()
{
    m_versionLabel->setText(tr("&Version:"));
    m_versions->setAccessibleName(tr("Runbook version"));
    m_versions->setAccessibleDescription(tr("Choose an older version to read it or to restore it"));
    m_edit->setText(tr("&Edit"));
    m_edit->setAccessibleDescription(tr("Edit the latest version of the runbook"));
    m_restore->setText(tr("&Restore This Version"));
    m_restore->setAccessibleDescription(tr("Save the version shown as the newest version; nothing is deleted"));
    m_save->setText(tr("&Save"));
    m_save->setAccessibleDescription(tr("Save the text as a new version (Ctrl+S)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Stop editing; asks before discarding changes"));
    m_writeFirst->setText(tr("&Write the First Version"));
    m_view->setAccessibleName(tr("Runbook"));
    m_editor->setAccessibleName(tr("Runbook text in Markdown"));
    m_editor->setAccessibleDescription(
        tr("# starts a heading, 1. a numbered step, | a table row, ``` a code block. Tab moves on to the preview."));
    m_editor->setPlaceholderText(tr("# What to check first\n\n1. …"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(tr("The runbook as it will be shown, updated while you type"));
    m_status->setAccessibleName(tr("Runbook status"));
    fillVersions();
    updateControls();
}

void RunbookPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

} // namespace Leitstand
