// SPDX-License-Identifier: GPL-2.0-or-later
#include "planadoption.h"

#include "planfigures.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsproject.h>

#include <cmath>

namespace cp::app {

QList<core::Shelter> PlanAdoption::plannedShelters(const planning::LayerPlan &plan, const QString &existingLayer)
{
    // The plan works in the county's projected CRS; the registry keeps CGCS2000 longitude/latitude.
    const QgsCoordinateTransform toGeographic(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")),
                                              QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                              QgsProject::instance());
    const QVector<planning::SiteLoad> loads = plan.siteLoads();
    QList<core::Shelter> shelters;
    for (int index : plan.result.openSites) {
        const planning::PlanSite &site = plan.sites.at(index);
        if (isExisting(site, existingLayer))
            continue;
        core::Shelter shelter;
        shelter.id = QStringLiteral("PL-%1").arg(site.id);
        shelter.name = tr("%1 (planned shelter)").arg(site.name.isEmpty() ? site.id : site.name);
        shelter.type = core::ShelterType::Emergency;
        if (site.layer == QLatin1String("towns"))
            shelter.townId = site.id;
        shelter.capacity = static_cast<int>(std::lround(loads.at(index).load));
        shelter.effectiveAreaM2 = shelter.capacity * areaPerPersonM2;
        shelter.status = core::FacilityStatus::Planned;
        const QgsPointXY lonLat = toGeographic.transform(QgsPointXY(site.x, site.y));
        shelter.position = {lonLat.x(), lonLat.y()};
        shelters.append(shelter);
    }
    return shelters;
}

} // namespace cp::app
