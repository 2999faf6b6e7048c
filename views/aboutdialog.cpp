#include "aboutdialog.h"

#include "core/applicationinfo.h"

#include <ksyntaxhighlighting_version.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Leitstand {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_license(new QLabel(this))
    , m_components(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon::fromTheme(u"leitstand"_s).pixmap(64, 64));
    icon->setAccessibleName(u"Leitstand"_s);

    m_title->setObjectName(u"aboutTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    m_description->setWordWrap(true);
    m_license->setObjectName(u"aboutLicense"_s);
    m_license->setOpenExternalLinks(true);
    m_license->setTextFormat(Qt::RichText);
    m_license->setWordWrap(true);
    m_components->setObjectName(u"aboutComponents"_s);
    m_components->setWordWrap(true);
    for (QLabel *label : {m_title, m_description, m_license, m_components})
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_description);
    text->addWidget(m_license);
    text->addWidget(m_components);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    retranslateUi();
    setMinimumWidth(420);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Leitstand"));
    m_title->setText(u"<h2>Leitstand %1</h2>"_s.arg(applicationVersion().toHtmlEscaped()));
    m_description->setText(tr("Monitors public digital services, keeps track of incidents and "
                              "publishes outage notices in German and English."));
    m_license->setText(tr("Free software under the <a href=\"%1\">GNU General Public License, "
                          "version 3 or later</a> (%2).")
            .arg(licenseUrl(), licenseName()));
    m_components->setText(tr("Built with Qt %1 and KDE Frameworks %2; running on Qt %3.")
            .arg(QStringLiteral(QT_VERSION_STR), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
                QString::fromLatin1(qVersion())));
    m_title->setAccessibleName(tr("Name and version"));
    m_license->setAccessibleName(tr("Licence"));
    m_components->setAccessibleName(tr("Components"));
}

} // namespace Leitstand
