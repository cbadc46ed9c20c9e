// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench route [--network FILE[|layername=roads]] [--large ROADS] [--qgis-roads ROADS] [--seed N]
#include "benchmarks.h"
#include "qgisroadnetwork.h"

#include "routing/roadgraphbuilder.h"
#include "routing/roadnetworkimporter.h"
#include "routing/router.h"
#include "routing/snapper.h"
#include "routing/syntheticnetwork.h"
#include "routing/traveltimematrix.h"

#include <qgsgraph.h>
#include <qgsgeometry.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QTextStream>

#include <thread>

#include <time.h>

namespace cp::bench {

namespace {

using namespace cp::routing;

//! \a count places on roads: random points in the network's extent, snapped (deterministic for a seed).
QVector<RoadLocation> randomLocations(const RoadGraph &graph, int count, std::uint64_t seed)
{
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    for (int n = 0; n < graph.nodeCount(); ++n) {
        const ProjectedPoint p = graph.nodePoint(n);
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const Snapper snapper(graph, 1e9);
    QVector<RoadLocation> result;
    std::uint64_t state = seed;
    auto unit = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL; // Knuth's MMIX LCG
        return static_cast<double>(state >> 11) * 0x1.0p-53;
    };
    while (result.size() < count)
        result.append(*snapper.snap(ProjectedPoint{minX + unit() * (maxX - minX), minY + unit() * (maxY - minY)}));
    return result;
}

//! The lines of a road layer, read once, so that the graph build can be timed on its own.
struct LayerLines
{
    std::vector<ProjectedPoint> points;
    std::vector<int> starts{0};
    std::vector<double> speeds;
    std::vector<bool> oneWay;
    QString crs;

