#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Leitstand {

// One step of the schema: the statements that take a database from version - 1 to version.
struct MigrationStep
{
    int version = 0;
    QStringList statements;
};

// Everything that differs between the database engines Leitstand runs on. The repositories write
// SQL that SQLite (3.35+) and PostgreSQL both understand (ON CONFLICT ... DO UPDATE, RETURNING);
// what cannot be shared -- driver, pragmas, DDL, how a writer locks -- is here and nowhere else.
struct SqlDialect
{
    QString driverName;
    QString connectOptions;
    // Run once per database on opening, before the migrations (e.g. the journal mode).
    QStringList databaseSetup;
    // Run on every new connection (e.g. foreign keys, which SQLite enables per connection).
    QStringList connectionSetup;
    // Creates schema_version unless it exists. PostgreSQL checks the right to create tables in the
    // schema before it looks whether the table exists, so CREATE TABLE IF NOT EXISTS would refuse
    // every user that is not the schema's owner (the roles of team mode) even on a database that
    // has long been set up.
    QString createVersionTable;
    // Starts a transaction that will write. SQLite must take the write lock at once: a deferred
    // transaction that reads first fails with SQLITE_BUSY when another writer committed meanwhile.
    QStringList beginWrite;
    // Starts a transaction that writes only rows it locks itself (see skipLocked); SQLite has only
    // the one lock of beginWrite.
    QStringList beginRowLocking;
    // Appended to a SELECT of endpoints aliased e in such a transaction: rows that another
    // transaction locked are passed over instead of waited for. Empty where writers take turns anyway.
    QString skipLocked;
    // Run on its own before samples of a new month are written, with the month's first second bound
    // (PostgreSQL: creates the month's partition of samples). Empty where samples are one table.
    QString ensureSamplePartition;
    // Ordered by version, starting at 1, without gaps.
    QList<MigrationStep> migrations;

    int latestVersion() const { return migrations.isEmpty() ? 0 : migrations.constLast().version; }
};

// The embedded database of a single workstation.
const SqlDialect &sqliteDialect();
// The database a team shares (postgresqldialect.cpp).
const SqlDialect &postgresqlDialect();

} // namespace Leitstand
