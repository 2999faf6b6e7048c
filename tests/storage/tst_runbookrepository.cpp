// RunbookRepository: versions are numbered per service, identical text stores nothing, an edit
// based on an older version is refused instead of overwriting a colleague's, and two consoles
// saving at the same time lose nothing.

#include "storage/runbookrepository.h"
#include "storagetesthelpers.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <latch>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using namespace Leitstand::StorageTest;

namespace {

using Status = RunbookSaveOutcome::Status;

const QDateTime start(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::UTC);

const QString germanRunbook = u"# Störungsplan Bürgerportal\n\n"
                              "1. Lage prüfen: `systemctl status portal`\n"
                              "2. Rufbereitschaft anrufen – 0301234567\n\n"
                              "| Rolle | Name |\n|---|---|\n| Leitung | Jürgen Weiß |\n"_s;

struct SaveStep
{
    int basedOn = 0;
    QString markdown;
    Status status = Status::Saved;
    int latestVersion = 0; // after the step
};

qint64 addService(const Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(u"INSERT INTO services (name) VALUES (?)"_s);
    query.addBindValue(name);
    if (!query.exec())
        qFatal("cannot add a service: %s", qPrintable(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

RunbookEdit edit(qint64 serviceId, int basedOn, const QString &markdown, const QString &author = u"Anna"_s)
{
    return RunbookEdit {.serviceId = serviceId, .basedOnVersion = basedOn, .markdown = markdown, .author = author};
}

} // namespace

Q_DECLARE_METATYPE(QList<SaveStep>)

class TestRunbookRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveSequences_data();
    void saveSequences();
    void roundTrip();
    void refusals_data();
    void refusals();
    void servicesNumberOnTheirOwn();
    void twoConsolesAtOnce();
};

void TestRunbookRepository::saveSequences_data()
{
    QTest::addColumn<QList<SaveStep>>("steps");
    QTest::addRow("first version") << QList<SaveStep> {{0, u"# Plan"_s, Status::Saved, 1}};
    QTest::addRow("next version") << QList<SaveStep> {{0, u"a"_s, Status::Saved, 1}, {1, u"b"_s, Status::Saved, 2}};
    QTest::addRow("identical text stores nothing")
        << QList<SaveStep> {{0, u"a"_s, Status::Saved, 1}, {1, u"a"_s, Status::Unchanged, 1}};
    QTest::addRow("a changed line ending is a change")
        << QList<SaveStep> {{0, u"a"_s, Status::Saved, 1}, {1, u"a\n"_s, Status::Saved, 2}};
    QTest::addRow("empty text without a runbook") << QList<SaveStep> {{0, QString(), Status::Unchanged, 0}};
    QTest::addRow("emptying a runbook is a version")
        << QList<SaveStep> {{0, u"a"_s, Status::Saved, 1}, {1, QString(), Status::Saved, 2}};
    QTest::addRow("edit of an older version conflicts, then saves based on the newer")
        << QList<SaveStep> {{0, u"a"_s, Status::Saved, 1}, {1, u"b"_s, Status::Saved, 2},
               {1, u"c"_s, Status::Conflict, 2}, {2, u"c"_s, Status::Saved, 3}};
    QTest::addRow("two first versions") << QList<SaveStep> {
        {0, u"a"_s, Status::Saved, 1}, {0, u"b"_s, Status::Conflict, 1}};
    QTest::addRow("the colleague's identical text is no conflict") << QList<SaveStep> {
        {0, u"a"_s, Status::Saved, 1}, {1, u"b"_s, Status::Saved, 2}, {1, u"b"_s, Status::Unchanged, 2}};
    QTest::addRow("based on a version that does not exist")
        << QList<SaveStep> {{0, u"a"_s, Status::Saved, 1}, {5, u"b"_s, Status::Conflict, 1}};
    QTest::addRow("restoring an older text is a new version") << QList<SaveStep> {
        {0, u"a"_s, Status::Saved, 1}, {1, u"b"_s, Status::Saved, 2}, {2, u"a"_s, Status::Saved, 3}};
}

void TestRunbookRepository::saveSequences()
{
    QFETCH(QList<SaveStep>, steps);
    TestDatabase db;
    const qint64 service = addService(*db.database, u"Bürgerportal"_s);
    RunbookRepository repository(*db.database);
    QList<QString> stored; // the text of each version, by version - 1
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const SaveStep &step = steps.at(i);
        const auto outcome = repository.save(edit(service, step.basedOn, step.markdown), start.addSecs(60 * i));
        QVERIFY2(outcome, errorOf(outcome).constData());
        QCOMPARE(outcome->status, step.status);
        QCOMPARE(outcome->latest.version, step.latestVersion);
        if (step.status == Status::Saved) {
            stored.append(step.markdown);
            QCOMPARE(outcome->latest.markdown, step.markdown);
            QCOMPARE(outcome->latest.savedAt, start.addSecs(60 * i));
        }
    }
    const auto versions = repository.versions(service);
    QVERIFY2(versions, errorOf(versions).constData());
    QCOMPARE(versions->size(), stored.size());
    for (qsizetype i = 0; i < versions->size(); ++i) {
        const RunbookVersionInfo &info = versions->at(i);
        QCOMPARE(info.version, int(stored.size() - i)); // newest first
        QCOMPARE(info.length, stored.at(info.version - 1).size());
        const auto version = repository.version(service, info.version);
        QVERIFY2(version && *version, errorOf(version).constData());
        QCOMPARE((*version)->markdown, stored.at(info.version - 1));
    }
    const auto latest = repository.latest(service);
    QVERIFY2(latest, errorOf(latest).constData());
    QCOMPARE(latest->has_value(), !stored.isEmpty());
}

void TestRunbookRepository::roundTrip()
{
    TestDatabase db;
    const qint64 service = addService(*db.database, u"Bürgerportal"_s);
    RunbookRepository repository(*db.database);
    const QDateTime savedAt = start.addMSecs(1234);
    const auto outcome = repository.save(edit(service, 0, germanRunbook, u"  Jürgen Weiß "_s), savedAt);
    QVERIFY2(outcome, errorOf(outcome).constData());
    const RunbookVersion expected {
        .serviceId = service, .version = 1, .markdown = germanRunbook, .author = u"Jürgen Weiß"_s, .savedAt = savedAt};
    QCOMPARE(outcome->latest, expected);

    // Read back on a fresh connection, as another console would.
    db.database->closeConnection();
    const auto latest = repository.latest(service);
    QVERIFY2(latest && *latest, errorOf(latest).constData());
    QCOMPARE(**latest, expected);
    QCOMPARE((*latest)->savedAt.timeSpec(), Qt::UTC);
    const auto first = repository.version(service, 1);
    QVERIFY(first && *first);
    QCOMPARE(**first, expected);
    const auto missing = repository.version(service, 2);
    QVERIFY(missing && !*missing);
    const auto versions = repository.versions(service);
    QVERIFY(versions);
    QCOMPARE(*versions,
        (QList<RunbookVersionInfo> {
            {.version = 1, .author = u"Jürgen Weiß"_s, .savedAt = savedAt, .length = germanRunbook.size()}}));

    // A service without a runbook has neither a latest version nor a history.
    const qint64 other = addService(*db.database, u"Wohngeld"_s);
    QVERIFY(repository.latest(other) && !*repository.latest(other));
    QVERIFY(repository.versions(other) && repository.versions(other)->isEmpty());
}

void TestRunbookRepository::refusals_data()
{
    QTest::addColumn<bool>("knownService");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown service") << false << qsizetype(10) << u"no service with id"_s;
    QTest::addRow("too long") << true << RunbookRepository::maximumLength + 1 << u"too long"_s;
}

void TestRunbookRepository::refusals()
{
    QFETCH(bool, knownService);
    QFETCH(qsizetype, length);
    QFETCH(QString, message);
    TestDatabase db;
    const qint64 service = addService(*db.database, u"Portal"_s);
    RunbookRepository repository(*db.database);
    const qint64 target = knownService ? service : service + 100;
    const auto outcome = repository.save(edit(target, 0, QString(length, u'x')), start);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(message), qPrintable(outcome.error()));
    QVERIFY(repository.versions(target)->isEmpty());
    // The longest text allowed is kept.
    const auto longest = repository.save(edit(service, 0, QString(RunbookRepository::maximumLength, u'x')), start);
    QVERIFY2(longest, errorOf(longest).constData());
    QCOMPARE(longest->status, Status::Saved);
}

