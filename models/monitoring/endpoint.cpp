#include "monitoring/endpoint.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Leitstand {

QString checkKindName(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Http:
        return u"http"_s;
    case CheckKind::Https:
        return u"https"_s;
    case CheckKind::Tcp:
        return u"tcp"_s;
    case CheckKind::Dns:
        return u"dns"_s;
    case CheckKind::Tls:
        return u"tls"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<CheckKind> checkKindFromName(QStringView name)
{
    for (CheckKind kind : {CheckKind::Http, CheckKind::Https, CheckKind::Tcp, CheckKind::Dns, CheckKind::Tls}) {
        if (name == checkKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString Endpoint::host() const
{
    switch (kind) {
    case CheckKind::Http:
    case CheckKind::Https:
        return QUrl(target).host().toLower();
    case CheckKind::Tcp:
    case CheckKind::Tls: {
        // host:port, where an IPv6 host is written in brackets: [::1]:443
        const qsizetype colon = target.lastIndexOf(u':');
        QString host = colon > 0 ? target.left(colon) : target;
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        return host.toLower();
    }
    case CheckKind::Dns:
        return target.toLower();
    }
    Q_UNREACHABLE_RETURN(QString());
}

bool Endpoint::sameDefinition(const Endpoint &other) const
{
    return name == other.name && service == other.service && kind == other.kind && target == other.target
        && intervalMs == other.intervalMs && timeoutMs == other.timeoutMs
        && confirmationsDown == other.confirmationsDown && confirmationsUp == other.confirmationsUp
        && paused == other.paused && http == other.http && dns == other.dns && tls == other.tls;
}

} // namespace Leitstand
