// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/roadgraph.h"
#include "routing/roadlocation.h"

#include <optional>

namespace cp::routing {

/*!
 * \brief Finds the nearest point on the road network, through a uniform grid over the road sub-segments.
 *
 * Built once per graph (a copy of the graph is kept); snap() is const and safe from many threads.
 */
class Snapper
{
public:
    //! Default for maxDistance(): a place farther than this from any road is not reachable by road.
    static constexpr double defaultMaxDistanceMetres = 1000.0;

    explicit Snapper(RoadGraph graph, double maxDistanceMetres = defaultMaxDistanceMetres);

    double maxDistance() const { return m_maxDistance; }

    /*!
     * \brief The nearest place on a road to \a point (graph CRS).
     *
     * Returns nothing and sets \a error (if not nullptr) when the graph is empty or no road is within
     * maxDistance().
     */
    std::optional<RoadLocation> snap(const ProjectedPoint &point, QString *error = nullptr) const;
    //! As above for a longitude/latitude, which is projected into the graph's CRS first.
    std::optional<RoadLocation> snap(const core::GeoPoint &point, QString *error = nullptr) const;

private:
    struct Candidate
    {
        std::uint32_t piece;
        std::uint32_t segment;
    };
    void visitCell(long cx, long cy, const ProjectedPoint &p, RoadLocation &best, bool &found) const;

    RoadGraph m_graph;
    double m_maxDistance;
    double m_originX = 0.0;
    double m_originY = 0.0;
    double m_cellSize = 1.0;
    long m_columns = 0;
    long m_rows = 0;
    std::vector<std::uint32_t> m_cellStarts; //!< m_columns * m_rows + 1 entries into m_candidates
    std::vector<Candidate> m_candidates;
};

} // namespace cp::routing
