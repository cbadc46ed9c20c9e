// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/roadgraph.h"
#include "routing/syntheticnetwork.h"

#include <QVector>

#include <memory>

class QgsGraph;
class QgsVectorLayer;

namespace cp::bench {

/*!
 * \brief QGIS's own network analysis on a road layer, set up as QGIS-NOTES §5 documents, for comparison.
 *
 * The layer needs a `speed_kmh` field (km/h) and an `oneway` or `one_way` field (1 or true digitised
 * direction, -1 against, 0, false or null both). Distances are planar in the layer's CRS (ellipsoid "NONE") so they match cp::routing.
 */
class QgisRoadNetwork
{
public:
    //! A memory layer (EPSG:4548) holding \a roads with the fields above.
    static std::unique_ptr<QgsVectorLayer> memoryLayer(const QVector<routing::SyntheticRoad> &roads);

    //! Builds QGIS's graph of \a layer; nullptr when the layer lacks the fields (\a error says which).
    static std::unique_ptr<QgsGraph> build(QgsVectorLayer &layer, QString *error = nullptr);

    //! QGIS's Dijkstra cost (seconds) from \a vertex to every vertex.
    static QVector<double> oneToAll(const QgsGraph &graph, int vertex);

    //! The QGIS vertex at \a point, or -1.
    static int vertexAt(const QgsGraph &graph, const routing::ProjectedPoint &point);

    struct Agreement
    {
        int compared = 0;               //!< QGIS vertices that are nodes of the RoadGraph too
        int disagreeing = 0;            //!< reached by one and not the other, or costs more than 1e-6 apart
        double maxRelativeDifference = 0.0;
    };
    //! Compares QGIS's costs with ours at every QGIS vertex that is also one of our nodes.
    static Agreement compare(const QgsGraph &graph, const QVector<double> &qgisCosts, const routing::RoadGraph &ours,
                             const std::vector<double> &ourSeconds);
};

} // namespace cp::bench
