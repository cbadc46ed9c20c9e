// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/router.h"

#include <algorithm>
#include <optional>

namespace cp::routing {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr std::uint32_t none = 0xFFFFFFFFu;

/*!
 * One way between a road location and an end of its piece. \a forward is the travel direction on the
 * piece; \a node is the end the search graph is entered at (origin side) or left at (target side).
 */
struct Link
{
    std::uint32_t node;
    double share; //!< of the piece's length and time
    bool forward;
};

/*!
 * The links of a location. Travel from the location forward reaches the piece's last node; travel into
 * it forward comes from the first node. \a leaving says whether travel leaves the location.
 */
std::vector<Link> linksOf(const RoadGraph::Piece &piece, double fraction, bool leaving)
{
    // A location at an end of its piece is that node, whatever the piece's direction: share 0.
    const bool atFrom = fraction <= 0.0;
    const bool atTo = fraction >= 1.0;
    std::vector<Link> links;
    if (piece.forwardAllowed || (leaving ? atTo : atFrom))
        links.push_back(leaving ? Link{piece.to, 1.0 - fraction, true} : Link{piece.from, fraction, true});
    if (piece.backwardAllowed || (leaving ? atFrom : atTo))
        links.push_back(leaving ? Link{piece.from, fraction, false} : Link{piece.to, 1.0 - fraction, false});
    return links;
}

void appendPiece(QVector<ProjectedPoint> &path, const RoadGraph &graph, std::uint32_t pieceIndex, bool forward)
{
    const RoadGraph::Piece &piece = graph.pieces()[pieceIndex];
    const ProjectedPoint *p = graph.points().data() + piece.firstPoint;
    for (std::uint32_t i = 1; i < piece.pointCount; ++i)
        path.append(forward ? p[i] : p[piece.pointCount - 1 - i]);
}

//! From location \a at to the end of its piece that travel in direction \a forward reaches.
void appendLeave(QVector<ProjectedPoint> &path, const RoadGraph &graph, const RoadLocation &at, bool forward)
{
    const RoadGraph::Piece &piece = graph.pieces()[at.piece];
    const ProjectedPoint *p = graph.points().data() + piece.firstPoint;
    path.append(at.point);
    if (forward) {
        for (std::uint32_t i = at.segment + 1; i < piece.pointCount; ++i)
            path.append(p[i]);
    } else {
        for (std::uint32_t i = at.segment + 1; i-- > 0;)
            path.append(p[i]);
    }
}

//! From the end of the piece travel in direction \a forward starts at (already on \a path) to \a at.
void appendEnter(QVector<ProjectedPoint> &path, const RoadGraph &graph, const RoadLocation &at, bool forward)
{
    const RoadGraph::Piece &piece = graph.pieces()[at.piece];
    const ProjectedPoint *p = graph.points().data() + piece.firstPoint;
    if (forward) {
        for (std::uint32_t i = 1; i <= at.segment; ++i)
            path.append(p[i]);
    } else {
        for (std::uint32_t i = piece.pointCount - 1; i-- > at.segment + 1;)
            path.append(p[i]);
    }
    path.append(at.point);
}

//! Along one piece from \a from to \a to when travel in that order is allowed.
void appendWithin(QVector<ProjectedPoint> &path, const RoadGraph &graph, const RoadLocation &from,
                  const RoadLocation &to)
{
    const RoadGraph::Piece &piece = graph.pieces()[from.piece];
    const ProjectedPoint *p = graph.points().data() + piece.firstPoint;
    path.append(from.point);
    if (to.fraction >= from.fraction) {
        for (std::uint32_t i = from.segment + 1; i <= to.segment; ++i)
            path.append(p[i]);
    } else {
        for (std::uint32_t i = from.segment + 1; i-- > to.segment + 1;)
            path.append(p[i]);
    }
    path.append(to.point);
}

} // namespace

Router::Router(RoadGraph graph) : m_graph(std::move(graph))
{
    const auto n = static_cast<size_t>(m_graph.nodeCount());
    m_nodes.assign(n, NodeState{infinity, none, 0});
}

void Router::reset()
{
    for (std::uint32_t v : m_touched)
        m_nodes[v] = NodeState{infinity, none, 0};
    m_touched.clear();
    m_heap.clear();
}

void Router::relax(std::uint32_t node, double seconds, std::uint32_t parentArc)
{
    NodeState &state = m_nodes[node];
    if (!(seconds < state.seconds))
        return; // also true for settled nodes: arc times are not negative
    if (state.seconds == infinity)
        m_touched.push_back(node); // a wanted node may be listed twice; reset() does not mind
    state.seconds = seconds;
    state.parentArc = parentArc;
    m_heap.push(seconds, node);
}

void Router::run(const std::vector<Seed> &seeds, Direction direction, int wantedNodes)
{
    for (const Seed &s : seeds)
        relax(s.node, s.seconds, none);
    const RoadGraph::Adjacency adjacency = m_graph.adjacency(direction);
    while (!m_heap.empty()) {
        const RadixHeap::Entry top = m_heap.pop();
        const std::uint32_t node = top.value;
        const double seconds = RadixHeap::keyOf(top.key);
        if (seconds > m_nodes[node].seconds)
            continue; // out of date: the node was reached quicker after this entry was pushed
        if (m_nodes[node].wanted == 1) {
            m_nodes[node].wanted = 2;
            if (--wantedNodes == 0)
                return; // every target's ends are settled: their times are final
        }
        for (std::uint32_t i = adjacency.offsets[node], end = adjacency.offsets[node + 1]; i < end; ++i)
            relax(adjacency.arcs[i].node, seconds + adjacency.arcs[i].seconds, i);
    }
}

