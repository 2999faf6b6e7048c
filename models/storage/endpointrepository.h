#pragma once

#include "monitoring/endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

namespace Leitstand {

class Database;

// What sync() did; re-syncing the same definitions gives added = changed = removed = 0.
struct ImportSummary
{
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    friend bool operator==(const ImportSummary &, const ImportSummary &) = default;
};

// The endpoint definitions in the database. Each call uses the calling thread's connection and
// either succeeds or changes nothing; errors are translated messages.
class EndpointRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Leitstand::EndpointRepository)

public:
    explicit EndpointRepository(const Database &database);

    // Ordered by service, then name.
    std::expected<QList<Endpoint>, QString> all() const;
    // std::nullopt if there is no endpoint with this id.
    std::expected<std::optional<Endpoint>, QString> byId(qint64 id) const;
    // The id of the endpoint called `name` in `service`; std::nullopt if there is none.
    std::expected<std::optional<qint64>, QString> idByName(const QString &service, const QString &name) const;
    // Stores a new endpoint (its id is ignored) and returns the id it got.
    std::expected<qint64, QString> add(const Endpoint &endpoint);
    // Replaces the definition with endpoint.id; an error if there is none.
    std::expected<void, QString> update(const Endpoint &endpoint);
    // Removes the endpoint with its samples, rollups and status; an error if there is none.
    std::expected<void, QString> remove(qint64 id);
    std::expected<void, QString> setPaused(qint64 id, bool paused);

    // Rises with every change of the definitions (by any program using the database): cheap to
    // poll, so that a running engine reloads only after a change.
    std::expected<qint64, QString> revision() const;

    enum class SyncMode {
        Merge, // endpoints that are not in definitions stay as they are
        Replace, // ... are removed with their samples
    };
    // Told how far sync() has come, in steps of one endpoint, up to done == total just before the
    // commit. Returning false abandons the sync, which then changes nothing and returns an error.
    using SyncProgress = std::function<bool(qsizetype done, qsizetype total)>;

    // Brings the stored endpoints in line with definitions, matching them by (service, name): adds
    // the new ones, updates the changed ones (keeping their ids and history) and, with Replace,
    // removes the missing ones. All in one transaction: on any error nothing has changed.
    std::expected<ImportSummary, QString> sync(
        const QList<Endpoint> &definitions, SyncMode mode = SyncMode::Replace, const SyncProgress &progress = {});

private:
    const Database &m_database;
};

} // namespace Leitstand
