#pragma once

#include "feed/feedconfiguration.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Leitstand {

// Sets up where notices are published: the WebDAV folder (https), how to log in, an optional file
// of extra certificate authorities, and what the feeds say about their publisher. The password or
// token typed here goes to the system's secret store, never into the settings; left empty, the
// stored one stays. OK stays disabled, with the reasons below the form, while the settings could
// not be used; an empty URL is allowed and means "publish nowhere".
class FeedServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FeedServerDialog(const FeedConfiguration &configuration, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FeedServerDialog)

    FeedConfiguration configuration() const;
    // The password or token as typed; empty to keep what is stored.
    QString secret() const;
    // What keeps OK disabled, one per line; empty when there is nothing.
    QString problems() const;

    void accept() override;

private:
    void validate();
    void browseAuthorities();

    QLineEdit *m_url = nullptr;
    QComboBox *m_authentication = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_authorities = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_portal = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Leitstand