void TestRunbookRepository::servicesNumberOnTheirOwn()
{
    TestDatabase db;
    const qint64 portal = addService(*db.database, u"Portal"_s);
    const qint64 mail = addService(*db.database, u"Mail"_s);
    RunbookRepository repository(*db.database);
    QCOMPARE(repository.save(edit(portal, 0, u"p1"_s), start)->latest.version, 1);
    QCOMPARE(repository.save(edit(portal, 1, u"p2"_s), start)->latest.version, 2);
    QCOMPARE(repository.save(edit(mail, 0, u"m1"_s), start)->latest.version, 1);
    QCOMPARE((*repository.latest(portal))->markdown, u"p2"_s);
    QCOMPARE((*repository.latest(mail))->markdown, u"m1"_s);

    // Removing a service removes its runbook.
    QSqlQuery query(db.database->connection());
    query.prepare(u"DELETE FROM services WHERE id = ?"_s);
    query.addBindValue(portal);
    QVERIFY(query.exec());
    QVERIFY(repository.versions(portal)->isEmpty());
    QCOMPARE(repository.versions(mail)->size(), 1);
}

// Two consoles, each a thread with its own connection, save as fast as they can, each based on
// the latest version it read and saving again after a conflict: every save ends up as exactly one
// version, numbered without gaps, and conflicts are reported rather than lost.
void TestRunbookRepository::twoConsolesAtOnce()
{
    TestDatabase db;
    const qint64 service = addService(*db.database, u"Portal"_s);
    constexpr int savesEach = 40;
    std::atomic<int> conflicts = 0;
    std::atomic<int> errors = 0;
    std::latch started(2);
    const auto console = [&](const QString &author) {
        RunbookRepository repository(*db.database);
        started.arrive_and_wait();
        for (int i = 0; i < savesEach; ++i) {
            const QString text = u"%1 %2"_s.arg(author).arg(i);
            for (;;) {
                const auto latest = repository.latest(service);
                if (!latest) {
                    ++errors;
                    break;
                }
                const int basedOn = *latest ? (*latest)->version : 0;
                // The time a person takes to edit, so that the other console saves in between.
                QThread::usleep(300);
                const auto outcome = repository.save(edit(service, basedOn, text, author), start);
                if (!outcome) {
                    ++errors;
                    break;
                }
                if (outcome->status != Status::Conflict)
                    break;
                ++conflicts;
            }
        }
        db.database->closeConnection();
    };
    std::unique_ptr<QThread> anna(QThread::create(console, u"anna"_s));
    std::unique_ptr<QThread> ben(QThread::create(console, u"ben"_s));
    anna->start();
    ben->start();
    QVERIFY(anna->wait(QDeadlineTimer(60'000)));
    QVERIFY(ben->wait(QDeadlineTimer(60'000)));
    QCOMPARE(errors.load(), 0);

    const auto versions = RunbookRepository(*db.database).versions(service);
    QVERIFY2(versions, errorOf(versions).constData());
    QCOMPARE(versions->size(), 2 * savesEach);
    QSet<QString> texts;
    for (qsizetype i = 0; i < versions->size(); ++i) {
        QCOMPARE(versions->at(i).version, int(versions->size() - i));
        texts.insert((*RunbookRepository(*db.database).version(service, versions->at(i).version))->markdown);
    }
    QCOMPARE(texts.size(), 2 * savesEach);
    qInfo("conflicts reported and saved again: %d", conflicts.load());
}

QTEST_GUILESS_MAIN(TestRunbookRepository)
#include "tst_runbookrepository.moc"
