// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storeschema.h"

#include "storage/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

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
             query.prepare(QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                                          "last_change) VALUES ('supply_movements', 'attributes', 'supply_movements', "
                                          "?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
             query.addBindValue(QStringLiteral("Supplies issued from depots to incidents"));
             return query.exec()
                 && query.exec(QStringLiteral("CREATE INDEX supply_movements_incident_id ON supply_movements(incident_id)"));
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

//! Runs \a step in a transaction; rolls back and reports \a what on failure.
bool inTransaction(QSqlDatabase &database, const QString &what, QString *error,
                   const std::function<bool(QSqlQuery &)> &step)
{
    if (!database.transaction()) {
        if (error)
            *error = Tr::tr("%1: %2").arg(what, database.lastError().text());
        return false;
    }
    bool ok = false;
    QString message;
    {
        QSqlQuery query(database);
        ok = step(query);
        if (!ok)
            message = query.lastError().text();
    }
    if (ok && database.commit())
        return true;
    if (ok)
        message = database.lastError().text();
    database.rollback();
    if (error)
        *error = Tr::tr("%1: %2").arg(what, message);
    return false;
}

} // namespace

int StoreSchema::currentVersion() { return migrations().isEmpty() ? 1 : migrations().last().toVersion; }

QString StoreSchema::versionTable() { return QStringLiteral("commandpost_schema"); }

bool StoreSchema::createVersion1(QSqlDatabase &database, QString *error)
{
    return inTransaction(database, Tr::tr("cannot create the operational tables"), error, [](QSqlQuery &query) {
        if (!query.exec(QStringLiteral("CREATE TABLE %1 (version INTEGER PRIMARY KEY, applied_at DATETIME NOT NULL, "
                                       "summary TEXT NOT NULL)")
                            .arg(versionTable())))
            return false;
        for (const AttributeTable &table : version1Tables) {
            const QString name = QString::fromLatin1(table.name);
            if (!query.exec(QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT, %2)")
                                .arg(name, QString::fromLatin1(table.columns))))
                return false;
            query.prepare(QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                                         "last_change) VALUES (?, 'attributes', ?, ?, "
                                         "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
            query.addBindValue(name);
            query.addBindValue(name);
            query.addBindValue(QString::fromLatin1(table.description));
            if (!query.exec())
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
        const bool ok = inTransaction(database, Tr::tr("cannot upgrade the store to schema version %1").arg(step.toVersion),
                                      error, [&step](QSqlQuery &query) {
                                          return step.apply(query) && recordVersion(query, step.toVersion, step.summary);
                                      });
        if (!ok)
            return false;
    }
    return true;
}

} // namespace cp::storage
