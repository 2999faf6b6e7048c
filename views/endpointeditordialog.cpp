#include "endpointeditordialog.h"

#include "editing/endpointstore.h"
#include "itemmodels/endpointtext.h"
#include "monitoring/checks/ondemandchecker.h"
#include "stateicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array kinds {CheckKind::Http, CheckKind::Https, CheckKind::Tcp, CheckKind::Dns, CheckKind::Tls};
constexpr std::array bodyKinds {BodyAssertion::Kind::None, BodyAssertion::Kind::Substring,
    BodyAssertion::Kind::RegularExpression, BodyAssertion::Kind::JsonPointer};
constexpr std::array recordTypes {
    DnsSettings::RecordType::Any, DnsSettings::RecordType::A, DnsSettings::RecordType::AAAA};

bool usesHttp(CheckKind kind)
{
    return kind == CheckKind::Http || kind == CheckKind::Https;
}

bool usesTls(CheckKind kind)
{
    return kind == CheckKind::Https || kind == CheckKind::Tls;
}

// A label's text without its mnemonic and colon, as screen readers should say it.
QString spoken(const QString &labelText)
{
    QString text = labelText;
    text.remove(u'&');
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

bool isEmpty(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text().isEmpty();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->document()->isEmpty();
    return false;
}

// The part of the definition a check needs: names do not matter to it.
bool checkable(const EndpointDraft::Reading &reading)
{
    return std::ranges::all_of(reading.problems, [](const EndpointProblem &problem) {
        return problem.field == EndpointField::Service || problem.field == EndpointField::Name;
    });
}

template<typename Enum, std::size_t size>
int indexOf(const std::array<Enum, size> &values, Enum value)
{
    return int(std::ranges::find(values, value) - values.begin());
}

} // namespace

EndpointEditorDialog::EndpointEditorDialog(Mode mode, const Endpoint &endpoint, const QList<Endpoint> &existing,
    EndpointStore &store, OnDemandChecker &checker, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_endpointId(mode == Mode::Edit ? endpoint.id : 0)
    , m_names(existing)
    , m_store(store)
    , m_checker(checker)
{
    setObjectName(u"endpointEditor"_s);

    // Created in reading order, which is also the order Tab takes.
    createGeneralGroup();
    createCheckGroup();
    createHttpGroup();
    createTlsGroup();
    createDnsGroup();
    m_tcpGroup = new QGroupBox(this);
    m_tcpNote = new QLabel(m_tcpGroup);
    m_tcpNote->setWordWrap(true);
    (new QVBoxLayout(m_tcpGroup))->addWidget(m_tcpNote);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"editorHint"_s);
    m_hint->setWordWrap(true);
    m_saveError = new QLabel(this);
    m_saveError->setObjectName(u"saveError"_s);
    m_saveError->setWordWrap(true);
    m_saveError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveError->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"editorButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndpointEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EndpointEditorDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(m_generalGroup);
    left->addWidget(m_checkGroup);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_httpGroup);
    right->addWidget(m_tlsGroup);
    right->addWidget(m_dnsGroup);
    right->addWidget(m_tcpGroup);
    right->addStretch();
    m_columns = new QGridLayout;
    m_columns->addLayout(left, 0, 0);
    m_columns->addLayout(right, 0, 1);
    m_columns->setColumnStretch(0, 1);
    m_columns->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_columns, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    Endpoint initial = endpoint;
    if (mode != Mode::Edit)
        initial.id = 0;
    if (mode == Mode::Duplicate)
        initial.name = m_names.copyName(endpoint.service, endpoint.name);
    setDraft(EndpointDraft::fromEndpoint(initial));

    QStringList services;
    for (const Endpoint &stored : existing)
        services.append(stored.service);
    services.removeDuplicates();
    auto *completer = new QCompleter(services, m_service);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_service->setCompleter(completer);

    connect(&m_store, &EndpointStore::succeeded, this, &EndpointEditorDialog::onSaved);
    connect(&m_store, &EndpointStore::failed, this, &EndpointEditorDialog::onSaveFailed);
    connect(&m_checker, &OnDemandChecker::finished, this, [this](quint64 serial, const CheckResult &result) {
        if (serial != m_checkSerial)
            return;
        m_checking = false;
        m_lastResult = result;
        showCheckResult();
        revalidate();
    });
    watchForEdits();

    retranslateUi();
    showKindSettings();
    revalidate();
}

