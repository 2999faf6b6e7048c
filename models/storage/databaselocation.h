#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace Leitstand {

struct SqlDialect;

// Where a Leitstand database lives: an SQLite file (one workstation) or a PostgreSQL database that
// a team shares. Given on the command line as `--database FILE` or
// `--database postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA.pem`.
// A password is never part of it: it comes from the keyring (secretKey()), and a URL that carries
// one is refused, so that it cannot end up in shell histories, process lists or settings files.
class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::DatabaseLocation)

public:
    enum class Engine { Sqlite, PostgreSql };

    // A file name, or a postgresql:// (also postgres://) URL.
    static std::expected<DatabaseLocation, QString> parse(const QString &text);
    static DatabaseLocation sqliteFile(const QString &fileName);

    Engine engine() const { return m_engine; }
    bool isShared() const { return m_engine == Engine::PostgreSql; }
    const SqlDialect &dialect() const;

    // SQLite: the file; PostgreSQL: the database name.
    QString databaseName() const { return m_databaseName; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    // Driver options (QSqlDatabase::setConnectOptions()): TLS settings, connect timeout, schema.
    QString connectOptions() const { return m_connectOptions; }
    // The schema Leitstand's tables live in (PostgreSQL; "public" unless ?schema= says otherwise).
    QString schema() const { return m_schema; }

    // Set from the keyring by the program, never stored.
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    // The key under which the database password is kept in the keyring:
    // "database/USER@HOST:PORT/DATABASE". Empty for SQLite.
    QString secretKey() const;
    // For messages and the window title: the file, or the URL without password.
    QString displayName() const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_databaseName;
    QString m_host;
    int m_port = 5432;
    QString m_userName;
    QString m_connectOptions;
    QString m_schema;
    QString m_password;
};

} // namespace Leitstand
