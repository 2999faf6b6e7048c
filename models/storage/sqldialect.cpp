#include "storage/sqldialect.h"

using namespace Qt::StringLiterals;

namespace Leitstand {

namespace {

// Version 1: endpoint definitions. Settings that depend on the kind are one JSON document, so that
// a new setting needs no migration.
MigrationStep endpointsStep()
{
    return {1,
        {
            u"CREATE TABLE endpoints ("
            "  id INTEGER PRIMARY KEY,"
            "  service TEXT NOT NULL,"
            "  name TEXT NOT NULL CHECK (name <> ''),"
            "  kind TEXT NOT NULL,"
            "  target TEXT NOT NULL,"
            "  interval_ms INTEGER NOT NULL CHECK (interval_ms >= 1000),"
            "  timeout_ms INTEGER NOT NULL CHECK (timeout_ms > 0),"
            "  confirmations_down INTEGER NOT NULL,"
            "  confirmations_up INTEGER NOT NULL,"
            "  paused INTEGER NOT NULL DEFAULT 0,"
            "  settings TEXT NOT NULL DEFAULT '{}',"
            "  UNIQUE (service, name))"_s,
        }};
}

// Version 2: samples, their rollups and the latest state of each endpoint.
// samples is the big table, so every byte counts: no rowid (the primary key is the table), times in
// seconds (4 bytes until 2038, 6 after), state and error packed into one small integer (1 byte).
// See docs/architecture.md, "Storage".
MigrationStep samplesStep()
{
    const auto rollupTable = [](QLatin1StringView name) -> QString {
        return u"CREATE TABLE "_s + name
            + u" ("
              "  endpoint_id INTEGER NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,"
              "  bucket INTEGER NOT NULL,"
              "  sample_count INTEGER NOT NULL,"
              "  up_count INTEGER NOT NULL,"
              "  latency_min INTEGER NOT NULL,"
              "  latency_max INTEGER NOT NULL,"
              "  latency_sum INTEGER NOT NULL,"
              "  histogram BLOB,"
              "  up_s INTEGER NOT NULL,"
              "  degraded_s INTEGER NOT NULL,"
              "  down_s INTEGER NOT NULL,"
              "  maintenance_s INTEGER NOT NULL,"
              "  unknown_s INTEGER NOT NULL,"
              "  PRIMARY KEY (endpoint_id, bucket)) WITHOUT ROWID"_s;
    };
    return {2,
        {
            u"CREATE TABLE samples ("
            "  endpoint_id INTEGER NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,"
            "  t INTEGER NOT NULL,"
            "  latency_ms INTEGER NOT NULL,"
            "  code INTEGER NOT NULL,"
            "  PRIMARY KEY (endpoint_id, t)) WITHOUT ROWID"_s,
            rollupTable("rollup_minute"_L1),
            rollupTable("rollup_hour"_L1),
            u"CREATE TABLE endpoint_status ("
            "  endpoint_id INTEGER PRIMARY KEY REFERENCES endpoints (id) ON DELETE CASCADE,"
            "  state INTEGER NOT NULL,"
            "  since_ms INTEGER NOT NULL,"
            "  last_result_ms INTEGER NOT NULL,"
            "  error INTEGER NOT NULL,"
            "  last_error INTEGER NOT NULL,"
            "  last_error_ms INTEGER NOT NULL,"
            "  last_error_detail TEXT NOT NULL)"_s,
        }};
}

// Version 3: a counter that every change of the endpoint definitions raises, so that a running
// poller or console learns of an import by reading one row instead of every definition.
MigrationStep endpointsRevisionStep()
{
    const auto trigger = [](QLatin1StringView event) -> QString {
        return u"CREATE TRIGGER endpoints_revision_after_"_s + event.toString().toLower() + u" AFTER "_s + event
            + u" ON endpoints BEGIN UPDATE endpoints_revision SET revision = revision + 1; END"_s;
    };
    return {3,
        {
            u"CREATE TABLE endpoints_revision (revision INTEGER NOT NULL)"_s,
            u"INSERT INTO endpoints_revision (revision) VALUES (0)"_s,
            trigger("INSERT"_L1),
            trigger("UPDATE"_L1),
            trigger("DELETE"_L1),
        }};
}

// Version 4: the service catalog (teams, services, contacts, dependencies, maintenance windows,
// runbooks) and incidents with their timelines and team notifications. Endpoints keep naming their
// service as text; a service row exists for every name an endpoint uses (the triggers), so that an
// outage has a service to open an incident for before anyone has described the service. Times are
// milliseconds since the epoch, UTC.
MigrationStep catalogAndIncidentsStep()
{
    const auto ensureService = [](QLatin1StringView event) -> QString {
        return u"CREATE TRIGGER endpoints_service_after_"_s + event.toString().toLower() + u" AFTER "_s + event
            + u" ON endpoints BEGIN INSERT OR IGNORE INTO services (name) VALUES (NEW.service); END"_s;
    };
    const auto catalogTrigger = [](QLatin1StringView table, QLatin1StringView event) -> QString {
        return u"CREATE TRIGGER "_s + table + u"_catalog_revision_after_"_s + event.toString().toLower() + u" AFTER "_s
            + event + u" ON "_s + table + u" BEGIN UPDATE catalog_revision SET revision = revision + 1; END"_s;
    };
    QStringList statements {
        u"CREATE TABLE teams ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
        "  channel TEXT NOT NULL DEFAULT '{}')"_s,
        u"CREATE TABLE team_members ("
        "  team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  name TEXT NOT NULL,"
        "  role TEXT NOT NULL DEFAULT '',"
        "  email TEXT NOT NULL DEFAULT '',"
        "  phone TEXT NOT NULL DEFAULT '',"
        "  PRIMARY KEY (team_id, position))"_s,
        u"CREATE TABLE services ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
        "  description TEXT NOT NULL DEFAULT '',"
        "  team_id INTEGER REFERENCES teams (id) ON DELETE SET NULL,"
        "  settings TEXT NOT NULL DEFAULT '{}')"_s,
        u"INSERT INTO services (name) SELECT DISTINCT service FROM endpoints"_s,
        ensureService("INSERT"_L1),
        ensureService("UPDATE"_L1),
        u"CREATE TABLE service_contacts ("
        "  service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  name TEXT NOT NULL,"
        "  role TEXT NOT NULL DEFAULT '',"
        "  phone TEXT NOT NULL DEFAULT '',"
        "  email TEXT NOT NULL DEFAULT '',"
        "  on_call INTEGER NOT NULL DEFAULT 0,"
        "  PRIMARY KEY (service_id, position))"_s,
        u"CREATE TABLE service_dependencies ("
        "  service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,"
        "  depends_on_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL,"
        "  PRIMARY KEY (service_id, depends_on_id))"_s,
        u"CREATE TABLE maintenance_windows ("
        "  id INTEGER PRIMARY KEY,"
        "  service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,"
        "  definition TEXT NOT NULL)"_s,
        u"CREATE TABLE runbook_versions ("
        "  service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,"
        "  version INTEGER NOT NULL,"
        "  markdown TEXT NOT NULL,"
        "  author TEXT NOT NULL DEFAULT '',"
        "  saved_ms INTEGER NOT NULL,"
        "  PRIMARY KEY (service_id, version))"_s,
        u"CREATE TABLE catalog_revision (revision INTEGER NOT NULL)"_s,
        u"INSERT INTO catalog_revision (revision) VALUES (0)"_s,
        u"CREATE TABLE incidents ("
        "  id INTEGER PRIMARY KEY,"
        "  service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,"
        "  title TEXT NOT NULL DEFAULT '',"
        "  severity INTEGER NOT NULL,"
        "  state INTEGER NOT NULL,"
        "  automatic INTEGER NOT NULL,"
        "  team_id INTEGER REFERENCES teams (id) ON DELETE SET NULL,"
        "  cause_service_id INTEGER REFERENCES services (id) ON DELETE SET NULL,"
        "  opened_ms INTEGER NOT NULL,"
        "  acknowledged_ms INTEGER,"
        "  acknowledged_by TEXT NOT NULL DEFAULT '',"
        "  resolved_ms INTEGER,"
        "  affected TEXT NOT NULL DEFAULT '[]',"
        "  down TEXT NOT NULL DEFAULT '[]',"
        "  all_up_since_ms INTEGER)"_s,
        u"CREATE INDEX incidents_open ON incidents (state, service_id)"_s,
        u"CREATE INDEX incidents_opened ON incidents (opened_ms)"_s,
        u"CREATE TABLE incident_events ("
        "  id INTEGER PRIMARY KEY,"
        "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
        "  at_ms INTEGER NOT NULL,"
        "  kind INTEGER NOT NULL,"
        "  actor TEXT NOT NULL DEFAULT '',"
        "  text TEXT NOT NULL DEFAULT '',"
        "  state INTEGER NOT NULL,"
        "  severity INTEGER NOT NULL,"
        "  team_id INTEGER,"
        "  endpoint_id INTEGER,"
        "  endpoint_state INTEGER,"
        "  service_id INTEGER)"_s,
        u"CREATE INDEX incident_events_of ON incident_events (incident_id, id)"_s,
        u"CREATE TABLE notification_deliveries ("
        "  id INTEGER PRIMARY KEY,"
        "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
        "  team_id INTEGER REFERENCES teams (id) ON DELETE SET NULL,"
        "  event_kind INTEGER NOT NULL,"
        "  channel TEXT NOT NULL,"
        "  payload TEXT NOT NULL,"
        "  state INTEGER NOT NULL,"
        "  attempts INTEGER NOT NULL DEFAULT 0,"
        "  next_attempt_ms INTEGER NOT NULL,"
        "  last_error TEXT NOT NULL DEFAULT '',"
        "  created_ms INTEGER NOT NULL,"
        "  delivered_ms INTEGER)"_s,
        u"CREATE INDEX notification_deliveries_due ON notification_deliveries (state, next_attempt_ms)"_s,
    };
    for (const QLatin1StringView table : {"teams"_L1, "team_members"_L1, "services"_L1, "service_contacts"_L1,
             "service_dependencies"_L1, "maintenance_windows"_L1}) {
        for (const QLatin1StringView event : {"INSERT"_L1, "UPDATE"_L1, "DELETE"_L1})
            statements.append(catalogTrigger(table, event));
    }
    return {4, statements};
}

// Version 5: outage notices, the outbox of their publications to the status feed, and the audit
// log of every publication, which no application may change or delete (the triggers; on
// PostgreSQL the roles will say the same).
MigrationStep noticesStep()
{
    const auto appendOnly = [](QLatin1StringView event) -> QString {
        return u"CREATE TRIGGER publication_audit_no_"_s + event.toString().toLower() + u" BEFORE "_s + event
            + u" ON publication_audit BEGIN SELECT RAISE(ABORT, 'publication_audit is append-only'); END"_s;
    };
    return {5,
        {
            u"CREATE TABLE notices ("
            "  id TEXT PRIMARY KEY,"
            "  revision INTEGER NOT NULL,"
            "  document TEXT NOT NULL,"
            "  published INTEGER NOT NULL DEFAULT 0,"
            "  withdrawn_ms INTEGER,"
            "  incident_id INTEGER REFERENCES incidents (id) ON DELETE SET NULL,"
            "  de_changed_ms INTEGER NOT NULL,"
            "  en_changed_ms INTEGER NOT NULL,"
            "  changed_by TEXT NOT NULL DEFAULT '',"
            "  changed_ms INTEGER NOT NULL)"_s,
            u"CREATE TABLE notice_publications ("
            "  id INTEGER PRIMARY KEY,"
            "  notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,"
            "  revision INTEGER NOT NULL,"
            "  action INTEGER NOT NULL,"
            "  requested_by TEXT NOT NULL DEFAULT '',"
            "  requested_ms INTEGER NOT NULL,"
            "  state INTEGER NOT NULL,"
            "  attempts INTEGER NOT NULL DEFAULT 0,"
            "  next_attempt_ms INTEGER NOT NULL,"
            "  last_error TEXT NOT NULL DEFAULT '',"
            "  done_ms INTEGER)"_s,
            u"CREATE INDEX notice_publications_due ON notice_publications (state, next_attempt_ms)"_s,
            u"CREATE INDEX notice_publications_of ON notice_publications (notice_id, id)"_s,
            u"CREATE TABLE publication_audit ("
            "  id INTEGER PRIMARY KEY,"
            "  at_ms INTEGER NOT NULL,"
            "  actor TEXT NOT NULL,"
            "  notice_id TEXT NOT NULL,"
            "  revision INTEGER NOT NULL,"
            "  action INTEGER NOT NULL,"
            "  outcome INTEGER NOT NULL,"
            "  server_answer TEXT NOT NULL DEFAULT '')"_s,
            appendOnly("UPDATE"_L1),
            appendOnly("DELETE"_L1),
        }};
}

// Version 6: the pollers of a shared database and their leases on endpoints (LeaseKeeper). One
// poller of a workstation's database needs none, but both engines keep the same schema.
MigrationStep pollerLeasesStep()
{
    return {6,
        {
            u"CREATE TABLE pollers ("
            "  id TEXT PRIMARY KEY,"
            "  host TEXT NOT NULL,"
            "  pid INTEGER NOT NULL,"
            "  started_ms INTEGER NOT NULL,"
            "  seen_ms INTEGER NOT NULL)"_s,
            u"CREATE TABLE endpoint_leases ("
            "  endpoint_id INTEGER PRIMARY KEY REFERENCES endpoints (id) ON DELETE CASCADE,"
            "  poller TEXT NOT NULL,"
            "  acquired_ms INTEGER NOT NULL,"
            "  expires_ms INTEGER NOT NULL)"_s,
            u"CREATE INDEX endpoint_leases_of ON endpoint_leases (poller)"_s,
        }};
}

// Version 7: on PostgreSQL, the triggers that notify consoles of changes. A workstation's database
// has one program writing and watching, so SQLite has nothing to add; the version stays in step.
MigrationStep notificationsStep()
{
    return {7, {}};
}

// PostgreSQL's version 8 lets roles that own no table manage the partitions of samples; an SQLite
// file has neither roles nor partitions.
MigrationStep ownerFunctionsStep()
{
    return {8, {}};
}

} // namespace

const SqlDialect &sqliteDialect()
{
    static const SqlDialect dialect {
        .driverName = u"QSQLITE"_s,
        // Writers wait for each other instead of failing at once.
        .connectOptions = u"QSQLITE_BUSY_TIMEOUT=10000"_s,
        .databaseSetup = {u"PRAGMA journal_mode = WAL"_s},
        // NORMAL in WAL mode loses no committed transaction when the process dies, only (at most the
        // last ones) when the operating system does, and saves an fsync per commit. The sample writer
        // inserts at the end of every endpoint's range in samples and both rollup tables: with 1,000
        // endpoints those pages alone outgrow SQLite's default cache of 2 MiB. For the same reason a
        // batch dirties at least one page per endpoint in samples and in rollup_minute, more than
        // the default checkpoint threshold of 1,000 pages: every commit then copied (and synced) the
        // same append pages into the database again. Checkpointing every 10,000 pages (40 MiB of
        // WAL) made the sample writer about a third faster (docs/performance.md).
        .connectionSetup = {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -65536"_s,
            u"PRAGMA foreign_keys = ON"_s, u"PRAGMA wal_autocheckpoint = 10000"_s},
        .createVersionTable = u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s,
        .beginWrite = {u"BEGIN IMMEDIATE"_s},
        .beginRowLocking = {u"BEGIN IMMEDIATE"_s},
        .skipLocked = {},
        .ensureSamplePartition = {},
        .migrations = {endpointsStep(), samplesStep(), endpointsRevisionStep(), catalogAndIncidentsStep(),
            noticesStep(), pollerLeasesStep(), notificationsStep(), ownerFunctionsStep()},
    };
    return dialect;
}

} // namespace Leitstand
