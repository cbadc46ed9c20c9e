// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/roadgraphbuilder.h"

#include "routing/roadgraph_p.h"
#include "routing/tr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cp::routing {

namespace {

//! Vertices closer than this (metres, per axis) are one vertex: digitising noise, not a separate junction.
constexpr double vertexQuantum = 0.001;

/*!
 * Open-addressing hash from quantised coordinates to a vertex id. A spatial index per vertex is what
 * makes QGIS's graph builder slow (QGIS-NOTES §5); an exact-key hash does the same job in O(1).
 */
class VertexTable
{
public:
    explicit VertexTable(size_t expected)
    {
        size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        m_mask = capacity - 1;
        m_slots.assign(capacity, Slot{0, 0, empty});
    }

    //! The id of the vertex at (x, y), or \a next when it is new.
    std::uint32_t idOf(double x, double y, std::uint32_t next)
    {
        const auto qx = static_cast<std::int64_t>(std::llround(x / vertexQuantum));
        const auto qy = static_cast<std::int64_t>(std::llround(y / vertexQuantum));
        std::uint64_t h = static_cast<std::uint64_t>(qx) * 0x9E3779B97F4A7C15ULL
                          ^ (static_cast<std::uint64_t>(qy) + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
        h ^= h >> 29;
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.id == empty) {
                s = {qx, qy, next};
                return next;
            }
            if (s.qx == qx && s.qy == qy)
                return s.id;
        }
    }

private:
    static constexpr std::uint32_t empty = 0xFFFFFFFFu;
    struct Slot
    {
        std::int64_t qx;
        std::int64_t qy;
        std::uint32_t id;
    };
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

//! Spreads the low 21 bits of \a v to the even bits of the result (for a Morton key).
std::uint64_t spreadBits(std::uint64_t v)
{
    v &= 0x1FFFFF;
    v = (v | v << 32) & 0x1F00000000FFFFULL;
    v = (v | v << 16) & 0x1F0000FF0000FFULL;
    v = (v | v << 8) & 0x100F00F00F00F00FULL;
    v = (v | v << 4) & 0x10C30C30C30C30C3ULL;
    v = (v | v << 2) & 0x1249249249249249ULL;
    return v;
}

/*!
 * Renumbers the nodes along a Z-order curve. A search settles nodes along a spreading front; with
 * neighbours on the map also near each other in memory, their state and arcs share cache lines, which
 * matters more than anything else once a network outgrows the cache.
 */
void renumberNodes(RoadGraph::Data &d)
{
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (const ProjectedPoint &p : d.nodes) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    const double scale = double((1 << 21) - 1) / std::max({maxX - minX, maxY - minY, 1.0});
    std::vector<std::pair<std::uint64_t, std::uint32_t>> order(d.nodes.size());
    for (std::uint32_t n = 0; n < d.nodes.size(); ++n) {
        const auto x = static_cast<std::uint64_t>((d.nodes[n].x - minX) * scale);
        const auto y = static_cast<std::uint64_t>((d.nodes[n].y - minY) * scale);
        order[n] = {spreadBits(x) | spreadBits(y) << 1, n};
    }
    std::sort(order.begin(), order.end());
    std::vector<std::uint32_t> newId(d.nodes.size());
    std::vector<ProjectedPoint> nodes(d.nodes.size());
    for (std::uint32_t rank = 0; rank < order.size(); ++rank) {
        newId[order[rank].second] = rank;
        nodes[rank] = d.nodes[order[rank].second];
    }
    d.nodes = std::move(nodes);
    for (RoadGraph::Piece &piece : d.pieces) {
        piece.from = newId[piece.from];
        piece.to = newId[piece.to];
    }
}

void fillAdjacency(RoadGraph::Data &d, bool incoming)
{
    std::vector<std::uint32_t> &offsets = incoming ? d.inOffsets : d.outOffsets;
    std::vector<RoadGraph::Arc> &arcs = incoming ? d.inArcs : d.outArcs;
    offsets.assign(d.nodes.size() + 1, 0);
    // An arc a->b is outgoing at a and incoming at b; "forward" keeps the travel direction on the piece.
    auto forEachArc = [&d](auto &&visit) {
        for (std::uint32_t p = 0; p < d.pieces.size(); ++p) {
            const RoadGraph::Piece &piece = d.pieces[p];
            if (piece.forwardAllowed)
                visit(piece.from, piece.to, p, piece.seconds, true);
            if (piece.backwardAllowed)
                visit(piece.to, piece.from, p, piece.seconds, false);
        }
    };
    forEachArc([&](std::uint32_t tail, std::uint32_t head, std::uint32_t, double, bool) {
        ++offsets[(incoming ? head : tail) + 1];
    });
    for (size_t i = 1; i < offsets.size(); ++i)
        offsets[i] += offsets[i - 1];
    arcs.resize(offsets.back());
    std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
    forEachArc([&](std::uint32_t tail, std::uint32_t head, std::uint32_t piece, double seconds, bool forward) {
        const std::uint32_t at = incoming ? head : tail;
        arcs[fill[at]++] = RoadGraph::Arc{incoming ? tail : head, piece << 1 | (forward ? 1u : 0u), seconds};
    });
}

} // namespace

