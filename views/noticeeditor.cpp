#include "noticeeditor.h"

#include "feed/noticepreview.h"
#include "feed/noticetemplates.h"
#include "feed/textdiff.h"
#include "itemmodels/endpointtext.h"
#include "syntaxhighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array kinds {NoticeKind::Disruption, NoticeKind::PlannedMaintenance, NoticeKind::Information};
constexpr std::array severities {IncidentSeverity::Minor, IncidentSeverity::Major, IncidentSeverity::Critical};
constexpr std::array phases {NoticePhase::Scheduled, NoticePhase::Investigating, NoticePhase::Identified,
    NoticePhase::Monitoring, NoticePhase::Resolved};

QString plainText(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->toPlainText();
    return {};
}

void setPlainText(QWidget *widget, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->setText(value);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        text->setPlainText(value);
}

QPlainTextEdit *makeTextEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    // Tab moves on, so that the keyboard reaches every field; notices are prose without tabs.
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 2 * edit->frameWidth() + 8);
    edit->setMaximumHeight(lineHeight * (lines + 2) + 2 * edit->frameWidth() + 8);
    return edit;
}

QPushButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QDateTimeEdit *makeTimeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

NoticeEditor::NoticeEditor(NoticeStore &store, OnlineFeedReader &online, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_online(online)
{
    auto *form = new QWidget(this);
    m_grid = new QGridLayout(form);

    m_kind = new QComboBox(form);
    m_kind->setObjectName(u"noticeKind"_s);
    m_kindLabel = new QLabel(form);
    m_kindLabel->setBuddy(m_kind);
    m_severity = new QComboBox(form);
    m_severity->setObjectName(u"noticeSeverity"_s);
    m_severityLabel = new QLabel(form);
    m_severityLabel->setBuddy(m_severity);
    m_start = makeTimeEdit(u"noticeStart"_s, form);
    m_startLabel = new QLabel(form);
    m_startLabel->setBuddy(m_start);
    m_hasEnd = new QCheckBox(form);
    m_hasEnd->setObjectName(u"noticeHasEnd"_s);
    m_end = makeTimeEdit(u"noticeExpectedEnd"_s, form);
    m_services = new QListWidget(form);
    m_services->setObjectName(u"noticeServices"_s);
    m_services->setMaximumHeight(m_services->fontMetrics().lineSpacing() * 6);
    m_servicesLabel = new QLabel(form);
    m_servicesLabel->setBuddy(m_services);

    int row = 0;
    m_grid->addWidget(m_kindLabel, row, 0);
    m_grid->addWidget(m_kind, row, 1);
    m_grid->addWidget(m_severityLabel, row, 2, Qt::AlignRight);
    m_grid->addWidget(m_severity, row, 3);
    ++row;
    m_grid->addWidget(m_startLabel, row, 0);
    m_grid->addWidget(m_start, row, 1);
    m_grid->addWidget(m_hasEnd, row, 2, Qt::AlignRight);
    m_grid->addWidget(m_end, row, 3);
    ++row;
    m_grid->addWidget(m_servicesLabel, row, 0, Qt::AlignTop);
    m_grid->addWidget(m_services, row, 1, 1, 3);
    ++row;
    m_germanHeader = new QLabel(form);
    m_englishHeader = new QLabel(form);
    QFont bold = m_germanHeader->font();
    bold.setBold(true);
    m_germanHeader->setFont(bold);
    m_englishHeader->setFont(bold);
    m_grid->addWidget(m_germanHeader, row, 1);
    m_grid->addWidget(m_englishHeader, row, 2, 1, 2);

    addBilingualRow(m_title, false, u"Title"_s);
    addBilingualRow(m_text, true, u"Text"_s);
    addBilingualRow(m_userAction, true, u"UserAction"_s);
    addBilingualRow(m_hours, false, u"ContactHours"_s);
    addBilingualRow(m_alternative, false, u"Alternative"_s);

    row = m_grid->rowCount();
    m_phone = new QLineEdit(form);
    m_phone->setObjectName(u"noticePhone"_s);
    m_phoneLabel = new QLabel(form);
    m_phoneLabel->setBuddy(m_phone);
    m_email = new QLineEdit(form);
    m_email->setObjectName(u"noticeEmail"_s);
    m_emailLabel = new QLabel(form);
    m_emailLabel->setBuddy(m_email);
    m_grid->addWidget(m_phoneLabel, row, 0);
    m_grid->addWidget(m_phone, row, 1);
    m_grid->addWidget(m_emailLabel, row, 2, Qt::AlignRight);
    m_grid->addWidget(m_email, row, 3);
    ++row;

    m_updateList = new QTreeWidget(form);
    m_updateList->setObjectName(u"noticeUpdates"_s);
    m_updateList->setRootIsDecorated(false);
    m_updateList->setColumnCount(4);
    m_updateList->setMaximumHeight(m_updateList->fontMetrics().lineSpacing() * 8);
    m_updatesLabel = new QLabel(form);
    m_updatesLabel->setBuddy(m_updateList);
    m_grid->addWidget(m_updatesLabel, row, 0, Qt::AlignTop);
    m_grid->addWidget(m_updateList, row, 1, 1, 3);
    ++row;
    m_phase = new QComboBox(form);
    m_phase->setObjectName(u"noticeUpdatePhase"_s);
    m_phaseLabel = new QLabel(form);
    m_phaseLabel->setBuddy(m_phase);
    m_updateDe = makeTextEdit(u"noticeUpdateGerman"_s, 2, form);
    m_updateEn = makeTextEdit(u"noticeUpdateEnglish"_s, 2, form);
    m_addUpdate = makeButton(u"noticeAddUpdate"_s, form);
    auto *phaseBox = new QVBoxLayout;
    phaseBox->addWidget(m_phase);
    phaseBox->addWidget(m_addUpdate);
    phaseBox->addStretch(1);
    m_grid->addWidget(m_phaseLabel, row, 0, Qt::AlignTop);
    m_grid->addLayout(phaseBox, row, 1);
    ++row;
    m_grid->addWidget(m_updateDe, row, 1);
    m_grid->addWidget(m_updateEn, row, 2, 1, 2);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"noticeFormScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    m_formScroll = scroll;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"noticeTabs"_s);
    m_tabs->addTab(scroll, QString());

    auto *preview = new QWidget(this);
    m_previewDocument = new QComboBox(preview);
    m_previewDocument->setObjectName(u"noticePreviewDocument"_s);
    m_previewDocument->addItems({u"status.json"_s, AtomFeed::fileName(u"de"), AtomFeed::fileName(u"en")});
    m_previewDocumentLabel = new QLabel(preview);
    m_previewDocumentLabel->setBuddy(m_previewDocument);
    m_refreshPreview = makeButton(u"noticeRefreshPreview"_s, preview);
    const auto makeReadOnly = [preview](const QString &objectName) {
        auto *text = new QPlainTextEdit(preview);
        text->setObjectName(objectName);
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setTabChangesFocus(true);
        return text;
    };
    m_previewText = makeReadOnly(u"noticePreviewText"_s);
    m_previewLabel = new QLabel(preview);
    m_previewLabel->setBuddy(m_previewText);
    m_diffText = makeReadOnly(u"noticePreviewDiff"_s);
    m_diffLabel = new QLabel(preview);
    m_diffLabel->setBuddy(m_diffText);
    m_onlineStatus = new QLabel(preview);
    m_onlineStatus->setObjectName(u"noticeOnlineStatus"_s);
    m_onlineStatus->setWordWrap(true);
    m_onlineStatus->setTextFormat(Qt::PlainText);
    m_previewHighlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_previewText->document());
    m_diffHighlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_diffText->document());
    m_diffHighlighter->setDefinition(syntaxRepository().definitionForName(u"Diff"_s));
    applySyntaxTheme(*m_previewHighlighter, palette());
    applySyntaxTheme(*m_diffHighlighter, palette());
    auto *previewBar = new QHBoxLayout;
    previewBar->addWidget(m_previewDocumentLabel);
    previewBar->addWidget(m_previewDocument);
    previewBar->addStretch(1);
    previewBar->addWidget(m_refreshPreview);
    auto *previewLayout = new QGridLayout(preview);
    previewLayout->addLayout(previewBar, 0, 0, 1, 2);
    previewLayout->addWidget(m_previewLabel, 1, 0);
    previewLayout->addWidget(m_diffLabel, 1, 1);
    previewLayout->addWidget(m_previewText, 2, 0, 2, 1);
    previewLayout->addWidget(m_onlineStatus, 2, 1);
    previewLayout->addWidget(m_diffText, 3, 1);
    previewLayout->setRowStretch(3, 1);
    m_tabs->addTab(preview, QString());

    m_languageWarning = new QLabel(this);
    m_languageWarning->setObjectName(u"noticeLanguageWarning"_s);
    m_languageWarning->setWordWrap(true);
    m_languageWarning->setTextFormat(Qt::PlainText);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"noticeProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(u"noticeStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save = makeButton(u"noticeSave"_s, this);
    m_publish = makeButton(u"noticePublish"_s, this);
    m_withdraw = makeButton(u"noticeWithdraw"_s, this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_withdraw);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_languageWarning);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    for (const NoticeKind kind : kinds)
        m_kind->addItem(QString(), int(kind));
    for (const IncidentSeverity severity : severities)
        m_severity->addItem(QString(), int(severity));
    for (const NoticePhase phase : phases)
        m_phase->addItem(QString(), int(phase));

    const auto otherEdited = [this] {
        edited(std::nullopt);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, otherEdited);
    connect(m_severity, &QComboBox::currentIndexChanged, this, otherEdited);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, otherEdited);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, otherEdited);
    connect(m_hasEnd, &QCheckBox::toggled, this, [this, otherEdited] {
        m_end->setEnabled(m_hasEnd->isChecked());
        otherEdited();
    });
    connect(m_services, &QListWidget::itemChanged, this, otherEdited);
    connect(m_phone, &QLineEdit::textChanged, this, otherEdited);
    connect(m_email, &QLineEdit::textChanged, this, otherEdited);
    for (BilingualFields *fields : {&m_title, &m_text, &m_userAction, &m_hours, &m_alternative}) {
        for (const auto &[widget, language] :
            {std::pair {fields->de, Language::German}, std::pair {fields->en, Language::English}}) {
            const auto mark = [this, language] {
                edited(language);
            };
            if (auto *line = qobject_cast<QLineEdit *>(widget))
                connect(line, &QLineEdit::textChanged, this, mark);
            else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
                connect(text, &QPlainTextEdit::textChanged, this, mark);
        }
    }
    connect(m_phase, &QComboBox::currentIndexChanged, this, &NoticeEditor::suggestUpdateText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticeEditor::suggestUpdateText);
    connect(m_updateDe, &QPlainTextEdit::textChanged, this, &NoticeEditor::updateControls);
    connect(m_updateEn, &QPlainTextEdit::textChanged, this, &NoticeEditor::updateControls);
    connect(m_addUpdate, &QPushButton::clicked, this, &NoticeEditor::addUpdate);
    connect(m_save, &QPushButton::clicked, this, &NoticeEditor::save);
    connect(m_publish, &QPushButton::clicked, this, &NoticeEditor::publish);
    connect(m_withdraw, &QPushButton::clicked, this, &NoticeEditor::withdraw);
    connect(&m_store, &NoticeStore::saved, this, &NoticeEditor::onSaved);
    connect(&m_store, &NoticeStore::publicationRequested, this, &NoticeEditor::onPublicationRequested);
    connect(&m_store, &NoticeStore::failed, this, &NoticeEditor::onFailed);
    connect(&m_online, &OnlineFeedReader::fetched, this, &NoticeEditor::onOnlineFetched);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            refreshPreview();
    });
    connect(m_refreshPreview, &QPushButton::clicked, this, &NoticeEditor::refreshPreview);
    connect(m_previewDocument, &QComboBox::currentIndexChanged, this, &NoticeEditor::renderPreview);

    retranslateUi();
    setEnabled(false);
}

