#include "feed/feedconfiguration.h"

#include "core/settings.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>

#include <array>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr auto urlKey = "feed/url"_L1;
constexpr auto authenticationKey = "feed/authentication"_L1;
constexpr auto userKey = "feed/user"_L1;
constexpr auto authorityFileKey = "feed/authorityFile"_L1;
constexpr auto portalUrlKey = "feed/portalUrl"_L1;
constexpr auto publisherKey = "feed/publisher"_L1;

struct AuthenticationCode
{
    FeedServer::Authentication authentication;
    QLatin1StringView code;
};
constexpr std::array authenticationCodes {
    AuthenticationCode {FeedServer::Authentication::None, "none"_L1},
    AuthenticationCode {FeedServer::Authentication::Basic, "basic"_L1},
    AuthenticationCode {FeedServer::Authentication::Bearer, "bearer"_L1},
};

} // namespace

QString FeedConfiguration::authenticationCode(FeedServer::Authentication authentication)
{
    for (const auto &entry : authenticationCodes) {
        if (entry.authentication == authentication)
            return entry.code;
    }
    return {};
}

std::optional<FeedServer::Authentication> FeedConfiguration::authenticationFromCode(QStringView code)
{
    for (const auto &entry : authenticationCodes) {
        if (code.compare(entry.code, Qt::CaseInsensitive) == 0)
            return entry.authentication;
    }
    return std::nullopt;
}

QStringList FeedConfiguration::problems() const
{
    QStringList found;
    if (!isConfigured())
        return found;
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        found.append(tr("The feed URL \"%1\" is not a valid address.").arg(baseUrl.toString()));
    else if (baseUrl.scheme() != "https"_L1)
        found.append(tr("The feed URL must begin with https://, so that the password and the notices are "
                        "never sent in clear text."));
    else if (!baseUrl.path().endsWith(u'/'))
        found.append(tr("The feed URL names the folder the feeds go into and must end with a slash (/)."));
    if (!baseUrl.userInfo().isEmpty())
        found.append(tr("The feed URL must not contain a user name or password; the password is kept in the "
                        "system's secret store."));
    if (authentication == FeedServer::Authentication::Basic && user.trimmed().isEmpty())
        found.append(tr("Basic authentication needs a user name."));
    if (!portalUrl.isEmpty() && (!portalUrl.isValid() || portalUrl.host().isEmpty()))
        found.append(tr("The portal URL \"%1\" is not a valid address.").arg(portalUrl.toString()));
    return found;
}

std::expected<FeedServer, QString> FeedConfiguration::server() const
{
    FeedServer server;
    server.baseUrl = baseUrl;
    server.authentication = authentication;
    server.user = authentication == FeedServer::Authentication::Basic ? user : QString();
    if (authorityFile.isEmpty())
        return server;
    QFile file(authorityFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("Cannot read the certificate authorities for the feed server from %1: %2")
                .arg(QDir::toNativeSeparators(authorityFile), file.errorString()));
    }
    server.extraAuthorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (server.extraAuthorities.isEmpty()) {
        return std::unexpected(tr("%1 holds no certificate in PEM form.").arg(QDir::toNativeSeparators(authorityFile)));
    }
    return server;
}

AtomFeedSite FeedConfiguration::site() const
{
    return {.baseUrl = baseUrl, .portalUrl = portalUrl, .publisher = publisher};
}

FeedConfiguration FeedConfiguration::read(const Settings &settings)
{
    FeedConfiguration configuration;
    configuration.baseUrl = QUrl(settings.value(urlKey).toString());
    configuration.authentication = authenticationFromCode(settings.value(authenticationKey).toString())
                                       .value_or(FeedServer::Authentication::Basic);
    configuration.user = settings.value(userKey).toString();
    configuration.authorityFile = settings.value(authorityFileKey).toString();
    configuration.portalUrl = QUrl(settings.value(portalUrlKey).toString());
    configuration.publisher = settings.value(publisherKey).toString();
    return configuration;
}

void FeedConfiguration::write(Settings &settings) const
{
    const auto put = [&settings](QLatin1StringView key, const QString &value) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    put(urlKey, baseUrl.toString());
    put(authenticationKey, authenticationCode(authentication));
    put(userKey, user);
    put(authorityFileKey, authorityFile);
    put(portalUrlKey, portalUrl.toString());
    put(publisherKey, publisher);
}

bool FeedConfiguration::isFeedKey(const QString &settingsKey)
{
    return settingsKey.startsWith("feed/"_L1);
}

} // namespace Leitstand
