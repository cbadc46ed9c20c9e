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
    QList<core::SectorInfo> sectors;
    core::Boundary countyBoundary;
    QList<core::Town> towns;
    QList<core::Enterprise> enterprises;
    QList<core::Shelter> shelters;
    QList<core::RescueStation> rescueStations;
    QList<core::Team> teams;
    QList<core::SupplyDepot> supplyDepots;
    QList<core::RoadSegment> roads;
    QList<core::DemandPoint> demandPoints;
};

} // namespace cp::storage
