#include "storage/endpointrepository.h"

#include "storage/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

constexpr auto selectColumns = "SELECT id, service, name, kind, target, interval_ms, timeout_ms, confirmations_down, "
                               "confirmations_up, paused, settings FROM endpoints"_L1;

QString assertionKindName(BodyAssertion::Kind kind)
{
    switch (kind) {
    case BodyAssertion::Kind::None:
        return u"none"_s;
    case BodyAssertion::Kind::Substring:
        return u"substring"_s;
    case BodyAssertion::Kind::RegularExpression:
        return u"regex"_s;
    case BodyAssertion::Kind::JsonPointer:
        return u"json-pointer"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

BodyAssertion::Kind assertionKindFromName(const QString &name)
{
    for (auto kind :
        {BodyAssertion::Kind::Substring, BodyAssertion::Kind::RegularExpression, BodyAssertion::Kind::JsonPointer}) {
        if (name == assertionKindName(kind))
            return kind;
    }
    return BodyAssertion::Kind::None;
}

QString recordTypeName(DnsSettings::RecordType type)
{
    switch (type) {
    case DnsSettings::RecordType::Any:
        return u"any"_s;
    case DnsSettings::RecordType::A:
        return u"a"_s;
    case DnsSettings::RecordType::AAAA:
        return u"aaaa"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

DnsSettings::RecordType recordTypeFromName(const QString &name)
{
    if (name == "a"_L1)
        return DnsSettings::RecordType::A;
    if (name == "aaaa"_L1)
        return DnsSettings::RecordType::AAAA;
    return DnsSettings::RecordType::Any;
}

// Every setting is written, defaults too, so that reading never has to guess.
QString settingsToJson(const Endpoint &endpoint)
{
    QJsonArray headers;
    for (const auto &[name, value] : endpoint.http.headers)
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    QJsonArray statuses;
    for (const StatusRange &range : endpoint.http.expectedStatus)
        statuses.append(QJsonArray {range.first, range.last});
    QJsonObject assertion {
        {u"kind"_s, assertionKindName(endpoint.http.assertion.kind)},
        {u"pattern"_s, endpoint.http.assertion.pattern},
    };
    // An undefined value would vanish from the object; its absence stands for it.
    if (!endpoint.http.assertion.expected.isUndefined())
        assertion.insert(u"expected"_s, endpoint.http.assertion.expected);
    const QJsonObject http {
        {u"method"_s, QString::fromLatin1(endpoint.http.method)},
        {u"headers"_s, headers},
        {u"expectedStatus"_s, statuses},
        {u"assertion"_s, assertion},
        {u"degradedAboveMs"_s, endpoint.http.degradedAboveMs},
        {u"maxRedirects"_s, endpoint.http.maxRedirects},
        {u"maxBodyBytes"_s, endpoint.http.maxBodyBytes},
    };
    const QJsonObject dns {
        {u"recordType"_s, recordTypeName(endpoint.dns.recordType)},
        {u"expectedAddresses"_s, QJsonArray::fromStringList(endpoint.dns.expectedAddresses)},
        {u"server"_s, endpoint.dns.server},
    };
    const QJsonObject tls {
        {u"warnDays"_s, endpoint.tls.warnDays},
        {u"verify"_s, endpoint.tls.verify},
        {u"caFile"_s, endpoint.tls.caFile},
    };
    const QJsonObject settings {{u"http"_s, http}, {u"dns"_s, dns}, {u"tls"_s, tls}};
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

void settingsFromJson(const QString &json, Endpoint &endpoint)
{
    const QJsonObject settings = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject http = settings.value("http"_L1).toObject();
    const QJsonObject dns = settings.value("dns"_L1).toObject();
    const QJsonObject tls = settings.value("tls"_L1).toObject();
    const HttpSettings httpDefaults;
    const TlsSettings tlsDefaults;

    endpoint.http.method = http.value("method"_L1).toString(QString::fromLatin1(httpDefaults.method)).toLatin1();
    endpoint.http.headers.clear();
    for (const auto &header : http.value("headers"_L1).toArray()) {
        const QJsonArray pair = header.toArray();
        endpoint.http.headers.emplaceBack(pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1());
    }
    if (http.contains("expectedStatus"_L1)) {
        endpoint.http.expectedStatus.clear();
        for (const auto &status : http.value("expectedStatus"_L1).toArray()) {
            const QJsonArray range = status.toArray();
            endpoint.http.expectedStatus.append(StatusRange {range.at(0).toInt(), range.at(1).toInt()});
        }
    }
    const QJsonObject assertion = http.value("assertion"_L1).toObject();
    endpoint.http.assertion.kind = assertionKindFromName(assertion.value("kind"_L1).toString());
    endpoint.http.assertion.pattern = assertion.value("pattern"_L1).toString();
    endpoint.http.assertion.expected = assertion.value("expected"_L1);
    endpoint.http.degradedAboveMs = http.value("degradedAboveMs"_L1).toInt(httpDefaults.degradedAboveMs);
    endpoint.http.maxRedirects = http.value("maxRedirects"_L1).toInt(httpDefaults.maxRedirects);
    endpoint.http.maxBodyBytes = http.value("maxBodyBytes"_L1).toInteger(httpDefaults.maxBodyBytes);

    endpoint.dns.recordType = recordTypeFromName(dns.value("recordType"_L1).toString());
    endpoint.dns.expectedAddresses.clear();
    for (const auto &address : dns.value("expectedAddresses"_L1).toArray())
        endpoint.dns.expectedAddresses.append(address.toString());
    endpoint.dns.server = dns.value("server"_L1).toString();

    endpoint.tls.warnDays = tls.value("warnDays"_L1).toInt(tlsDefaults.warnDays);
    endpoint.tls.verify = tls.value("verify"_L1).toBool(tlsDefaults.verify);
    endpoint.tls.caFile = tls.value("caFile"_L1).toString();
}

Endpoint endpointFromRow(const QSqlQuery &query)
{
    Endpoint endpoint;
    endpoint.id = query.value(0).toLongLong();
    endpoint.service = query.value(1).toString();
    endpoint.name = query.value(2).toString();
    endpoint.kind = checkKindFromName(query.value(3).toString()).value_or(CheckKind::Https);
    endpoint.target = query.value(4).toString();
    endpoint.intervalMs = query.value(5).toInt();
    endpoint.timeoutMs = query.value(6).toInt();
    endpoint.confirmationsDown = query.value(7).toInt();
    endpoint.confirmationsUp = query.value(8).toInt();
    endpoint.paused = query.value(9).toInt() != 0;
    settingsFromJson(query.value(10).toString(), endpoint);
    return endpoint;
}

void bindDefinition(QSqlQuery &query, const Endpoint &endpoint)
{
    query.bindValue(u":service"_s, endpoint.service);
    query.bindValue(u":name"_s, endpoint.name);
    query.bindValue(u":kind"_s, checkKindName(endpoint.kind));
    query.bindValue(u":target"_s, endpoint.target);
    query.bindValue(u":interval"_s, endpoint.intervalMs);
    query.bindValue(u":timeout"_s, endpoint.timeoutMs);
    query.bindValue(u":down"_s, endpoint.confirmationsDown);
    query.bindValue(u":up"_s, endpoint.confirmationsUp);
    query.bindValue(u":paused"_s, endpoint.paused ? 1 : 0);
    query.bindValue(u":settings"_s, settingsToJson(endpoint));
}

std::expected<qint64, QString> insertEndpoint(QSqlDatabase &db, const Endpoint &endpoint)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO endpoints (service, name, kind, target, interval_ms, timeout_ms, "
                  "confirmations_down, confirmations_up, paused, settings) VALUES (:service, :name, :kind, "
                  ":target, :interval, :timeout, :down, :up, :paused, :settings) RETURNING id"_s);
    bindDefinition(query, endpoint);
    if (!query.exec() || !query.next())
        return std::unexpected(sqlErrorMessage(query));
    return query.value(0).toLongLong();
}

// The number of rows changed, or the error.
std::expected<int, QString> updateEndpoint(QSqlDatabase &db, const Endpoint &endpoint)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE endpoints SET service = :service, name = :name, kind = :kind, target = :target, "
                  "interval_ms = :interval, timeout_ms = :timeout, confirmations_down = :down, "
                  "confirmations_up = :up, paused = :paused, settings = :settings WHERE id = :id"_s);
    bindDefinition(query, endpoint);
    query.bindValue(u":id"_s, endpoint.id);
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    return query.numRowsAffected();
}

std::expected<int, QString> deleteEndpoint(QSqlDatabase &db, qint64 id)
{
    // The foreign keys cascade to samples, rollups and status.
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM endpoints WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return std::unexpected(sqlErrorMessage(query));
    return query.numRowsAffected();
}

std::expected<QList<Endpoint>, QString> selectAll(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(selectColumns + " ORDER BY service, name"_L1))
        return std::unexpected(sqlErrorMessage(query));
    QList<Endpoint> endpoints;
    while (query.next())
        endpoints.append(endpointFromRow(query));
    return endpoints;
}

} // namespace

