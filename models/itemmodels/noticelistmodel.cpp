#include "itemmodels/noticelistmodel.h"

#include "itemmodels/endpointtext.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Leitstand {

NoticeListModel::NoticeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NoticeListModel::setOverview(const NoticeOverview &overview)
{
    QSet<QUuid> listed;
    for (const StoredNotice &stored : overview.notices)
        listed.insert(stored.notice.id);
    for (qsizetype row = m_notices.size() - 1; row >= 0; --row) {
        if (listed.contains(m_notices.at(row).notice.id))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_notices.removeAt(row);
        rebuildRowIndex();
        endRemoveRows();
    }
    m_publications.clear();
    for (const NoticePublication &publication : overview.publications)
        m_publications.insert(publication.noticeId, publication);
    for (const StoredNotice &stored : overview.notices)
        upsertNotice(stored);
}

void NoticeListModel::upsertNotice(const StoredNotice &notice)
{
    if (const auto row = m_rowOf.constFind(notice.notice.id); row != m_rowOf.cend()) {
        m_notices[*row] = notice;
        Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
        return;
    }
    const int row = int(m_notices.size());
    beginInsertRows({}, row, row);
    m_notices.append(notice);
    m_rowOf.insert(notice.notice.id, row);
    endInsertRows();
}

void NoticeListModel::upsertPublication(const NoticePublication &publication)
{
    m_publications.insert(publication.noticeId, publication);
    emitRowChanged(publication.noticeId);
}

void NoticeListModel::emitRowChanged(const QUuid &id)
{
    if (const auto row = m_rowOf.constFind(id); row != m_rowOf.cend())
        Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
}

void NoticeListModel::rebuildRowIndex()
{
    // Notices are tens, not thousands: rebuilding after a removal costs nothing worth a cleverer map.
    m_rowOf.clear();
    for (int row = 0; row < m_notices.size(); ++row)
        m_rowOf.insert(m_notices.at(row).notice.id, row);
}

const StoredNotice *NoticeListModel::notice(const QUuid &id) const
{
    const auto row = m_rowOf.constFind(id);
    return row == m_rowOf.cend() ? nullptr : &m_notices.at(*row);
}

std::optional<NoticePublication> NoticeListModel::publication(const QUuid &id) const
{
    const auto found = m_publications.constFind(id);
    if (found == m_publications.cend())
        return std::nullopt;
    return *found;
}

QModelIndex NoticeListModel::indexOf(const QUuid &id, int column) const
{
    const auto row = m_rowOf.constFind(id);
    return row == m_rowOf.cend() ? QModelIndex() : index(*row, column);
}

NoticePublicationState NoticeListModel::publicationState(const QUuid &id) const
{
    const auto latest = publication(id);
    if (!latest)
        return NoticePublicationState::Draft;
    if (latest->state == NoticePublication::State::Pending)
        return latest->attempts > 0 ? NoticePublicationState::Failed : NoticePublicationState::Pending;
    return latest->action == PublicationAction::Withdraw ? NoticePublicationState::Withdrawn
                                                         : NoticePublicationState::Published;
}

QString NoticeListModel::titleInUiLanguage(const Notice &notice)
{
    const bool german = QLocale().language() == QLocale::German;
    const QString &first = german ? notice.title.de : notice.title.en;
    const QString &other = german ? notice.title.en : notice.title.de;
    if (!first.trimmed().isEmpty())
        return first;
    if (!other.trimmed().isEmpty())
        return other;
    return tr("(no title yet)");
}

QString NoticeListModel::publicationStateText(
    NoticePublicationState state, const std::optional<NoticePublication> &latest)
{
    switch (state) {
    case NoticePublicationState::Draft:
        return tr("Draft");
    case NoticePublicationState::Pending:
        return latest && latest->action == PublicationAction::Withdraw ? tr("Withdrawal pending") : tr("Pending");
    case NoticePublicationState::Failed:
        return tr("Failed, retrying at %1").arg(EndpointText::time(latest ? latest->nextAttemptAt : QDateTime()));
    case NoticePublicationState::Published:
        return tr("Published");
    case NoticePublicationState::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notices.size());
}

int NoticeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoticeListModel::display(const StoredNotice &stored, int column) const
{
    const Notice &notice = stored.notice;
    switch (column) {
    case Kind:
        return noticeKindDisplayName(notice.kind);
    case Title:
        return titleInUiLanguage(notice);
    case Services:
        return QLocale().createSeparatedList(notice.services);
    case Severity:
        return incidentSeverityDisplayName(notice.severity);
    case Phase:
        return notice.withdrawn ? tr("Withdrawn") : noticePhaseDisplayName(notice.phase());
    case Publication: {
        const auto latest = publication(notice.id);
        const NoticePublicationState state = publicationState(notice.id);
        if (state == NoticePublicationState::Published && latest && latest->revision < notice.revision)
            return tr("Published; later changes not yet");
        return publicationStateText(state, latest);
    }
    default:
        return {};
    }
}

QVariant NoticeListModel::sortValue(const StoredNotice &stored, int column) const
{
    switch (column) {
    case Kind:
        return int(stored.notice.kind);
    case Severity:
        return int(stored.notice.severity);
    case Phase:
        return int(stored.notice.phase());
    case Publication:
        return int(publicationState(stored.notice.id));
    default:
        return display(stored, column);
    }
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredNotice &stored = m_notices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(stored, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Publication) {
            const auto latest = publication(stored.notice.id);
            if (latest && !latest->lastError.isEmpty() && latest->state == NoticePublication::State::Pending)
                return tr("The server said: %1").arg(latest->lastError);
        }
        if (index.column() == Title)
            return QString(stored.notice.title.de + u'\n' + stored.notice.title.en);
        return {};
    case NoticeIdRole:
        return QVariant::fromValue(stored.notice.id);
    case SortRole:
        return sortValue(stored, index.column());
    case PublicationStateRole:
        return int(publicationState(stored.notice.id));
    default:
        return {};
    }
}

QVariant NoticeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Services:
        return tr("Services");
    case Severity:
        return tr("Severity");
    case Phase:
        return tr("Phase");
    case Publication:
        return tr("Publication");
    default:
        return {};
    }
}

} // namespace Leitstand
