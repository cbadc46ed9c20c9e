// SPDX-License-Identifier: GPL-2.0-or-later
#include "countydata.h"

#include "map/countymap.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace cp::app {

CountyData openCountyData(const QString &gpkgPath, StoreAccess access, const sectors::SectorRegistry &sectors)
{
    CountyData data;
    data.store = access == StoreAccess::ReadWrite ? storage::GeoPackageStore::open(gpkgPath, &data.storeError)
                                                  : storage::GeoPackageStore::openForReading(gpkgPath, &data.storeError);
    data.layers = map::CountyMap::load(gpkgPath, &data.layerErrors, &sectors);
    QgsProject::instance()->removeAllMapLayers();
    // The project puts each added layer on top, so add bottom first to keep CountyMap's order.
    for (auto it = data.layers.crbegin(); it != data.layers.crend(); ++it)
        QgsProject::instance()->addMapLayer(*it);
    return data;
}

} // namespace cp::app
