#pragma once

#include "editing/endpointdraft.h"
#include "editing/endpointnames.h"
#include "monitoring/checkresult.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Leitstand {

class EndpointStore;
class OnDemandChecker;

// Adds, edits or duplicates one endpoint. Every field is read as it is typed with the endpoint
// file's rules (EndpointDraft); a problem shows as text under its field, and Save stays disabled
// while there is any. Only the settings of the chosen kind are shown. "Check now" runs the
// definition as it stands, saved or not, through the OnDemandChecker. Save hands the definition to
// the EndpointStore; the dialog closes once it is stored, and stays open with the store's message
// if it was refused.
class EndpointEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode : quint8 {
        Add, // a new endpoint, starting from the given values
        Edit, // changes the given endpoint
        Duplicate, // a new endpoint with the given one's settings, under a free name
    };

    // `existing` are the stored endpoints, to tell a taken (service, name) while typing. The store
    // and the checker must outlive the dialog.
    EndpointEditorDialog(Mode mode, const Endpoint &endpoint, const QList<Endpoint> &existing, EndpointStore &store,
        OnDemandChecker &checker, QWidget *parent = nullptr);
    ~EndpointEditorDialog() override;
    Q_DISABLE_COPY_MOVE(EndpointEditorDialog)

    Mode mode() const { return m_mode; }
    // What the fields hold, read with the rules.
    EndpointDraft::Reading reading() const;
    // The id the endpoint is stored under, once the dialog was accepted.
    qint64 savedId() const { return m_savedId; }

    // Saves; the dialog is accepted when the store has stored the endpoint.
    void accept() override;
    void done(int result) override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        bool touched = false;
    };

    void createGeneralGroup();
    void createHttpGroup();
    void createTlsGroup();
    void createDnsGroup();
    void createCheckGroup();
    QLabel *addRow(QFormLayout *form, QWidget *editor, std::optional<EndpointField> field = {});
    void watchForEdits();

    EndpointDraft draft() const;
    void setDraft(const EndpointDraft &draft);
    void showKindSettings();
    void revalidate();
    void startOrStopCheck();
    void showCheckResult();
    void onSaved(quint64 job, qint64 endpointId);
    void onSaveFailed(quint64 job, const QString &message);
    void retranslateUi();

    const Mode m_mode;
    const qint64 m_endpointId;
    const EndpointNames m_names;
    EndpointStore &m_store;
    OnDemandChecker &m_checker;

    QHash<EndpointField, Field> m_fields;
    QHash<QWidget *, QLabel *> m_labels; // each editor's label, for its text and accessible name
    QGridLayout *m_columns = nullptr;

    QGroupBox *m_generalGroup = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_interval = nullptr;
    QLineEdit *m_timeout = nullptr;
    QSpinBox *m_confirmationsDown = nullptr;
    QSpinBox *m_confirmationsUp = nullptr;
    QCheckBox *m_paused = nullptr;

    QGroupBox *m_httpGroup = nullptr;
    QFormLayout *m_httpForm = nullptr;
    QComboBox *m_method = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_expectedStatus = nullptr;
    QComboBox *m_bodyKind = nullptr;
    QLineEdit *m_bodyPattern = nullptr;
    QLineEdit *m_bodyExpected = nullptr;
    QLineEdit *m_degradedAbove = nullptr;
    QSpinBox *m_maxRedirects = nullptr;
    QLineEdit *m_maxBody = nullptr;

    QGroupBox *m_tlsGroup = nullptr;
    QSpinBox *m_warnDays = nullptr;
    QCheckBox *m_verify = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caFileBrowse = nullptr;

    QGroupBox *m_dnsGroup = nullptr;
    QComboBox *m_recordType = nullptr;
    QLineEdit *m_expectedAddresses = nullptr;
    QLineEdit *m_dnsServer = nullptr;

    QGroupBox *m_tcpGroup = nullptr;
    QLabel *m_tcpNote = nullptr;

    QGroupBox *m_checkGroup = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_resultState = nullptr;
    QLabel *m_resultLatency = nullptr;
    QLabel *m_resultMessage = nullptr;

    QLabel *m_hint = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    quint64 m_checkSerial = 0;
    bool m_checking = false;
    std::optional<CheckResult> m_lastResult;
    quint64 m_saveJob = 0;
    bool m_saving = false;
    qint64 m_savedId = 0;
};

} // namespace Leitstand
