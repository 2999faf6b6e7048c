#pragma once

#include "feed/atomfeed.h"
#include "feed/noticestore.h"
#include "feed/onlinefeed.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Leitstand {

// Edits one outage notice: German and English side by side, the services, times and contact, and
// the sequence of updates. Saving is optimistic (see NoticeRepository::save): the editor
// remembers the revision it started from, and a change someone else stored meanwhile is refused
// with a message rather than overwritten.
//
// Publishing needs both languages: Publish stays disabled, with the reasons beside it, while
// Notice::problemsBeforePublishing() names any. A line warns when one language was changed after
// the other, as stored and while typing, since a notice that says different things in German and
// English misleads half its readers.
//
// The Preview tab shows status.json and both Atom feeds as publishing would leave them (the notice
// merged into what is online), highlighted, with a unified diff against what is online now.
class NoticeEditor final : public QWidget
{
    Q_OBJECT

public:
    // `store` and `online` must outlive the editor.
    NoticeEditor(NoticeStore &store, OnlineFeedReader &online, QWidget *parent = nullptr);
    ~NoticeEditor() override;
    Q_DISABLE_COPY_MOVE(NoticeEditor)

    // The services a notice can name, in the order to list them.
    void setServiceNames(const QStringList &names);
    // Who saves and publishes, as stored with each revision.
    void setAuthor(const QString &author);
    // Where the Atom feeds live and who publishes them, for the preview.
    void setFeedSite(const AtomFeedSite &site);

    // Edits a stored notice.
    void setStoredNotice(const StoredNotice &stored);
    // Edits a new notice, such as one from noticeFromTemplate(); stored by the first save.
    void setNewNotice(const Notice &notice);
    bool hasNotice() const { return m_hasNotice; }
    // The notice as the fields say now.
    Notice notice() const;
    int basedOnRevision() const { return m_basedOnRevision; }
    bool hasUnsavedChanges() const;
    // Saves as the Save button does; noticeSaved() or saveFailed() follows.
    void saveChanges();
    // Back to the notice as stored; a new notice that was never saved is dropped.
    void discardChanges();
    // Empty when neither language was changed after the other.
    QString languageWarning() const;
    // Renders the preview now rather than when its tab is shown; also asks what is online.
    void refreshPreview();
    // The highlighting the preview uses now: "JSON" or "XML".
    QString previewDefinition() const;

Q_SIGNALS:
    void noticeSaved(const Leitstand::StoredNotice &stored);
    void saveFailed(const QString &message);
    void publicationRequested(const Leitstand::NoticePublication &publication);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Language {
        German,
        English,
    };
    struct BilingualFields
    {
        QLabel *label = nullptr;
        QWidget *de = nullptr; // QLineEdit or QPlainTextEdit
        QWidget *en = nullptr;
    };

    void load(const Notice &notice);
    void fillServices(const QStringList &names, const QStringList &checked);
    void addBilingualRow(BilingualFields &fields, bool multiLine, const QString &objectName);
    BilingualText textOf(const BilingualFields &fields) const;
    void setTextOf(BilingualFields &fields, const BilingualText &text);
    void edited(std::optional<Language> language);
    void addUpdate();
    void fillUpdates();
    void suggestUpdateText();
    void save();
    void publish();
    void withdraw();
    void onSaved(quint64 job, const StoredNotice &stored);
    void onPublicationRequested(quint64 job, const NoticePublication &publication);
    void onFailed(quint64 job, const QString &message);
    void updateControls();
    void onOnlineFetched(quint64 job, const OnlineFeed &feed);
    void renderPreview();
    void retranslateUi();

    NoticeStore &m_store;
    OnlineFeedReader &m_online;
    AtomFeedSite m_site;
    std::optional<OnlineFeed> m_onlineFeed; // none until read
    quint64 m_onlineJob = 0;
    QString m_author;
    bool m_hasNotice = false;
    bool m_loading = false;
    Notice m_base; // what was loaded or saved last; fields not in the form come from here
    std::optional<StoredNotice> m_stored;
    int m_basedOnRevision = 0;
    bool m_germanEdited = false; // since loaded or saved
    bool m_englishEdited = false;
    bool m_otherEdited = false;
    QList<NoticeUpdate> m_updates;
    quint64 m_saveJob = 0;
    quint64 m_publicationJob = 0;
    std::optional<PublicationAction> m_afterSave;
    QString m_message;

    QTabWidget *m_tabs = nullptr;
    QWidget *m_formScroll = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_servicesLabel = nullptr;
    QListWidget *m_services = nullptr;
    QLabel *m_startLabel = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLabel *m_germanHeader = nullptr;
    QLabel *m_englishHeader = nullptr;
    BilingualFields m_title;
    BilingualFields m_text;
    BilingualFields m_userAction;
    BilingualFields m_hours;
    BilingualFields m_alternative;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_updatesLabel = nullptr;
    QTreeWidget *m_updateList = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QComboBox *m_phase = nullptr;
    QPlainTextEdit *m_updateDe = nullptr;
    QPlainTextEdit *m_updateEn = nullptr;
    QPushButton *m_addUpdate = nullptr;
    QLabel *m_languageWarning = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_withdraw = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_previewDocumentLabel = nullptr;
    QComboBox *m_previewDocument = nullptr;
    QPushButton *m_refreshPreview = nullptr;
    QLabel *m_previewLabel = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QLabel *m_diffLabel = nullptr;
    QLabel *m_onlineStatus = nullptr;
    QPlainTextEdit *m_diffText = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_previewHighlighter = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_diffHighlighter = nullptr;
};

} // namespace Leitstand
