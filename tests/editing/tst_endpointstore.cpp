// EndpointStore on a real temporary SQLite database: every job runs in the store's worker thread
// and is answered by a queued signal; the test reads back through its own connection.

#include "../storage/storagetesthelpers.h"
#include "config/endpointfile.h"
#include "editing/endpointstore.h"
#include "editing/endpointtransfer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Leitstand;
using StorageTest::TestDatabase;

namespace {

Endpoint tcpEndpoint(const QString &service, const QString &name, int port = 9)
{
    Endpoint endpoint;
    endpoint.service = service;
    endpoint.name = name;
    endpoint.kind = CheckKind::Tcp;
    endpoint.target = u"127.0.0.1:%1"_s.arg(port);
    endpoint.timeoutMs = 2000;
    return endpoint;
}

// A valid file of `count` endpoints of every kind, in services of 50.
QByteArray largeFile(int count, const QString &prefix = u"ep"_s)
{
    QByteArray yaml = "version: 1\nendpoints:\n";
    yaml.reserve(qsizetype(count) * 120);
    for (int i = 0; i < count; ++i) {
        const QByteArray name = prefix.toUtf8() + '-' + QByteArray::number(i);
        const QByteArray service = "svc-" + QByteArray::number(i / 50);
        yaml += "  - name: " + name + "\n    service: " + service + '\n';
        switch (i % 3) {
        case 0:
            yaml
                += "    kind: http\n    target: http://127.0.0.1:8080/" + name + "\n    http: {expect_status: [200]}\n";
            break;
        case 1:
            yaml += "    kind: tcp\n    target: 127.0.0.1:" + QByteArray::number(1000 + i) + "\n    timeout: 2s\n";
            break;
        default:
            yaml += "    kind: dns\n    target: " + name + ".localhost\n    dns: {record: A, expect: [127.0.0.1]}\n";
            break;
        }
    }
    return yaml;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Collects the store's answers in the test's thread, as a window would receive them.
class Answers final : public QObject
{
public:
    explicit Answers(EndpointStore &store)
    {
        connect(&store, &EndpointStore::succeeded, this, [this](quint64 job, qint64 id) { succeeded.insert(job, id); });
        connect(&store, &EndpointStore::failed, this, [this](quint64 job, const QString &m) { failed.insert(job, m); });
        connect(&store, &EndpointStore::exported, this, [this](quint64 job, qsizetype n) { exported.insert(job, n); });
        connect(&store, &EndpointStore::importProgress, this,
            [this](quint64 job, const ImportProgress &progress) { progressOf[job].append(progress); });
        connect(&store, &EndpointStore::importFinished, this,
            [this](quint64 job, const ImportOutcome &outcome) { imports.insert(job, outcome); });
        connect(&store, &EndpointStore::endpointsChanged, this,
            [this](const QList<Endpoint> &list) { endpoints = list, ++endpointLists; });
    }

    bool answered(quint64 job) const
    {
        return succeeded.contains(job) || failed.contains(job) || exported.contains(job) || imports.contains(job);
    }

    QHash<quint64, qint64> succeeded;
    QHash<quint64, QString> failed;
    QHash<quint64, qsizetype> exported;
    QHash<quint64, QList<ImportProgress>> progressOf;
    QHash<quint64, ImportOutcome> imports;
    QList<Endpoint> endpoints;
    int endpointLists = 0;
};

QList<Endpoint> stored(const Database &database)
{
    return EndpointRepository(database).all().value_or(QList<Endpoint>());
}

} // namespace

class TestEndpointStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addUpdateDuplicatePauseRemove()
    {
        TestDatabase db;
        EndpointStore store(*db.database);
        Answers answers(store);

        const quint64 added = store.add(tcpEndpoint(u"Portal"_s, u"Start"_s));
        QTRY_VERIFY(answers.answered(added));
        QVERIFY2(!answers.failed.contains(added), qPrintable(answers.failed.value(added)));
        const qint64 id = answers.succeeded.value(added);
        QVERIFY(id > 0);
        QTRY_COMPARE(answers.endpoints.size(), 1);
        QCOMPARE(answers.endpoints.constFirst().id, id);

        auto original = *EndpointRepository(*db.database).byId(id);
        QVERIFY(original.has_value());
        QVERIFY(original->sameDefinition(tcpEndpoint(u"Portal"_s, u"Start"_s)));

