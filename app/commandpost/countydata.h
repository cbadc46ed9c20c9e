// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/postgresaddress.h"
#include "storage/store.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QgsVectorLayer;

namespace cp::sectors {
class SectorRegistry;
}

namespace cp::app {

struct CommandLine;

//! How a seat uses a data set's store: the desk writes, the wall on the desk's data only reads.
enum class StoreAccess
{
    ReadWrite,
    ReadOnly, //!< a GeoPackage through GeoPackageStore::openForReading: never upgraded, the writer's WAL kept
};

//! Where a seat's data set is: a GeoPackage (--data, --demo) or the shared database (--db).
struct DataSetAddress
{
    QString gpkgPath;                                 //!< empty on the shared database
    std::optional<storage::PostgresAddress> database; //!< set on the shared database

    static DataSetAddress file(const QString &gpkgPath);
    //! The data set \a options name (their --db, else their --data); the address was checked by CommandLine::parse.
    static DataSetAddress of(const CommandLine &options);
    //! The file, or the database as it was given; for messages.
    QString label() const;
    //! The name GDAL opens it by: the file, or "PG:" and the conninfo (which never holds a password).
    QString gdalPath() const;
};

//! A data set as a seat opened it (openCountyData).
struct CountyData
{
    std::unique_ptr<storage::Store> store; //!< nullptr when it could not be opened
    QString storeError;                    //!< why store is nullptr
    QList<QgsVectorLayer *> layers;        //!< CountyMap's layers, owned by the project
    QStringList layerErrors;               //!< each naming the file or database and the layer
};

/*!
 * Opens the store of \a address, then loads its map layers (CountyMap::load or loadPostgres) into
 * the project, replacing what it held, bottom layer first so the project keeps CountyMap's order.
 * On the shared database the store names the seat's user in the change log.
 *
 * The store opens first: QGIS opens a GeoPackage that is not in WAL mode without locks (GDAL's
 * NOLOCK), and such connections cannot read the file once a store writes to it in WAL mode
 * ("unable to open database file"). \a sectors must outlive the layers.
 */
CountyData openCountyData(const DataSetAddress &address, StoreAccess access, const sectors::SectorRegistry &sectors);

} // namespace cp::app
