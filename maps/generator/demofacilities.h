// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "countyshape.h"
#include "demorandom.h"

#include "core/rescuestation.h"
#include "core/shelter.h"
#include "core/supplydepot.h"
#include "core/team.h"
#include "core/town.h"

#include <QList>

namespace cp::demo {

/*!
 * \brief The demo's response side: shelters of every type, the three-level rescue stations, county
 * professional teams and town teams, and the county and town supply depots with their stock.
 */
class FacilityGenerator
{
public:
    FacilityGenerator(const CountyShape &shape, DemoRandom &random);

    QList<core::Shelter> shelters(const QList<core::Town> &towns);
    QList<core::RescueStation> rescueStations(const QList<core::Town> &towns);
    QList<core::Team> teams(const QList<core::RescueStation> &stations, const QList<core::Town> &towns);
    QList<core::SupplyDepot> supplyDepots(const QList<core::Town> &towns);

private:
    const CountyShape &m_shape;
    DemoRandom &m_random;
};

} // namespace cp::demo