EndpointRepository::EndpointRepository(const Database &database)
    : m_database(database)
{
}

std::expected<QList<Endpoint>, QString> EndpointRepository::all() const
{
    QSqlDatabase db = m_database.connection();
    auto endpoints = selectAll(db);
    if (!endpoints)
        return std::unexpected(tr("Cannot read the endpoints: %1").arg(endpoints.error()));
    return endpoints;
}

std::expected<std::optional<Endpoint>, QString> EndpointRepository::byId(qint64 id) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(selectColumns + " WHERE id = :id"_L1);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return std::unexpected(tr("Cannot read the endpoint %1: %2").arg(id).arg(sqlErrorMessage(query)));
    if (!query.next())
        return std::optional<Endpoint>();
    return endpointFromRow(query);
}

std::expected<std::optional<qint64>, QString> EndpointRepository::idByName(
    const QString &service, const QString &name) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM endpoints WHERE service = :service AND name = :name"_s);
    query.bindValue(u":service"_s, service);
    query.bindValue(u":name"_s, name);
    if (!query.exec())
        return std::unexpected(tr("Cannot read the endpoints: %1").arg(sqlErrorMessage(query)));
    if (!query.next())
        return std::optional<qint64>();
    return query.value(0).toLongLong();
}

std::expected<qint64, QString> EndpointRepository::add(const Endpoint &endpoint)
{
    QSqlDatabase db = m_database.connection();
    auto id = insertEndpoint(db, endpoint);
    if (!id)
        return std::unexpected(tr("Cannot add the endpoint %1: %2").arg(endpoint.name, id.error()));
    return id;
}

