// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/postgresschema.h"

#include "storage/sqlstatement.h"
#include "storage/storeschema.h"
#include "storage/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cp::storage {

namespace {

//! One shared table: its columns after "fid bigserial PRIMARY KEY", and the columns that name a row in the change log.
struct SharedTable
{
    const char *name;
    const char *columns;
    const char *rowKey; //!< comma-separated; empty: not logged (an append-only log no seat follows)
};

// The columns of StoreSchema's current version, in PostgreSQL's types.
const SharedTable sharedTables[] = {
    {"alarm_events",
     "event_id text NOT NULL, feed_id text NOT NULL, enterprise_id text, sensor_id text, kind text, value double precision, "
     "unit text, active boolean, occurred_at timestamptz, message text, UNIQUE (feed_id, event_id)",
     ""},
    {"alarms",
     "enterprise_id text NOT NULL, sensor_id text NOT NULL, kind text NOT NULL, feed_id text, event_id text, "
     "value double precision, unit text, threshold double precision, state text NOT NULL, priority text NOT NULL, "
     "response_level text NOT NULL DEFAULT 'none', classified boolean NOT NULL DEFAULT true, explanation text, message text, "
     "condition_active boolean NOT NULL DEFAULT false, raised_at timestamptz, updated_at timestamptz, active_since timestamptz, "
     "unacknowledged_since timestamptz, shelved_until timestamptz, acknowledged_by text, acknowledged_at timestamptz, "
     "state_by text, state_at timestamptz, state_reason text, verification text NOT NULL DEFAULT 'none', "
     "verification_reason text, verified_by text, verified_at timestamptz, escalation text NOT NULL DEFAULT 'none', "
     "recent_activations text, activation_count integer NOT NULL DEFAULT 0, chattering boolean NOT NULL DEFAULT false, "
     "stale boolean NOT NULL DEFAULT false, row_version integer NOT NULL DEFAULT 1, UNIQUE (enterprise_id, sensor_id, kind)",
     "enterprise_id,sensor_id,kind"},
    {"incidents",
     "id text NOT NULL UNIQUE, title text, sector text, incident_type text, enterprise_id text, source_alarm_id text, "
     "lon double precision, lat double precision, response_level text NOT NULL, status text NOT NULL, opened_at timestamptz, "
     "closed_at timestamptz, opened_by text, closing_summary text, row_version integer NOT NULL DEFAULT 1, "
     // CGCS2000 lon/lat (EPSG:4490) as the records carry them; QGIS reprojects on the fly.
     "geom geometry(Point, 4490) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4490)) STORED",
     "id"},
    {"dispatch_orders",
     "id text NOT NULL UNIQUE, incident_id text NOT NULL, team_id text NOT NULL, status text NOT NULL, eta_s double precision, "
     "updated_at timestamptz, updated_by text, row_version integer NOT NULL DEFAULT 1",
     "id"},
    {"audit_log", "user_name text NOT NULL, logged_at timestamptz NOT NULL, action text NOT NULL, target text, comment text",
     "fid"},
    {"feeds",
     "feed_id text NOT NULL UNIQUE, cursor text NOT NULL, updated_at timestamptz, url text, events_stored bigint NOT NULL DEFAULT 0, "
     "quarantined bigint NOT NULL DEFAULT 0, health text, health_reason text, last_success timestamptz, last_error text, "
     "last_error_at timestamptz, events_today bigint NOT NULL DEFAULT 0, lag_ms bigint, status_at timestamptz",
     "feed_id"},
    {"feed_quarantine",
     "feed_id text NOT NULL, cursor text, item_index integer, event_id text, field text, reason text NOT NULL, raw bytea, "
     "received_at timestamptz NOT NULL",
     ""},
    {"supply_movements",
     "depot_id text NOT NULL, item text NOT NULL, quantity double precision NOT NULL, unit text, incident_id text NOT NULL, "
     "moved_at timestamptz NOT NULL, user_name text NOT NULL, travel_s double precision, kind text NOT NULL DEFAULT 'issue', "
     "to_depot_id text",
     "fid"},
    {"incident_events", "incident_id text NOT NULL, at timestamptz NOT NULL, user_name text NOT NULL, action text NOT NULL, detail text",
     "fid"},
    {"team_status",
     "team_id text NOT NULL UNIQUE, status text NOT NULL, incident_id text, updated_at timestamptz, updated_by text, "
     "row_version integer NOT NULL DEFAULT 1",
     "team_id"},
    {"depot_stock",
     "depot_id text NOT NULL, item text NOT NULL, unit text, quantity double precision NOT NULL, "
     "minimum double precision NOT NULL DEFAULT 0, row_version integer NOT NULL DEFAULT 1, UNIQUE (depot_id, item)",
     "depot_id,item"},
    {"shelter_status",
     "shelter_id text NOT NULL UNIQUE, incident_id text, open boolean NOT NULL, people integer NOT NULL DEFAULT 0, "
     "elderly integer NOT NULL DEFAULT 0, children integer NOT NULL DEFAULT 0, injured integer NOT NULL DEFAULT 0, "
     "updated_at timestamptz, updated_by text, row_version integer NOT NULL DEFAULT 1",
     "shelter_id"},
    {"shelter_movements",
     "shelter_id text NOT NULL, incident_id text, kind text NOT NULL, people integer NOT NULL, elderly integer NOT NULL, "
     "children integer NOT NULL, injured integer NOT NULL, moved_at timestamptz NOT NULL, user_name text NOT NULL",
     "fid"},
    {"plan_ticks",
     "incident_id text NOT NULL, step_id text NOT NULL, ticked_at timestamptz NOT NULL, user_name text NOT NULL, "
     "UNIQUE (incident_id, step_id)",
     "incident_id,step_id"},
    {"accident_reports",
     "incident_id text NOT NULL, kind text NOT NULL, version integer NOT NULL, submitted_at timestamptz NOT NULL, "
     "submitted_by text NOT NULL, content text NOT NULL, UNIQUE (incident_id, version)",
     "incident_id,version"},
    {"response_plans", "sector_id text NOT NULL, incident_type text NOT NULL, title text NOT NULL, UNIQUE (sector_id, incident_type)",
     "sector_id,incident_type"},
    {"response_plan_steps",
     "sector_id text NOT NULL, incident_type text NOT NULL, step_id text NOT NULL UNIQUE, position integer NOT NULL, "
     "section text NOT NULL, levels text, who text NOT NULL, what text NOT NULL, limit_minutes integer NOT NULL DEFAULT 0",
     "step_id"},
};

/*
 * The change log. Each change takes a transaction-scoped advisory lock before it draws its
 * sequence number, so numbers are handed out in commit order: a seat that has applied N never
 * later sees a change numbered below N commit (with a plain sequence, a long transaction holding
 * 10 could commit after 11 had been read, and 10 would be skipped). Writers queue only on that
 * lock, for the rest of their transaction; the feed's event log is not logged and does not queue.
 */
const char changeLogSql[] =
    "CREATE TABLE change_log (seq bigint PRIMARY KEY, table_name text NOT NULL, op text NOT NULL, row_id text, "
    "actor text, at timestamptz NOT NULL DEFAULT clock_timestamp())";
const char changeSequenceSql[] = "CREATE SEQUENCE change_log_seq OWNED BY change_log.seq";
const char changeFunctionSql[] = R"sql(
CREATE FUNCTION commandpost_log_change() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    changed jsonb;
    key text := NULL;
    number bigint;
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
        key := '';
        FOR i IN 0 .. TG_NARGS - 1 LOOP
            key := key || CASE WHEN i > 0 THEN '/' ELSE '' END || COALESCE(changed ->> TG_ARGV[i], '');
        END LOOP;
    END IF;
    PERFORM pg_advisory_xact_lock(73160, 0); -- PostgresSchema::changeLogLock
    number := nextval('change_log_seq');
    INSERT INTO change_log (seq, table_name, op, row_id, actor)
    VALUES (number, TG_TABLE_NAME, lower(TG_OP), key,
            COALESCE(NULLIF(current_setting('commandpost.actor', true), ''), session_user));
    PERFORM pg_notify('commandpost_changes', number::text);
    RETURN NULL;
END
$body$)sql";