EndpointEditorDialog::~EndpointEditorDialog() = default;

void EndpointEditorDialog::createGeneralGroup()
{
    m_generalGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_generalGroup);
    m_service = new QLineEdit(m_generalGroup);
    m_service->setObjectName(u"service"_s);
    addRow(form, m_service, EndpointField::Service);
    m_name = new QLineEdit(m_generalGroup);
    m_name->setObjectName(u"name"_s);
    addRow(form, m_name, EndpointField::Name);
    m_kind = new QComboBox(m_generalGroup);
    m_kind->setObjectName(u"kind"_s);
    for (std::size_t i = 0; i < kinds.size(); ++i)
        m_kind->addItem(QString());
    addRow(form, m_kind);
    m_target = new QLineEdit(m_generalGroup);
    m_target->setObjectName(u"target"_s);
    // Room for a URL with a path, and for the messages under the fields.
    m_target->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 20);
    addRow(form, m_target, EndpointField::Target);
    m_interval = new QLineEdit(m_generalGroup);
    m_interval->setObjectName(u"interval"_s);
    addRow(form, m_interval, EndpointField::Interval);
    m_timeout = new QLineEdit(m_generalGroup);
    m_timeout->setObjectName(u"timeout"_s);
    addRow(form, m_timeout, EndpointField::Timeout);
    m_confirmationsDown = new QSpinBox(m_generalGroup);
    m_confirmationsDown->setObjectName(u"confirmationsDown"_s);
    m_confirmationsDown->setRange(1, EndpointRules::maximumConfirmations);
    addRow(form, m_confirmationsDown, EndpointField::ConfirmationsDown);
    m_confirmationsUp = new QSpinBox(m_generalGroup);
    m_confirmationsUp->setObjectName(u"confirmationsUp"_s);
    m_confirmationsUp->setRange(1, EndpointRules::maximumConfirmations);
    addRow(form, m_confirmationsUp, EndpointField::ConfirmationsUp);
    m_paused = new QCheckBox(m_generalGroup);
    m_paused->setObjectName(u"paused"_s);
    form->addRow(m_paused);
}

void EndpointEditorDialog::createCheckGroup()
{
    m_checkGroup = new QGroupBox(this);
    m_checkButton = new QPushButton(m_checkGroup);
    m_checkButton->setObjectName(u"checkNow"_s);
    m_checkButton->setAutoDefault(false);
    connect(m_checkButton, &QPushButton::clicked, this, &EndpointEditorDialog::startOrStopCheck);
    m_resultIcon = new QLabel(m_checkGroup);
    m_resultIcon->setObjectName(u"checkStateIcon"_s);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_resultIcon->setFixedSize(iconSize, iconSize);
    m_resultState = new QLabel(m_checkGroup);
    m_resultState->setObjectName(u"checkState"_s);
    m_resultLatency = new QLabel(m_checkGroup);
    m_resultLatency->setObjectName(u"checkLatency"_s);
    m_resultMessage = new QLabel(m_checkGroup);
    m_resultMessage->setObjectName(u"checkMessage"_s);
    m_resultMessage->setWordWrap(true);
    m_resultMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *state = new QHBoxLayout;
    state->addWidget(m_checkButton);
    state->addSpacing(6);
    state->addWidget(m_resultIcon);
    state->addWidget(m_resultState);
    state->addWidget(m_resultLatency);
    state->addStretch();
    auto *layout = new QVBoxLayout(m_checkGroup);
    layout->addLayout(state);
    layout->addWidget(m_resultMessage);
}

