#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

QString nextConnectionPrefix()
{
    static QAtomicInteger<quint64> counter;
    return u"leitstand-db-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Thread ids are reused once a thread ends; this number is not, so a connection name never
// refers to a connection that another (dead) thread opened.
quint64 threadSerial()
{
    static QAtomicInteger<quint64> counter;
    thread_local const quint64 serial = counter.fetchAndAddRelaxed(1) + 1;
    return serial;
}

std::expected<void, QString> execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return std::unexpected(sqlErrorMessage(query));
    }
    return {};
}

} // namespace

QString sqlErrorMessage(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString statement = query.lastQuery().simplified();
    if (statement.size() > 80)
        statement = statement.left(77) + u"..."_s;
    return u"%1 (%2)"_s.arg(error.text(), statement);
}

Database::Database(const QString &fileName)
    : Database(DatabaseLocation::sqliteFile(fileName))
{
}

Database::Database(const DatabaseLocation &location)
    : Database(location, location.dialect())
{
}

Database::Database(DatabaseLocation location, const SqlDialect &dialect)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_connectionPrefix(nextConnectionPrefix())
{
}

Database::~Database()
{
    const QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString Database::connectionName() const
{
    return m_connectionPrefix + u'#' + QString::number(threadSerial());
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName, name);
    {
        const QMutexLocker locker(&m_mutex);
        m_connectionNames.append(name);
    }
    db.setDatabaseName(m_location.databaseName());
    if (m_location.isShared()) {
        db.setHostName(m_location.host());
        db.setPort(m_location.port());
        db.setUserName(m_location.userName());
        db.setPassword(m_location.password());
    }
    QStringList options {m_dialect.connectOptions, m_location.connectOptions()};
    options.removeAll(QString());
    db.setConnectOptions(options.join(u';'));
    if (db.open()) {
        if (const auto setup = execAll(db, m_dialect.connectionSetup); !setup)
            qWarning("Leitstand::Database: %s", qPrintable(setup.error()));
    }
    return db;
}

void Database::closeConnection() const
{
    const QString name = connectionName();
    {
        const QMutexLocker locker(&m_mutex);
        if (!m_connectionNames.removeOne(name))
            return;
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::isOpen() const
{
    return m_open;
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

std::expected<void, QString> Database::open()
{
    const QString name = m_location.displayName();
    if (!m_location.isShared()) {
        const QFileInfo file(m_location.databaseName());
        if (!QDir().mkpath(file.absolutePath()))
            return std::unexpected(tr("Cannot create the folder %1.").arg(file.absolutePath()));
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return std::unexpected(tr("Cannot open the database %1: %2").arg(name, db.lastError().text()));
    }
    if (const auto setup = execAll(db, m_dialect.databaseSetup); !setup)
        return std::unexpected(tr("Cannot set up the database %1: %2").arg(name, setup.error()));
    if (auto migrated = migrate(db); !migrated)
        return migrated;
    m_open = true;
    return {};
}

std::expected<void, QString> Database::migrate(QSqlDatabase &db)
{
    const QString name = m_location.displayName();
    {
        // In a transaction of its own: two programs that create a PostgreSQL database's first table
        // at the same moment would otherwise both try, and one would fail.
        WriteTransaction transaction(db, m_dialect);
        const auto created = transaction.isActive() ? execAll(db, {m_dialect.createVersionTable})
                                                    : std::unexpected(transaction.error());
        if (!created)
            return std::unexpected(tr("Cannot read the schema version of %1: %2").arg(name, created.error()));
        if (const auto committed = transaction.commit(); !committed)
            return std::unexpected(tr("Cannot read the schema version of %1: %2").arg(name, committed.error()));
    }

    // Each step in its own transaction, which also re-reads the version: two programs opening the
    // same database at once take turns, and the second finds nothing left to do.
    for (;;) {
        WriteTransaction transaction(db, m_dialect);
        if (!transaction.isActive())
            return std::unexpected(tr("Cannot migrate the database %1: %2").arg(name, transaction.error()));
        QSqlQuery query(db);
        if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s))
            return std::unexpected(tr("Cannot read the schema version of %1: %2").arg(name, sqlErrorMessage(query)));
        m_schemaVersion = query.next() ? query.value(0).toInt() : 0;
        query.finish();

        const int latest = m_dialect.latestVersion();
        if (m_schemaVersion > latest) {
            return std::unexpected(tr("The database %1 has schema version %2, but this version of Leitstand "
                                      "knows only versions up to %3. Use a newer Leitstand.")
                    .arg(name)
                    .arg(m_schemaVersion)
                    .arg(latest));
        }
        if (m_schemaVersion == latest)
            return transaction.commit();

        const MigrationStep &step = m_dialect.migrations.at(m_schemaVersion);
        Q_ASSERT(step.version == m_schemaVersion + 1);
        QStringList statements = step.statements;
        statements << u"DELETE FROM schema_version"_s
                   << u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(step.version);
        if (const auto done = execAll(db, statements); !done) {
            return std::unexpected(tr("Cannot migrate the database %1 to schema version %2: %3")
                    .arg(name)
                    .arg(step.version)
                    .arg(done.error()));
        }
        if (const auto committed = transaction.commit(); !committed)
            return std::unexpected(tr("Cannot migrate the database %1 to schema version %2: %3")
                    .arg(name)
                    .arg(step.version)
                    .arg(committed.error()));
    }
}

WriteTransaction::WriteTransaction(QSqlDatabase &db, const SqlDialect &dialect, Locking locking)
    : m_db(db)
{
    for (const QString &statement : locking == Locking::Database ? dialect.beginWrite : dialect.beginRowLocking) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            m_error = sqlErrorMessage(query);
            if (m_active) {
                QSqlQuery rollback(m_db);
                rollback.exec(u"ROLLBACK"_s);
                m_active = false;
            }
            return;
        }
        m_active = true;
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

std::expected<void, QString> WriteTransaction::commit()
{
    if (!m_active)
        return std::unexpected(m_error);
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s))
        return std::unexpected(sqlErrorMessage(query));
    m_active = false;
    return {};
}

} // namespace Leitstand
