// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/router.h"

#include <algorithm>
#include <functional>
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
    m_seconds.assign(n, infinity);
    m_metres.assign(n, infinity);
    m_parentNode.assign(n, none);
    m_parentArc.assign(n, none);
    m_wanted.assign(n, 0);
}

void Router::reset()
{
    for (std::uint32_t v : m_touched) {
        m_seconds[v] = infinity;
        m_metres[v] = infinity;
        m_parentNode[v] = none;
        m_parentArc[v] = none;
        m_wanted[v] = 0;
    }
    m_touched.clear();
    m_heap.clear();
}

void Router::relax(std::uint32_t node, double seconds, double metres, std::uint32_t parentNode,
                   std::uint32_t parentArc)
{
    if (!(seconds < m_seconds[node]))
        return;
    if (m_seconds[node] == infinity && m_wanted[node] == 0)
        m_touched.push_back(node);
    m_seconds[node] = seconds;
    m_metres[node] = metres;
    m_parentNode[node] = parentNode;
    m_parentArc[node] = parentArc;
    m_heap.emplace_back(seconds, node);
    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
}

void Router::run(const std::vector<Seed> &seeds, Direction direction, int wantedNodes)
{
    for (const Seed &s : seeds)
        relax(s.node, s.seconds, s.metres, none, none);
    const RoadGraph::Arc *const base = m_graph.arcsBegin(0, direction);
    const auto &pieces = m_graph.pieces();
    while (!m_heap.empty()) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        const auto [seconds, node] = m_heap.back();
        m_heap.pop_back();
        if (seconds > m_seconds[node])
            continue; // a stale entry: the node was reached quicker later
        if (m_wanted[node] == 1) {
            m_wanted[node] = 2;
            if (--wantedNodes == 0)
                return; // every target's ends are settled: their times are final
        }
        const double metres = m_metres[node];
        for (const RoadGraph::Arc *a = m_graph.arcsBegin(static_cast<int>(node), direction),
                                  *end = m_graph.arcsEnd(static_cast<int>(node), direction);
             a != end; ++a)
            relax(a->node, seconds + a->seconds, metres + pieces[a->piece].metres, node,
                  static_cast<std::uint32_t>(a - base));
    }
}

const std::vector<double> &Router::timesFromNode(int node, Direction direction)
{
    reset();
    if (node >= 0 && node < m_graph.nodeCount())
        run({Seed{static_cast<std::uint32_t>(node), 0.0, 0.0}}, direction, -1);
    return m_seconds;
}

void Router::appendArcs(QVector<ProjectedPoint> &path, std::uint32_t node, Direction direction) const
{
    // Parent links run back toward the origin: reversed for travel from it, in travel order for travel to it.
    std::vector<std::uint32_t> arcs;
    for (std::uint32_t v = node; m_parentArc[v] != none; v = m_parentNode[v])
        arcs.push_back(m_parentArc[v]);
    if (direction == Direction::FromOrigin)
        std::reverse(arcs.begin(), arcs.end());
    const RoadGraph::Arc *const base = m_graph.arcsBegin(0, direction);
    for (std::uint32_t a : arcs)
        appendPiece(path, m_graph, base[a].piece, base[a].forward);
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
        seeds.push_back({l.node, l.share * originPiece.seconds, l.share * originPiece.metres});

    int wanted = 0;
    for (const RoadLocation &t : targets) {
        if (t.piece >= pieces.size())
            continue;
        for (const Link &l : linksOf(pieces[t.piece], t.fraction, !fromOrigin)) {
            if (m_wanted[l.node] == 0) {
                if (m_seconds[l.node] == infinity)
                    m_touched.push_back(l.node);
                m_wanted[l.node] = 1;
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
            const double seconds = m_seconds[l.node] + l.share * piece.seconds;
            if (seconds < route.seconds) {
                route.seconds = seconds;
                route.metres = m_metres[l.node] + l.share * piece.metres;
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
                    route.metres = share * piece.metres;
                    within = true;
                }
            }
        }
        if (!withPaths || !route.isReachable())
            continue;
        if (within) {
            appendWithin(route.path, m_graph, fromOrigin ? origin : t, fromOrigin ? t : origin);
            continue;
        }
        // The seed the chain ends at tells which way the origin's piece was used.
        std::uint32_t seed = best->node;
        while (m_parentArc[seed] != none)
            seed = m_parentNode[seed];
        const Link *originLink = &originLinks.front();
        for (const Link &l : originLinks)
            if (l.node == seed && l.share * originPiece.seconds == m_seconds[seed])
                originLink = &l;
        if (fromOrigin) {
            appendLeave(route.path, m_graph, origin, originLink->forward);
            appendArcs(route.path, best->node, direction);
            appendEnter(route.path, m_graph, t, best->forward);
        } else {
            appendLeave(route.path, m_graph, t, best->forward);
            appendArcs(route.path, best->node, direction);
            appendEnter(route.path, m_graph, origin, originLink->forward);
        }
    }
    return routes;
}

} // namespace cp::routing
