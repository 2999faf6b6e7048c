#pragma once

#include "catalog/servicecatalog.h"
#include "feed/feedconfiguration.h"
#include "feed/noticestore.h"
#include "incidents/incident.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Leitstand {

class NoticeEditor;
class NoticeListModel;
class OnlineFeedReader;

// The "Notices" dock: the outage notices for the public, each with where it stands on its way into
// the status feed (draft, pending, failed with the server's reason, published, withdrawn), and
// the notice editor beside the list. New notices start from the templates of their kind, or from
// an incident. A line above the list says where the feed goes, or that no feed server is set up.
//
// It reads the notices through the NoticeStore when shown and whenever the outbox reports a
// change (reload()); publishing itself is the PublicationHost's business, told by
// publicationRequested().
class NoticesDock final : public QDockWidget
{
    Q_OBJECT

public:
    // `store` must outlive the dock.
    NoticesDock(NoticeStore &store, QWidget *parent = nullptr);
    ~NoticesDock() override;
    Q_DISABLE_COPY_MOVE(NoticesDock)

    // Where notices go; the editor's preview compares against what is online there.
    void setFeedConfiguration(const FeedConfiguration &configuration);
    void setCatalog(const ServiceCatalog &catalog);
    void setAuthor(const QString &author);
    // Reads the notices and their publications again.
    void reload();
    // The last attempt to publish failed: shown until the next one succeeds.
    void showPublicationProblem(const QString &message);

    // Starts a notice of `kind` from the templates, about the services selected in no other way
    // than by the user afterwards; false if the user kept unsaved changes of another notice.
    bool newNotice(NoticeKind kind);
    // Starts a notice about an incident of `serviceName`, its kind chosen by the user beforehand
    // (a disruption, usually); false as above.
    bool newNoticeFromIncident(NoticeKind kind, const Incident &incident, const QString &serviceName);
    bool selectNotice(const QUuid &id);

    NoticeEditor *editor() const { return m_editor; }
    NoticeListModel *model() const { return m_model; }
    QTreeView *list() const { return m_list; }

Q_SIGNALS:
    // A publication or withdrawal was stored in the outbox: it should go out now.
    void publicationRequested();
    // The user wants to set up the feed server.
    void configureFeedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoaded(quint64 job, const NoticeOverview &overview);
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    // True if the editor may take another notice: nothing unsaved, or the user discarded it.
    bool mayReplaceEditorContent();
    void updateEditorPage();
    void updateFeedLine();
    void retranslateUi();

    NoticeStore &m_store;
    OnlineFeedReader *m_online = nullptr;
    NoticeListModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    FeedConfiguration m_configuration;
    ServiceCatalog m_catalog;
    QString m_publicationProblem;
    quint64 m_loadJob = 0;
    bool m_revertingSelection = false;

    QLabel *m_feedLine = nullptr;
    QPushButton *m_configureFeed = nullptr;
    QToolButton *m_newNotice = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_list = nullptr;
    QStackedWidget *m_editorPages = nullptr;
    QLabel *m_placeholder = nullptr;
    NoticeEditor *m_editor = nullptr;
};

} // namespace Leitstand
