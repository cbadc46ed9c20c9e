// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/roadgraph.h"

#include "routing/roadgraph_p.h"

namespace cp::routing {

RoadGraph::RoadGraph()
{
    static const std::shared_ptr<const Data> empty = [] {
        auto d = std::make_shared<Data>();
        d->outOffsets = {0};
        d->inOffsets = {0};
        return d;
    }();
    m_data = empty;
}

int RoadGraph::nodeCount() const { return static_cast<int>(m_data->nodes.size()); }
int RoadGraph::arcCount() const { return static_cast<int>(m_data->outArcs.size()); }
int RoadGraph::pieceCount() const { return static_cast<int>(m_data->pieces.size()); }
QString RoadGraph::crs() const { return m_data->crs; }
ProjectedPoint RoadGraph::nodePoint(int node) const { return m_data->nodes[static_cast<size_t>(node)]; }
const std::vector<RoadGraph::Piece> &RoadGraph::pieces() const { return m_data->pieces; }
const std::vector<ProjectedPoint> &RoadGraph::points() const { return m_data->points; }
const QStringList &RoadGraph::segmentIds() const { return m_data->segmentIds; }

RoadGraph::Adjacency RoadGraph::adjacency(Direction direction) const
{
    return direction == Direction::FromOrigin ? Adjacency{m_data->outOffsets.data(), m_data->outArcs.data()}
                                              : Adjacency{m_data->inOffsets.data(), m_data->inArcs.data()};
}

bool RoadGraph::project(const core::GeoPoint &point, ProjectedPoint *out) const
{
    const CrsTransform *transform = m_data->transformer();
    if (!transform || !point.isValid())
        return false;
    double x = point.lon;
    double y = point.lat;
    if (!transform->fromGeo(&x, &y, 1))
        return false;
    *out = {x, y};
    return true;
}

QList<core::GeoPoint> RoadGraph::toGeo(const QVector<ProjectedPoint> &points) const
{
    std::vector<double> xs;
    std::vector<double> ys;
    xs.reserve(static_cast<size_t>(points.size()));
    ys.reserve(static_cast<size_t>(points.size()));
    for (const ProjectedPoint &p : points) {
        xs.push_back(p.x);
        ys.push_back(p.y);
    }
    QList<core::GeoPoint> result;
    const CrsTransform *transform = m_data->transformer();
    if (!transform || points.isEmpty() || !transform->toGeo(xs.data(), ys.data(), static_cast<int>(xs.size())))
        return result;
    result.reserve(points.size());
    for (size_t i = 0; i < xs.size(); ++i)
        result.append({xs[i], ys[i]});
    return result;
}

} // namespace cp::routing
