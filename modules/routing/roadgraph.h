// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/geopoint.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <cstdint>
#include <memory>
#include <vector>

namespace cp::routing {

//! A position in the graph's projected CRS, in metres.
struct ProjectedPoint
{
    double x = 0.0;
    double y = 0.0;
};

//! Which way a search runs: from the origin to the targets, or from the targets to the origin.
enum class Direction
{
    FromOrigin, //!< travel starts at the origin (a team leaving its station)
    ToOrigin,   //!< travel ends at the origin (teams driving to an incident)
};

class CrsTransform;

/*!
 * \brief An immutable road network as a compact graph, built by RoadGraphBuilder.
 *
 * Nodes are road junctions and line ends (vertices shared by two lines or ending one); a piece is
 * the polyline between two nodes, traversable forward, backward or both. Adjacency is stored twice in
 * compressed-row form: outgoing arcs for searches from an origin and incoming arcs for searches to an
 * origin. Copies share the data, so a RoadGraph is cheap to pass by value and safe to read from many
 * threads at once.
 */
class RoadGraph
{
public:
    //! One directed arc of the adjacency (16 bytes): the node at its other end and the piece it runs along.
    struct Arc
    {
        std::uint32_t node; //!< head for outgoing arcs, tail for incoming arcs
        std::uint32_t pieceAndForward;
        double seconds;     //!< travel time along the whole piece

        //! Index into pieces().
        std::uint32_t piece() const { return pieceAndForward >> 1; }
        //! True when travel runs in the piece's digitised direction.
        bool forward() const { return (pieceAndForward & 1u) != 0; }
    };

    //! The polyline between two nodes and the line it came from.
    struct Piece
    {
        std::uint32_t from;       //!< node at the first point
        std::uint32_t to;         //!< node at the last point
        std::uint32_t firstPoint; //!< index into points()
        std::uint32_t pointCount; //!< at least 2
        std::uint32_t segment;    //!< index into segmentIds()
        double metres;
        double seconds;
        bool forwardAllowed;
        bool backwardAllowed;
    };

    //! An empty graph (isEmpty() is true).
    RoadGraph();

    bool isEmpty() const { return nodeCount() == 0; }
    int nodeCount() const;
    //! Directed arcs: two per two-way piece, one per one-way piece.
    int arcCount() const;
    int pieceCount() const;
    //! The CRS of all projected coordinates, as the user string given at build time (e.g. "EPSG:4548").
    QString crs() const;

    ProjectedPoint nodePoint(int node) const;
    const std::vector<Piece> &pieces() const;
    const std::vector<ProjectedPoint> &points() const;
    //! Identifier of each source line (feature id or the line's own id field).
    const QStringList &segmentIds() const;

    //! Compressed-row adjacency: the arcs of node n are arcs[offsets[n]] up to arcs[offsets[n + 1]].
    struct Adjacency
    {
        const std::uint32_t *offsets;
        const Arc *arcs;
    };
    //! Arcs leaving each node (Direction::FromOrigin) or entering it (Direction::ToOrigin).
    Adjacency adjacency(Direction direction) const;

    //! Projects a longitude/latitude (CGCS2000) into the graph's CRS; false when it cannot be transformed.
    bool project(const core::GeoPoint &point, ProjectedPoint *out) const;
    //! Transforms a projected polyline back to longitude/latitude, e.g. a route for the map.
    QList<core::GeoPoint> toGeo(const QVector<ProjectedPoint> &points) const;

    //! The storage behind the graph (roadgraph_p.h), for the builder only.
    struct Data;

private:
    friend class RoadGraphBuilder;
    std::shared_ptr<const Data> m_data;
};

} // namespace cp::routing

Q_DECLARE_METATYPE(cp::routing::ProjectedPoint)
