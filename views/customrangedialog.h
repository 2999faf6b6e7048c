#pragma once

#include "charts/chartrange.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace Leitstand {

// Asks for the start and end of a chart range in local time. The range is checked while it is
// edited: the start must come before the end, the end must not lie in the future, and the span
// must not exceed ChartRange::maximumSpanMs. OK stays disabled, and a message says why, until
// the range is one the charts can show.
class CustomRangeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CustomRangeDialog(const ChartRange &initial, QWidget *parent = nullptr);
    ~CustomRangeDialog() override;
    Q_DISABLE_COPY_MOVE(CustomRangeDialog)

    // In UTC; meaningful when problem() is empty.
    ChartRange range() const;
    // Why the entered range cannot be shown; empty when it can.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();

    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_zone = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Leitstand
