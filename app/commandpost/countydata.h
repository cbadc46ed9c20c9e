// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/geopackagestore.h"

#include <QList>
#include <QStringList>

#include <memory>

class QgsVectorLayer;

namespace cp::sectors {
class SectorRegistry;
}

namespace cp::app {

//! How a seat uses a data set's store: the desk writes, the wall on the desk's data only reads.
enum class StoreAccess
{
    ReadWrite,
    ReadOnly, //!< GeoPackageStore::openForReading: never upgrades the file or removes the writer's WAL
};

//! A data set as a seat opened it (openCountyData).
struct CountyData
{
    std::unique_ptr<storage::GeoPackageStore> store; //!< nullptr when it could not be opened
    QString storeError;                              //!< why store is nullptr
    QList<QgsVectorLayer *> layers;                  //!< CountyMap's layers, owned by the project
    QStringList layerErrors;                         //!< each naming the file and the layer
};

/*!
 * Opens the store of \a gpkgPath, then loads its map layers (CountyMap::load) into the project,
 * replacing what it held, bottom layer first so the project keeps CountyMap's order.
 *
 * The store opens first: QGIS opens a GeoPackage that is not in WAL mode without locks (GDAL's
 * NOLOCK), and such connections cannot read the file once a store writes to it in WAL mode
 * ("unable to open database file"). \a sectors must outlive the layers.
 */
CountyData openCountyData(const QString &gpkgPath, StoreAccess access, const sectors::SectorRegistry &sectors);

} // namespace cp::app
