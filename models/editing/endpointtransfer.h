#pragma once

#include "config/endpointfile.h"
#include "storage/endpointrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <expected>
#include <functional>

namespace Leitstand {

class Database;

// The enums below have no underlying type on purpose: after `enum class X : quint8` in this
// header, lupdate (Qt 6.8) loses the namespace and files EndpointTransfer's messages under a
// context that tr() never asks for.

// How far an import has come.
struct ImportProgress
{
    enum class Stage {
        Reading, // the file and its YAML syntax, in one piece
        Parsing, // done and total count endpoints of the file
        Storing, // done and total count the steps of EndpointRepository::sync()
    };
    Stage stage = Stage::Reading;
    qsizetype done = 0;
    qsizetype total = 0;

    // 0…1000 for the whole import, never falling from one report to the next.
    int permille() const;
};

struct ImportOutcome
{
    enum class Status {
        Imported,
        Refused, // the file has problems; nothing was imported
        Failed, // the database failed; nothing was imported
        Cancelled, // before anything was committed
    };
    Status status = Status::Failed;
    ImportSummary summary; // Imported
    QList<EndpointFileProblem> problems; // Refused: every problem found, ordered by line
    QString error; // Failed: translated
};

// The endpoint file against a database: what `leitstand import` and `export` do, and the console's
// File menu through EndpointStore. Runs on the calling thread with that thread's connection.
class EndpointTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::EndpointTransfer)

public:
    // Called as the import goes on; returning false cancels it, which then changes nothing.
    using Progress = std::function<bool(const ImportProgress &progress)>;

    // A file with any problem is refused whole; a valid one is synced in one transaction.
    static ImportOutcome importFile(const Database &database, const QString &fileName,
        EndpointRepository::SyncMode mode, const Progress &progress = {});
    // Writes every endpoint, replacing the file atomically; returns how many it wrote.
    static std::expected<qsizetype, QString> exportFile(const Database &database, const QString &fileName);
};

} // namespace Leitstand

Q_DECLARE_METATYPE(Leitstand::ImportProgress)
Q_DECLARE_METATYPE(Leitstand::ImportOutcome)
