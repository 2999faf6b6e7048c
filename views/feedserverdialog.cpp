#include "feedserverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

FeedServerDialog::FeedServerDialog(const FeedConfiguration &configuration, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"feedServerDialog"_s);
    setWindowTitle(tr("Feed Server"));

    m_url = new QLineEdit(configuration.baseUrl.toString(), this);
    m_url->setObjectName(u"feedUrl"_s);
    m_url->setPlaceholderText(u"https://status.example.org/feed/"_s);
    m_authentication = new QComboBox(this);
    m_authentication->setObjectName(u"feedAuthentication"_s);
    m_authentication->addItem(tr("User name and password (Basic)"), int(FeedServer::Authentication::Basic));
    m_authentication->addItem(tr("Token (Bearer)"), int(FeedServer::Authentication::Bearer));
    m_authentication->addItem(tr("None"), int(FeedServer::Authentication::None));
    m_authentication->setCurrentIndex(m_authentication->findData(int(configuration.authentication)));
    m_user = new QLineEdit(configuration.user, this);
    m_user->setObjectName(u"feedUser"_s);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"feedSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Leave empty to keep the stored one"));
    m_authorities = new QLineEdit(configuration.authorityFile, this);
    m_authorities->setObjectName(u"feedAuthorities"_s);
    m_authorities->setPlaceholderText(tr("The system's authorities"));
    m_browse = new QPushButton(tr("B&rowse…"), this);
    m_browse->setObjectName(u"feedAuthoritiesBrowse"_s);
    m_browse->setAccessibleName(tr("Choose the certificate authorities file"));
    m_portal = new QLineEdit(configuration.portalUrl.toString(), this);
    m_portal->setObjectName(u"feedPortal"_s);
    m_portal->setPlaceholderText(u"https://portal.example.org/"_s);
    m_publisher = new QLineEdit(configuration.publisher, this);
    m_publisher->setObjectName(u"feedPublisher"_s);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"feedProblems"_s);
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeedServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *authorityRow = new QHBoxLayout;
    authorityRow->addWidget(m_authorities, 1);
    authorityRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    const auto addRow = [form](const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *name = new QLabel(label);
        name->setBuddy(field);
        field->setAccessibleName(QString(label).remove(u'&'));
        if (layout)
            form->addRow(name, layout);
        else
            form->addRow(name, field);
        return name;
    };
    addRow(tr("Feed &URL:"), m_url);
    addRow(tr("&Authentication:"), m_authentication);
    addRow(tr("User &name:"), m_user);
    m_secretLabel = addRow(tr("&Password or token:"), m_secret);
    addRow(tr("Certificate au&thorities:"), m_authorities, authorityRow);
    addRow(tr("P&ortal page:"), m_portal);
    addRow(tr("Pu&blisher:"), m_publisher);
    auto *note = new QLabel(tr("The password or token is kept in the system's secret store, never in the "
                               "settings file. The feed itself is public: portals read it without logging in."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_url, m_user, m_secret, m_authorities, m_portal, m_publisher})
        connect(edit, &QLineEdit::textChanged, this, &FeedServerDialog::validate);
    connect(m_authentication, &QComboBox::currentIndexChanged, this, &FeedServerDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, &FeedServerDialog::browseAuthorities);
    validate();
}

FeedConfiguration FeedServerDialog::configuration() const
{
    FeedConfiguration configuration;
    configuration.baseUrl = QUrl(m_url->text().trimmed());
    configuration.authentication = FeedServer::Authentication(m_authentication->currentData().toInt());
    if (configuration.authentication == FeedServer::Authentication::Basic)
        configuration.user = m_user->text().trimmed();
    configuration.authorityFile = m_authorities->text().trimmed();
    configuration.portalUrl = QUrl(m_portal->text().trimmed());
    configuration.publisher = m_publisher->text().trimmed();
    return configuration;
}

QString FeedServerDialog::secret() const
{
    return m_authentication->currentData().toInt() == int(FeedServer::Authentication::None) ? QString()
                                                                                            : m_secret->text();
}

QString FeedServerDialog::problems() const
{
    return m_problems->text();
}

void FeedServerDialog::validate()
{
    const auto authentication = FeedServer::Authentication(m_authentication->currentData().toInt());
    m_user->setEnabled(authentication == FeedServer::Authentication::Basic);
    m_secret->setEnabled(authentication != FeedServer::Authentication::None);
    m_secretLabel->setText(authentication == FeedServer::Authentication::Bearer ? tr("To&ken:") : tr("&Password:"));
    m_secret->setAccessibleName(QString(m_secretLabel->text()).remove(u'&').remove(u':'));
    const QStringList problems = configuration().problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void FeedServerDialog::accept()
{
    // The authorities file is read only now, not at every keystroke.
    const FeedConfiguration chosen = configuration();
    if (chosen.isConfigured()) {
        if (const auto server = chosen.server(); !server) {
            m_problems->setText(server.error());
            m_problems->setVisible(true);
            m_authorities->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    QDialog::accept();
}

void FeedServerDialog::browseAuthorities()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authorities"),
        QFileInfo(m_authorities->text()).absolutePath(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_authorities->setText(QDir::toNativeSeparators(file));
}

} // namespace Leitstand
