// SPDX-License-Identifier: GPL-2.0-or-later
#include "qgisroadnetwork.h"

#include <qgsgraph.h>
#include <qgsgraphanalyzer.h>
#include <qgsgraphbuilder.h>
#include <qgsnetworkdistancestrategy.h>
#include <qgsnetworkspeedstrategy.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerdirector.h>

#include <QHash>

#include <cmath>

namespace cp::bench {

namespace {
//! Coordinates to the millimetre, as cp::routing joins vertices.
QPair<qint64, qint64> keyOf(double x, double y) { return {std::llround(x * 1000.0), std::llround(y * 1000.0)}; }
} // namespace

std::unique_ptr<QgsVectorLayer> QgisRoadNetwork::memoryLayer(const QVector<routing::SyntheticRoad> &roads)
{
    auto layer = std::make_unique<QgsVectorLayer>(
        QStringLiteral("LineString?crs=EPSG:4548&field=speed_kmh:double&field=oneway:integer"), QStringLiteral("roads"),
        QStringLiteral("memory"));
    QgsFeatureList features;
    features.reserve(roads.size());
    for (const routing::SyntheticRoad &r : roads) {
        QgsFeature f(layer->fields());
        f.setGeometry(QgsGeometry::fromPolylineXY({QgsPointXY(r.from.x, r.from.y), QgsPointXY(r.to.x, r.to.y)}));
        f.setAttributes(QgsAttributes() << QVariant(r.speedKmh) << QVariant(r.oneWay ? 1 : 0));
        features.append(f);
    }
    layer->dataProvider()->addFeatures(features);
    return layer;
}

std::unique_ptr<QgsGraph> QgisRoadNetwork::build(QgsVectorLayer &layer, QString *error)
{
    const int speed = layer.fields().indexOf(QStringLiteral("speed_kmh"));
    int oneway = layer.fields().indexOf(QStringLiteral("oneway"));
    if (oneway < 0)
        oneway = layer.fields().indexOf(QStringLiteral("one_way"));
    if (speed < 0 || oneway < 0) {
        if (error)
            *error = QStringLiteral("layer %1 lacks speed_kmh or oneway/one_way").arg(layer.source());
        return nullptr;
    }
    // The director compares the attribute's string form: a boolean field reads "true"/"false".
    const bool boolean = layer.fields().at(oneway).type() == QVariant::Bool;
    QgsVectorLayerDirector director(&layer, oneway, boolean ? QStringLiteral("true") : QStringLiteral("1"),
                                    QStringLiteral("-1"), boolean ? QStringLiteral("false") : QStringLiteral("0"),
                                    QgsVectorLayerDirector::DirectionBoth);
    director.addStrategy(new QgsNetworkSpeedStrategy(speed, 30.0, 1000.0 / 3600.0));
    QgsGraphBuilder builder(layer.crs(), true, 0.001, QStringLiteral("NONE"));
    QVector<QgsPointXY> snapped;
    director.makeGraph(&builder, {}, snapped);
    return std::unique_ptr<QgsGraph>(builder.takeGraph());
}

QVector<double> QgisRoadNetwork::oneToAll(const QgsGraph &graph, int vertex)
{
    QVector<int> tree;
    QVector<double> cost;
    QgsGraphAnalyzer::dijkstra(&graph, vertex, 0, &tree, &cost);
    return cost;
}

int QgisRoadNetwork::vertexAt(const QgsGraph &graph, const routing::ProjectedPoint &point)
{
    return graph.findVertex(QgsPointXY(point.x, point.y));
}

QgisRoadNetwork::Agreement QgisRoadNetwork::compare(const QgsGraph &graph, const QVector<double> &qgisCosts,
                                                    const routing::RoadGraph &ours, const std::vector<double> &ourSeconds)
{
    QHash<QPair<qint64, qint64>, int> nodes;
    nodes.reserve(ours.nodeCount());
    for (int n = 0; n < ours.nodeCount(); ++n)
        nodes.insert(keyOf(ours.nodePoint(n).x, ours.nodePoint(n).y), n);
    Agreement a;
    for (int v = 0; v < graph.vertexCount(); ++v) {
        const QgsPointXY p = graph.vertex(v).point();
        const auto it = nodes.constFind(keyOf(p.x(), p.y()));
        if (it == nodes.constEnd())
            continue; // a bend of a line: QGIS makes every vertex a node, we do not
        ++a.compared;
        const double q = qgisCosts[v] < 0 ? std::numeric_limits<double>::infinity() : qgisCosts[v];
        const double o = ourSeconds[static_cast<size_t>(it.value())];
        if (!std::isfinite(q) || !std::isfinite(o)) {
            a.disagreeing += std::isfinite(q) != std::isfinite(o) ? 1 : 0;
            continue;
        }
        const double relative = std::abs(q - o) / std::max({std::abs(q), std::abs(o), 1e-9});
        a.maxRelativeDifference = std::max(a.maxRelativeDifference, relative);
        a.disagreeing += relative > 1e-6 ? 1 : 0;
    }
    return a;
}

} // namespace cp::bench