std::expected<void, QString> EndpointRepository::update(const Endpoint &endpoint)
{
    QSqlDatabase db = m_database.connection();
    const auto rows = updateEndpoint(db, endpoint);
    if (!rows)
        return std::unexpected(tr("Cannot change the endpoint %1: %2").arg(endpoint.name, rows.error()));
    if (*rows == 0)
        return std::unexpected(tr("There is no endpoint with id %1.").arg(endpoint.id));
    return {};
}

std::expected<void, QString> EndpointRepository::remove(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    const auto rows = transaction.isActive() ? deleteEndpoint(db, id) : std::unexpected(transaction.error());
    if (!rows)
        return std::unexpected(tr("Cannot remove the endpoint %1: %2").arg(id).arg(rows.error()));
    if (*rows == 0)
        return std::unexpected(tr("There is no endpoint with id %1.").arg(id));
    if (const auto committed = transaction.commit(); !committed)
        return std::unexpected(tr("Cannot remove the endpoint %1: %2").arg(id).arg(committed.error()));
    return {};
}

std::expected<void, QString> EndpointRepository::setPaused(qint64 id, bool paused)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(u"UPDATE endpoints SET paused = :paused WHERE id = :id"_s);
    query.bindValue(u":paused"_s, paused ? 1 : 0);
    query.bindValue(u":id"_s, id);
    if (!query.exec())
        return std::unexpected(tr("Cannot pause or resume the endpoint %1: %2").arg(id).arg(sqlErrorMessage(query)));
    if (query.numRowsAffected() == 0)
        return std::unexpected(tr("There is no endpoint with id %1.").arg(id));
    return {};
}