void EndpointEditorDialog::createHttpGroup()
{
    m_httpGroup = new QGroupBox(this);
    m_httpForm = new QFormLayout(m_httpGroup);
    m_method = new QComboBox(m_httpGroup);
    m_method->setObjectName(u"method"_s);
    m_method->setEditable(true);
    m_method->addItems({u"GET"_s, u"HEAD"_s, u"POST"_s, u"OPTIONS"_s});
    addRow(m_httpForm, m_method, EndpointField::HttpMethod);
    m_headers = new QPlainTextEdit(m_httpGroup);
    m_headers->setObjectName(u"headers"_s);
    m_headers->setTabChangesFocus(true);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 3 + 2 * m_headers->frameWidth() + 8);
    addRow(m_httpForm, m_headers, EndpointField::HttpHeaders);
    m_expectedStatus = new QLineEdit(m_httpGroup);
    m_expectedStatus->setObjectName(u"expectedStatus"_s);
    addRow(m_httpForm, m_expectedStatus, EndpointField::HttpExpectedStatus);
    m_bodyKind = new QComboBox(m_httpGroup);
    m_bodyKind->setObjectName(u"bodyKind"_s);
    for (std::size_t i = 0; i < bodyKinds.size(); ++i)
        m_bodyKind->addItem(QString());
    addRow(m_httpForm, m_bodyKind);
    m_bodyPattern = new QLineEdit(m_httpGroup);
    m_bodyPattern->setObjectName(u"bodyPattern"_s);
    addRow(m_httpForm, m_bodyPattern, EndpointField::HttpBodyPattern);
    m_bodyExpected = new QLineEdit(m_httpGroup);
    m_bodyExpected->setObjectName(u"bodyExpected"_s);
    addRow(m_httpForm, m_bodyExpected, EndpointField::HttpBodyExpected);
    m_degradedAbove = new QLineEdit(m_httpGroup);
    m_degradedAbove->setObjectName(u"degradedAbove"_s);
    addRow(m_httpForm, m_degradedAbove, EndpointField::HttpDegradedAbove);
    m_maxRedirects = new QSpinBox(m_httpGroup);
    m_maxRedirects->setObjectName(u"maxRedirects"_s);
    m_maxRedirects->setRange(0, EndpointRules::maximumRedirects);
    addRow(m_httpForm, m_maxRedirects, EndpointField::HttpMaxRedirects);
    m_maxBody = new QLineEdit(m_httpGroup);
    m_maxBody->setObjectName(u"maxBody"_s);
    addRow(m_httpForm, m_maxBody, EndpointField::HttpMaxBody);
}

void EndpointEditorDialog::createTlsGroup()
{
    m_tlsGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_tlsGroup);
    m_warnDays = new QSpinBox(m_tlsGroup);
    m_warnDays->setObjectName(u"warnDays"_s);
    m_warnDays->setRange(0, EndpointRules::maximumWarnDays);
    addRow(form, m_warnDays, EndpointField::TlsWarnDays);
    m_verify = new QCheckBox(m_tlsGroup);
    m_verify->setObjectName(u"verify"_s);
    form->addRow(m_verify);

    // The path and its button share the field, and its problem goes under both.
    auto *caFileRow = new QWidget(m_tlsGroup);
    m_caFile = new QLineEdit(caFileRow);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 14);
    m_caFileBrowse = new QPushButton(caFileRow);
    m_caFileBrowse->setObjectName(u"caFileBrowse"_s);
    m_caFileBrowse->setAutoDefault(false);
    auto *caFileLayout = new QHBoxLayout(caFileRow);
    caFileLayout->setContentsMargins(0, 0, 0, 0);
    caFileLayout->addWidget(m_caFile, 1);
    caFileLayout->addWidget(m_caFileBrowse);
    caFileRow->setObjectName(u"caFile"_s);
    QLabel *label = addRow(form, caFileRow, EndpointField::TlsCaFile);
    caFileRow->setObjectName(QString());
    label->setBuddy(m_caFile);
    m_labels.remove(caFileRow);
    m_labels.insert(m_caFile, label);
    m_fields[EndpointField::TlsCaFile].editor = m_caFile;
    connect(m_caFileBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Trusted CA Certificates"), m_caFile->text(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (file.isEmpty())
            return;
        m_caFile->setText(file);
        m_fields[EndpointField::TlsCaFile].touched = true;
    });
}

void EndpointEditorDialog::createDnsGroup()
{
    m_dnsGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_dnsGroup);
    m_recordType = new QComboBox(m_dnsGroup);
    m_recordType->setObjectName(u"recordType"_s);
    for (std::size_t i = 0; i < recordTypes.size(); ++i)
        m_recordType->addItem(QString());
    addRow(form, m_recordType);
    m_expectedAddresses = new QLineEdit(m_dnsGroup);
    m_expectedAddresses->setObjectName(u"expectedAddresses"_s);
    addRow(form, m_expectedAddresses, EndpointField::DnsExpectedAddresses);
    m_dnsServer = new QLineEdit(m_dnsGroup);
    m_dnsServer->setObjectName(u"dnsServer"_s);
    addRow(form, m_dnsServer, EndpointField::DnsServer);
}

