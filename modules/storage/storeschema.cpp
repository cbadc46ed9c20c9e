// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storeschema.h"

#include "storage/sqlstatement.h"
#include "storage/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>

namespace cp::storage {

namespace {

//! One attribute table of the operational part; registered in gpkg_contents so QGIS and GDAL list it.
struct AttributeTable
{
    const char *name;
    const char *description;
    const char *columns; //!< after "fid INTEGER PRIMARY KEY AUTOINCREMENT" (GeoPackage requirement 119)
};

const AttributeTable version1Tables[] = {
    {"alarm_events", "Every accepted feed event, deduplicated on event_id",
     "event_id TEXT NOT NULL UNIQUE, feed_id TEXT NOT NULL, enterprise_id TEXT, sensor_id TEXT, kind TEXT, "
     "value REAL, unit TEXT, occurred_at DATETIME"},
    {"alarms", "Current state of each alarm",
     "id TEXT NOT NULL UNIQUE, enterprise_id TEXT, sensor_id TEXT, kind TEXT, value REAL, unit TEXT, "
     "threshold REAL, state TEXT NOT NULL, priority TEXT NOT NULL, raised_at DATETIME, updated_at DATETIME, "
     "message TEXT"},
    {"incidents", "Incidents, open and closed",
     "id TEXT NOT NULL UNIQUE, title TEXT, sector TEXT, incident_type TEXT, enterprise_id TEXT, "
     "source_alarm_id TEXT, lon REAL, lat REAL, response_level TEXT NOT NULL, status TEXT NOT NULL, "
     "opened_at DATETIME, closed_at DATETIME, opened_by TEXT"},
    {"dispatch_orders", "Rescue teams sent to incidents",
     "id TEXT NOT NULL UNIQUE, incident_id TEXT NOT NULL, team_id TEXT NOT NULL, status TEXT NOT NULL, "
     "eta_s REAL, updated_at DATETIME, updated_by TEXT"},
    {"audit_log", "Who did what, when and why",
     "user_name TEXT NOT NULL, logged_at DATETIME NOT NULL, action TEXT NOT NULL, target TEXT, comment TEXT"},
    {"feed_cursors", "Where each alarm feed resumes",
     "feed_id TEXT NOT NULL UNIQUE, cursor TEXT NOT NULL, updated_at DATETIME"},
};

//! Runs every statement of \a statements in order; false at the first that fails.
bool execAll(QSqlQuery &query, std::initializer_list<const char *> statements)
{
    for (const char *sql : statements)
        if (!query.exec(QString::fromUtf8(sql)))
            return false;
    return true;
}

bool registerAttributeTable(QSqlQuery &query, const QString &name, const QString &description)
{
    query.prepare(QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                                 "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
    query.addBindValue(name);
    query.addBindValue(name);
    query.addBindValue(description);
    return query.exec();
}

/*
 * Version 4. SQLite cannot change a table's constraints, so alarm_events and alarms are rebuilt
 * under their own names (gpkg_contents keeps its rows; fids are kept). An event is now (feed_id,
 * event_id), and keeps what the feed said (active, message). An alarm is one row per (enterprise,
 * sensor, kind) holding everything a restarted session needs; of the version-3 rows (one per
 * episode) the newest per key is kept. feed_cursors becomes feeds, one row per feed with its
 * counts and health. feed_quarantine keeps refused items raw.
 */
bool migrateToVersion4(QSqlQuery &query)
{
    return execAll(query, {
               "CREATE TABLE alarm_events_v4 (fid INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, "
               "feed_id TEXT NOT NULL, enterprise_id TEXT, sensor_id TEXT, kind TEXT, value REAL, unit TEXT, "
               "active BOOLEAN, occurred_at DATETIME, message TEXT, UNIQUE (feed_id, event_id))",
               "INSERT INTO alarm_events_v4 (fid, event_id, feed_id, enterprise_id, sensor_id, kind, value, unit, occurred_at) "
               "SELECT fid, event_id, feed_id, enterprise_id, sensor_id, kind, value, unit, occurred_at FROM alarm_events",
               "DROP TABLE alarm_events",
               "ALTER TABLE alarm_events_v4 RENAME TO alarm_events",

               "CREATE TABLE alarms_v4 (fid INTEGER PRIMARY KEY AUTOINCREMENT, enterprise_id TEXT NOT NULL, "
               "sensor_id TEXT NOT NULL, kind TEXT NOT NULL, feed_id TEXT, event_id TEXT, value REAL, unit TEXT, "
               "threshold REAL, state TEXT NOT NULL, priority TEXT NOT NULL, response_level TEXT NOT NULL DEFAULT 'none', "
               "classified BOOLEAN NOT NULL DEFAULT 1, explanation TEXT, message TEXT, "
               "condition_active BOOLEAN NOT NULL DEFAULT 0, raised_at DATETIME, updated_at DATETIME, "
               "active_since DATETIME, unacknowledged_since DATETIME, shelved_until DATETIME, acknowledged_by TEXT, "
               "acknowledged_at DATETIME, state_by TEXT, state_at DATETIME, state_reason TEXT, "
               "verification TEXT NOT NULL DEFAULT 'none', verification_reason TEXT, verified_by TEXT, verified_at DATETIME, "
               "escalation TEXT NOT NULL DEFAULT 'none', recent_activations TEXT, activation_count MEDIUMINT NOT NULL DEFAULT 0, "
               "chattering BOOLEAN NOT NULL DEFAULT 0, stale BOOLEAN NOT NULL DEFAULT 0, "
               "UNIQUE (enterprise_id, sensor_id, kind))",
               "INSERT INTO alarms_v4 (enterprise_id, sensor_id, kind, event_id, value, unit, threshold, state, priority, "
               "message, condition_active, raised_at, updated_at, shelved_until, acknowledged_by, acknowledged_at) "
               "SELECT COALESCE(enterprise_id, ''), COALESCE(sensor_id, ''), COALESCE(kind, ''), id, value, unit, threshold, "
               "state, priority, message, state IN ('unack_active', 'ack_active'), raised_at, updated_at, shelved_until, "
               "acknowledged_by, acknowledged_at FROM alarms a WHERE a.fid = (SELECT b.fid FROM alarms b "
               "WHERE b.enterprise_id IS a.enterprise_id AND b.sensor_id IS a.sensor_id AND b.kind IS a.kind "
               "ORDER BY b.updated_at DESC, b.fid DESC LIMIT 1)",
               "DROP TABLE alarms",
               "ALTER TABLE alarms_v4 RENAME TO alarms",
               "CREATE INDEX alarms_state ON alarms(state)",

               "ALTER TABLE feed_cursors RENAME TO feeds",
               "UPDATE gpkg_contents SET table_name = 'feeds', identifier = 'feeds', "
               "description = 'Each alarm feed: where it resumes, what it delivered, how it is doing' "
               "WHERE table_name = 'feed_cursors'",
               "ALTER TABLE feeds ADD COLUMN url TEXT",
               "ALTER TABLE feeds ADD COLUMN events_stored INTEGER NOT NULL DEFAULT 0",
               "ALTER TABLE feeds ADD COLUMN quarantined INTEGER NOT NULL DEFAULT 0",
               "ALTER TABLE feeds ADD COLUMN health TEXT",
               "ALTER TABLE feeds ADD COLUMN health_reason TEXT",
               "ALTER TABLE feeds ADD COLUMN last_success DATETIME",
               "ALTER TABLE feeds ADD COLUMN last_error TEXT",
               "ALTER TABLE feeds ADD COLUMN last_error_at DATETIME",
               "ALTER TABLE feeds ADD COLUMN events_today INTEGER NOT NULL DEFAULT 0",
               "ALTER TABLE feeds ADD COLUMN lag_ms INTEGER",
               "ALTER TABLE feeds ADD COLUMN status_at DATETIME",
               "UPDATE feeds SET events_stored = (SELECT COUNT(*) FROM alarm_events e WHERE e.feed_id = feeds.feed_id)",

               "CREATE TABLE feed_quarantine (fid INTEGER PRIMARY KEY AUTOINCREMENT, feed_id TEXT NOT NULL, cursor TEXT, "
               "item_index MEDIUMINT, event_id TEXT, field TEXT, reason TEXT NOT NULL, raw BLOB, received_at DATETIME NOT NULL)",
               "CREATE INDEX feed_quarantine_feed_id ON feed_quarantine(feed_id)",
               "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
               "WHERE table_name IN ('alarm_events', 'alarms', 'feeds')",
           })
        && registerAttributeTable(query, QStringLiteral("feed_quarantine"),
                                  QStringLiteral("Feed items refused on their own, kept raw with the reason"));
}

/*
 * Version 5. Incidents that last: the lifecycle (reported … closed, with the closing summary), each
 * action as an event (who, when, what), the teams' live status, the depots' stock (written back, no
 * longer recomputed from the inventory), shelters opened for an incident and the people in them,
 * ticked plan steps and the versions of the accident report. Version-4 'open' incidents are 'reported'.
 */
bool migrateToVersion5(QSqlQuery &query)
{
    struct NewTable
    {
        const char *name;
        const char *description;
        const char *columns;
    };
    const NewTable tables[] = {
        {"incident_events", "What happened in each incident: who did what, when",
         "incident_id TEXT NOT NULL, at DATETIME NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL, detail TEXT"},
        {"team_status", "Each rescue team's live status and the incident it is committed to",
         "team_id TEXT NOT NULL UNIQUE, status TEXT NOT NULL, incident_id TEXT, updated_at DATETIME, updated_by TEXT"},
        {"depot_stock", "What each supply depot holds now, and its minimum",
         "depot_id TEXT NOT NULL, item TEXT NOT NULL, unit TEXT, quantity REAL NOT NULL, minimum REAL NOT NULL DEFAULT 0, "
         "UNIQUE (depot_id, item)"},
        {"shelter_status", "Shelters opened for an incident and who is in them now",
         "shelter_id TEXT NOT NULL UNIQUE, incident_id TEXT, open BOOLEAN NOT NULL, people MEDIUMINT NOT NULL DEFAULT 0, "
         "elderly MEDIUMINT NOT NULL DEFAULT 0, children MEDIUMINT NOT NULL DEFAULT 0, injured MEDIUMINT NOT NULL DEFAULT 0, "
         "updated_at DATETIME, updated_by TEXT"},
        {"shelter_movements", "Arrivals at and departures from shelters, by group",
         "shelter_id TEXT NOT NULL, incident_id TEXT, kind TEXT NOT NULL, people MEDIUMINT NOT NULL, elderly MEDIUMINT NOT NULL, "
         "children MEDIUMINT NOT NULL, injured MEDIUMINT NOT NULL, moved_at DATETIME NOT NULL, user_name TEXT NOT NULL"},
        {"plan_ticks", "Steps of the response plan done, by whom and when",
         "incident_id TEXT NOT NULL, step_id TEXT NOT NULL, ticked_at DATETIME NOT NULL, user_name TEXT NOT NULL, "
         "UNIQUE (incident_id, step_id)"},
        {"accident_reports", "Every version of each accident report (初报, 续报, 终报) as sent",
         "incident_id TEXT NOT NULL, kind TEXT NOT NULL, version MEDIUMINT NOT NULL, submitted_at DATETIME NOT NULL, "
         "submitted_by TEXT NOT NULL, content TEXT NOT NULL, UNIQUE (incident_id, version)"},
    };
    for (const NewTable &table : tables) {
        const QString name = QString::fromLatin1(table.name);
        if (!query.exec(QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT, %2)")
                            .arg(name, QString::fromLatin1(table.columns)))
            || !registerAttributeTable(query, name, QString::fromUtf8(table.description)))
            return false;
    }
    return execAll(query, {
        "CREATE INDEX incident_events_incident_id ON incident_events(incident_id)",
        "ALTER TABLE incidents ADD COLUMN closing_summary TEXT",
        "UPDATE incidents SET status = 'reported' WHERE status = 'open'",
        "ALTER TABLE supply_movements ADD COLUMN kind TEXT NOT NULL DEFAULT 'issue'",
        "ALTER TABLE supply_movements ADD COLUMN to_depot_id TEXT",
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE table_name IN ('incidents', 'supply_movements')",
    });
}

/*
 * Version 6. The digital response plans (预案数字化): one row per plan (sector, incident type) and
 * one per step, with the section of 《生产安全事故应急预案管理办法》, the response levels, who, what
 * and the time limit. A data set from before has none until its plans are written.
 */
bool migrateToVersion6(QSqlQuery &query)
{
    return query.exec(QStringLiteral("CREATE TABLE response_plans (fid INTEGER PRIMARY KEY AUTOINCREMENT, sector_id TEXT NOT NULL, "
                                     "incident_type TEXT NOT NULL, title TEXT NOT NULL, UNIQUE (sector_id, incident_type))"))
        && registerAttributeTable(query, QStringLiteral("response_plans"),
                                  QStringLiteral("Response plans, one per incident type of a sector"))
        && query.exec(QStringLiteral("CREATE TABLE response_plan_steps (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
                                     "sector_id TEXT NOT NULL, incident_type TEXT NOT NULL, step_id TEXT NOT NULL UNIQUE, "
                                     "position MEDIUMINT NOT NULL, section TEXT NOT NULL, levels TEXT, who TEXT NOT NULL, "
                                     "what TEXT NOT NULL, limit_minutes MEDIUMINT NOT NULL DEFAULT 0)"))
        && registerAttributeTable(query, QStringLiteral("response_plan_steps"),
                                  QStringLiteral("The steps of the response plans: section, levels, who, what, time limit"));
}

//! One schema step after version 1; \a apply runs inside the step's transaction.
struct Migration
{
    int toVersion;
    const char *summary;
    std::function<bool(QSqlQuery &)> apply;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {2, "alarm handling: who acknowledged an alarm and when, and when a timed shelve ends",
         [](QSqlQuery &query) {
             // ISA-18.2 asks for the acknowledging operator and time; OPC UA Part 9 TimedShelved needs
             // the expiry to survive a restart. Existing alarms keep every value, the new columns NULL.
             return query.exec(QStringLiteral("ALTER TABLE alarms ADD COLUMN acknowledged_by TEXT"))
                 && query.exec(QStringLiteral("ALTER TABLE alarms ADD COLUMN acknowledged_at DATETIME"))
                 && query.exec(QStringLiteral("ALTER TABLE alarms ADD COLUMN shelved_until DATETIME"))
                 && query.exec(QStringLiteral("CREATE INDEX alarms_state ON alarms(state)"))
                 && query.exec(QStringLiteral("UPDATE gpkg_contents SET last_change = "
                                              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = 'alarms'"));
         }},
        {3, "supplies: every issue of supplies from a depot to an incident",
         [](QSqlQuery &query) {
             // An attribute table like the version-1 ones, registered in gpkg_contents so QGIS lists it.
             if (!query.exec(QStringLiteral(
                     "CREATE TABLE supply_movements (fid INTEGER PRIMARY KEY AUTOINCREMENT, depot_id TEXT NOT NULL, "
                     "item TEXT NOT NULL, quantity REAL NOT NULL, unit TEXT, incident_id TEXT NOT NULL, "
                     "moved_at DATETIME NOT NULL, user_name TEXT NOT NULL, travel_s REAL)")))
                 return false;
             return registerAttributeTable(query, QStringLiteral("supply_movements"),
                                           QStringLiteral("Supplies issued from depots to incidents"))
                 && query.exec(QStringLiteral("CREATE INDEX supply_movements_incident_id ON supply_movements(incident_id)"));
         }},
        {4, "live desk: event identity (feed, event id), alarm state that survives a restart, feed status, quarantine",
         [](QSqlQuery &query) { return migrateToVersion4(query); }},
        {5, "incidents that last: lifecycle, events, team status, depot stock, shelters, plan steps, accident reports",
         [](QSqlQuery &query) { return migrateToVersion5(query); }},
        {6, "digital response plans: a checklist of steps per incident type and response level",
         [](QSqlQuery &query) { return migrateToVersion6(query); }},
        {7, "several seats: each alarm row carries a version, so a write over another seat's change is refused",
         [](QSqlQuery &query) {
             // Existing rows become version 1: a seat that read them before the upgrade re-reads them.
             return query.exec(QStringLiteral("ALTER TABLE alarms ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"))
                 && query.exec(QStringLiteral("UPDATE gpkg_contents SET last_change = "
                                              "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = 'alarms'"));
         }},
        {8, "several seats: incidents, dispatch orders, team, stock and shelter status carry a version like the alarms",
         [](QSqlQuery &query) {
             for (const QString &table : StoreSchema::versionedIncidentTables()) {
                 if (!query.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(table))
                     || !query.exec(QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                                   "WHERE table_name = '%1'")
                                        .arg(table)))
                     return false;
             }
             return true;
         }},
    };
    return steps;
}

bool recordVersion(QSqlQuery &query, int version, const char *summary)
{
    query.prepare(QStringLiteral("INSERT INTO %1 (version, applied_at, summary) "
                                 "VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)")
                      .arg(StoreSchema::versionTable()));
    query.addBindValue(version);
    query.addBindValue(QString::fromLatin1(summary));
    return query.exec();
}

} // namespace