    RoadGraph build() const
    {
        RoadGraphBuilder builder(crs);
        builder.reserve(static_cast<int>(speeds.size()), static_cast<int>(points.size()));
        for (size_t i = 0; i < speeds.size(); ++i)
            builder.addLine(points.data() + starts[i], starts[i + 1] - starts[i], speeds[i], oneWay[i], QString::number(i));
        return builder.build();
    }
};

/*!
 * The lines of a layer QGIS has open: the same input QgsVectorLayerDirector::makeGraph reads, so reading
 * plus build() compares like for like with QGIS's build.
 */
LayerLines readLayer(QgsVectorLayer &layer)
{
    const int speed = layer.fields().indexOf(QStringLiteral("speed_kmh"));
    int oneway = layer.fields().indexOf(QStringLiteral("oneway"));
    if (oneway < 0)
        oneway = layer.fields().indexOf(QStringLiteral("one_way"));
    LayerLines lines;
    lines.crs = layer.crs().authid();
    QgsFeatureIterator it = layer.getFeatures();
    QgsFeature f;
    while (it.nextFeature(f)) {
        const QVariant direction = f.attribute(oneway);
        const bool reversed = direction.toInt() == -1;
        const QgsGeometry geometry = f.geometry();
        const QgsMultiPolylineXY parts = geometry.isMultipart() ? geometry.asMultiPolyline()
                                                                : QgsMultiPolylineXY{geometry.asPolyline()};
        for (const QgsPolylineXY &polyline : parts) {
            const int first = lines.starts.back();
            lines.points.resize(static_cast<size_t>(first + polyline.size()));
            for (int i = 0; i < polyline.size(); ++i)
                lines.points[static_cast<size_t>(first + (reversed ? polyline.size() - 1 - i : i))] = {polyline[i].x(), polyline[i].y()};
            lines.starts.push_back(first + polyline.size());
            lines.speeds.push_back(f.attribute(speed).toDouble());
            lines.oneWay.push_back(direction.toBool() || direction.toInt() != 0);
        }
    }
    return lines;
}

//! One-to-all and a 1000 x 300 matrix on \a graph; figures prefixed by \a prefix.
void measureQueries(BenchReport &report, const RoadGraph &graph, const QString &prefix, const QString &note)
{
    Router router(graph);
    const int origin = graph.nodeCount() / 2;
    const double oneToAll = medianMilliseconds(7, [&] { router.timesFromNode(origin, Direction::FromOrigin); });
    report.figure(prefix + QStringLiteral("one_to_all_ms"), oneToAll, QStringLiteral("ms"), note);
    const QVector<RoadLocation> incidents = randomLocations(graph, 1000, 1);
    const QVector<RoadLocation> stations = randomLocations(graph, 300, 2);
    const double matrix = medianMilliseconds(1, [&] {
        TravelTimeMatrix::compute(graph, incidents, stations, Direction::ToOrigin);
    });
    report.figure(prefix + QStringLiteral("matrix_1000x300_ms"), matrix, QStringLiteral("ms"),
                  QStringLiteral("%1 threads, stations driving to incidents; %2").arg(std::thread::hardware_concurrency()).arg(note));
}

//! CPU time of the calling thread (ms) spent in \a work: steadier than wall time on a shared machine.
double threadCpuMilliseconds(const std::function<void()> &work)
{
    timespec start{};
    timespec end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    work();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
    return static_cast<double>(end.tv_sec - start.tv_sec) * 1e3 + static_cast<double>(end.tv_nsec - start.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct QgisFigures
{
    double buildMs = 0;
    double oneToAllMs = 0;      //!< wall
    double ourOneToAllMs = 0;   //!< wall
    double oneToAllCpuMs = 0;
    double ourOneToAllCpuMs = 0;
    QgisRoadNetwork::Agreement agreement;
};

//! QGIS's build and one-to-all on \a layer from the node at our node \a origin, checked against ours.
std::optional<QgisFigures> measureQgis(QgsVectorLayer &layer, const RoadGraph &ours, int origin, QString *error)
{
    QgisFigures f;
    std::unique_ptr<QgsGraph> graph;
    f.buildMs = medianMilliseconds(1, [&] { graph = QgisRoadNetwork::build(layer, error); });
    if (!graph)
        return std::nullopt;
    if (ours.isEmpty()) {
        *error = QStringLiteral("our graph of the layer is empty");
        return std::nullopt;
    }
    const int vertex = QgisRoadNetwork::vertexAt(*graph, ours.nodePoint(origin));
    if (vertex < 0) {
        *error = QStringLiteral("QGIS's graph has no vertex at our node %1").arg(origin);
        return std::nullopt;
    }
    // Alternate QGIS's search and ours so both see the same load on a shared machine; medians of each.
    Router router(ours);
    QVector<double> costs;
    std::vector<double> seconds;
    QList<double> theirWall, ourWall, theirCpu, ourCpu;
    for (int i = 0; i < 9; ++i) {
        theirCpu.append(threadCpuMilliseconds([&] {
            theirWall.append(medianMilliseconds(1, [&] { costs = QgisRoadNetwork::oneToAll(*graph, vertex); }));
        }));
        ourCpu.append(threadCpuMilliseconds([&] {
            ourWall.append(medianMilliseconds(1, [&] { seconds = router.timesFromNode(origin, Direction::FromOrigin); }));
        }));
    }
    f.oneToAllMs = median(theirWall);
    f.ourOneToAllMs = median(ourWall);
    f.oneToAllCpuMs = median(theirCpu);
    f.ourOneToAllCpuMs = median(ourCpu);
    f.agreement = QgisRoadNetwork::compare(*graph, costs, ours, seconds);
    return f;
}

void reportAgreement(BenchReport &report, const QString &prefix, const QgisRoadNetwork::Agreement &a)
{
    report.figure(prefix + QStringLiteral("qgis_vertices_compared"), a.compared, QStringLiteral("vertices"));
    report.figure(prefix + QStringLiteral("qgis_cost_max_rel_diff"), a.maxRelativeDifference, QStringLiteral("ratio"),
                  QStringLiteral("must stay below 1e-6"));
    report.figure(prefix + QStringLiteral("qgis_cost_disagreements"), a.disagreeing, QStringLiteral("vertices"),
                  QStringLiteral("must be 0"));
}

} // namespace

int runRouteBench(BenchReport &report, const QStringList &arguments)
{
    QTextStream out(stdout);
    QString network = QStringLiteral(COMMANDPOST_SOURCE_DIR "/maps/liangshan/demo.gpkg|layername=roads");
    int largeRoads = 1000000;
    int qgisRoads = 200000;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (a == QLatin1String("--network") && hasValue)
            network = arguments[++i];
        else if (a == QLatin1String("--large") && hasValue)
            largeRoads = arguments[++i].toInt();
        else if (a == QLatin1String("--qgis-roads") && hasValue)
            qgisRoads = arguments[++i].toInt();
        else {
            QTextStream(stderr) << "route: unknown or incomplete argument '" << a
                                << "'; usage: route [--network FILE[|layername=roads]] [--large ROADS] [--qgis-roads ROADS]\n";
            return 2;
        }
    }
    bool agree = true;

    // 1. The demo network (the county's own roads), when it is there.
    const QString demoPath = network.section(QLatin1Char('|'), 0, 0);
    if (!QFileInfo::exists(demoPath)) {
        out << "route: demo network " << demoPath << " not found; skipping the demo figures\n";
    } else {
        RoadNetworkImporter importer;
        QString error;
        RoadGraph demo;
        const double importMs = medianMilliseconds(3, [&] { demo = importer.import(network, &error); });
        if (demo.isEmpty()) {
            QTextStream(stderr) << "route: " << error << "\n";
            return 2;
        }
        report.figure(QStringLiteral("demo_import_ms"), importMs, QStringLiteral("ms"),
                      QStringLiteral("GDAL read + graph build, %1 roads").arg(importer.roadsImported()));
        report.figure(QStringLiteral("demo_nodes"), demo.nodeCount(), QStringLiteral("nodes"));
        report.figure(QStringLiteral("demo_arcs"), demo.arcCount(), QStringLiteral("arcs"));
        measureQueries(report, demo, QStringLiteral("demo_"), QStringLiteral("demo network"));
        QgsVectorLayer layer(network, QStringLiteral("roads"), QStringLiteral("ogr"));
        if (const auto q = measureQgis(layer, demo, demo.nodeCount() / 2, &error)) {
            const double fromLayerMs = medianMilliseconds(3, [&] { readLayer(layer).build(); });
            const LayerLines lines = readLayer(layer);
            const double buildMs = medianMilliseconds(5, [&] { lines.build(); });
            report.figure(QStringLiteral("demo_build_ms"), buildMs, QStringLiteral("ms"), QStringLiteral("graph build from lines in memory"));
            report.figure(QStringLiteral("demo_build_from_qgis_layer_ms"), fromLayerMs, QStringLiteral("ms"),
                          QStringLiteral("reading the layer QGIS has open + graph build"));
            report.figure(QStringLiteral("demo_qgis_build_ms"), q->buildMs, QStringLiteral("ms"), QStringLiteral("makeGraph"));
            report.figure(QStringLiteral("demo_qgis_one_to_all_ms"), q->oneToAllMs, QStringLiteral("ms"));
            report.figure(QStringLiteral("demo_speedup_vs_qgis_build"), q->buildMs / fromLayerMs, QStringLiteral("x"),
                          QStringLiteral("both reading the same open layer"));
            report.figure(QStringLiteral("demo_one_to_all_cpu_ms"), q->ourOneToAllCpuMs, QStringLiteral("ms"));
            report.figure(QStringLiteral("demo_qgis_one_to_all_cpu_ms"), q->oneToAllCpuMs, QStringLiteral("ms"));
            report.figure(QStringLiteral("demo_speedup_vs_qgis_one_to_all"), q->oneToAllCpuMs / q->ourOneToAllCpuMs,
                          QStringLiteral("x"), QStringLiteral("thread CPU time, same source vertex, runs alternated"));
            reportAgreement(report, QStringLiteral("demo_"), q->agreement);
            agree = agree && q->agreement.disagreeing == 0;
        } else {
            out << "route: no QGIS comparison on the demo network: " << error << "\n";
        }
    }

    // 2. QGIS against us on the same generated network.
    {
        const QVector<SyntheticRoad> roads = SyntheticNetwork::withAtLeast(qgisRoads, 120.0, 2026);
        const std::unique_ptr<QgsVectorLayer> layer = QgisRoadNetwork::memoryLayer(roads);
        RoadGraph graph;
        const double buildMs = medianMilliseconds(3, [&] { graph = SyntheticNetwork::build(roads); });
        const double fromLayerMs = medianMilliseconds(3, [&] { graph = readLayer(*layer).build(); });
        report.figure(QStringLiteral("roads"), roads.size(), QStringLiteral("roads"), QStringLiteral("generated, seed 2026"));
        report.figure(QStringLiteral("build_ms"), buildMs, QStringLiteral("ms"), QStringLiteral("graph build from lines in memory"));
        report.figure(QStringLiteral("build_from_qgis_layer_ms"), fromLayerMs, QStringLiteral("ms"),
                      QStringLiteral("reading the QGIS memory layer's features + graph build"));
        QString error;
        const auto q = measureQgis(*layer, graph, graph.nodeCount() / 2, &error);
        if (!q) {
            QTextStream(stderr) << "route: QGIS comparison failed: " << error << "\n";
            return 1;
        }
        const double ours = q->ourOneToAllMs;
        report.figure(QStringLiteral("qgis_build_ms"), q->buildMs, QStringLiteral("ms"), QStringLiteral("QgsVectorLayerDirector::makeGraph"));
        report.figure(QStringLiteral("one_to_all_ms"), ours, QStringLiteral("ms"));
        report.figure(QStringLiteral("qgis_one_to_all_ms"), q->oneToAllMs, QStringLiteral("ms"), QStringLiteral("QgsGraphAnalyzer::dijkstra"));
        report.figure(QStringLiteral("speedup_vs_qgis_build"), q->buildMs / fromLayerMs, QStringLiteral("x"),
                      QStringLiteral("both reading the same memory layer; target >= 20"));
        report.figure(QStringLiteral("one_to_all_cpu_ms"), q->ourOneToAllCpuMs, QStringLiteral("ms"));
        report.figure(QStringLiteral("qgis_one_to_all_cpu_ms"), q->oneToAllCpuMs, QStringLiteral("ms"));
        report.figure(QStringLiteral("speedup_vs_qgis_one_to_all"), q->oneToAllCpuMs / q->ourOneToAllCpuMs, QStringLiteral("x"),
                      QStringLiteral("thread CPU time, same source vertex, runs alternated; target >= 3"));
        report.figure(QStringLiteral("speedup_vs_qgis_one_to_all_wall"), q->oneToAllMs / ours, QStringLiteral("x"),
                      QStringLiteral("wall time, noisier on a shared machine"));
        reportAgreement(report, QString(), q->agreement);
        agree = agree && q->agreement.disagreeing == 0;
        measureQueries(report, graph, QStringLiteral("qgis_network_"), QStringLiteral("%1 generated roads").arg(roads.size()));
    }

    // 3. The large generated network (no QGIS: its build takes half a minute there, QGIS-NOTES §5).
    {
        const QVector<SyntheticRoad> roads = SyntheticNetwork::withAtLeast(largeRoads, 100.0, 7);
        RoadGraph graph;
        const double buildMs = medianMilliseconds(3, [&] { graph = SyntheticNetwork::build(roads); });
        report.figure(QStringLiteral("large_roads"), roads.size(), QStringLiteral("roads"));
        report.figure(QStringLiteral("large_arcs"), graph.arcCount(), QStringLiteral("arcs"));
        report.figure(QStringLiteral("large_build_ms"), buildMs, QStringLiteral("ms"));
        Router router(graph);
        const double oneToAll = medianMilliseconds(5, [&] { router.timesFromNode(graph.nodeCount() / 2, Direction::FromOrigin); });
        report.figure(QStringLiteral("large_one_to_all_ms"), oneToAll, QStringLiteral("ms"));
    }
    if (!agree)
        QTextStream(stderr) << "route: our travel times differ from QGIS's by more than 1e-6 (relative)\n";
    return agree ? 0 : 1;
}

} // namespace cp::bench