QLabel *EndpointEditorDialog::addRow(QFormLayout *form, QWidget *editor, std::optional<EndpointField> field)
{
    // Fields take the width there is, so that URLs and messages fit, whatever the style's habit.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(editor);
    m_labels.insert(editor, label);
    if (!field) {
        form->addRow(label, editor);
        return label;
    }
    // The problem goes right under its field, in words, so that it does not rely on colour.
    auto *cell = new QWidget(form->parentWidget());
    auto *problem = new QLabel(cell);
    problem->setObjectName(editor->objectName() + u"Problem"_s);
    problem->setWordWrap(true);
    problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, StateIcons::color(EndpointState::Down));
    problem->setPalette(palette);
    problem->hide();
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(cell);
    layout->addWidget(editor);
    layout->addWidget(problem);
    form->addRow(label, cell);
    m_fields.insert(*field, Field {editor, problem, false});
    return label;
}

void EndpointEditorDialog::watchForEdits()
{
    // A problem shows once its field has been typed in, not while a new endpoint's fields are
    // still empty; Save is disabled either way.
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const EndpointField field = it.key();
        const auto touch = [this, field] {
            m_fields[field].touched = true;
            revalidate();
        };
        QWidget *editor = it->editor;
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            connect(line, &QLineEdit::textEdited, this, touch);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            connect(text, &QPlainTextEdit::textChanged, this, touch);
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            connect(spin, &QSpinBox::valueChanged, this, touch);
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            connect(combo, &QComboBox::editTextChanged, this, touch);
    }
    for (QLineEdit *line : findChildren<QLineEdit *>())
        connect(line, &QLineEdit::textChanged, this, &EndpointEditorDialog::revalidate);
    for (QCheckBox *box : {m_paused, m_verify})
        connect(box, &QCheckBox::toggled, this, &EndpointEditorDialog::revalidate);
    for (QComboBox *combo : {m_kind, m_bodyKind, m_recordType}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            showKindSettings();
            revalidate();
        });
    }
}

EndpointDraft EndpointEditorDialog::draft() const
{
    EndpointDraft draft;
    draft.id = m_endpointId;
    draft.service = m_service->text();
    draft.name = m_name->text();
    draft.kind = kinds.at(std::clamp(m_kind->currentIndex(), 0, int(kinds.size()) - 1));
    draft.target = m_target->text();
    draft.interval = m_interval->text();
    draft.timeout = m_timeout->text();
    draft.confirmationsDown = m_confirmationsDown->value();
    draft.confirmationsUp = m_confirmationsUp->value();
    draft.paused = m_paused->isChecked();
    draft.method = m_method->currentText();
    draft.headers = m_headers->toPlainText();
    draft.expectedStatus = m_expectedStatus->text();
    draft.bodyKind = bodyKinds.at(std::clamp(m_bodyKind->currentIndex(), 0, int(bodyKinds.size()) - 1));
    draft.bodyPattern = m_bodyPattern->text();
    draft.bodyExpected = m_bodyExpected->text();
    draft.degradedAbove = m_degradedAbove->text();
    draft.maxRedirects = m_maxRedirects->value();
    draft.maxBody = m_maxBody->text();
    draft.recordType = recordTypes.at(std::clamp(m_recordType->currentIndex(), 0, int(recordTypes.size()) - 1));
    draft.expectedAddresses = m_expectedAddresses->text();
    draft.dnsServer = m_dnsServer->text();
    draft.warnDays = m_warnDays->value();
    draft.verify = m_verify->isChecked();
    draft.caFile = m_caFile->text();
    return draft;
}

