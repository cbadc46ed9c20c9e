// SPDX-License-Identifier: GPL-2.0-or-later
#include "countydata.h"

#include "commandline.h"
#include "liveconfig.h"

#include "map/countymap.h"
#include "storage/geopackagestore.h"
#include "storage/postgresstore.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace cp::app {

namespace {

std::unique_ptr<storage::Store> openStore(const DataSetAddress &address, StoreAccess access, QString *error)
{
    if (address.database) {
        std::unique_ptr<storage::PostgresStore> shared = storage::PostgresStore::connect(*address.database, error);
        if (shared && !shared->setActor(seatUser(), error))
            return nullptr;
        return shared;
    }
    if (access == StoreAccess::ReadWrite)
        return storage::GeoPackageStore::open(address.gpkgPath, error);
    return storage::GeoPackageStore::openForReading(address.gpkgPath, error);
}

} // namespace

DataSetAddress DataSetAddress::file(const QString &gpkgPath)
{
    DataSetAddress address;
    address.gpkgPath = gpkgPath;
    return address;
}

DataSetAddress DataSetAddress::of(const CommandLine &options)
{
    if (options.databaseAddress.isEmpty())
        return file(options.dataPath);
    DataSetAddress address;
    QString unused;
    address.database = storage::PostgresAddress::parse(options.databaseAddress, &unused);
    return address;
}

QString DataSetAddress::label() const { return database ? database->label : gpkgPath; }

QString DataSetAddress::gdalPath() const { return database ? QStringLiteral("PG:") + database->conninfo : gpkgPath; }

CountyData openCountyData(const DataSetAddress &address, StoreAccess access, const sectors::SectorRegistry &sectors)
{
    CountyData data;
    data.store = openStore(address, access, &data.storeError);
    data.layers = address.database
                      ? map::CountyMap::loadPostgres(address.database->conninfo, address.label(), &data.layerErrors, &sectors)
                      : map::CountyMap::load(address.gpkgPath, &data.layerErrors, &sectors);
    QgsProject::instance()->removeAllMapLayers();
    // The project puts each added layer on top, so add bottom first to keep CountyMap's order.
    for (auto it = data.layers.crbegin(); it != data.layers.crend(); ++it)
        QgsProject::instance()->addMapLayer(*it);
    return data;
}

} // namespace cp::app
