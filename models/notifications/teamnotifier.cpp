#include "notifications/teamnotifier.h"

#include "core/applicationinfo.h"
#include "notifications/incidentnotice.h"
#include "notifications/teamchannel.h"
#include "storage/catalogrepository.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr int batchSize = 20;

// What the outbox keeps of a request: everything but the token, which is read when sending.
QByteArray renderRequest(const TeamChannel &channel, const QString &secretKey, const IncidentNotice &notice)
{
    QJsonObject request;
    request.insert("secret"_L1, secretKey);
    if (channel.kind == TeamChannel::Kind::Webhook) {
        request.insert("method"_L1, u"POST"_s);
        request.insert("url"_L1, channel.url.toString());
        request.insert("body"_L1, notice.webhookPayload());
    } else {
        // The transaction id makes a retried PUT the same message to the homeserver.
        const QString transaction = u"leitstand-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QUrl url = channel.url;
        const QString base = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
        url.setPath(base
                + u"/_matrix/client/v3/rooms/%1/send/m.room.message/%2"_s.arg(
                    QString::fromLatin1(QUrl::toPercentEncoding(channel.room)), transaction),
            QUrl::TolerantMode);
        request.insert("method"_L1, u"PUT"_s);
        request.insert("url"_L1, url.toString(QUrl::FullyEncoded));
        request.insert("requires_secret"_L1, true);
        request.insert("body"_L1, notice.matrixMessage());
    }
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

} // namespace

TeamNotifier::TeamNotifier(const Database &database, TeamNotifierOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_deliveries(database)
    , m_secrets(m_options.secretService)
{
    qRegisterMetaType<Leitstand::NotificationDelivery>();
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network.setTransferTimeout(int(m_options.requestTimeout.count()));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TeamNotifier::sendDue);
}

TeamNotifier::~TeamNotifier() = default;

void TeamNotifier::start()
{
    scheduleNext();
}

void TeamNotifier::onIncidentsChanged(const QList<IncidentChange> &changes)
{
    const bool any = std::ranges::any_of(changes, [](const IncidentChange &change) {
        return std::ranges::any_of(
            change.events, [](const IncidentEvent &event) { return IncidentNotice::isNotified(event.kind); });
    });
    if (!any)
        return;
    const CatalogRepository catalog(m_database);
    const auto teams = catalog.teams();
    const auto services = catalog.serviceNames();
    const auto endpoints = catalog.endpointNames();
    if (!teams || !services || !endpoints) {
        Q_EMIT storageFailed(!teams ? teams.error() : !services ? services.error() : endpoints.error());
        return;
    }
    for (const IncidentChange &change : changes) {
        const Incident &incident = change.incident;
        const auto team = std::ranges::find(*teams, incident.teamId, &TeamRecord::id);
        if (team == teams->end())
            continue; // no owning team, nobody to tell
        const auto channel = TeamChannel::fromJson(team->channel);
        if (!channel) {
            Q_EMIT storageFailed(
                tr("The notification channel of team %1 is not usable: %2").arg(team->name, channel.error()));
            continue;
        }
        if (channel->kind == TeamChannel::Kind::None)
            continue;
        for (const IncidentEvent &event : change.events) {
            if (!IncidentNotice::isNotified(event.kind))
                continue;
            IncidentNotice notice;
            notice.event = event.kind;
            notice.incident = incident;
            notice.at = event.at;
            notice.actor = event.actor;
            notice.serviceName = services->value(incident.serviceId);
            notice.teamName = team->name;
            notice.causeServiceName = services->value(incident.likelyCauseServiceId.value_or(0));
            QList<qint64> affected(incident.affectedEndpoints.cbegin(), incident.affectedEndpoints.cend());
            std::ranges::sort(affected);
            for (const qint64 endpoint : std::as_const(affected))
                notice.affectedEndpoints.append(endpoints->value(endpoint));

            NotificationDelivery delivery;
            delivery.incidentId = incident.id;
            delivery.teamId = team->id;
            delivery.eventKind = event.kind;
            delivery.channel = channel->kindName();
            delivery.request = renderRequest(*channel, TeamChannel::secretKey(team->name), notice);
            delivery.createdAt = QDateTime::currentDateTimeUtc();
            delivery.nextAttemptAt = delivery.createdAt;
            const auto id = m_deliveries.enqueue(delivery);
            if (!id) {
                Q_EMIT storageFailed(id.error());
                continue;
            }
            delivery.id = *id;
            Q_EMIT deliveryChanged(delivery);
        }
    }
    sendDue();
}

