#pragma once

#include "config/endpointfile.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Leitstand {

// Why an endpoint file was refused: every problem as "file:line: field: message", one a line, in
// a text that can be selected and copied, so that all of them can be fixed in one go. The lines
// name the file without its folder, which the summary above them gives.
class ImportProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportProblemsDialog(
        const QString &fileName, const QList<EndpointFileProblem> &problems, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportProblemsDialog)

    QString problemText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const QString m_fileName;
    const qsizetype m_count;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_problems = nullptr;
};

} // namespace Leitstand
