#include "newincidentdialog.h"

#include "incidenticons.h"
#include "itemmodels/naturalorder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

NewIncidentDialog::NewIncidentDialog(const CatalogNames &names, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"newIncidentDialog"_s);
    setWindowTitle(tr("New Incident"));

    QList<std::pair<QString, qint64>> services;
    for (auto it = names.services.cbegin(); it != names.services.cend(); ++it)
        services.append({it.value(), it.key()});
    const NaturalOrder order;
    std::ranges::sort(services, [&order](const auto &a, const auto &b) { return order.less(a.first, b.first); });

    m_service = new QComboBox(this);
    m_service->setObjectName(u"service"_s);
    for (const auto &[name, id] : std::as_const(services))
        m_service->addItem(name, id);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"title"_s);
    m_title->setMaxLength(maximumTitleLength);
    m_title->setPlaceholderText(tr("What is wrong, in a few words"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"severity"_s);
    for (const auto severity : {IncidentSeverity::Critical, IncidentSeverity::Major, IncidentSeverity::Minor})
        m_severity->addItem(IncidentIcons::severity(severity), incidentSeverityDisplayName(severity), int(severity));
    m_severity->setCurrentIndex(m_severity->findData(int(IncidentSeverity::Major)));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Se&verity:"), m_severity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_service->setAccessibleName(tr("Service"));
    m_title->setAccessibleName(tr("Title"));
    m_severity->setAccessibleName(tr("Severity"));

    connect(m_title, &QLineEdit::textChanged, this, &NewIncidentDialog::validate);
    connect(m_service, &QComboBox::currentIndexChanged, this, &NewIncidentDialog::validate);
    validate();
    m_title->setFocus();
    resize(460, sizeHint().height());
}

QString NewIncidentDialog::problem() const
{
    if (m_service->count() == 0)
        return tr("There is no service yet: add endpoints first.");
    if (m_service->currentIndex() < 0)
        return tr("Choose the service that has the problem.");
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the incident a title.");
    return {};
}

void NewIncidentDialog::validate()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_title->setAccessibleDescription(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

IncidentCommand NewIncidentDialog::command(const QString &actor) const
{
    IncidentCommand command;
    command.kind = IncidentCommand::Kind::Open;
    command.serviceId = m_service->currentData().toLongLong();
    command.text = m_title->text().trimmed();
    command.severity = IncidentSeverity(m_severity->currentData().toInt());
    command.actor = actor;
    return command;
}

} // namespace Leitstand