std::vector<double> Router::timesFromNode(int node, Direction direction)
{
    reset();
    if (node >= 0 && node < m_graph.nodeCount())
        run({Seed{static_cast<std::uint32_t>(node), 0.0}}, direction, -1);
    std::vector<double> seconds(m_nodes.size());
    std::transform(m_nodes.cbegin(), m_nodes.cend(), seconds.begin(), [](const NodeState &s) { return s.seconds; });
    return seconds;
}

std::vector<const RoadGraph::Arc *> Router::chain(std::uint32_t node, Direction direction) const
{
    // An arc is stored at the node it was relaxed from; which end of its piece that is follows from the
    // direction of travel on the piece and of the search.
    const RoadGraph::Arc *const base = m_graph.adjacency(direction).arcs;
    const bool fromOrigin = direction == Direction::FromOrigin;
    std::vector<const RoadGraph::Arc *> arcs;
    for (std::uint32_t v = node; m_nodes[v].parentArc != none;) {
        const RoadGraph::Arc *arc = base + m_nodes[v].parentArc;
        arcs.push_back(arc);
        const RoadGraph::Piece &piece = m_graph.pieces()[arc->piece()];
        v = (arc->forward() == fromOrigin) ? piece.from : piece.to;
    }
    if (fromOrigin)
        std::reverse(arcs.begin(), arcs.end());
    return arcs;
}

QVector<Route> Router::travelTimes(const RoadLocation &origin, const QVector<RoadLocation> &targets,
                                   Direction direction, bool withPaths)
{
    reset();
    QVector<Route> routes(targets.size());
    const auto &pieces = m_graph.pieces();
    if (targets.isEmpty() || origin.piece >= pieces.size())
        return routes;
    const bool fromOrigin = direction == Direction::FromOrigin;
    const RoadGraph::Piece &originPiece = pieces[origin.piece];

    // For travel to the origin the search runs backwards, so the origin's links are those entering it.
    const std::vector<Link> originLinks = linksOf(originPiece, origin.fraction, fromOrigin);
    std::vector<Seed> seeds;
    for (const Link &l : originLinks)
        seeds.push_back({l.node, l.share * originPiece.seconds});

    int wanted = 0;
    for (const RoadLocation &t : targets) {
        if (t.piece >= pieces.size())
            continue;
        for (const Link &l : linksOf(pieces[t.piece], t.fraction, !fromOrigin)) {
            if (m_nodes[l.node].wanted == 0) {
                m_touched.push_back(l.node);
                m_nodes[l.node].wanted = 1;
                ++wanted;
            }
        }
    }
    run(seeds, direction, wanted);

    for (int i = 0; i < targets.size(); ++i) {
        const RoadLocation &t = targets[i];
        if (t.piece >= pieces.size())
            continue;
        const RoadGraph::Piece &piece = pieces[t.piece];
        Route &route = routes[i];
        std::optional<Link> best;
        for (const Link &l : linksOf(piece, t.fraction, !fromOrigin)) {
            const double seconds = m_nodes[l.node].seconds + l.share * piece.seconds;
            if (seconds < route.seconds) {
                route.seconds = seconds;
                best = l;
            }
        }
        // Both on one piece: along it, when its direction allows travel from the start to the end.
        bool within = false;
        if (t.piece == origin.piece) {
            const RoadLocation &start = fromOrigin ? origin : t;
            const RoadLocation &end = fromOrigin ? t : origin;
            const bool forward = end.fraction >= start.fraction;
            if (forward ? piece.forwardAllowed : piece.backwardAllowed) {
                const double share = std::abs(end.fraction - start.fraction);
                if (share * piece.seconds <= route.seconds) {
                    route.seconds = share * piece.seconds;
                    within = true;
                }
            }
        }
        if (!withPaths || !route.isReachable())
            continue;
        if (within) {
            route.metres = std::abs(t.fraction - origin.fraction) * piece.metres;
            appendWithin(route.path, m_graph, fromOrigin ? origin : t, fromOrigin ? t : origin);
            continue;
        }
        // The seed the chain ends at tells which way the origin's piece was used.
        const std::vector<const RoadGraph::Arc *> arcs = chain(best->node, direction);
        std::uint32_t seed = best->node;
        if (!arcs.empty()) {
            const RoadGraph::Arc *first = fromOrigin ? arcs.front() : arcs.back();
            const RoadGraph::Piece &p = pieces[first->piece()];
            seed = (first->forward() == fromOrigin) ? p.from : p.to;
        }
        const Link *originLink = &originLinks.front();
        for (const Link &l : originLinks)
            if (l.node == seed && l.share * originPiece.seconds == m_nodes[seed].seconds)
                originLink = &l;
        route.metres = originLink->share * originPiece.metres + best->share * piece.metres;
        for (const RoadGraph::Arc *a : arcs)
            route.metres += pieces[a->piece()].metres;
        const RoadLocation &start = fromOrigin ? origin : t;
        const RoadLocation &end = fromOrigin ? t : origin;
        appendLeave(route.path, m_graph, start, fromOrigin ? originLink->forward : best->forward);
        for (const RoadGraph::Arc *a : arcs)
            appendPiece(route.path, m_graph, a->piece(), a->forward());
        appendEnter(route.path, m_graph, end, fromOrigin ? best->forward : originLink->forward);
    }
    return routes;
}

} // namespace cp::routing
