#pragma once

#include "storage/databaselocation.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <expected>

class QSqlQuery;

namespace Leitstand {

// One Leitstand database: opens (and creates) it, brings its schema up to date, and hands every
// thread its own named connection, because a QSqlDatabase must only be used by the thread that
// opened it. Repositories take a Database and ask for connection() on the thread they run on.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::Database)

public:
    // An SQLite file.
    explicit Database(const QString &fileName);
    explicit Database(const DatabaseLocation &location);
    // With a schema other than the location's engine's current one (tests of migrations).
    Database(DatabaseLocation location, const SqlDialect &dialect);
    // Closes the connections of every thread; no thread may still use them.
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens the database, creating it if needed, and runs the missing migrations, each in its own
    // transaction. A database whose schema is newer than this code is refused, untouched.
    std::expected<void, QString> open();

    bool isOpen() const;
    // The SQLite file or the PostgreSQL database name.
    QString databaseName() const { return m_location.databaseName(); }
    const DatabaseLocation &location() const { return m_location; }
    const SqlDialect &dialect() const { return m_dialect; }
    // The schema version found after open(); dialect().latestVersion() once open() succeeded.
    int schemaVersion() const;

    // This thread's connection, opened on first use. Do not keep the returned handle beyond the
    // call that needs it: closeConnection() cannot close a connection that is still referenced.
    QSqlDatabase connection() const;
    // Closes this thread's connection; a thread that ends should call it.
    void closeConnection() const;

private:
    QString connectionName() const;
    std::expected<void, QString> migrate(QSqlDatabase &db);

    const DatabaseLocation m_location;
    const SqlDialect m_dialect;
    const QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    bool m_open = false;
    int m_schemaVersion = 0;
};

// A write transaction on one connection, rolled back unless commit() succeeds.
class WriteTransaction final
{
public:
    enum class Locking : quint8 {
        // The database's one writer lock: read, then write, as on SQLite (SqlDialect::beginWrite).
        Database,
        // Only the rows the transaction locks (SqlDialect::beginRowLocking).
        Rows,
    };
    WriteTransaction(QSqlDatabase &db, const SqlDialect &dialect, Locking locking = Locking::Database);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    // Empty if the transaction could not begin.
    const QString &error() const { return m_error; }
    bool isActive() const { return m_active; }
    std::expected<void, QString> commit();

private:
    QSqlDatabase &m_db;
    QString m_error;
    bool m_active = false;
};

// "what failed: the driver's message", for error results.
QString sqlErrorMessage(const QSqlQuery &query);

} // namespace Leitstand
