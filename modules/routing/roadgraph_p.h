// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/crstransform.h"
#include "routing/roadgraph.h"

namespace cp::routing {

//! The shared, immutable storage behind RoadGraph; filled once by RoadGraphBuilder::build().
struct RoadGraph::Data
{
    QString crs;
    std::shared_ptr<const CrsTransform> transform; //!< created lazily would need a lock; built with the graph
    std::vector<ProjectedPoint> nodes;
    std::vector<std::uint32_t> outOffsets; //!< nodes + 1 entries into outArcs
    std::vector<Arc> outArcs;
    std::vector<std::uint32_t> inOffsets;
    std::vector<Arc> inArcs;
    std::vector<Piece> pieces;
    std::vector<ProjectedPoint> points;
    QStringList segmentIds;
};

} // namespace cp::routing