int StoreSchema::currentVersion() { return migrations().isEmpty() ? 1 : migrations().last().toVersion; }

QString StoreSchema::versionTable() { return QStringLiteral("commandpost_schema"); }

QStringList StoreSchema::versionedIncidentTables()
{
    return {QStringLiteral("incidents"), QStringLiteral("dispatch_orders"), QStringLiteral("team_status"),
            QStringLiteral("depot_stock"), QStringLiteral("shelter_status")};
}

QStringList StoreSchema::logTables() { return {QStringLiteral("alarm_events")}; }

bool StoreSchema::createVersion1(QSqlDatabase &database, QString *error)
{
    return runInTransaction(database, Tr::tr("cannot create the operational tables"), error, [](QSqlQuery &query) {
        if (!query.exec(QStringLiteral("CREATE TABLE %1 (version INTEGER PRIMARY KEY, applied_at DATETIME NOT NULL, "
                                       "summary TEXT NOT NULL)")
                            .arg(versionTable())))
            return false;
        for (const AttributeTable &table : version1Tables) {
            const QString name = QString::fromLatin1(table.name);
            if (!query.exec(QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT, %2)")
                                .arg(name, QString::fromLatin1(table.columns))))
                return false;
            if (!registerAttributeTable(query, name, QString::fromLatin1(table.description)))
                return false;
        }
        return query.exec(QStringLiteral("CREATE INDEX dispatch_orders_incident_id ON dispatch_orders(incident_id)"))
            && recordVersion(query, 1, "registry layers and operational tables");
    });
}

bool StoreSchema::migrate(QSqlDatabase &database, int fromVersion, QString *error)
{
    for (const Migration &step : migrations()) {
        if (step.toVersion <= fromVersion)
            continue;
        const bool ok = runInTransaction(database, Tr::tr("cannot upgrade the store to schema version %1").arg(step.toVersion),
                                      error, [&step](QSqlQuery &query) {
                                          return step.apply(query) && recordVersion(query, step.toVersion, step.summary);
                                      });
        if (!ok)
            return false;
    }
    return true;
}

} // namespace cp::storage
