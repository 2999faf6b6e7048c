// status.json: rendered deterministically, read back unchanged whatever people typed, checked
// against the JSON Schema published in docs/, refused with a path when malformed, and merged by
// notice id and revision when two workstations publish at once.

#include "feed/statusfeed.h"
#include "feedtesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::FeedTest;

using Revisions = QList<QPair<QUuid, int>>;

namespace {

const QUuid idA = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000a"_s);
const QUuid idB = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000b"_s);

StatusFeedDocument sampleDocument()
{
    StatusFeedDocument document;
    document.generatedAt = utc("2026-11-29T09:00:00Z");
    document.services
        = {{u"Bürgerportal"_s, PublicServiceState::Degraded}, {u"Terminbuchung"_s, PublicServiceState::Disrupted}};
    Notice hostile = sampleNotice(idA);
    hostile.title = {hostileText(), hostileText()};
    hostile.text = {u"Zeile 1\nZeile 2\t\"</p>"_s, hostileText()};
    hostile.contact.alternative = {hostileText(), u"\u0001control\u007F"_s};
    Notice maintenance = sampleNotice(idB, 3);
    maintenance.kind = NoticeKind::PlannedMaintenance;
    maintenance.severity = IncidentSeverity::Minor;
    maintenance.start = utc("2026-12-01T21:00:00Z");
    maintenance.expectedEnd = QDateTime();
    maintenance.updates.clear();
    maintenance.publishedAt = QDateTime();
    document.notices = {hostile, maintenance};
    document.withdrawn
        = {{QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000c"_s), 2, utc("2026-11-28T10:00:00Z")}};
    return document;
}

// Just enough of JSON Schema 2020-12 for docs/status-feed.schema.json: type, const, enum,
// required, properties, additionalProperties: false, items, minimum, pattern and local $ref.
// Returns the first place that does not follow the schema.
class SchemaCheck
{
public:
    explicit SchemaCheck(QJsonObject root)
        : m_root(std::move(root))
    {
    }

    QString check(const QJsonValue &value, const QJsonObject &schema, const QString &path) const
    {
        if (schema.contains("$ref"_L1)) {
            const QString ref = schema.value("$ref"_L1).toString();
            const QString name = ref.section(u'/', -1);
            return check(value, m_root.value("$defs"_L1).toObject().value(name).toObject(), path);
        }
        if (schema.contains("const"_L1) && value != schema.value("const"_L1))
            return path + u": not the constant"_s;
        if (schema.contains("enum"_L1) && !schema.value("enum"_L1).toArray().contains(value))
            return path + u": not one of the enum"_s;
        if (schema.contains("type"_L1)) {
            const QJsonValue type = schema.value("type"_L1);
            const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray {type};
            bool matches = false;
            for (const auto &name : types)
                matches = matches || hasType(value, name.toString());
            if (!matches)
                return path + u": wrong type"_s;
        }
        if (value.isString() && schema.contains("pattern"_L1)) {
            const QRegularExpression pattern(schema.value("pattern"_L1).toString());
            if (!pattern.match(value.toString()).hasMatch())
                return path + u": does not match the pattern: "_s + value.toString();
        }
        if (value.isDouble() && schema.contains("minimum"_L1)
            && value.toDouble() < schema.value("minimum"_L1).toDouble())
            return path + u": below the minimum"_s;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const auto &key : schema.value("required"_L1).toArray()) {
                if (!object.contains(key.toString()))
                    return path + u": missing "_s + key.toString();
            }
            const QJsonObject properties = schema.value("properties"_L1).toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!properties.contains(it.key())) {
                    if (schema.value("additionalProperties"_L1) == QJsonValue(false))
                        return path + u": unexpected "_s + it.key();
                    continue;
                }
                if (QString problem = check(*it, properties.value(it.key()).toObject(), path + u'.' + it.key());
                    !problem.isEmpty())
                    return problem;
            }
        }
        if (value.isArray() && schema.contains("items"_L1)) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (QString problem
                    = check(items.at(i), schema.value("items"_L1).toObject(), u"%1[%2]"_s.arg(path).arg(i));
                    !problem.isEmpty())
                    return problem;
            }
        }
        return {};
    }