void TeamNotifier::retry(qint64 deliveryId)
{
    const auto retried = m_deliveries.retry(deliveryId, QDateTime::currentDateTimeUtc());
    if (!retried) {
        Q_EMIT storageFailed(retried.error());
        return;
    }
    if (!*retried)
        return;
    Q_EMIT deliveryChanged(**retried);
    sendDue();
}

void TeamNotifier::sendDue()
{
    const auto due = m_deliveries.due(QDateTime::currentDateTimeUtc(), batchSize);
    if (!due) {
        Q_EMIT storageFailed(due.error());
        m_timer.start(m_options.backoff.value(0, std::chrono::seconds(10)));
        return;
    }
    for (const NotificationDelivery &delivery : *due) {
        if (m_inFlight.contains(delivery.id))
            continue;
        m_inFlight.insert(delivery.id);
        const QJsonObject request = QJsonDocument::fromJson(delivery.request).object();
        const QString secretKey = request.value("secret"_L1).toString();
        m_secrets.read(secretKey,
            [this, delivery, secretKey, required = request.value("requires_secret"_L1).toBool()](
                std::expected<std::optional<QString>, QString> token) {
                if (!token && required) {
                    settle(delivery, token.error());
                } else if (!token) {
                    // A webhook may need no token: on a server without a Secret Service it still
                    // goes out, and a receiver that wanted one answers 401, which is then the reason.
                    send(delivery, {});
                } else if (!token->has_value() && required) {
                    settle(delivery, tr("No token is stored under %1 in the secret store.").arg(secretKey));
                } else {
                    send(delivery, token->value_or(QString()));
                }
            });
    }
    scheduleNext();
}

void TeamNotifier::send(const NotificationDelivery &delivery, const QString &token)
{
    const QJsonObject request = QJsonDocument::fromJson(delivery.request).object();
    QNetworkRequest http(QUrl(request.value("url"_L1).toString(), QUrl::StrictMode));
    http.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    http.setHeader(QNetworkRequest::UserAgentHeader, QString(u"Leitstand/"_s + applicationVersion()));
    http.setRawHeader("X-Leitstand-Delivery", QByteArray::number(delivery.id));
    if (!token.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    const QByteArray body = QJsonDocument(request.value("body"_L1).toObject()).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(http, request.value("method"_L1).toString().toLatin1(), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            settle(delivery, {});
            return;
        }
        QString error = status != 0
            ? u"HTTP %1 %2"_s.arg(status).arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
            : reply->errorString();
        const QByteArray answer = reply->read(300).simplified();
        if (!answer.isEmpty())
            error += u": "_s + QString::fromUtf8(answer);
        settle(delivery, error.trimmed());
    });
}

void TeamNotifier::settle(NotificationDelivery delivery, const QString &error)
{
    m_inFlight.remove(delivery.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    delivery.attempts += 1;
    std::expected<void, QString> stored;
    if (error.isEmpty()) {
        delivery.state = NotificationDelivery::State::Delivered;
        delivery.deliveredAt = now;
        delivery.lastError.clear();
        stored = m_deliveries.markDelivered(delivery.id, delivery.attempts, now);
    } else {
        delivery.lastError = error;
        const qsizetype retry = delivery.attempts - 1;
        if (retry < m_options.backoff.size()) {
            delivery.nextAttemptAt = now.addMSecs(m_options.backoff.at(retry).count());
        } else {
            delivery.state = NotificationDelivery::State::Failed;
        }
        stored = m_deliveries.markAttemptFailed(delivery.id, delivery.attempts, error,
            delivery.state == NotificationDelivery::State::Pending ? std::optional(delivery.nextAttemptAt)
                                                                   : std::nullopt);
    }
    if (!stored)
        Q_EMIT storageFailed(stored.error());
    Q_EMIT deliveryChanged(delivery);
    scheduleNext();
}

void TeamNotifier::scheduleNext()
{
    const auto next = m_deliveries.nextDue(m_inFlight);
    if (!next) {
        Q_EMIT storageFailed(next.error());
        return;
    }
    if (!*next) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(**next));
    m_timer.start(std::chrono::milliseconds(std::clamp<qint64>(wait, 0, std::numeric_limits<int>::max())));
}

} // namespace Leitstand
