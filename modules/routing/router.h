// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/roadgraph.h"
#include "routing/roadlocation.h"

#include <limits>

namespace cp::routing {

//! The quickest way between two road locations.
struct Route
{
    //! Travel time; infinity when the target cannot be reached.
    double seconds = std::numeric_limits<double>::infinity();
    //! Length of the quickest route; infinity when unreachable.
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
     * every target is settled. \a withPaths fills Route::path.
     */
    QVector<Route> travelTimes(const RoadLocation &origin, const QVector<RoadLocation> &targets, Direction direction,
                               bool withPaths = true);

    /*!
     * \brief Seconds from (or to) graph node \a node to every node, infinity where unreachable.
     *
     * The reference is valid until the next query on this Router.
     */
    const std::vector<double> &timesFromNode(int node, Direction direction);

private:
    struct Seed
    {
        std::uint32_t node;
        double seconds;
    };
    void reset();
    void run(const std::vector<Seed> &seeds, Direction direction, int wantedNodes);
    void relax(std::uint32_t node, double seconds, std::uint32_t parentArc);
    void siftUp(std::uint32_t index);
    void siftDown(std::uint32_t index);
    //! The arcs from the seed to \a node (travel order for Direction::ToOrigin, reversed otherwise).
    std::vector<const RoadGraph::Arc *> chain(std::uint32_t node, Direction direction) const;

    RoadGraph m_graph;
    std::vector<double> m_seconds;
    std::vector<std::uint32_t> m_parentArc;
    std::vector<std::uint8_t> m_wanted;
    std::vector<std::uint32_t> m_touched;
    //! A 4-ary min-heap with decrease-key: one entry per node, no stale entries, shallow sifts.
    struct HeapEntry
    {
        double seconds;
        std::uint32_t node;
    };
    std::vector<HeapEntry> m_heap;
    std::vector<std::uint32_t> m_heapIndex; //!< per node: its place in m_heap, or none
};

} // namespace cp::routing
