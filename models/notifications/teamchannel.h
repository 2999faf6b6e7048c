#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <expected>

namespace Leitstand {

// Where a team hears of its incidents, as stored in teams.channel (JSON):
//   {"kind": "webhook", "url": "https://hooks.example.org/leitstand"}
//   {"kind": "matrix", "homeserver": "https://matrix.example.org", "room": "!abc:example.org"}
// The token (bearer token of the webhook, access token of the Matrix account) is never part of
// it: it is kept in the SecretStore under secretKey().
struct TeamChannel
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::TeamChannel)

public:
    enum class Kind : quint8 { None, Webhook, Matrix };

    Kind kind = Kind::None;
    QUrl url; // webhook: where to POST; matrix: the homeserver's base URL
    QString room; // matrix: the room id (!…) or alias (#…)

    // An empty object is a team without a channel; anything malformed is an error saying what.
    static std::expected<TeamChannel, QString> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The SecretStore key of the team's token.
    static QString secretKey(const QString &teamName);
    // Stable, for the deliveries table and logs: "webhook", "matrix".
    QString kindName() const;

    friend bool operator==(const TeamChannel &, const TeamChannel &) = default;
};

} // namespace Leitstand
