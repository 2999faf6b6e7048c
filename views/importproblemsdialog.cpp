#include "importproblemsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

ImportProblemsDialog::ImportProblemsDialog(
    const QString &fileName, const QList<EndpointFileProblem> &problems, QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_count(problems.size())
    , m_summary(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
{
    setObjectName(u"importProblems"_s);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(u"importProblemList"_s);
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Lines, fields and paths line up in a fixed-width font.
    m_problems->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The summary names the whole path; each line only needs the file's name.
    QStringList lines;
    for (EndpointFileProblem problem : problems) {
        problem.file = QFileInfo(problem.file).fileName();
        lines.append(problem.toString());
    }
    m_problems->setPlainText(lines.join(u'\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(720, 360);
    retranslateUi();
}

QString ImportProblemsDialog::problemText() const
{
    return m_problems->toPlainText();
}

void ImportProblemsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportProblemsDialog::retranslateUi()
{
    setWindowTitle(tr("Import Refused"));
    m_summary->setText(
        tr("%n problem(s) in %1; nothing was imported. Fix them and import the file again.", nullptr, int(m_count))
            .arg(QDir::toNativeSeparators(m_fileName)));
    m_problems->setAccessibleName(tr("Problems"));
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAccessibleName(button->text().remove(u'&'));
}

} // namespace Leitstand
