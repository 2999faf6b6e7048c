#include "lastresponseview.h"

#include "itemmodels/endpointtext.h"
#include "syntaxhighlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QPlainTextEdit *makeTextView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read-only, but the text can be selected and copied, also by keyboard.
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setTabChangesFocus(true);
    return view;
}

} // namespace

LastResponseView::LastResponseView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"responseSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_head = makeTextView(this);
    m_head->setObjectName(u"responseHead"_s);
    m_body = makeTextView(this);
    m_body->setObjectName(u"responseBody"_s);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_body->document());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"responseSplitter"_s);
    splitter->addWidget(m_head);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    applyTheme();
    retranslateUi();
}

LastResponseView::~LastResponseView() = default;

QString LastResponseView::definitionNameFor(const QString &contentType)
{
    const QString mime = contentType.section(u';', 0, 0).trimmed().toLower();
    if (mime.isEmpty())
        return {};
    // Structured syntax suffixes (RFC 6839): application/problem+json is JSON, image/svg+xml XML.
    if (mime == "application/json"_L1 || mime.endsWith("+json"_L1) || mime == "text/json"_L1)
        return u"JSON"_s;
    if (mime == "text/html"_L1 || mime == "application/xhtml+xml"_L1)
        return u"HTML"_s;
    if (mime == "application/xml"_L1 || mime == "text/xml"_L1 || mime.endsWith("+xml"_L1))
        return u"XML"_s;
    return {};
}

QString LastResponseView::highlightingDefinition() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void LastResponseView::setResponse(const std::optional<CheckResult> &response)
{
    m_response = response;
    showResponse();
}

void LastResponseView::showResponse()
{
    if (!m_response) {
        m_summary->setText(tr("No response received since the console started. Use Check now to fetch one."));
        m_head->clear();
        m_body->clear();
        m_highlighter->setDefinition({});
        return;
    }
    const CheckResult &response = *m_response;
    QString summary = tr("%1 at %2, after %3")
                          .arg(endpointStateDisplayName(response.status), EndpointText::time(response.finishedAt),
                              EndpointText::latency(response.latencyMs));
    if (response.error != CheckError::Ok)
        summary += u'\n' + EndpointText::errorText(response.error, response.detail);
    m_summary->setText(summary);
    m_head->setPlainText(QString::fromLatin1(response.responseHead).trimmed());

    const QString name = definitionNameFor(response.contentType);
    if (name.isEmpty()) {
        m_highlighter->setDefinition({});
    } else {
        m_highlighter->setDefinition(syntaxRepository().definitionForName(name));
        applyTheme();
    }
    if (response.bodyExcerpt.isEmpty())
        m_body->setPlainText(response.responseHead.isEmpty() ? QString() : tr("(empty body)"));
    else
        m_body->setPlainText(QString::fromUtf8(response.bodyExcerpt));
}

void LastResponseView::applyTheme()
{
    // Plain text needs no theme, and the repository is loaded only once something is highlighted.
    if (!m_highlighter->definition().isValid())
        return;
    applySyntaxTheme(*m_highlighter, palette());
}

void LastResponseView::retranslateUi()
{
    m_summary->setAccessibleName(tr("Response summary"));
    m_head->setAccessibleName(tr("Status line and headers"));
    m_body->setAccessibleName(tr("Response body"));
    m_body->setAccessibleDescription(tr("The start of the body, at most a few kilobytes"));
    showResponse();
}

void LastResponseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

} // namespace Leitstand