void EndpointEditorDialog::setDraft(const EndpointDraft &draft)
{
    m_service->setText(draft.service);
    m_name->setText(draft.name);
    m_kind->setCurrentIndex(indexOf(kinds, draft.kind));
    m_target->setText(draft.target);
    m_interval->setText(draft.interval);
    m_timeout->setText(draft.timeout);
    m_confirmationsDown->setValue(draft.confirmationsDown);
    m_confirmationsUp->setValue(draft.confirmationsUp);
    m_paused->setChecked(draft.paused);
    m_method->setCurrentText(draft.method);
    m_headers->setPlainText(draft.headers);
    m_expectedStatus->setText(draft.expectedStatus);
    m_bodyKind->setCurrentIndex(indexOf(bodyKinds, draft.bodyKind));
    m_bodyPattern->setText(draft.bodyPattern);
    m_bodyExpected->setText(draft.bodyExpected);
    m_degradedAbove->setText(draft.degradedAbove);
    m_maxRedirects->setValue(draft.maxRedirects);
    m_maxBody->setText(draft.maxBody);
    m_recordType->setCurrentIndex(indexOf(recordTypes, draft.recordType));
    m_expectedAddresses->setText(draft.expectedAddresses);
    m_dnsServer->setText(draft.dnsServer);
    m_warnDays->setValue(draft.warnDays);
    m_verify->setChecked(draft.verify);
    m_caFile->setText(draft.caFile);
}

EndpointDraft::Reading EndpointEditorDialog::reading() const
{
    return draft().read(m_names);
}

void EndpointEditorDialog::showKindSettings()
{
    const EndpointDraft current = draft();
    m_httpGroup->setVisible(usesHttp(current.kind));
    m_tlsGroup->setVisible(usesTls(current.kind));
    m_dnsGroup->setVisible(current.kind == CheckKind::Dns);
    m_tcpGroup->setVisible(current.kind == CheckKind::Tcp);
    m_httpForm->setRowVisible(m_bodyPattern->parentWidget(), current.bodyKind != BodyAssertion::Kind::None);
    m_httpForm->setRowVisible(m_bodyExpected->parentWidget(), current.bodyKind == BodyAssertion::Kind::JsonPointer);

    QLabel *patternLabel = m_labels.value(m_bodyPattern);
    switch (current.bodyKind) {
    case BodyAssertion::Kind::None:
    case BodyAssertion::Kind::Substring:
        patternLabel->setText(tr("Te&xt:"));
        m_bodyPattern->setPlaceholderText(tr("Welcome"));
        break;
    case BodyAssertion::Kind::RegularExpression:
        patternLabel->setText(tr("Regular e&xpression:"));
        m_bodyPattern->setPlaceholderText(u"<title>[^<]*Portal"_s);
        break;
    case BodyAssertion::Kind::JsonPointer:
        patternLabel->setText(tr("&JSON pointer:"));
        m_bodyPattern->setPlaceholderText(u"/status"_s);
        break;
    }
    m_bodyPattern->setAccessibleName(spoken(patternLabel->text()));

    // What the target looks like depends on the kind; examples need no translation.
    switch (current.kind) {
    case CheckKind::Http:
        m_target->setPlaceholderText(u"http://example.org/health"_s);
        break;
    case CheckKind::Https:
        m_target->setPlaceholderText(u"https://example.org/health"_s);
        break;
    case CheckKind::Tcp:
        m_target->setPlaceholderText(u"db.example.org:5432"_s);
        break;
    case CheckKind::Dns:
        m_target->setPlaceholderText(u"www.example.org"_s);
        break;
    case CheckKind::Tls:
        m_target->setPlaceholderText(u"mail.example.org:993"_s);
        break;
    }
}

void EndpointEditorDialog::revalidate()
{
    const EndpointDraft::Reading current = reading();
    QHash<EndpointField, QStringList> messages;
    for (const EndpointProblem &problem : current.problems)
        messages[problem.field].append(problem.message);

    // Only an empty field nobody has typed in yet keeps its problem to itself, so that a new
    // endpoint does not open full of complaints; the hint says why Save is disabled.
    bool hidden = false;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QStringList fieldMessages = messages.value(it.key());
        const bool shown = !fieldMessages.isEmpty() && (it->touched || m_mode != Mode::Add || !isEmpty(it->editor));
        hidden = hidden || (!fieldMessages.isEmpty() && !shown);
        const QString text = shown ? fieldMessages.join(u'\n') : QString();
        if (it->problem->text() != text) {
            it->problem->setText(text);
            it->editor->setAccessibleDescription(text);
        }
        it->problem->setVisible(shown);
    }

    m_hint->setVisible(hidden);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(current.isValid() && !m_saving);
    m_buttons->setEnabled(!m_saving);
    m_checkButton->setEnabled(m_checking || checkable(current));
}

