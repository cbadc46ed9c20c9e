// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace cp::storage {

/*!
 * \brief The shared database's operational tables, its change log and the triggers that write it.
 *
 * The same tables and columns as the GeoPackage's schema version (StoreSchema), in PostgreSQL's
 * types: timestamptz for times, double precision for reals, bytea for raw items, and a PostGIS
 * point beside an incident's lon/lat so QGIS shows incidents as a layer. Every change to a shared
 * row writes one change_log row in the same transaction (docs/data-model.md, "Shared database"),
 * numbered in commit order, and notifies the seats after the commit. Internal to the module.
 */
class PostgresSchema
{
public:
    //! The channel a seat LISTENs on; the payload is the change's sequence number.
    static QString notificationChannel();
    //! The first key of the advisory lock that numbers the change log in commit order (the second is 0).
    static constexpr int changeLogLock = 73160;
    //! The first key of the advisory lock per feed that makes one seat its ingester (the second is hashtext(feed id)).
    static constexpr int feedLeaseLock = 73161;
    /*!
     * The stored schema version: 0 for a database that holds no CommandPost tables yet,
     * nullopt with \a error when it cannot be read.
     */
    static std::optional<int> storedVersion(QSqlDatabase &database, QString *error);
    //! Creates PostGIS, the operational tables, the change log and its triggers in one transaction;
    //! false with \a error "what: reason".
    static bool create(QSqlDatabase &database, QString *error);
    //! Upgrades a database at \a fromVersion to StoreSchema::currentVersion(), a transaction per step.
    static bool migrate(QSqlDatabase &database, int fromVersion, QString *error);
    //! Adds the change triggers to the registry layers GDAL created (a statement-level change each).
    static bool logRegistryChanges(QSqlDatabase &database, const QStringList &layers, QString *error);
};

} // namespace cp::storage