private:
    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == u"string"_s)
            return value.isString();
        if (type == u"object"_s)
            return value.isObject();
        if (type == u"array"_s)
            return value.isArray();
        if (type == u"null"_s)
            return value.isNull();
        if (type == u"integer"_s)
            return value.isDouble() && value.toDouble() == double(value.toInteger());
        if (type == u"boolean"_s)
            return value.isBool();
        return false;
    }

    QJsonObject m_root;
};

QJsonObject schemaRoot()
{
    QFile file(QStringLiteral(LEITSTAND_STATUS_FEED_SCHEMA));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestStatusFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryCharacter();
    void renderingIsDeterministic();
    void followsThePublishedSchema();
    void schemaCheckFindsViolations_data();
    void schemaCheckFindsViolations();
    void malformedDocumentsAreRefused_data();
    void malformedDocumentsAreRefused();
    void merge_data();
    void merge();
    void pruneDropsOldResolvedNoticesAndTombstones();
};

void TestStatusFeed::roundTripKeepsEveryCharacter()
{
    const StatusFeedDocument document = sampleDocument();
    const QByteArray json = StatusFeed::render(document);
    const auto parsed = StatusFeed::parse(json);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
    QCOMPARE(*parsed, document);
    QCOMPARE(parsed->notices.constFirst().title.de, hostileText());
    // Markup stays text: JSON needs no escaping of < and >, but a control character must be escaped.
    QVERIFY(json.contains("<script>alert(\\\"x\\\")</script>"));
    QVERIFY(json.contains("\\u0001control"));
}

void TestStatusFeed::renderingIsDeterministic()
{
    const QByteArray once = StatusFeed::render(sampleDocument());
    QCOMPARE(StatusFeed::render(sampleDocument()), once);
    const auto parsed = StatusFeed::parse(once);
    QVERIFY(parsed);
    QCOMPARE(StatusFeed::render(*parsed), once);
}

void TestStatusFeed::followsThePublishedSchema()
{
    const QJsonObject root = schemaRoot();
    QVERIFY(!root.isEmpty());
    const SchemaCheck schema(root);
    const QJsonValue rendered = QJsonDocument::fromJson(StatusFeed::render(sampleDocument())).object();
    const QString problem = schema.check(rendered, root, u"status"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    StatusFeedDocument empty;
    empty.generatedAt = utc("2026-11-29T09:00:00Z");
    const QString emptyProblem
        = schema.check(QJsonDocument::fromJson(StatusFeed::render(empty)).object(), root, u"status"_s);
    QVERIFY2(emptyProblem.isEmpty(), qPrintable(emptyProblem));
}

// The check above could pass by checking nothing: each of these breaks the schema in one place.
void TestStatusFeed::schemaCheckFindsViolations_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("unknown state") << u"/services/0/state"_s << QJsonValue(u"broken"_s) << u"state"_s;
    QTest::addRow("local time") << u"/notices/0/start"_s << QJsonValue(u"2026-11-29T09:00:00"_s) << u"start"_s;
    QTest::addRow("revision 0") << u"/notices/0/revision"_s << QJsonValue(0) << u"revision"_s;
    QTest::addRow("text without English")
        << u"/notices/0/title"_s << QJsonValue(QJsonObject {{u"de"_s, u"x"_s}}) << u"title"_s;
    QTest::addRow("extra key") << u"/notices/0/contact/fax"_s << QJsonValue(u"030"_s) << u"fax"_s;
}