NoticeEditor::~NoticeEditor() = default;

void NoticeEditor::addBilingualRow(BilingualFields &fields, bool multiLine, const QString &objectName)
{
    QWidget *form = m_grid->parentWidget();
    const int row = m_grid->rowCount();
    fields.label = new QLabel(form);
    if (multiLine) {
        fields.de = makeTextEdit(u"notice%1German"_s.arg(objectName), 3, form);
        fields.en = makeTextEdit(u"notice%1English"_s.arg(objectName), 3, form);
    } else {
        fields.de = new QLineEdit(form);
        fields.de->setObjectName(u"notice%1German"_s.arg(objectName));
        fields.en = new QLineEdit(form);
        fields.en->setObjectName(u"notice%1English"_s.arg(objectName));
    }
    fields.label->setBuddy(fields.de);
    m_grid->addWidget(fields.label, row, 0, multiLine ? Qt::AlignTop : Qt::Alignment());
    m_grid->addWidget(fields.de, row, 1);
    m_grid->addWidget(fields.en, row, 2, 1, 2);
}

BilingualText NoticeEditor::textOf(const BilingualFields &fields) const
{
    return {plainText(fields.de).trimmed(), plainText(fields.en).trimmed()};
}

void NoticeEditor::setTextOf(BilingualFields &fields, const BilingualText &text)
{
    setPlainText(fields.de, text.de);
    setPlainText(fields.en, text.en);
}

