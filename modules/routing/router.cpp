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
    m_seconds.assign(n, infinity);
    m_parentArc.assign(n, none);
    m_wanted.assign(n, 0);
    m_heapIndex.assign(n, none);
}

void Router::reset()
{
    for (std::uint32_t v : m_touched) {
        m_seconds[v] = infinity;
        m_parentArc[v] = none;
        m_wanted[v] = 0;
        m_heapIndex[v] = none;
    }
    m_touched.clear();
    m_heap.clear();
}

void Router::siftUp(std::uint32_t index)
{
    const HeapEntry entry = m_heap[index];
    while (index > 0) {
        const std::uint32_t parent = (index - 1) / 4;
        if (m_heap[parent].seconds <= entry.seconds)
            break;
        m_heap[index] = m_heap[parent];
        m_heapIndex[m_heap[index].node] = index;
        index = parent;
    }
    m_heap[index] = entry;
    m_heapIndex[entry.node] = index;
}

void Router::siftDown(std::uint32_t index)
{
    const HeapEntry entry = m_heap[index];
    const auto size = static_cast<std::uint32_t>(m_heap.size());
    for (;;) {
        const std::uint32_t first = 4 * index + 1;
        if (first >= size)
            break;
        std::uint32_t best = first;
        for (std::uint32_t c = first + 1; c < std::min(first + 4, size); ++c)
            if (m_heap[c].seconds < m_heap[best].seconds)
                best = c;
        if (m_heap[best].seconds >= entry.seconds)
            break;
        m_heap[index] = m_heap[best];
        m_heapIndex[m_heap[index].node] = index;
        index = best;
    }
    m_heap[index] = entry;
    m_heapIndex[entry.node] = index;
}

void Router::relax(std::uint32_t node, double seconds, std::uint32_t parentArc)
{
    if (!(seconds < m_seconds[node]))
        return; // also true for settled nodes: arc times are not negative
    if (m_seconds[node] == infinity && m_wanted[node] == 0)
        m_touched.push_back(node);
    m_seconds[node] = seconds;
    m_parentArc[node] = parentArc;
    std::uint32_t index = m_heapIndex[node];
    if (index == none) {
        index = static_cast<std::uint32_t>(m_heap.size());
        m_heap.push_back({seconds, node});
    } else {
        m_heap[index].seconds = seconds;
    }
    siftUp(index);
}

void Router::run(const std::vector<Seed> &seeds, Direction direction, int wantedNodes)
{
    for (const Seed &s : seeds)
        relax(s.node, s.seconds, none);
    const RoadGraph::Arc *const base = m_graph.arcsBegin(0, direction);
    while (!m_heap.empty()) {
        const auto [seconds, node] = m_heap.front();
        m_heapIndex[node] = none;
        m_heap.front() = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty())
            siftDown(0);
        if (m_wanted[node] == 1) {
            m_wanted[node] = 2;
            if (--wantedNodes == 0)
                return; // every target's ends are settled: their times are final
        }
        for (const RoadGraph::Arc *a = m_graph.arcsBegin(static_cast<int>(node), direction),
                                  *end = m_graph.arcsEnd(static_cast<int>(node), direction);
             a != end; ++a)
            relax(a->node, seconds + a->seconds, static_cast<std::uint32_t>(a - base));
    }
}

const std::vector<double> &Router::timesFromNode(int node, Direction direction)
{
    reset();
    if (node >= 0 && node < m_graph.nodeCount())
        run({Seed{static_cast<std::uint32_t>(node), 0.0}}, direction, -1);
    return m_seconds;
}

std::vector<const RoadGraph::Arc *> Router::chain(std::uint32_t node, Direction direction) const
{
    // An arc is stored at the node it was relaxed from; which end of its piece that is follows from the
    // direction of travel on the piece and of the search.
    const RoadGraph::Arc *const base = m_graph.arcsBegin(0, direction);
    const bool fromOrigin = direction == Direction::FromOrigin;
    std::vector<const RoadGraph::Arc *> arcs;
    for (std::uint32_t v = node; m_parentArc[v] != none;) {
        const RoadGraph::Arc *arc = base + m_parentArc[v];
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
        if (!route.isReachable())
            continue;
        if (within) {
            if (withPaths)
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
            if (l.node == seed && l.share * originPiece.seconds == m_seconds[seed])
                originLink = &l;
        route.metres = originLink->share * originPiece.metres + best->share * piece.metres;
        for (const RoadGraph::Arc *a : arcs)
            route.metres += pieces[a->piece()].metres;
        if (!withPaths)
            continue;
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