void TestStatusFeed::schemaCheckFindsViolations()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject root = schemaRoot();
    QJsonObject document = QJsonDocument::fromJson(StatusFeed::render(sampleDocument())).object();
    // Set the value at the pointer by walking down and rebuilding on the way back up.
    const QStringList steps = pointer.split(u'/', Qt::SkipEmptyParts);
    std::function<QJsonValue(const QJsonValue &, qsizetype)> set = [&](const QJsonValue &at, qsizetype i) {
        if (i == steps.size())
            return value;
        bool isIndex = false;
        const int index = steps.at(i).toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = at.toArray();
            array[index] = set(array.at(index), i + 1);
            return QJsonValue(array);
        }
        QJsonObject object = at.toObject();
        object[steps.at(i)] = set(object.value(steps.at(i)), i + 1);
        return QJsonValue(object);
    };
    document = set(document, 0).toObject();
    const QString problem = SchemaCheck(root).check(document, root, u"status"_s);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestStatusFeed::malformedDocumentsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray valid = StatusFeed::render(sampleDocument());
    QTest::addRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << u"not JSON"_s;
    QTest::addRow("truncated") << valid.left(valid.size() / 2) << u"not JSON"_s;
    QTest::addRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::addRow("other schema") << QByteArray(R"({"schema": "leitstand.status-feed/2"})")
                                  << u"leitstand.status-feed/2"_s;
    QByteArray noTitle = valid;
    noTitle.replace("\"title\":", "\"titel\":");
    QTest::addRow("missing title") << noTitle << u"status.notices[0]: \"title\" is missing"_s;
    QByteArray badTime = valid;
    badTime.replace("2026-12-01T21:00:00Z", "gestern");
    QTest::addRow("bad time") << badTime << u"status.notices[1].start"_s;
    QByteArray badId = valid;
    badId.replace("0b7e7d1e-0000-4000-8000-00000000000b", "B");
    QTest::addRow("bad id") << badId << u"status.notices[1].id"_s;
    QByteArray badKind = valid;
    badKind.replace("\"maintenance\"", "\"wartung\"");
    QTest::addRow("unknown kind") << badKind << u"status.notices[1].kind"_s;
    QByteArray badUpdate = valid;
    badUpdate.replace("\"investigating\"", "\"panicking\"");
    QTest::addRow("unknown status") << badUpdate << u"status.notices[0].updates[0].status"_s;
}

void TestStatusFeed::malformedDocumentsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto parsed = StatusFeed::parse(json);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
}

void TestStatusFeed::merge_data()
{
    QTest::addColumn<QList<Notice>>("online");
    QTest::addColumn<QList<NoticeTombstone>>("onlineWithdrawn");
    QTest::addColumn<QList<Notice>>("local");
    QTest::addColumn<QList<NoticeTombstone>>("localWithdrawn");
    QTest::addColumn<Revisions>("expected");
    QTest::addColumn<QList<QUuid>>("expectedWithdrawn");

    const QDateTime when = utc("2026-11-29T10:00:00Z");
    QTest::addRow("two workstations, two notices")
        << QList {sampleNotice(idA)} << QList<NoticeTombstone> {} << QList {sampleNotice(idB)}
        << QList<NoticeTombstone> {} << Revisions {{idA, 1}, {idB, 1}} << QList<QUuid> {};
    QTest::addRow("online is newer") << QList {sampleNotice(idA, 4)} << QList<NoticeTombstone> {}
                                     << QList {sampleNotice(idA, 3)} << QList<NoticeTombstone> {}
                                     << Revisions {{idA, 4}} << QList<QUuid> {};
    QTest::addRow("local is newer") << QList {sampleNotice(idA, 3)} << QList<NoticeTombstone> {}
                                    << QList {sampleNotice(idA, 5)} << QList<NoticeTombstone> {} << Revisions {{idA, 5}}
                                    << QList<QUuid> {};
    QTest::addRow("withdrawn online beats an older local revision")
        << QList<Notice> {} << QList<NoticeTombstone> {{idA, 3, when}} << QList {sampleNotice(idA, 2)}
        << QList<NoticeTombstone> {} << Revisions {} << QList<QUuid> {idA};
    QTest::addRow("withdrawn locally") << QList {sampleNotice(idA, 2), sampleNotice(idB)} << QList<NoticeTombstone> {}
                                       << QList<Notice> {} << QList<NoticeTombstone> {{idA, 3, when}}
                                       << Revisions {{idB, 1}} << QList<QUuid> {idA};
    QTest::addRow("published again after the withdrawal")
        << QList<Notice> {} << QList<NoticeTombstone> {{idA, 3, when}} << QList {sampleNotice(idA, 4)}
        << QList<NoticeTombstone> {} << Revisions {{idA, 4}} << QList<QUuid> {};
}

