#pragma once

#include <QDialog>

class QLabel;

namespace Leitstand {

// Help ▸ About: name, version, licence and the libraries Leitstand is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AboutDialog)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_license = nullptr;
    QLabel *m_components = nullptr;
};

} // namespace Leitstand
