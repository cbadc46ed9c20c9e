// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/crstransform.h"
#include "routing/roadgraph.h"

#include <mutex>

namespace cp::routing {

//! The shared, immutable storage behind RoadGraph; filled once by RoadGraphBuilder::build().
struct RoadGraph::Data
{
    QString crs;

    //! Longitude/latitude <-> crs, made on first use (setting up PROJ costs milliseconds); nullptr if invalid.
    const CrsTransform *transformer() const
    {
        std::call_once(transformOnce, [this] {
            if (!transform)
                transform = std::make_shared<CrsTransform>(crs);
        });
        return transform->isValid() ? transform.get() : nullptr;
    }
    mutable std::once_flag transformOnce;
    mutable std::shared_ptr<const CrsTransform> transform; //!< may be given by the builder
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