void TestStatusFeed::merge()
{
    QFETCH(QList<Notice>, online);
    QFETCH(QList<NoticeTombstone>, onlineWithdrawn);
    QFETCH(QList<Notice>, local);
    QFETCH(QList<NoticeTombstone>, localWithdrawn);
    QFETCH(Revisions, expected);
    QFETCH(QList<QUuid>, expectedWithdrawn);

    StatusFeedDocument onlineDocument;
    onlineDocument.generatedAt = utc("2026-11-29T10:00:00Z");
    onlineDocument.services = {{u"Alt"_s, PublicServiceState::Disrupted}};
    onlineDocument.notices = online;
    onlineDocument.withdrawn = onlineWithdrawn;
    StatusFeedDocument localDocument;
    localDocument.generatedAt = utc("2026-11-29T10:00:05Z");
    localDocument.services = {{u"Neu"_s, PublicServiceState::Operational}};
    localDocument.notices = local;
    localDocument.withdrawn = localWithdrawn;

    const StatusFeedDocument merged = StatusFeed::merge(onlineDocument, localDocument);
    Revisions got;
    for (const Notice &notice : merged.notices)
        got.append({notice.id, notice.revision});
    QCOMPARE(got, expected);
    QList<QUuid> gotWithdrawn;
    for (const NoticeTombstone &tombstone : merged.withdrawn)
        gotWithdrawn.append(tombstone.id);
    QCOMPARE(gotWithdrawn, expectedWithdrawn);
    QCOMPARE(merged.services, localDocument.services);
    QCOMPARE(merged.generatedAt, localDocument.generatedAt);
    // Merging is symmetric in the notices it keeps.
    const StatusFeedDocument reversed = StatusFeed::merge(localDocument, onlineDocument);
    QCOMPARE(reversed.notices.size(), merged.notices.size());
}

void TestStatusFeed::pruneDropsOldResolvedNoticesAndTombstones()
{
    StatusFeedDocument document = sampleDocument();
    Notice resolved = sampleNotice(QUuid::fromString(u"0b7e7d1e-0000-4000-8000-00000000000d"_s));
    NoticeUpdate fixed;
    fixed.id = QUuid::fromString(u"0b7e7d1e-0000-4000-8000-0000000000ff"_s);
    fixed.at = utc("2026-11-28T09:00:00Z");
    fixed.phase = NoticePhase::Resolved;
    fixed.text = {u"Behoben."_s, u"Fixed."_s};
    resolved.updates.append(fixed);
    document.notices.append(resolved);

    // Resolved 23 h ago: kept, so that portals can say it is fixed.
    QCOMPARE(StatusFeed::pruned(document, utc("2026-11-29T08:00:00Z")).notices.size(), 3);
    // 25 h ago: gone; the open notices stay.
    const StatusFeedDocument later = StatusFeed::pruned(document, utc("2026-11-29T10:00:00Z"));
    QCOMPARE(later.notices.size(), 2);
    QVERIFY(!later.notices.contains(resolved));
    // The tombstone of 2026-11-28 stays a week.
    QCOMPARE(StatusFeed::pruned(document, utc("2026-12-05T09:00:00Z")).withdrawn.size(), 1);
    QCOMPARE(StatusFeed::pruned(document, utc("2026-12-05T11:00:00Z")).withdrawn.size(), 0);
}

QTEST_GUILESS_MAIN(TestStatusFeed)
#include "tst_statusfeed.moc"
