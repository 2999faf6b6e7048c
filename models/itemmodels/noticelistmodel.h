#pragma once

#include "feed/noticestore.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace Leitstand {

// Where a notice stands on its way into the status feed, as its latest publication says.
enum class NoticePublicationState {
    Draft = 0, // never asked to be published
    Pending = 1, // asked, not accepted by the server yet
    Failed = 2, // the last attempt failed; retried at NoticePublication::nextAttemptAt
    Published = 3,
    Withdrawn = 4, // taken out of the feed; the server accepted it
};

// The console's list of outage notices: one row per notice, filled from a NoticeOverview and
// upserted by id, so that rows change in place and selections stay. Text only: the view adds the
// icon of PublicationStateRole, next to the words, which never rely on it.
class NoticeListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : quint8 {
        Kind,
        Title,
        Services,
        Severity,
        Phase,
        Publication,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Roles : int {
        NoticeIdRole = Qt::UserRole + 1, // QUuid, in every column
        // The column's raw value for sorting: enums as their rank, texts as shown.
        SortRole,
        PublicationStateRole, // int of NoticePublicationState, in every column
    };

    explicit NoticeListModel(QObject *parent = nullptr);

    // Brings the list in line with a loaded one: rows of notices no longer listed go, the others
    // are updated in place or appended.
    void setOverview(const NoticeOverview &overview);
    // A notice saved or a publication asked for here, before the next load.
    void upsertNotice(const StoredNotice &notice);
    void upsertPublication(const NoticePublication &publication);

    const StoredNotice *notice(const QUuid &id) const;
    std::optional<NoticePublication> publication(const QUuid &id) const;
    QModelIndex indexOf(const QUuid &id, int column = 0) const;
    NoticePublicationState publicationState(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // In the console's language (QLocale()), the other one when that is empty.
    static QString titleInUiLanguage(const Notice &notice);
    static QString publicationStateText(NoticePublicationState state, const std::optional<NoticePublication> &latest);

private:
    void emitRowChanged(const QUuid &id);
    void rebuildRowIndex();
    QVariant display(const StoredNotice &stored, int column) const;
    QVariant sortValue(const StoredNotice &stored, int column) const;

    QList<StoredNotice> m_notices;
    QHash<QUuid, int> m_rowOf;
    QHash<QUuid, NoticePublication> m_publications;
};

} // namespace Leitstand
