// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/snapper.h"

#include "routing/tr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cp::routing {

namespace {
//! Grid cells per road sub-segment on average: a few candidates per cell keeps a query to one ring or two.
constexpr double segmentsPerCell = 2.0;
} // namespace

Snapper::Snapper(RoadGraph graph, double maxDistanceMetres)
    : m_graph(std::move(graph)), m_maxDistance(maxDistanceMetres)
{
    const auto &points = m_graph.points();
    const auto &pieces = m_graph.pieces();
    if (pieces.empty())
        return;
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    for (const ProjectedPoint &p : points) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    const double subSegments = static_cast<double>(points.size() - pieces.size());
    const double width = std::max(maxX - minX, 1.0);
    const double height = std::max(maxY - minY, 1.0);
    m_cellSize = std::max(std::sqrt(width * height * segmentsPerCell / subSegments), 1.0);
    m_originX = minX;
    m_originY = minY;
    m_columns = static_cast<long>(width / m_cellSize) + 1;
    m_rows = static_cast<long>(height / m_cellSize) + 1;

    // Two passes (count, then fill) give a compressed-row grid without a vector per cell.
    m_cellStarts.assign(static_cast<size_t>(m_columns * m_rows) + 1, 0);
    auto forEachCell = [&](auto &&visit) {
        for (std::uint32_t pi = 0; pi < pieces.size(); ++pi) {
            const RoadGraph::Piece &piece = pieces[pi];
            for (std::uint32_t s = 0; s + 1 < piece.pointCount; ++s) {
                const ProjectedPoint &a = points[piece.firstPoint + s];
                const ProjectedPoint &b = points[piece.firstPoint + s + 1];
                const long x0 = static_cast<long>((std::min(a.x, b.x) - m_originX) / m_cellSize);
                const long x1 = static_cast<long>((std::max(a.x, b.x) - m_originX) / m_cellSize);
                const long y0 = static_cast<long>((std::min(a.y, b.y) - m_originY) / m_cellSize);
                const long y1 = static_cast<long>((std::max(a.y, b.y) - m_originY) / m_cellSize);
                for (long y = y0; y <= y1; ++y)
                    for (long x = x0; x <= x1; ++x)
                        visit(static_cast<size_t>(y * m_columns + x), Candidate{pi, s});
            }
        }
    };
    forEachCell([&](size_t cell, Candidate) { ++m_cellStarts[cell + 1]; });
    for (size_t i = 1; i < m_cellStarts.size(); ++i)
        m_cellStarts[i] += m_cellStarts[i - 1];
    m_candidates.resize(m_cellStarts.back());
    std::vector<std::uint32_t> fill(m_cellStarts.begin(), m_cellStarts.end() - 1);
    forEachCell([&](size_t cell, Candidate c) { m_candidates[fill[cell]++] = c; });
}

void Snapper::visitCell(long cx, long cy, const ProjectedPoint &p, RoadLocation &best, bool &found) const
{
    const auto &points = m_graph.points();
    const auto &pieces = m_graph.pieces();
    const auto cell = static_cast<size_t>(cy * m_columns + cx);
    for (std::uint32_t i = m_cellStarts[cell]; i < m_cellStarts[cell + 1]; ++i) {
        const Candidate &c = m_candidates[i];
        const RoadGraph::Piece &piece = pieces[c.piece];
        const ProjectedPoint &a = points[piece.firstPoint + c.segment];
        const ProjectedPoint &b = points[piece.firstPoint + c.segment + 1];
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        const double lengthSquared = dx * dx + dy * dy;
        const double t = lengthSquared > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared, 0.0, 1.0)
                                           : 0.0;
        const ProjectedPoint q{a.x + t * dx, a.y + t * dy};
        const double distance = std::hypot(p.x - q.x, p.y - q.y);
        if (found && distance >= best.snapDistance)
            continue;
        found = true;
        double along = t * std::sqrt(lengthSquared);
        for (std::uint32_t s = 0; s < c.segment; ++s) {
            const ProjectedPoint &u = points[piece.firstPoint + s];
            const ProjectedPoint &v = points[piece.firstPoint + s + 1];
            along += std::hypot(v.x - u.x, v.y - u.y);
        }
        double fraction = piece.metres > 0 ? std::clamp(along / piece.metres, 0.0, 1.0) : 0.0;
        // Exactly at an end is exactly at a node, whatever rounding the sums above did.
        if (t <= 0.0 && c.segment == 0)
            fraction = 0.0;
        if (t >= 1.0 && c.segment + 2 == piece.pointCount)
            fraction = 1.0;
        best = RoadLocation{c.piece, c.segment, fraction, q, distance};
    }
}

std::optional<RoadLocation> Snapper::snap(const ProjectedPoint &point, QString *error) const
{
    if (m_candidates.empty()) {
        if (error)
            *error = Tr::tr("The road network is empty, so no place can be reached by road.");
        return std::nullopt;
    }
    const long cx = static_cast<long>(std::floor((point.x - m_originX) / m_cellSize));
    const long cy = static_cast<long>(std::floor((point.y - m_originY) / m_cellSize));
    RoadLocation best;
    bool found = false;
    for (long r = 0;; ++r) {
        // Every cell of ring r is at least (r - 1) cells away from the point.
        const double nearest = static_cast<double>(std::max(0L, r - 1)) * m_cellSize;
        if ((found && nearest > best.snapDistance) || nearest > m_maxDistance)
            break;
        if (cx - r < 0 && cx + r >= m_columns && cy - r < 0 && cy + r >= m_rows)
            break; // the ring lies wholly outside the grid, and so do all larger ones
        const long xLow = std::max(cx - r, 0L);
        const long xHigh = std::min(cx + r, m_columns - 1);
        for (long y : {cy - r, cy + r}) {
            if (y >= 0 && y < m_rows)
                for (long x = xLow; x <= xHigh; ++x)
                    visitCell(x, y, point, best, found);
            if (r == 0)
                break;
        }
        const long yLow = std::max(cy - r + 1, 0L);
        const long yHigh = std::min(cy + r - 1, m_rows - 1);
        for (long x : {cx - r, cx + r}) {
            if (r > 0 && x >= 0 && x < m_columns)
                for (long y = yLow; y <= yHigh; ++y)
                    visitCell(x, y, point, best, found);
        }
    }
    if (!found || best.snapDistance > m_maxDistance) {
        if (error)
            *error = Tr::tr("The point (%1, %2) is farther than %3 m from any road.")
                         .arg(point.x, 0, 'f', 1)
                         .arg(point.y, 0, 'f', 1)
                         .arg(m_maxDistance, 0, 'f', 0);
        return std::nullopt;
    }
    return best;
}

std::optional<RoadLocation> Snapper::snap(const core::GeoPoint &point, QString *error) const
{
    ProjectedPoint projected;
    if (!m_graph.project(point, &projected)) {
        if (error)
            *error = Tr::tr("The point (%1, %2) cannot be projected to the road network's CRS %3.")
                         .arg(point.lon, 0, 'f', 6)
                         .arg(point.lat, 0, 'f', 6)
                         .arg(m_graph.crs());
        return std::nullopt;
    }
    std::optional<RoadLocation> result = snap(projected, error);
    if (!result && error && !m_candidates.empty())
        *error = Tr::tr("The point (%1, %2) is farther than %3 m from any road.")
                     .arg(point.lon, 0, 'f', 6)
                     .arg(point.lat, 0, 'f', 6)
                     .arg(m_maxDistance, 0, 'f', 0);
    return result;
}

} // namespace cp::routing
