// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/demandpoint.h"
#include "core/enterprise.h"
#include "core/rescuestation.h"
#include "core/roadsegment.h"
#include "core/sectorcatalog.h"
#include "core/shelter.h"
#include "core/supplydepot.h"
#include "core/team.h"
#include "core/town.h"

#include <QList>

namespace cp::storage {

//! Everything of the registry, as values: what the demo generator writes and the map reads.
struct Registry
{
    QList<core::SectorInfo> sectors;       //!< attribute table `sectors` (id, name_zh, name_en)
    core::Boundary countyBoundary;         //!< layer county_boundary (MultiPolygon); no rings = no feature
    QList<core::Town> towns;               //!< point layers: towns … demand_points
    QList<core::Enterprise> enterprises;
    QList<core::Shelter> shelters;
    QList<core::RescueStation> rescueStations;
    QList<core::Team> teams;
    QList<core::SupplyDepot> supplyDepots; //!< inventory lines in the attribute table depot_inventory
    QList<core::RoadSegment> roads;        //!< layer roads (LineString)
    QList<core::DemandPoint> demandPoints;
};

} // namespace cp::storage
