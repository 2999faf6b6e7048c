#pragma once

#include "feed/atomfeed.h"
#include "feed/webdavclient.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace Leitstand {

class Settings;

// Where the console publishes the status feed, as the user set it up: the WebDAV collection, how to
// authenticate, an optional file of extra certificate authorities (for a server with an authority
// of its own), and what the Atom feeds say about their publisher. Kept in the settings file under
// "feed/"; the password or token never is: it lives in the SecretStore under
// FeedServer::secretKey().
struct FeedConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::FeedConfiguration)

public:
    QUrl baseUrl; // empty: no feed server, nothing is published
    FeedServer::Authentication authentication = FeedServer::Authentication::Basic;
    QString user; // Basic only
    QString authorityFile; // PEM; empty for the system's authorities alone
    QUrl portalUrl;
    QString publisher;

    bool isConfigured() const { return !baseUrl.isEmpty(); }
    // What is wrong with it, translated, one line each; empty when it can be used. The base URL
    // must be https (credentials and notices never travel in clear text) and end in '/'.
    QStringList problems() const;
    // The server to publish to (without its secret) with the authorities read from
    // authorityFile; an error if that file cannot be read or holds no certificate.
    std::expected<FeedServer, QString> server() const;
    AtomFeedSite site() const;

    static FeedConfiguration read(const Settings &settings);
    void write(Settings &settings) const;
    // True for a key write() sets, so that whoever follows Settings::valueChanged() knows.
    static bool isFeedKey(const QString &settingsKey);

    static QString authenticationCode(FeedServer::Authentication authentication);
    static std::optional<FeedServer::Authentication> authenticationFromCode(QStringView code);

    friend bool operator==(const FeedConfiguration &, const FeedConfiguration &) = default;
};

} // namespace Leitstand