std::expected<qint64, QString> EndpointRepository::revision() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT revision FROM endpoints_revision"_s) || !query.next())
        return std::unexpected(tr("Cannot read the endpoints: %1").arg(sqlErrorMessage(query)));
    return query.value(0).toLongLong();
}

std::expected<ImportSummary, QString> EndpointRepository::sync(
    const QList<Endpoint> &definitions, SyncMode mode, const SyncProgress &progress)
{
    using Key = std::pair<QString, QString>;
    QHash<Key, const Endpoint *> wanted;
    for (const Endpoint &definition : definitions) {
        const Key key {definition.service, definition.name};
        if (wanted.contains(key)) {
            return std::unexpected(
                tr("The endpoint %1 of the service %2 is defined twice.").arg(definition.name, definition.service));
        }
        wanted.insert(key, &definition);
    }

    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (!transaction.isActive())
        return std::unexpected(tr("Cannot import the endpoints: %1").arg(transaction.error()));
    const auto stored = selectAll(db);
    if (!stored)
        return std::unexpected(tr("Cannot import the endpoints: %1").arg(stored.error()));

    // Every stored endpoint is looked at twice (removal, change), every definition once more (addition).
    const qsizetype total = 2 * stored->size() + definitions.size();
    qsizetype done = 0;
    const auto abandoned = [&] {
        return progress && !progress(done++, total);
    };
    const auto cancelled = [] {
        return std::unexpected(tr("The import was cancelled; nothing was changed."));
    };

    ImportSummary summary;
    QSet<Key> kept;
    // Removals first, so that the set never holds more than either the old or the new one.
    for (const Endpoint &current : *stored) {
        if (abandoned())
            return cancelled();
        const Key key {current.service, current.name};
        if (wanted.contains(key)) {
            kept.insert(key);
            continue;
        }
        if (mode == SyncMode::Merge)
            continue;
        if (const auto removed = deleteEndpoint(db, current.id); !removed)
            return std::unexpected(tr("Cannot remove the endpoint %1: %2").arg(current.name, removed.error()));
        ++summary.removed;
    }
    for (const Endpoint &current : *stored) {
        if (abandoned())
            return cancelled();
        const Key key {current.service, current.name};
        if (!kept.contains(key))
            continue;
        const Endpoint &definition = *wanted.value(key);
        if (current.sameDefinition(definition)) {
            ++summary.unchanged;
            continue;
        }
        Endpoint changed = definition;
        changed.id = current.id;
        if (const auto updated = updateEndpoint(db, changed); !updated)
            return std::unexpected(tr("Cannot change the endpoint %1: %2").arg(definition.name, updated.error()));
        ++summary.changed;
    }
    for (const Endpoint &definition : definitions) {
        if (abandoned())
            return cancelled();
        if (kept.contains({definition.service, definition.name}))
            continue;
        if (const auto added = insertEndpoint(db, definition); !added)
            return std::unexpected(tr("Cannot add the endpoint %1: %2").arg(definition.name, added.error()));
        ++summary.added;
    }
    if (abandoned())
        return cancelled();
    if (const auto committed = transaction.commit(); !committed)
        return std::unexpected(tr("Cannot import the endpoints: %1").arg(committed.error()));
    return summary;
}

} // namespace Leitstand
