#include "feed/statusfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMap>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr std::array serviceStateNames {
    std::pair {PublicServiceState::Operational, "operational"_L1},
    std::pair {PublicServiceState::Degraded, "degraded"_L1},
    std::pair {PublicServiceState::Disrupted, "disrupted"_L1},
    std::pair {PublicServiceState::Maintenance, "maintenance"_L1},
};

const QString schemaName = u"leitstand.status-feed/%1"_s.arg(StatusFeedDocument::schemaVersion);

QJsonValue timeValue(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return utc.toUTC().toString(Qt::ISODate);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QJsonObject textObject(const BilingualText &text)
{
    return {{u"de"_s, text.de}, {u"en"_s, text.en}};
}

QJsonObject noticeObject(const Notice &notice)
{
    QJsonArray updates;
    for (const NoticeUpdate &update : notice.updates) {
        updates.append(QJsonObject {{u"id"_s, idText(update.id)}, {u"at"_s, timeValue(update.at)},
            {u"status"_s, noticePhaseName(update.phase)}, {u"text"_s, textObject(update.text)}});
    }
    QJsonObject contact {{u"phone"_s, notice.contact.phone}, {u"email"_s, notice.contact.email},
        {u"hours"_s, textObject(notice.contact.hours)}, {u"alternative"_s, textObject(notice.contact.alternative)}};
    return {
        {u"id"_s, idText(notice.id)},
        {u"revision"_s, notice.revision},
        {u"kind"_s, noticeKindName(notice.kind)},
        {u"severity"_s, incidentSeverityName(notice.severity)},
        {u"status"_s, noticePhaseName(notice.phase())},
        {u"services"_s, QJsonArray::fromStringList(notice.services)},
        {u"start"_s, timeValue(notice.start)},
        {u"expected_end"_s, timeValue(notice.expectedEnd)},
        {u"published"_s, timeValue(notice.publishedAt)},
        {u"updated"_s, timeValue(notice.updatedAt)},
        {u"title"_s, textObject(notice.title)},
        {u"text"_s, textObject(notice.text)},
        {u"user_action"_s, textObject(notice.userAction)},
        {u"contact"_s, contact},
        {u"updates"_s, updates},
    };
}

// Reads one JSON value after the other and remembers the first thing wrong, with its path.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    void fail(const QString &path, const QString &message)
    {
        if (error.isEmpty())
            error = StatusFeed::tr("%1: %2").arg(path, message);
    }

    QJsonValue field(const QJsonObject &object, const QString &path, QLatin1StringView key)
    {
        const auto it = object.constFind(key);
        if (it == object.constEnd()) {
            fail(path, StatusFeed::tr("\"%1\" is missing").arg(key));
            return {};
        }
        return *it;
    }

    QString string(const QJsonObject &object, const QString &path, QLatin1StringView key)
    {
        const QJsonValue value = field(object, path, key);
        if (ok() && !value.isString())
            fail(join(path, key), StatusFeed::tr("expected a string"));
        return value.toString();
    }

    QJsonObject object(const QJsonObject &object, const QString &path, QLatin1StringView key)
    {
        const QJsonValue value = field(object, path, key);
        if (ok() && !value.isObject())
            fail(join(path, key), StatusFeed::tr("expected an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &path, QLatin1StringView key)
    {
        const QJsonValue value = field(object, path, key);
        if (ok() && !value.isArray())
            fail(join(path, key), StatusFeed::tr("expected a list"));
        return value.toArray();
    }

    // A time, or null where `nullable`.
    QDateTime time(const QJsonObject &object, const QString &path, QLatin1StringView key, bool nullable)
    {
        const QJsonValue value = field(object, path, key);
        if (!ok() || (nullable && value.isNull()))
            return {};
        QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !time.isValid() || time.timeSpec() == Qt::LocalTime) {
            fail(join(path, key), StatusFeed::tr("expected a time with its offset such as 2026-11-29T12:00:00Z"));
            return {};
        }
        return time.toUTC();
    }

    QUuid id(const QJsonObject &object, const QString &path, QLatin1StringView key)
    {
        const QString text = string(object, path, key);
        const QUuid id = QUuid::fromString(text);
        if (ok() && id.isNull())
            fail(join(path, key), StatusFeed::tr("expected a UUID, not \"%1\"").arg(text));
        return id;
    }

    BilingualText text(const QJsonObject &object, const QString &path, QLatin1StringView key)
    {
        const QJsonObject texts = this->object(object, path, key);
        const QString inner = join(path, key);
        return {string(texts, inner, "de"_L1), string(texts, inner, "en"_L1)};
    }

    static QString join(const QString &path, QLatin1StringView key) { return path + u'.' + key; }
    static QString at(const QString &path, qsizetype index) { return u"%1[%2]"_s.arg(path).arg(index); }
};

Notice readNotice(Reader &reader, const QJsonObject &object, const QString &path)
{
    Notice notice;
    notice.id = reader.id(object, path, "id"_L1);
    const QJsonValue revision = reader.field(object, path, "revision"_L1);
    if (reader.ok() && (!revision.isDouble() || revision.toDouble() < 1 || revision.toDouble() != revision.toInt()))
        reader.fail(Reader::join(path, "revision"_L1), StatusFeed::tr("expected a whole number of at least 1"));
    notice.revision = revision.toInt();
    const QString kind = reader.string(object, path, "kind"_L1);
    if (const auto parsed = noticeKindFromName(kind))
        notice.kind = *parsed;
    else if (reader.ok())
        reader.fail(Reader::join(path, "kind"_L1), StatusFeed::tr("unknown kind \"%1\"").arg(kind));
    const QString severity = reader.string(object, path, "severity"_L1);
    if (const auto parsed = incidentSeverityFromName(severity))
        notice.severity = *parsed;
    else if (reader.ok())
        reader.fail(Reader::join(path, "severity"_L1), StatusFeed::tr("unknown severity \"%1\"").arg(severity));
    const QJsonArray services = reader.array(object, path, "services"_L1);
    for (qsizetype i = 0; i < services.size() && reader.ok(); ++i) {
        if (!services.at(i).isString())
            reader.fail(Reader::at(Reader::join(path, "services"_L1), i), StatusFeed::tr("expected a string"));
        notice.services.append(services.at(i).toString());
    }
    notice.start = reader.time(object, path, "start"_L1, false);
    notice.expectedEnd = reader.time(object, path, "expected_end"_L1, true);
    notice.publishedAt = reader.time(object, path, "published"_L1, true);
    notice.updatedAt = reader.time(object, path, "updated"_L1, true);
    notice.title = reader.text(object, path, "title"_L1);
    notice.text = reader.text(object, path, "text"_L1);
    notice.userAction = reader.text(object, path, "user_action"_L1);
    const QJsonObject contact = reader.object(object, path, "contact"_L1);
    const QString contactPath = Reader::join(path, "contact"_L1);
    notice.contact.phone = reader.string(contact, contactPath, "phone"_L1);
    notice.contact.email = reader.string(contact, contactPath, "email"_L1);
    notice.contact.hours = reader.text(contact, contactPath, "hours"_L1);
    notice.contact.alternative = reader.text(contact, contactPath, "alternative"_L1);
    const QJsonArray updates = reader.array(object, path, "updates"_L1);
    const QString updatesPath = Reader::join(path, "updates"_L1);
    for (qsizetype i = 0; i < updates.size() && reader.ok(); ++i) {
        const QString updatePath = Reader::at(updatesPath, i);
        if (!updates.at(i).isObject()) {
            reader.fail(updatePath, StatusFeed::tr("expected an object"));
            break;
        }
        const QJsonObject entry = updates.at(i).toObject();
        NoticeUpdate update;
        update.id = reader.id(entry, updatePath, "id"_L1);
        update.at = reader.time(entry, updatePath, "at"_L1, false);
        const QString phase = reader.string(entry, updatePath, "status"_L1);
        if (const auto parsed = noticePhaseFromName(phase))
            update.phase = *parsed;
        else if (reader.ok())
            reader.fail(Reader::join(updatePath, "status"_L1), StatusFeed::tr("unknown status \"%1\"").arg(phase));
        update.text = reader.text(entry, updatePath, "text"_L1);
        notice.updates.append(update);
    }
    return notice;
}

bool noticeOrder(const Notice &a, const Notice &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    return a.id < b.id;
}

} // namespace

QString publicServiceStateName(PublicServiceState state)
{
    for (const auto &[candidate, name] : serviceStateNames) {
        if (candidate == state)
            return name.toString();
    }
    return {};
}

std::optional<PublicServiceState> publicServiceStateFromName(QStringView name)
{
    for (const auto &[state, candidate] : serviceStateNames) {
        if (name == candidate)
            return state;
    }
    return std::nullopt;
}

QByteArray StatusFeed::render(const StatusFeedDocument &document)
{
    QJsonArray services;
    for (const FeedService &service : document.services) {
        services.append(QJsonObject {{u"name"_s, service.name}, {u"state"_s, publicServiceStateName(service.state)}});
    }
    QJsonArray notices;
    for (const Notice &notice : document.notices)
        notices.append(noticeObject(notice));
    QJsonArray withdrawn;
    for (const NoticeTombstone &tombstone : document.withdrawn) {
        withdrawn.append(QJsonObject {{u"id"_s, idText(tombstone.id)}, {u"revision"_s, tombstone.revision},
            {u"withdrawn"_s, timeValue(tombstone.withdrawnAt)}});
    }
    const QJsonObject root {
        {u"schema"_s, schemaName},
        {u"generated"_s, timeValue(document.generatedAt)},
        {u"services"_s, services},
        {u"notices"_s, notices},
        {u"withdrawn"_s, withdrawn},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::expected<StatusFeedDocument, QString> StatusFeed::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(
            tr("status.json is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!parsed.isObject())
        return std::unexpected(tr("status.json is not a JSON object"));
    const QJsonObject root = parsed.object();
    Reader reader;
    const QString path = u"status"_s;
    const QString schema = reader.string(root, path, "schema"_L1);
    if (reader.ok() && schema != schemaName) {
        return std::unexpected(
            tr("status.json follows the schema \"%1\"; this Leitstand reads \"%2\"").arg(schema, schemaName));
    }
    StatusFeedDocument document;
    document.generatedAt = reader.time(root, path, "generated"_L1, false);
    const QJsonArray services = reader.array(root, path, "services"_L1);
    for (qsizetype i = 0; i < services.size() && reader.ok(); ++i) {
        const QString servicePath = Reader::at(u"status.services"_s, i);
        const QJsonObject object = services.at(i).toObject();
        FeedService service;
        service.name = reader.string(object, servicePath, "name"_L1);
        const QString state = reader.string(object, servicePath, "state"_L1);
        if (const auto known = publicServiceStateFromName(state))
            service.state = *known;
        else if (reader.ok())
            reader.fail(Reader::join(servicePath, "state"_L1), tr("unknown state \"%1\"").arg(state));
        document.services.append(service);
    }
    const QJsonArray notices = reader.array(root, path, "notices"_L1);
    for (qsizetype i = 0; i < notices.size() && reader.ok(); ++i) {
        const QString noticePath = Reader::at(u"status.notices"_s, i);
        if (!notices.at(i).isObject()) {
            reader.fail(noticePath, tr("expected an object"));
            break;
        }
        document.notices.append(readNotice(reader, notices.at(i).toObject(), noticePath));
    }
    const QJsonArray withdrawn = reader.array(root, path, "withdrawn"_L1);
    for (qsizetype i = 0; i < withdrawn.size() && reader.ok(); ++i) {
        const QString tombstonePath = Reader::at(u"status.withdrawn"_s, i);
        const QJsonObject object = withdrawn.at(i).toObject();
        NoticeTombstone tombstone;
        tombstone.id = reader.id(object, tombstonePath, "id"_L1);
        tombstone.revision = reader.field(object, tombstonePath, "revision"_L1).toInt();
        tombstone.withdrawnAt = reader.time(object, tombstonePath, "withdrawn"_L1, false);
        document.withdrawn.append(tombstone);
    }
    if (!reader.ok())
        return std::unexpected(reader.error);
    return document;
}

QJsonObject StatusFeed::noticeToJson(const Notice &notice)
{
    return noticeObject(notice);
}

std::expected<Notice, QString> StatusFeed::noticeFromJson(const QJsonObject &json)
{
    Reader reader;
    Notice notice = readNotice(reader, json, u"notice"_s);
    if (!reader.ok())
        return std::unexpected(reader.error);
    return notice;
}

StatusFeedDocument StatusFeed::merge(const StatusFeedDocument &online, const StatusFeedDocument &local)
{
    QMap<QUuid, NoticeTombstone> tombstones;
    for (const QList<NoticeTombstone> *list : {&online.withdrawn, &local.withdrawn}) {
        for (const NoticeTombstone &tombstone : *list) {
            const auto it = tombstones.constFind(tombstone.id);
            if (it == tombstones.cend() || it->revision < tombstone.revision)
                tombstones.insert(tombstone.id, tombstone);
        }
    }
    QMap<QUuid, Notice> notices;
    // Local last: at the same revision, what this workstation rendered wins; both said the same
    // revision, so they agree unless someone edited without raising it.
    for (const QList<Notice> *list : {&online.notices, &local.notices}) {
        for (const Notice &notice : *list) {
            const auto it = notices.constFind(notice.id);
            if (it == notices.cend() || it->revision <= notice.revision)
                notices.insert(notice.id, notice);
        }
    }
    StatusFeedDocument merged;
    merged.generatedAt = std::max(online.generatedAt, local.generatedAt);
    merged.services = local.services;
    for (const Notice &notice : std::as_const(notices)) {
        const auto tombstone = tombstones.constFind(notice.id);
        if (tombstone != tombstones.cend() && tombstone->revision >= notice.revision)
            continue;
        if (tombstone != tombstones.cend())
            tombstones.erase(tombstone); // republished at a higher revision after the withdrawal
        merged.notices.append(notice);
    }
    std::ranges::sort(merged.notices, noticeOrder);
    merged.withdrawn = tombstones.values();
    return merged;
}

StatusFeedDocument StatusFeed::pruned(const StatusFeedDocument &document, const QDateTime &now)
{
    StatusFeedDocument result = document;
    result.notices.removeIf([&now](const Notice &notice) {
        if (!notice.isResolved())
            return false;
        const QDateTime resolvedAt = notice.updates.isEmpty() ? notice.updatedAt : notice.updates.constLast().at;
        return resolvedAt.isValid() && resolvedAt.secsTo(now) > std::chrono::seconds(keepResolved).count();
    });
    result.withdrawn.removeIf([&now](const NoticeTombstone &tombstone) {
        return tombstone.withdrawnAt.secsTo(now) > std::chrono::seconds(keepWithdrawn).count();
    });
    std::ranges::sort(result.notices, noticeOrder);
    std::ranges::sort(result.withdrawn, {}, &NoticeTombstone::id);
    return result;
}

} // namespace Leitstand
