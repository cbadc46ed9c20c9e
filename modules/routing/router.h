// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/roadgraph.h"
#include "routing/radixheap.h"
#include "routing/roadlocation.h"

#include <limits>

namespace cp::routing {

//! The quickest way between two road locations.
struct Route
{
    //! Travel time; infinity when the target cannot be reached.
    double seconds = std::numeric_limits<double>::infinity();
    //! Length of the quickest route; infinity when unreachable or not asked for (Router::travelTimes()).
    double metres = std::numeric_limits<double>::infinity();
    //! The route in travel order, graph CRS (RoadGraph::toGeo() gives longitude/latitude); empty unless asked for.
    QVector<ProjectedPoint> path;

    bool isReachable() const { return seconds < std::numeric_limits<double>::infinity(); }
};

/*!
 * \brief Shortest travel times on a RoadGraph (Dijkstra with a binary heap).
 *
 * A Router keeps its work arrays between queries, so one Router serves many queries; it is not safe to
 * use from two threads at once (TravelTimeMatrix gives each thread its own).
 */
class Router
{
public:
    explicit Router(RoadGraph graph);

    const RoadGraph &graph() const { return m_graph; }

    /*!
     * \brief Travel times between \a origin and each of \a targets, in the order given.
     *
     * With Direction::FromOrigin travel starts at the origin; with Direction::ToOrigin it ends there
     * (teams driving to an incident), which matters on one-way streets. The search stops as soon as
     * every target is settled. \a withPaths fills Route::path and Route::metres; without it only the
     * seconds are set, which is all a matrix needs.
     */
    QVector<Route> travelTimes(const RoadLocation &origin, const QVector<RoadLocation> &targets, Direction direction,
                               bool withPaths = true);

    //! Seconds from (or to) graph node \a node to every node, infinity where unreachable.
    std::vector<double> timesFromNode(int node, Direction direction);

private:
    struct Seed
    {
        std::uint32_t node;
        double seconds;
    };
    void reset();
    void run(const std::vector<Seed> &seeds, Direction direction, int wantedNodes);
    void relax(std::uint32_t node, double seconds, std::uint32_t parentArc);
    //! The arcs from the seed to \a node (travel order for Direction::ToOrigin, reversed otherwise).
    std::vector<const RoadGraph::Arc *> chain(std::uint32_t node, Direction direction) const;

    RoadGraph m_graph;
    //! What a search knows of a node, packed so that relaxing an arc touches one cache line.
    struct NodeState
    {
        double seconds;
        std::uint32_t parentArc; //!< global arc index, or none for a seed
        std::uint32_t wanted;    //!< 0 not an end of a target's piece, 1 wanted, 2 wanted and settled
    };
    std::vector<NodeState> m_nodes;
    std::vector<std::uint32_t> m_touched;
    RadixHeap m_heap;
};

} // namespace cp::routing