        Endpoint changed = *original;
        changed.target = u"127.0.0.1:22"_s;
        changed.intervalMs = 5000;
        changed.timeoutMs = 5000;
        const quint64 updated = store.update(changed);
        QTRY_VERIFY(answers.answered(updated));
        QCOMPARE(answers.succeeded.value(updated), id);
        QVERIFY((*EndpointRepository(*db.database).byId(id))->sameDefinition(changed));

        // A duplicate is a copy under a new name that gets an id of its own.
        Endpoint copy = changed;
        copy.name = u"Start (copy)"_s;
        const quint64 duplicated = store.add(copy);
        QTRY_VERIFY(answers.answered(duplicated));
        const qint64 copyId = answers.succeeded.value(duplicated);
        QVERIFY(copyId > 0 && copyId != id);
        QVERIFY((*EndpointRepository(*db.database).byId(copyId))->sameDefinition(copy));

        const quint64 paused = store.setPaused(id, true);
        QTRY_VERIFY(answers.answered(paused));
        QVERIFY((*EndpointRepository(*db.database).byId(id))->paused);
        const quint64 resumed = store.setPaused(id, false);
        QTRY_VERIFY(answers.answered(resumed));
        QVERIFY(!(*EndpointRepository(*db.database).byId(id))->paused);

        const quint64 removed = store.remove(id);
        QTRY_VERIFY(answers.answered(removed));
        QCOMPARE(answers.succeeded.value(removed), id);
        QVERIFY(!EndpointRepository(*db.database).byId(id)->has_value());
        QTRY_COMPARE(answers.endpoints.size(), 1);
        QCOMPARE(answers.endpoints.constFirst().id, copyId);

        // What no longer exists cannot be changed.
        const quint64 again = store.remove(id);
        QTRY_VERIFY(answers.answered(again));
        QVERIFY(answers.failed.contains(again));
    }