void EndpointEditorDialog::startOrStopCheck()
{
    if (m_checking) {
        m_checker.cancel();
        m_checking = false;
        m_checkSerial = 0;
    } else {
        const EndpointDraft::Reading current = reading();
        if (!checkable(current))
            return;
        m_checkSerial = m_checker.start(current.endpoint);
        m_checking = true;
        m_lastResult.reset();
    }
    showCheckResult();
    revalidate();
}

void EndpointEditorDialog::showCheckResult()
{
    m_checkButton->setText(m_checking ? tr("Stop &Check") : tr("&Check Now"));
    m_checkButton->setAccessibleName(spoken(m_checkButton->text()));
    if (m_checking) {
        m_resultIcon->clear();
        m_resultState->setText(tr("Checking…"));
        m_resultLatency->clear();
        m_resultMessage->clear();
        return;
    }
    if (!m_lastResult) {
        m_resultIcon->clear();
        m_resultState->clear();
        m_resultLatency->clear();
        m_resultMessage->setText(tr("Runs the check once with the values above, without saving them."));
        return;
    }
    const CheckResult &result = *m_lastResult;
    m_resultIcon->setPixmap(StateIcons::icon(result.status).pixmap(m_resultIcon->size()));
    m_resultState->setText(endpointStateDisplayName(result.status));
    m_resultLatency->setText(EndpointText::latency(result.latencyMs));
    // Qt's own words often repeat the classification ("Connection refused"); once is enough.
    const QString classified = checkErrorMessage(result.error);
    const bool repeats = result.detail.isEmpty() || result.detail.compare(classified, Qt::CaseInsensitive) == 0;
    m_resultMessage->setText(repeats ? classified : EndpointText::errorText(result.error, result.detail));
}

void EndpointEditorDialog::accept()
{
    const EndpointDraft::Reading current = reading();
    if (!current.isValid() || m_saving)
        return;
    m_saving = true;
    m_saveError->hide();
    m_saveJob = m_mode == Mode::Edit ? m_store.update(current.endpoint) : m_store.add(current.endpoint);
    revalidate();
}

void EndpointEditorDialog::onSaved(quint64 job, qint64 endpointId)
{
    if (job != m_saveJob || !m_saving)
        return;
    m_saving = false;
    m_savedId = endpointId;
    QDialog::accept();
}

void EndpointEditorDialog::onSaveFailed(quint64 job, const QString &message)
{
    if (job != m_saveJob || !m_saving)
        return;
    m_saving = false;
    m_saveError->setText(message);
    m_saveError->show();
    revalidate();
}

void EndpointEditorDialog::done(int result)
{
    // A save on its way is not called back: closing now would leave the user unsure whether it
    // was stored. It takes a moment at most.
    if (m_saving && result == QDialog::Rejected)
        return;
    if (m_checking) {
        m_checker.cancel();
        m_checking = false;
    }
    QDialog::done(result);
}

bool EndpointEditorDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // A window does not grow by itself when a wrapped message under a field needs another line.
    if (event->type() == QEvent::LayoutRequest && hasHeightForWidth()) {
        if (const int needed = heightForWidth(width()); needed > height())
            resize(width(), needed);
    }
    return handled;
}

void EndpointEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EndpointEditorDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Endpoint"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Endpoint"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Endpoint"));
        break;
    }

    m_generalGroup->setTitle(tr("Endpoint"));
    m_labels.value(m_service)->setText(tr("&Service:"));
    m_service->setPlaceholderText(tr("Citizens' portal"));
    m_labels.value(m_name)->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Start page"));
    m_labels.value(m_kind)->setText(tr("&Kind:"));
    const QStringList kindNames {
        tr("HTTP"), tr("HTTPS"), tr("TCP connection"), tr("DNS lookup"), tr("TLS certificate")};
    for (int i = 0; i < kindNames.size(); ++i)
        m_kind->setItemText(i, kindNames.at(i));
    m_labels.value(m_target)->setText(tr("&Target:"));
    m_labels.value(m_interval)->setText(tr("&Interval:"));
    m_interval->setPlaceholderText(tr("e.g. 30s, 5m or 1m30s"));
    m_labels.value(m_timeout)->setText(tr("Time&out:"));
    m_timeout->setPlaceholderText(tr("e.g. 500ms or 10s"));
    m_labels.value(m_confirmationsDown)->setText(tr("Failures before &down:"));
    m_labels.value(m_confirmationsUp)->setText(tr("Successes before &up:"));
    m_paused->setText(tr("&Paused: kept, but not checked"));

    m_checkGroup->setTitle(tr("Check"));
    m_resultIcon->setAccessibleName(tr("Check result"));
    m_resultState->setAccessibleName(tr("Check result"));
    m_resultLatency->setAccessibleName(tr("Latency"));
    m_resultMessage->setAccessibleName(tr("Check message"));
    showCheckResult();

    m_httpGroup->setTitle(tr("HTTP"));
    m_labels.value(m_method)->setText(tr("&Method:"));
    m_labels.value(m_headers)->setText(tr("&Headers:"));
    m_headers->setPlaceholderText(tr("One per line, e.g. Accept: application/json"));
    m_labels.value(m_expectedStatus)->setText(tr("&Expected status:"));
    m_expectedStatus->setPlaceholderText(tr("e.g. 200-299, 304"));
    m_labels.value(m_bodyKind)->setText(tr("&Body:"));
    const QStringList bodyNames {
        tr("Not checked"), tr("Contains text"), tr("Matches a regular expression"), tr("JSON value at a pointer")};
    for (int i = 0; i < bodyNames.size(); ++i)
        m_bodyKind->setItemText(i, bodyNames.at(i));
    m_labels.value(m_bodyExpected)->setText(tr("E&quals:"));
    m_bodyExpected->setPlaceholderText(tr("JSON such as \"ok\", 42 or true; other text is a string"));
    m_labels.value(m_degradedAbove)->setText(tr("De&graded above:"));
    m_degradedAbove->setPlaceholderText(tr("off"));
    m_labels.value(m_maxRedirects)->setText(tr("&Redirects to follow:"));
    m_maxRedirects->setSpecialValueText(tr("none"));
    m_labels.value(m_maxBody)->setText(tr("Body &limit:"));
    m_maxBody->setPlaceholderText(tr("e.g. 512KiB or 1MiB"));

    m_tlsGroup->setTitle(tr("Certificate"));
    m_labels.value(m_warnDays)->setText(tr("&Warn days before expiry:"));
    m_verify->setText(tr("&Verify the certificate chain and host name"));
    m_labels.value(m_caFile)->setText(tr("C&A file:"));
    m_caFile->setPlaceholderText(tr("none"));
    m_caFileBrowse->setText(tr("Browse…"));

    m_tcpGroup->setTitle(tr("TCP"));
    m_tcpNote->setText(tr("A TCP check opens a connection to the target and closes it again; it has no settings "
                          "of its own."));

    m_dnsGroup->setTitle(tr("DNS"));
    m_labels.value(m_recordType)->setText(tr("&Record:"));
    const QStringList recordNames {tr("A or AAAA"), tr("A (IPv4)"), tr("AAAA (IPv6)")};
    for (int i = 0; i < recordNames.size(); ++i)
        m_recordType->setItemText(i, recordNames.at(i));
    m_labels.value(m_expectedAddresses)->setText(tr("E&xpected addresses:"));
    m_expectedAddresses->setPlaceholderText(tr("none; or e.g. 192.0.2.10, 2001:db8::10"));
    m_labels.value(m_dnsServer)->setText(tr("Name ser&ver:"));
    m_dnsServer->setPlaceholderText(tr("the system's resolver"));

    m_hint->setText(tr("Fill in the empty fields to save the endpoint."));
    // Set here rather than left to Qt, so that their accessible names follow a language change.
    // No mnemonics: Return saves and Escape cancels, and S is the service's.
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    showKindSettings();
    // The settings at least as wide as the endpoint's fields, so that the dialog keeps its width
    // when the kind changes.
    m_columns->setColumnMinimumWidth(1, m_generalGroup->sizeHint().width());
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.key()->setAccessibleName(spoken(it.value()->text()));
    m_caFileBrowse->setAccessibleName(tr("Choose a CA file"));
    for (QCheckBox *box : {m_paused, m_verify})
        box->setAccessibleName(spoken(box->text()));
    for (QAbstractButton *button : m_buttons->buttons())
        button->setAccessibleName(spoken(button->text()));
    // The rules' messages follow the language too.
    for (Field &field : m_fields)
        field.problem->clear();
    revalidate();
}

} // namespace Leitstand
