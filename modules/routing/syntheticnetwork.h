// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/roadsegment.h"
#include "routing/roadgraph.h"

namespace cp::routing {

//! One straight two-vertex road of a synthetic network, in EPSG:4548 metres.
struct SyntheticRoad
{
    ProjectedPoint from;
    ProjectedPoint to;
    core::RoadClass roadClass;
    double speedKmh;
    bool oneWay; //!< drivable from \a from to \a to only
};

/*!
 * \brief Seeded synthetic road networks for tests and benchmarks.
 *
 * A jittered grid of junctions near Liangshan (EPSG:4548) joined to their right and upper neighbours,
 * with random road classes (speeds from SpeedTable::defaults()) and about one road in ten one-way. The
 * same seed gives the same network on every platform (own SplitMix64 generator, no std distributions).
 */
class SyntheticNetwork
{
public:
    //! A grid of \a columns x \a rows junctions \a spacing metres apart: 2·c·r − c − r roads.
    static QVector<SyntheticRoad> grid(int columns, int rows, double spacing, std::uint64_t seed);
    //! The smallest square grid with at least \a roads roads.
    static QVector<SyntheticRoad> withAtLeast(int roads, double spacing, std::uint64_t seed);
    //! Builds the graph of \a roads (CRS EPSG:4548).
    static RoadGraph build(const QVector<SyntheticRoad> &roads);
};

} // namespace cp::routing