    void refusals()
    {
        TestDatabase db;
        EndpointStore store(*db.database);
        Answers answers(store);
        const quint64 first = store.add(tcpEndpoint(u"Portal"_s, u"Start"_s));
        QTRY_VERIFY(answers.answered(first));
        const quint64 other = store.add(tcpEndpoint(u"Portal"_s, u"Other"_s));
        QTRY_VERIFY(answers.answered(other));

        const quint64 twice = store.add(tcpEndpoint(u"Portal"_s, u"Start"_s, 10));
        QTRY_VERIFY(answers.answered(twice));
        QCOMPARE(answers.failed.value(twice), u"The service \"Portal\" already has an endpoint named \"Start\"."_s);

        Endpoint renamed = *EndpointRepository(*db.database).byId(answers.succeeded.value(other)).value();
        renamed.name = u"Start"_s;
        const quint64 clash = store.update(renamed);
        QTRY_VERIFY(answers.answered(clash));
        QVERIFY(answers.failed.value(clash).contains(u"already has an endpoint"_s));

        Endpoint invalid = tcpEndpoint(u"Portal"_s, u"Broken"_s);
        invalid.target = u"no port"_s;
        const quint64 refused = store.add(invalid);
        QTRY_VERIFY(answers.answered(refused));
        QVERIFY(answers.failed.value(refused).contains(u"expected host:port"_s));

        const auto all = stored(*db.database);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, u"Other"_s);
        QCOMPARE(all.at(0).target, u"127.0.0.1:9"_s);
    }

    void malformedImportChangesNothing()
    {
        TestDatabase db;
        db.addEndpoint(u"kept"_s);
        const QList<Endpoint> before = stored(*db.database);
        const QString file = db.dir.filePath(u"broken.yaml"_s);
        QVERIFY(writeFile(file,
            "version: 1\nendpoints:\n"
            "  - name: a\n    service: s\n    kind: tcp\n    target: 127.0.0.1\n"
            "  - name: b\n    service: s\n    kind: https\n    target: http://127.0.0.1/\n    interval: soon\n"
            "  - name: c\n    service: s\n    kind: tcp\n    target: 127.0.0.1:1\n    timout: 1s\n"));

        EndpointStore store(*db.database);
        Answers answers(store);
        const quint64 job = store.importFile(file, EndpointRepository::SyncMode::Replace);
        QTRY_VERIFY(answers.answered(job));
        const ImportOutcome outcome = answers.imports.value(job);
        QCOMPARE(outcome.status, ImportOutcome::Status::Refused);
        QStringList problems;
        for (const EndpointFileProblem &problem : outcome.problems)
            problems.append(u"%1|%2"_s.arg(problem.line).arg(problem.field));
        QCOMPARE(problems,
            QStringList({u"6|endpoints[0].target"_s, u"10|endpoints[1].target"_s, u"11|endpoints[1].interval"_s,
                u"16|endpoints[2].timout"_s}));
        QCOMPARE(outcome.problems.constFirst().file, file);
        QCOMPARE(stored(*db.database).size(), before.size());
        QVERIFY(stored(*db.database).constFirst().sameDefinition(before.constFirst()));

        const quint64 missing
            = store.importFile(db.dir.filePath(u"missing.yaml"_s), EndpointRepository::SyncMode::Merge);
        QTRY_VERIFY(answers.answered(missing));
        QCOMPARE(answers.imports.value(missing).status, ImportOutcome::Status::Refused);
        QVERIFY(answers.imports.value(missing).problems.constFirst().message.contains(u"cannot read the file"_s));
    }

    void largeImportReportsProgress()
    {
        constexpr int count = 5'000;
        TestDatabase db;
        const QString file = db.dir.filePath(u"large.yaml"_s);
        QVERIFY(writeFile(file, largeFile(count)));

        EndpointStore store(*db.database);
        Answers answers(store);
        // The worker, not this thread, does the work. How long each stage takes is what
        // ImportProgress::permille() weighs them by.
        QThread *workedIn = nullptr;
        QElapsedTimer timer;
        timer.start();
        qint64 parsingStartedMs = -1;
        qint64 storingStartedMs = -1;
        connect(
            &store, &EndpointStore::importProgress, this,
            [&](quint64, const ImportProgress &progress) {
                workedIn = QThread::currentThread();
                if (progress.stage == ImportProgress::Stage::Parsing && parsingStartedMs < 0)
                    parsingStartedMs = timer.elapsed();
                if (progress.stage == ImportProgress::Stage::Storing && storingStartedMs < 0)
                    storingStartedMs = timer.elapsed();
            },
            Qt::DirectConnection);

        const quint64 job = store.importFile(file, EndpointRepository::SyncMode::Merge);
        QTRY_VERIFY_WITH_TIMEOUT(answers.imports.contains(job), 60'000);
        qInfo("%d endpoints: reading %lld ms, parsing %lld ms, storing %lld ms", count, parsingStartedMs,
            storingStartedMs - parsingStartedMs, timer.elapsed() - storingStartedMs);
        const ImportOutcome outcome = answers.imports.value(job);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(outcome.summary, (ImportSummary {.added = count, .changed = 0, .removed = 0, .unchanged = 0}));
        QCOMPARE(stored(*db.database).size(), count);
        QVERIFY(workedIn && workedIn != QThread::currentThread());

        const QList<ImportProgress> progress = answers.progressOf.value(job);
        QVERIFY2(progress.size() > 100, qPrintable(QString::number(progress.size())));
        QVERIFY(progress.size() <= 1001);
        for (qsizetype i = 1; i < progress.size(); ++i) {
            QVERIFY(progress[i].permille() > progress[i - 1].permille());
            QVERIFY(progress[i].stage >= progress[i - 1].stage);
        }
        QCOMPARE(progress.constFirst().stage, ImportProgress::Stage::Reading);
        QCOMPARE(progress.constLast().stage, ImportProgress::Stage::Storing);
        QCOMPARE(progress.constLast().permille(), 1000);
        QVERIFY(std::ranges::any_of(
            progress, [](const ImportProgress &p) { return p.stage == ImportProgress::Stage::Parsing; }));
        QTRY_COMPARE(answers.endpoints.size(), count);

        // The same file again changes nothing; a third of it changed, with Replace, removes the rest.
        const quint64 again = store.importFile(file, EndpointRepository::SyncMode::Merge);
        QTRY_VERIFY_WITH_TIMEOUT(answers.imports.contains(again), 60'000);
        QCOMPARE(answers.imports.value(again).summary,
            (ImportSummary {.added = 0, .changed = 0, .removed = 0, .unchanged = count}));
        const QString smaller = db.dir.filePath(u"smaller.yaml"_s);
        QVERIFY(writeFile(smaller, largeFile(10).replace("8080", "8081")));
        const quint64 replaced = store.importFile(smaller, EndpointRepository::SyncMode::Replace);
        QTRY_VERIFY_WITH_TIMEOUT(answers.imports.contains(replaced), 60'000);
        QCOMPARE(answers.imports.value(replaced).summary,
            (ImportSummary {.added = 0, .changed = 4, .removed = count - 10, .unchanged = 6}));
        QCOMPARE(stored(*db.database).size(), 10);
    }

    void cancelBeforeCommitChangesNothing()
    {
        TestDatabase db;
        EndpointRepository repository(*db.database);
        // Replace would remove these; a cancelled import must leave them.
        for (int i = 0; i < 20; ++i)
            QVERIFY(repository.add(tcpEndpoint(u"old"_s, u"old-%1"_s.arg(i))));
        const QList<Endpoint> before = stored(*db.database);
        const qint64 revision = *repository.revision();
        const QString file = db.dir.filePath(u"large.yaml"_s);
        QVERIFY(writeFile(file, largeFile(2'000)));

        EndpointStore store(*db.database);
        Answers answers(store);
        quint64 job = 0;
        // In the worker, half-way through storing: nothing is committed yet, deterministically.
        connect(
            &store, &EndpointStore::importProgress, this,
            [&store, &job](quint64 reported, const ImportProgress &progress) {
                if (reported == job && progress.stage == ImportProgress::Stage::Storing && progress.permille() >= 750)
                    store.cancelImport(reported);
            },
            Qt::DirectConnection);
        job = store.importFile(file, EndpointRepository::SyncMode::Replace);
        QTRY_VERIFY_WITH_TIMEOUT(answers.imports.contains(job), 60'000);
        QCOMPARE(answers.imports.value(job).status, ImportOutcome::Status::Cancelled);
        QVERIFY(answers.progressOf.value(job).constLast().permille() < 1000);

        const QList<Endpoint> after = stored(*db.database);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].id, before[i].id);
            QVERIFY(after[i].sameDefinition(before[i]));
        }
        QCOMPARE(*repository.revision(), revision);

        // A job cancelled before it starts does nothing either.
        const quint64 early = store.importFile(file, EndpointRepository::SyncMode::Merge);
        store.cancelImport(early);
        QTRY_VERIFY_WITH_TIMEOUT(answers.imports.contains(early), 60'000);
        QCOMPARE(answers.imports.value(early).status, ImportOutcome::Status::Cancelled);
        QCOMPARE(stored(*db.database).size(), before.size());
    }

    void exportRoundTrips()
    {
        TestDatabase db;
        EndpointRepository repository(*db.database);
        Endpoint http = tcpEndpoint(u"Bürgerportal"_s, u"Startseite"_s);
        http.kind = CheckKind::Https;
        http.target = u"https://127.0.0.1:8443/start"_s;
        http.http.assertion = {BodyAssertion::Kind::Substring, u"Willkommen"_s, {}};
        http.tls.warnDays = 30;
        QVERIFY(repository.add(http));
        QVERIFY(repository.add(tcpEndpoint(u"Netz"_s, u"Datenbank"_s, 5432)));

        EndpointStore store(*db.database);
        Answers answers(store);
        const QString file = db.dir.filePath(u"export.yaml"_s);
        const quint64 job = store.exportFile(file);
        QTRY_VERIFY(answers.answered(job));
        QVERIFY2(!answers.failed.contains(job), qPrintable(answers.failed.value(job)));
        QCOMPARE(answers.exported.value(job), 2);

        const auto parsed = EndpointFile::read(file);
        QVERIFY(parsed);
        const QList<Endpoint> all = stored(*db.database);
        QCOMPARE(parsed->size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i)
            QVERIFY(parsed->at(i).sameDefinition(all.at(i)));

        // Into a folder that does not exist: an error, and no file.
        const QString nowhere = db.dir.filePath(u"missing/export.yaml"_s);
        const quint64 failed = store.exportFile(nowhere);
        QTRY_VERIFY(answers.answered(failed));
        QVERIFY(answers.failed.value(failed).contains(u"Cannot write"_s));
        QVERIFY(!QFile::exists(nowhere));
    }

    void destructorFinishesQueuedEdits()
    {
        TestDatabase db;
        {
            EndpointStore store(*db.database);
            for (int i = 0; i < 20; ++i)
                store.add(tcpEndpoint(u"svc"_s, u"ep-%1"_s.arg(i)));
        }
        QCOMPARE(stored(*db.database).size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestEndpointStore)
#include "tst_endpointstore.moc"