void NoticeEditor::setServiceNames(const QStringList &names)
{
    fillServices(names, m_hasNotice ? notice().services : QStringList());
}

void NoticeEditor::fillServices(const QStringList &names, const QStringList &checked)
{
    const QSignalBlocker blocker(m_services);
    m_services->clear();
    QStringList all = names;
    // A service the notice names stays listed even when the catalog no longer has it.
    for (const QString &name : checked) {
        if (!all.contains(name))
            all.append(name);
    }
    for (const QString &name : std::as_const(all)) {
        auto *item = new QListWidgetItem(name, m_services);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

void NoticeEditor::setAuthor(const QString &author)
{
    m_author = author.trimmed();
}

void NoticeEditor::setFeedSite(const AtomFeedSite &site)
{
    m_site = site;
}

void NoticeEditor::refreshPreview()
{
    m_onlineJob = m_online.fetch();
    renderPreview();
}

void NoticeEditor::onOnlineFetched(quint64 job, const OnlineFeed &feed)
{
    if (job != m_onlineJob)
        return;
    m_onlineFeed = feed;
    renderPreview();
}

void NoticeEditor::renderPreview()
{
    if (!m_hasNotice) {
        m_previewText->clear();
        m_diffText->clear();
        return;
    }
    const StatusFeedDocument online = m_onlineFeed ? m_onlineFeed->document : StatusFeedDocument();
    const NoticePreviewDocuments documents
        = previewDocuments(notice(), online, m_site, QDateTime::currentDateTimeUtc());
    const int index = m_previewDocument->currentIndex();
    const QByteArray shown = index == 0 ? documents.statusJson : index == 1 ? documents.atomDe : documents.atomEn;
    const QString definition = index == 0 ? u"JSON"_s : u"XML"_s;
    if (m_previewHighlighter->definition().name() != definition)
        m_previewHighlighter->setDefinition(syntaxRepository().definitionForName(definition));
    m_previewText->setPlainText(QString::fromUtf8(shown));

    m_diffText->clear();
    if (!m_onlineFeed) {
        m_onlineStatus->setText(tr("Reading what is online now…"));
        return;
    }
    switch (m_onlineFeed->status) {
    case OnlineFeed::Status::NotConfigured:
        m_onlineStatus->setText(tr("No feed server is configured, so there is nothing online to compare with."));
        return;
    case OnlineFeed::Status::Unreachable:
        m_onlineStatus->setText(tr("What is online cannot be compared: %1").arg(m_onlineFeed->error));
        return;
    case OnlineFeed::Status::Read:
        break;
    }
    const QByteArray &before = index == 0 ? m_onlineFeed->statusJson
        : index == 1                      ? m_onlineFeed->atomDe
                                          : m_onlineFeed->atomEn;
    const QString name = m_previewDocument->currentText();
    const QString diff = unifiedDiff(
        QString::fromUtf8(before), QString::fromUtf8(shown), tr("online/%1").arg(name), tr("preview/%1").arg(name));
    m_onlineStatus->setText(diff.isEmpty() ? tr("Publishing would change nothing in %1.").arg(name)
                                           : tr("What publishing would change in %1:").arg(name));
    m_diffText->setPlainText(diff);
}

QString NoticeEditor::previewDefinition() const
{
    return m_previewHighlighter->definition().isValid() ? m_previewHighlighter->definition().name() : QString();
}

void NoticeEditor::setStoredNotice(const StoredNotice &stored)
{
    m_stored = stored;
    m_basedOnRevision = stored.notice.revision;
    load(stored.notice);
}

void NoticeEditor::setNewNotice(const Notice &notice)
{
    m_stored.reset();
    m_basedOnRevision = 0;
    load(notice);
}

void NoticeEditor::load(const Notice &notice)
{
    m_loading = true;
    m_hasNotice = true;
    m_base = notice;
    m_updates = notice.updates;
    m_germanEdited = false;
    m_englishEdited = false;
    m_otherEdited = false;
    m_message.clear();

    m_kind->setCurrentIndex(m_kind->findData(int(notice.kind)));
    m_severity->setCurrentIndex(m_severity->findData(int(notice.severity)));
    m_start->setDateTime(notice.start.isValid() ? notice.start.toLocalTime() : QDateTime::currentDateTime());
    m_hasEnd->setChecked(notice.expectedEnd.isValid());
    m_end->setEnabled(notice.expectedEnd.isValid());
    m_end->setDateTime(
        notice.expectedEnd.isValid() ? notice.expectedEnd.toLocalTime() : m_start->dateTime().addSecs(3600));
    QStringList names;
    for (int row = 0; row < m_services->count(); ++row)
        names.append(m_services->item(row)->text());
    fillServices(names, notice.services);
    setTextOf(m_title, notice.title);
    setTextOf(m_text, notice.text);
    setTextOf(m_userAction, notice.userAction);
    setTextOf(m_hours, notice.contact.hours);
    setTextOf(m_alternative, notice.contact.alternative);
    m_phone->setText(notice.contact.phone);
    m_email->setText(notice.contact.email);
    fillUpdates();
    const int nextPhase = m_phase->findData(int(notice.phase()));
    m_phase->setCurrentIndex(nextPhase);
    m_loading = false;
    suggestUpdateText();
    setEnabled(true);
    updateControls();
}

Notice NoticeEditor::notice() const
{
    Notice notice = m_base;
    notice.kind = NoticeKind(m_kind->currentData().toInt());
    notice.severity = IncidentSeverity(m_severity->currentData().toInt());
    notice.start = m_start->dateTime().toUTC();
    notice.expectedEnd = m_hasEnd->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
    notice.services.clear();
    for (int row = 0; row < m_services->count(); ++row) {
        if (m_services->item(row)->checkState() == Qt::Checked)
            notice.services.append(m_services->item(row)->text());
    }
    notice.title = textOf(m_title);
    notice.text = textOf(m_text);
    notice.userAction = textOf(m_userAction);
    notice.contact.hours = textOf(m_hours);
    notice.contact.alternative = textOf(m_alternative);
    notice.contact.phone = m_phone->text().trimmed();
    notice.contact.email = m_email->text().trimmed();
    notice.updates = m_updates;
    return notice;
}

bool NoticeEditor::hasUnsavedChanges() const
{
    return m_hasNotice && (m_basedOnRevision == 0 || m_germanEdited || m_englishEdited || m_otherEdited);
}

void NoticeEditor::saveChanges()
{
    save();
}

void NoticeEditor::discardChanges()
{
    if (m_stored) {
        setStoredNotice(*m_stored);
        return;
    }
    m_hasNotice = false;
    m_message.clear();
    setEnabled(false);
    updateControls();
}

QString NoticeEditor::languageWarning() const
{
    if (m_germanEdited && !m_englishEdited)
        return tr("You changed the German text but not the English one: check that both still say the same.");
    if (m_englishEdited && !m_germanEdited)
        return tr("You changed the English text but not the German one: check that both still say the same.");
    if (!m_stored || m_germanEdited || m_englishEdited)
        return {};
    const QDateTime german = m_stored->germanChangedAt;
    const QDateTime english = m_stored->englishChangedAt;
    if (!german.isValid() || !english.isValid() || german == english)
        return {};
    if (german > english) {
        return tr("The English text is older than the German one (changed %1, the German %2): check that it "
                  "still says the same.")
            .arg(EndpointText::time(english), EndpointText::time(german));
    }
    return tr("The German text is older than the English one (changed %1, the English %2): check that it still "
              "says the same.")
        .arg(EndpointText::time(german), EndpointText::time(english));
}

void NoticeEditor::edited(std::optional<Language> language)
{
    if (m_loading || !m_hasNotice)
        return;
    if (!language)
        m_otherEdited = true;
    else if (*language == Language::German)
        m_germanEdited = true;
    else
        m_englishEdited = true;
    m_message.clear();
    updateControls();
}

void NoticeEditor::suggestUpdateText()
{
    if (m_loading)
        return;
    // Only text the user has not written: a suggestion never replaces their words.
    const auto kind = NoticeKind(m_kind->currentData().toInt());
    const auto phase = NoticePhase(m_phase->currentData().toInt());
    bool suggested = false;
    for (const NoticeKind anyKind : kinds) {
        for (const NoticePhase anyPhase : phases) {
            const BilingualText usual = noticeUpdateTemplate(anyKind, anyPhase);
            suggested = suggested || (m_updateDe->toPlainText() == usual.de && m_updateEn->toPlainText() == usual.en);
        }
    }
    const bool empty = m_updateDe->toPlainText().trimmed().isEmpty() && m_updateEn->toPlainText().trimmed().isEmpty();
    if (!empty && !suggested)
        return;
    const BilingualText usual = noticeUpdateTemplate(kind, phase);
    m_updateDe->setPlainText(usual.de);
    m_updateEn->setPlainText(usual.en);
}

void NoticeEditor::addUpdate()
{
    NoticeUpdate update;
    update.id = QUuid::createUuid();
    update.at = QDateTime::currentDateTimeUtc();
    update.phase = NoticePhase(m_phase->currentData().toInt());
    update.text = {m_updateDe->toPlainText().trimmed(), m_updateEn->toPlainText().trimmed()};
    m_updates.append(update);
    m_germanEdited = true;
    m_englishEdited = true;
    fillUpdates();
    m_updateDe->clear();
    m_updateEn->clear();
    suggestUpdateText();
    edited(std::nullopt);
}

void NoticeEditor::fillUpdates()
{
    m_updateList->clear();
    for (const NoticeUpdate &update : std::as_const(m_updates)) {
        auto *item = new QTreeWidgetItem(m_updateList);
        item->setText(0, EndpointText::time(update.at));
        item->setText(1, noticePhaseDisplayName(update.phase));
        item->setText(2, update.text.de);
        item->setText(3, update.text.en);
        item->setToolTip(2, update.text.de);
        item->setToolTip(3, update.text.en);
    }
}

void NoticeEditor::save()
{
    if (!m_hasNotice || m_saveJob != 0)
        return;
    m_afterSave.reset();
    m_saveJob = m_store.save(notice(), m_basedOnRevision, m_author);
    m_message = tr("Saving…");
    updateControls();
}

void NoticeEditor::publish()
{
    if (!m_hasNotice || !notice().problemsBeforePublishing().isEmpty())
        return;
    if (hasUnsavedChanges()) {
        save();
        m_afterSave = PublicationAction::Publish;
        return;
    }
    m_publicationJob = m_store.requestPublication(m_base.id, PublicationAction::Publish, m_author);
    m_message = tr("Asking for publication…");
    updateControls();
}

void NoticeEditor::withdraw()
{
    if (!m_hasNotice || m_basedOnRevision == 0)
        return;
    m_publicationJob = m_store.requestPublication(m_base.id, PublicationAction::Withdraw, m_author);
    m_message = tr("Asking for withdrawal…");
    updateControls();
}

void NoticeEditor::onSaved(quint64 job, const StoredNotice &stored)
{
    if (job != m_saveJob)
        return;
    m_saveJob = 0;
    m_stored = stored;
    m_base = stored.notice;
    m_basedOnRevision = stored.notice.revision;
    m_germanEdited = false;
    m_englishEdited = false;
    m_otherEdited = false;
    m_message = tr("Saved as revision %1.").arg(stored.notice.revision);
    Q_EMIT noticeSaved(stored);
    if (const auto action = std::exchange(m_afterSave, std::nullopt)) {
        m_publicationJob = m_store.requestPublication(m_base.id, *action, m_author);
        m_message = tr("Asking for publication…");
    }
    updateControls();
}

void NoticeEditor::onPublicationRequested(quint64 job, const NoticePublication &publication)
{
    if (job != m_publicationJob)
        return;
    m_publicationJob = 0;
    m_message = publication.action == PublicationAction::Withdraw
        ? tr("Withdrawal of revision %1 requested; the status feed follows shortly.").arg(publication.revision)
        : tr("Publication of revision %1 requested; the status feed follows shortly.").arg(publication.revision);
    if (publication.action == PublicationAction::Withdraw) {
        m_base.withdrawn = true;
        m_base.revision = publication.revision;
        m_basedOnRevision = publication.revision;
    }
    Q_EMIT publicationRequested(publication);
    updateControls();
}

void NoticeEditor::onFailed(quint64 job, const QString &message)
{
    if (job != m_saveJob && job != m_publicationJob)
        return;
    const bool saving = job == m_saveJob;
    if (saving)
        m_saveJob = 0;
    else
        m_publicationJob = 0;
    m_afterSave.reset();
    m_message = message;
    updateControls();
    if (saving)
        Q_EMIT saveFailed(message);
}

void NoticeEditor::updateControls()
{
    const bool busy = m_saveJob != 0 || m_publicationJob != 0;
    const QStringList problems = m_hasNotice ? notice().problemsBeforePublishing() : QStringList();
    m_save->setEnabled(m_hasNotice && !busy && hasUnsavedChanges());
    m_publish->setEnabled(m_hasNotice && !busy && problems.isEmpty() && !m_base.withdrawn);
    m_publish->setToolTip(problems.isEmpty() ? QString() : problems.join(u'\n'));
    m_withdraw->setEnabled(m_hasNotice && !busy && m_basedOnRevision > 0 && !m_base.withdrawn);
    const BilingualText update {m_updateDe->toPlainText().trimmed(), m_updateEn->toPlainText().trimmed()};
    m_addUpdate->setEnabled(m_hasNotice && update.isComplete());
    m_addUpdate->setToolTip(update.isComplete() ? QString() : tr("An update needs a German and an English text."));

    const QString warning = m_hasNotice ? languageWarning() : QString();
    m_languageWarning->setVisible(!warning.isEmpty());
    m_languageWarning->setText(warning.isEmpty() ? QString() : tr("Warning: %1").arg(warning));
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setText(problems.isEmpty() ? QString() : tr("Not ready to publish: %1").arg(problems.join(u' ')));
    m_status->setText(m_message);
}

void NoticeEditor::retranslateUi()
{
    m_tabs->setTabText(0, tr("Notice"));
    m_tabs->setTabText(1, tr("Preview"));
    m_previewDocumentLabel->setText(tr("&Document:"));
    m_refreshPreview->setText(tr("&Compare with online"));
    m_previewLabel->setText(tr("As it will be published:"));
    m_diffLabel->setText(tr("Changes against what is online now:"));
    m_previewDocument->setAccessibleName(tr("Document to preview"));
    m_refreshPreview->setAccessibleName(tr("Compare with what is online"));
    m_previewText->setAccessibleName(tr("The document as it will be published"));
    m_diffText->setAccessibleName(tr("Changes against what is online, as a unified diff"));
    m_onlineStatus->setAccessibleName(tr("Comparison with what is online"));
    m_kindLabel->setText(tr("&Kind:"));
    m_severityLabel->setText(tr("Severit&y:"));
    m_startLabel->setText(tr("&Start:"));
    m_hasEnd->setText(tr("Expected e&nd:"));
    m_servicesLabel->setText(tr("Affected serv&ices:"));
    m_germanHeader->setText(tr("German"));
    m_englishHeader->setText(tr("English"));
    m_title.label->setText(tr("&Title:"));
    m_text.label->setText(tr("Te&xt:"));
    m_userAction.label->setText(tr("What &users can do:"));
    m_hours.label->setText(tr("Contact &hours:"));
    m_alternative.label->setText(tr("&Alternative channel:"));
    m_phoneLabel->setText(tr("&Phone:"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_updatesLabel->setText(tr("Updates:"));
    m_phaseLabel->setText(tr("New update:"));
    m_addUpdate->setText(tr("A&dd update"));
    m_save->setText(tr("Sa&ve"));
    m_publish->setText(tr("P&ublish"));
    m_withdraw->setText(tr("&Withdraw"));
    m_updateList->setHeaderLabels({tr("Time"), tr("Phase"), tr("German"), tr("English")});

    for (int index = 0; index < m_kind->count(); ++index)
        m_kind->setItemText(index, noticeKindDisplayName(NoticeKind(m_kind->itemData(index).toInt())));
    for (int index = 0; index < m_severity->count(); ++index) {
        m_severity->setItemText(
            index, incidentSeverityDisplayName(IncidentSeverity(m_severity->itemData(index).toInt())));
    }
    for (int index = 0; index < m_phase->count(); ++index)
        m_phase->setItemText(index, noticePhaseDisplayName(NoticePhase(m_phase->itemData(index).toInt())));

    m_formScroll->setAccessibleName(tr("Notice"));
    m_kind->setAccessibleName(tr("Kind of notice"));
    m_severity->setAccessibleName(tr("Severity"));
    m_start->setAccessibleName(tr("Start, local time"));
    m_hasEnd->setAccessibleName(tr("Expected end known"));
    m_end->setAccessibleName(tr("Expected end, local time"));
    m_services->setAccessibleName(tr("Affected services"));
    m_title.de->setAccessibleName(tr("German title"));
    m_title.en->setAccessibleName(tr("English title"));
    m_text.de->setAccessibleName(tr("German text"));
    m_text.en->setAccessibleName(tr("English text"));
    m_userAction.de->setAccessibleName(tr("What users can do, in German"));
    m_userAction.en->setAccessibleName(tr("What users can do, in English"));
    m_hours.de->setAccessibleName(tr("Contact hours, in German"));
    m_hours.en->setAccessibleName(tr("Contact hours, in English"));
    m_alternative.de->setAccessibleName(tr("Alternative channel, in German"));
    m_alternative.en->setAccessibleName(tr("Alternative channel, in English"));
    m_phone->setAccessibleName(tr("Contact phone"));
    m_email->setAccessibleName(tr("Contact e-mail"));
    m_updateList->setAccessibleName(tr("Updates"));
    m_phase->setAccessibleName(tr("Phase of the new update"));
    m_updateDe->setAccessibleName(tr("German text of the new update"));
    m_updateEn->setAccessibleName(tr("English text of the new update"));
    m_addUpdate->setAccessibleName(tr("Add update"));
    m_save->setAccessibleName(tr("Save notice"));
    m_publish->setAccessibleName(tr("Publish notice"));
    m_withdraw->setAccessibleName(tr("Withdraw notice"));
    m_languageWarning->setAccessibleName(tr("Language warning"));
    m_problems->setAccessibleName(tr("Why the notice cannot be published yet"));
    m_status->setAccessibleName(tr("Notice status"));
    fillUpdates();
    updateControls();
}

void NoticeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        applySyntaxTheme(*m_previewHighlighter, palette());
        applySyntaxTheme(*m_diffHighlighter, palette());
    }
    QWidget::changeEvent(event);
}

} // namespace Leitstand
