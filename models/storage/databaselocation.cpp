#include "storage/databaselocation.h"

#include "storage/sqldialect.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// libpq's TLS and timeout settings that a URL may pass on; everything else is refused rather than
// silently ignored.
constexpr std::array passedOn {"sslmode"_L1, "sslrootcert"_L1, "sslcert"_L1, "sslkey"_L1, "sslcrl"_L1,
    "connect_timeout"_L1, "application_name"_L1};

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return identifier.match(name).hasMatch();
}

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &fileName)
{
    DatabaseLocation location;
    location.m_engine = Engine::Sqlite;
    location.m_databaseName = fileName;
    return location;
}

std::expected<DatabaseLocation, QString> DatabaseLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::unexpected(tr("No database given."));
    if (!text.startsWith("postgresql://"_L1, Qt::CaseInsensitive)
        && !text.startsWith("postgres://"_L1, Qt::CaseInsensitive))
        return sqliteFile(text);

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(tr("%1 is not a valid database URL: %2").arg(text, url.errorString()));
    DatabaseLocation location;
    location.m_engine = Engine::PostgreSql;
    location.m_host = url.host();
    if (location.m_host.isEmpty())
        return std::unexpected(tr("The database URL %1 names no host.").arg(text));
    location.m_port = url.port(5432);
    location.m_userName = url.userName();
    if (location.m_userName.isEmpty())
        return std::unexpected(
            tr("The database URL %1 names no user: write postgresql://USER@%2/…").arg(text, location.m_host));
    location.m_databaseName = url.path().mid(1);
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(u'/'))
        return std::unexpected(tr("The database URL %1 names no database: write postgresql://%2@%3/DATABASE")
                .arg(text, location.m_userName, location.m_host));

    if (!url.password().isEmpty()) {
        return std::unexpected(tr("The database URL must not contain the password. Store it in the keyring with "
                                  "\"leitstand secret set %1\".")
                .arg(location.secretKey()));
    }

    QStringList options {u"connect_timeout=10"_s};
    location.m_schema = u"public"_s;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == "schema"_L1) {
            if (!isIdentifier(value))
                return std::unexpected(tr("The schema %1 is not a plain lower-case name.").arg(value));
            location.m_schema = value;
        } else if (std::ranges::find(passedOn, key) != passedOn.end()) {
            // The Qt driver separates options with ";"; libpq would read a space as the next option.
            if (value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
                return std::unexpected(
                    tr("The value of %1 in the database URL contains a space, ';' or a quote.").arg(key));
            if (key == "connect_timeout"_L1)
                options.removeFirst();
            options.append(key + u'=' + value);
        } else {
            return std::unexpected(tr("The database URL has the unknown setting %1. Known: %2, schema.")
                    .arg(key, QStringList(passedOn.begin(), passedOn.end()).join(", "_L1)));
        }
    }
    if (location.m_schema != "public"_L1)
        options.append(u"options=-csearch_path=%1"_s.arg(location.m_schema));
    location.m_connectOptions = options.join(u';');
    return location;
}

const SqlDialect &DatabaseLocation::dialect() const
{
    return m_engine == Engine::PostgreSql ? postgresqlDialect() : sqliteDialect();
}

QString DatabaseLocation::secretKey() const
{
    if (m_engine == Engine::Sqlite && !m_databaseName.isEmpty())
        return {};
    return u"database/%1@%2:%3/%4"_s.arg(m_userName.isEmpty() ? u"USER"_s : m_userName,
        m_host.isEmpty() ? u"HOST"_s : m_host, QString::number(m_port),
        m_databaseName.isEmpty() ? u"DATABASE"_s : m_databaseName);
}

QString DatabaseLocation::displayName() const
{
    if (m_engine == Engine::Sqlite)
        return QDir::toNativeSeparators(m_databaseName);
    QString name = u"postgresql://%1@%2:%3/%4"_s.arg(m_userName, m_host, QString::number(m_port), m_databaseName);
    if (m_schema != "public"_L1)
        name += u"?schema="_s + m_schema;
    return name;
}

} // namespace Leitstand
