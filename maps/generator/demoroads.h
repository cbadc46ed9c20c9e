// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "countyshape.h"
#include "demorandom.h"

#include "core/demandpoint.h"
#include "core/roadsegment.h"
#include "core/town.h"

#include <QList>
#include <QSet>

namespace cp::demo {

/*!
 * \brief A synthetic road network that joins every town and village (clearly labelled synthetic).
 *
 * Trunk roads join each town to its nearest towns (a north–south national road through the county
 * seat), cut into ~1.5 km segments whose ends are junctions; every village joins the nearest node
 * already connected, some twice so there are alternative routes; the county seat has a street grid
 * with alternating one-way streets. Segment ends coincide exactly, so the network is one component.
 */
class RoadNetworkGenerator
{
public:
    RoadNetworkGenerator(const CountyShape &shape, DemoRandom &random);

    QList<core::RoadSegment> generate(const QList<core::Town> &towns, const QList<core::DemandPoint> &places);

private:
    int addNode(const core::GeoPoint &p);
    void addRoad(int from, int to, core::RoadClass roadClass, const QString &name, bool oneWay = false);
    void addTrunk(int fromTown, int toTown, core::RoadClass roadClass, const QString &name);
    void addSeatGrid(const core::Town &seatTown);
    int nearestConnected(const core::GeoPoint &p, int excluding = -1) const;

    const CountyShape &m_shape;
    DemoRandom &m_random;
    QList<core::GeoPoint> m_nodes;
    QList<bool> m_connected;
    QList<int> m_townNode;
    QSet<int> m_placeNodes; //!< nodes that are villages or quarters, not junctions
    QList<core::RoadSegment> m_roads;
};

} // namespace cp::demo
