#include "notifications/teamchannel.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

std::expected<QUrl, QString> httpUrl(const QJsonObject &json, const QString &key)
{
    const QString text = json.value(key).toString();
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1))
        return std::unexpected(TeamChannel::tr("%1: expected an http(s) URL, not \"%2\"").arg(key, text));
    return url;
}

} // namespace

std::expected<TeamChannel, QString> TeamChannel::fromJson(const QJsonObject &json)
{
    TeamChannel channel;
    if (json.isEmpty())
        return channel;
    const QString kind = json.value("kind"_L1).toString();
    if (kind == "webhook"_L1) {
        const auto url = httpUrl(json, u"url"_s);
        if (!url)
            return std::unexpected(url.error());
        channel.kind = Kind::Webhook;
        channel.url = *url;
        return channel;
    }
    if (kind == "matrix"_L1) {
        const auto homeserver = httpUrl(json, u"homeserver"_s);
        if (!homeserver)
            return std::unexpected(homeserver.error());
        const QString room = json.value("room"_L1).toString();
        // Room ids look like !opaque:server, aliases like #name:server.
        if ((!room.startsWith(u'!') && !room.startsWith(u'#')) || !room.contains(u':') || room.contains(u' '))
            return std::unexpected(
                tr("room: expected a Matrix room id such as !abc:example.org, not \"%1\"").arg(room));
        channel.kind = Kind::Matrix;
        channel.url = *homeserver;
        channel.room = room;
        return channel;
    }
    return std::unexpected(tr("kind: expected webhook or matrix, not \"%1\"").arg(kind));
}

QJsonObject TeamChannel::toJson() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Webhook:
        return {{"kind"_L1, u"webhook"_s}, {"url"_L1, url.toString()}};
    case Kind::Matrix:
        return {{"kind"_L1, u"matrix"_s}, {"homeserver"_L1, url.toString()}, {"room"_L1, room}};
    }
    Q_UNREACHABLE_RETURN({});
}

QString TeamChannel::secretKey(const QString &teamName)
{
    return u"team/%1/notifications"_s.arg(teamName);
}

QString TeamChannel::kindName() const
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Webhook:
        return u"webhook"_s;
    case Kind::Matrix:
        return u"matrix"_s;
    }
    Q_UNREACHABLE_RETURN({});
}

} // namespace Leitstand