RoadGraphBuilder::RoadGraphBuilder(QString crs) : m_crs(std::move(crs)) {}

void RoadGraphBuilder::reserve(int lines, int points)
{
    m_points.reserve(static_cast<size_t>(points));
    m_lineStarts.reserve(static_cast<size_t>(lines) + 1);
    m_lineSpeeds.reserve(static_cast<size_t>(lines));
    m_lineOneWay.reserve(static_cast<size_t>(lines));
    m_lineIds.reserve(lines);
}

bool RoadGraphBuilder::addLine(const ProjectedPoint *points, int count, double speedKmh, bool oneWay,
                               const QString &id, QString *error)
{
    if (!(speedKmh > 0) || !std::isfinite(speedKmh)) {
        if (error)
            *error = Tr::tr("Road %1 has speed %2 km/h; a speed must be above 0.").arg(id).arg(speedKmh);
        return false;
    }
    bool distinct = false;
    for (int i = 0; i < count; ++i) {
        if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y)) {
            if (error)
                *error = Tr::tr("Road %1 has a vertex that is not a finite coordinate.").arg(id);
            return false;
        }
        distinct = distinct || std::abs(points[i].x - points[0].x) >= vertexQuantum
                   || std::abs(points[i].y - points[0].y) >= vertexQuantum;
    }
    if (!distinct) {
        if (error)
            *error = Tr::tr("Road %1 has fewer than two distinct vertices.").arg(id);
        return false;
    }
    if (m_lineStarts.empty())
        m_lineStarts.push_back(0);
    m_points.insert(m_points.end(), points, points + count);
    m_lineStarts.push_back(static_cast<std::uint32_t>(m_points.size()));
    m_lineSpeeds.push_back(speedKmh);
    m_lineOneWay.push_back(oneWay);
    m_lineIds.append(id);
    return true;
}

bool RoadGraphBuilder::addSegment(const core::RoadSegment &segment, QString *error)
{
    if (!m_transform)
        m_transform = std::make_shared<CrsTransform>(m_crs);
    const CrsTransform &transform = *m_transform;
    if (!transform.isValid()) {
        if (error)
            *error = transform.error();
        return false;
    }
    std::vector<double> xs;
    std::vector<double> ys;
    for (const core::GeoPoint &p : segment.line) {
        xs.push_back(p.lon);
        ys.push_back(p.lat);
    }
    if (!xs.empty() && !transform.fromGeo(xs.data(), ys.data(), static_cast<int>(xs.size()))) {
        if (error)
            *error = Tr::tr("Road %1 has a vertex that cannot be projected to %2.").arg(segment.id, m_crs);
        return false;
    }
    std::vector<ProjectedPoint> line(xs.size());
    for (size_t i = 0; i < xs.size(); ++i)
        line[i] = {xs[i], ys[i]};
    return addLine(line.data(), static_cast<int>(line.size()), segment.speedKmh, segment.oneWay, segment.id, error);
}