QString triggerSql(const QString &table, const QString &level, const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &argument : arguments)
        quoted.append(QLatin1Char('\'') + argument + QLatin1Char('\''));
    return QStringLiteral("CREATE TRIGGER %1_changes AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH %2 "
                          "EXECUTE FUNCTION commandpost_log_change(%3)")
        .arg(table, level, quoted.join(QStringLiteral(", ")));
}

//! Records \a version of the schema with its \a summary, inside the step's transaction.
bool recordVersion(QSqlQuery &query, int version, const QString &summary)
{
    query.prepare(QStringLiteral("INSERT INTO %1 (version, applied_at, summary) VALUES (?, now(), ?)").arg(StoreSchema::versionTable()));
    query.addBindValue(version);
    query.addBindValue(summary);
    return query.exec();
}

} // namespace

QString PostgresSchema::notificationChannel() { return QStringLiteral("commandpost_changes"); }

std::optional<int> PostgresSchema::storedVersion(QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(StoreSchema::versionTable())) || !query.next()) {
        *error = query.lastError().text().trimmed();
        return std::nullopt;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM %1").arg(StoreSchema::versionTable()))
        || !query.next()) {
        *error = query.lastError().text().trimmed();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool PostgresSchema::create(QSqlDatabase &database, QString *error)
{
    return runInTransaction(database, Tr::tr("cannot create the schema"), error, [](QSqlQuery &query) {
        if (!query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"))
            || !query.exec(QStringLiteral("CREATE TABLE %1 (version integer PRIMARY KEY, applied_at timestamptz NOT NULL, "
                                          "summary text NOT NULL)")
                               .arg(StoreSchema::versionTable()))
            || !query.exec(QString::fromLatin1(changeLogSql)) || !query.exec(QString::fromLatin1(changeSequenceSql))
            || !query.exec(QString::fromLatin1(changeFunctionSql)))
            return false;
        for (const SharedTable &table : sharedTables) {
            const QString name = QString::fromLatin1(table.name);
            if (!query.exec(QStringLiteral("CREATE TABLE %1 (fid bigserial PRIMARY KEY, %2)").arg(name, QString::fromLatin1(table.columns))))
                return false;
            const QString key = QString::fromLatin1(table.rowKey);
            if (!key.isEmpty() && !query.exec(triggerSql(name, QStringLiteral("ROW"), key.split(QLatin1Char(',')))))
                return false;
        }
        const char *const indexes[] = {
            "CREATE INDEX alarms_state ON alarms(state)",
            "CREATE INDEX dispatch_orders_incident_id ON dispatch_orders(incident_id)",
            "CREATE INDEX supply_movements_incident_id ON supply_movements(incident_id)",
            "CREATE INDEX incident_events_incident_id ON incident_events(incident_id)",
            "CREATE INDEX feed_quarantine_feed_id ON feed_quarantine(feed_id)",
            "CREATE INDEX incidents_geom ON incidents USING gist (geom)",
        };
        for (const char *sql : indexes)
            if (!query.exec(QString::fromLatin1(sql)))
                return false;
        return recordVersion(query, StoreSchema::currentVersion(),
                             QStringLiteral("shared PostgreSQL/PostGIS database at the GeoPackage's schema version %1")
                                 .arg(StoreSchema::currentVersion()));
    });
}

bool PostgresSchema::migrate(QSqlDatabase &database, int fromVersion, QString *error)
{
    // The shared schema's steps after version 6, the first it was created at; each with its row.
    struct Step
    {
        int toVersion;
        const char *summary;
        QStringList statements;
    };
    QStringList versionIncidentRows;
    for (const QString &table : StoreSchema::versionedIncidentTables())
        versionIncidentRows.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version integer NOT NULL DEFAULT 1").arg(table));
    const Step steps[] = {
        {7, "each alarm row carries a version, so a write over another seat's change is refused",
         {QStringLiteral("ALTER TABLE alarms ADD COLUMN row_version integer NOT NULL DEFAULT 1")}},
        {8, "incidents, dispatch orders, team, stock and shelter status carry a version like the alarms", versionIncidentRows},
    };
    for (const Step &step : steps) {
        if (step.toVersion <= fromVersion)
            continue;
        const bool ok = runInTransaction(database, Tr::tr("cannot upgrade the database to schema version %1").arg(step.toVersion),
                                         error, [&step](QSqlQuery &query) {
                                             for (const QString &statement : step.statements)
                                                 if (!query.exec(statement))
                                                     return false;
                                             return recordVersion(query, step.toVersion, QString::fromLatin1(step.summary));
                                         });
        if (!ok)
            return false;
    }
    return true;
}

bool PostgresSchema::logRegistryChanges(QSqlDatabase &database, const QStringList &layers, QString *error)
{
    return runInTransaction(database, Tr::tr("cannot log changes of the registry layers"), error, [&layers](QSqlQuery &query) {
        for (const QString &layer : layers)
            if (!query.exec(triggerSql(layer, QStringLiteral("STATEMENT"), {})))
                return false;
        return true;
    });
}

} // namespace cp::storage
