#pragma once

#include "engine/incidentmonitor.h"
#include "storage/catalogrepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Leitstand {

// Opens an incident by hand: a service from the catalog, a title and a severity. Create stays
// disabled until the service and title are given, and a line says what is missing.
class NewIncidentDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maximumTitleLength = 200;

    NewIncidentDialog(const CatalogNames &names, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewIncidentDialog)

    // What the form says, as the command that opens the incident in `actor`'s name.
    IncidentCommand command(const QString &actor) const;
    // The problem that keeps Create disabled; empty when there is none.
    QString problem() const;

private:
    void validate();

    QComboBox *m_service = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Leitstand