RoadGraph RoadGraphBuilder::build(QString *error)
{
    auto data = std::make_shared<RoadGraph::Data>();
    if (m_lineSpeeds.empty()) {
        if (error)
            *error = Tr::tr("The road network has no usable road.");
        return {};
    }
    data->crs = m_crs;
    data->transform = m_transform;

    // Pass 1: one id per distinct vertex, and how many line ends and passes each has.
    VertexTable table(m_points.size());
    std::vector<std::uint32_t> vertexOf(m_points.size());
    std::vector<std::uint8_t> uses;
    uses.reserve(m_points.size());
    for (size_t line = 0; line + 1 < m_lineStarts.size(); ++line) {
        const std::uint32_t first = m_lineStarts[line];
        const std::uint32_t last = m_lineStarts[line + 1] - 1;
        for (std::uint32_t i = first; i <= last; ++i) {
            const std::uint32_t v = table.idOf(m_points[i].x, m_points[i].y, static_cast<std::uint32_t>(uses.size()));
            if (v == uses.size())
                uses.push_back(0);
            vertexOf[i] = v;
            const int add = (i == first || i == last) ? 2 : 1;
            uses[v] = static_cast<std::uint8_t>(std::min(2, uses[v] + add));
        }
    }

    // Pass 2: cut every line at its nodes into pieces.
    std::vector<std::uint32_t> nodeOf(uses.size(), 0xFFFFFFFFu);
    auto nodeFor = [&](std::uint32_t pointIndex) {
        std::uint32_t &n = nodeOf[vertexOf[pointIndex]];
        if (n == 0xFFFFFFFFu) {
            n = static_cast<std::uint32_t>(data->nodes.size());
            data->nodes.push_back(m_points[pointIndex]);
        }
        return n;
    };
    data->points.reserve(m_points.size() + m_lineSpeeds.size());
    data->pieces.reserve(m_lineSpeeds.size());
    for (size_t line = 0; line + 1 < m_lineStarts.size(); ++line) {
        const std::uint32_t first = m_lineStarts[line];
        const std::uint32_t last = m_lineStarts[line + 1] - 1;
        const double metresPerSecond = m_lineSpeeds[line] / 3.6;
        RoadGraph::Piece piece{nodeFor(first), 0, static_cast<std::uint32_t>(data->points.size()), 1,
                               static_cast<std::uint32_t>(line), 0.0, 0.0, true, !m_lineOneWay[line]};
        data->points.push_back(m_points[first]);
        for (std::uint32_t i = first + 1; i <= last; ++i) {
            if (vertexOf[i] == vertexOf[i - 1])
                continue; // a repeated vertex adds nothing
            const ProjectedPoint &a = data->points.back();
            piece.metres += std::hypot(m_points[i].x - a.x, m_points[i].y - a.y);
            data->points.push_back(m_points[i]);
            ++piece.pointCount;
            if (uses[vertexOf[i]] >= 2) {
                piece.to = nodeFor(i);
                piece.seconds = piece.metres / metresPerSecond;
                data->pieces.push_back(piece);
                piece = RoadGraph::Piece{piece.to, 0, static_cast<std::uint32_t>(data->points.size()), 1,
                                         piece.segment, 0.0, 0.0, true, piece.backwardAllowed};
                data->points.push_back(m_points[i]);
            }
        }
        data->points.pop_back(); // the last node opened a piece that has no second vertex
    }
    data->segmentIds = m_lineIds;
    renumberNodes(*data);
    fillAdjacency(*data, false);
    fillAdjacency(*data, true);

    *this = RoadGraphBuilder(m_crs);
    RoadGraph graph;
    graph.m_data = std::move(data);
    return graph;
}

} // namespace cp::routing
