// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/roadgraph.h"

namespace cp::routing {

/*!
 * \brief A place on the road network: a point on one piece, as Snapper returns it.
 *
 * Searches start and end here as at a virtual node splitting the piece; the travel time to either end
 * is the piece's time pro-rated by length.
 */
struct RoadLocation
{
    std::uint32_t piece = 0;
    //! The piece's sub-segment (between its vertices \a segment and \a segment + 1) holding the point.
    std::uint32_t segment = 0;
    //! Share of the piece's length from its first point to this place, 0..1.
    double fraction = 0.0;
    //! The place on the road, in the graph's CRS.
    ProjectedPoint point;
    //! Straight-line metres from the point that was snapped to \a point.
    double snapDistance = 0.0;
};

} // namespace cp::routing
