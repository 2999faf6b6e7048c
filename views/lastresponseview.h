#pragma once

#include "engine/lastresponses.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Leitstand {

// The last response of an endpoint: when and how it came, the status line and headers, and the
// start of the body, highlighted by KSyntaxHighlighting as its Content-Type says (JSON, XML,
// HTML; anything else stays plain text).
class LastResponseView final : public QWidget
{
    Q_OBJECT

public:
    explicit LastResponseView(QWidget *parent = nullptr);
    ~LastResponseView() override;
    Q_DISABLE_COPY_MOVE(LastResponseView)

    // std::nullopt: nothing received since the console started.
    void setResponse(const std::optional<CheckResult> &response);

    // The syntax definition chosen for a Content-Type such as "application/problem+json;
    // charset=utf-8": "JSON", "XML", "HTML", or empty for plain text.
    static QString definitionNameFor(const QString &contentType);
    QString highlightingDefinition() const;
    QPlainTextEdit *headView() const { return m_head; }
    QPlainTextEdit *bodyView() const { return m_body; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void retranslateUi();
    void showResponse();

    std::optional<CheckResult> m_response;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_head = nullptr;
    QPlainTextEdit *m_body = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Leitstand
