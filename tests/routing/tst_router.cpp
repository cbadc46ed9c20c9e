// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/roadgraphbuilder.h"
#include "routing/router.h"
#include "routing/snapper.h"
#include "routing/syntheticnetwork.h"
#include "routing/traveltimematrix.h"

#include <QtTest>

#include <map>

using namespace cp::routing;

namespace {

constexpr double baseX = 400000.0;
constexpr double baseY = 3950000.0;
constexpr double inf = std::numeric_limits<double>::infinity();

ProjectedPoint at(double x, double y) { return {baseX + x, baseY + y}; }

/*
 * The hand-computed network (metres from (400000, 3950000), EPSG:4548):
 *   A(0,0) -- 3600 m at 36 km/h, two-way -------------- B(3600,0)   360 s
 *   B -- 3600 m at 72 km/h, ONE-WAY B->C ---------------- C(3600,3600) 180 s
 *   A -- via (0,3600), 7200 m at 60 km/h, two-way -------- C            432 s
 *   D(10000,0) -- 1000 m at 36 km/h ---------------------- E(11000,0)  100 s (apart from the rest)
 */
RoadGraph handNetwork()
{
    RoadGraphBuilder b;
    const ProjectedPoint ab[] = {at(0, 0), at(3600, 0)};
    const ProjectedPoint bc[] = {at(3600, 0), at(3600, 3600)};
    const ProjectedPoint ac[] = {at(0, 0), at(0, 3600), at(3600, 3600)};
    const ProjectedPoint de[] = {at(10000, 0), at(11000, 0)};
    b.addLine(ab, 2, 36, false, QStringLiteral("AB"));
    b.addLine(bc, 2, 72, true, QStringLiteral("BC"));
    b.addLine(ac, 3, 60, false, QStringLiteral("AC"));
    b.addLine(de, 2, 36, false, QStringLiteral("DE"));
    return b.build();
}

double polylineLength(const QVector<ProjectedPoint> &path)
{
    double length = 0;
    for (int i = 1; i < path.size(); ++i)
        length += std::hypot(path[i].x - path[i - 1].x, path[i].y - path[i - 1].y);
    return length;
}

//! Textbook O(V²) Dijkstra over the raw synthetic roads, keyed by exact junction coordinates.
std::map<std::pair<double, double>, double> referenceTimes(const QVector<SyntheticRoad> &roads,
                                                           const ProjectedPoint &origin, bool towardOrigin)
{
    std::map<std::pair<double, double>, int> index;
    auto id = [&index](const ProjectedPoint &p) { return index.emplace(std::make_pair(p.x, p.y), int(index.size())).first->second; };
    for (const SyntheticRoad &r : roads) {
        id(r.from);
        id(r.to);
    }
    const int n = static_cast<int>(index.size());
    std::vector<std::vector<double>> cost(n, std::vector<double>(n, inf));
    for (const SyntheticRoad &r : roads) {
        const double s = std::hypot(r.to.x - r.from.x, r.to.y - r.from.y) / (r.speedKmh / 3.6);
        const int a = id(r.from);
        const int b = id(r.to);
        double &ab = towardOrigin ? cost[b][a] : cost[a][b];
        ab = std::min(ab, s);
        if (!r.oneWay) {
            double &ba = towardOrigin ? cost[a][b] : cost[b][a];
            ba = std::min(ba, s);
        }
    }
    std::vector<double> dist(n, inf);
    std::vector<bool> done(n, false);
    dist[id(origin)] = 0;
    for (int round = 0; round < n; ++round) {
        int u = -1;
        for (int v = 0; v < n; ++v)
            if (!done[v] && (u < 0 || dist[v] < dist[u]))
                u = v;
        done[u] = true;
        for (int v = 0; v < n; ++v)
            dist[v] = std::min(dist[v], dist[u] + cost[u][v]);
    }
    std::map<std::pair<double, double>, double> result;
    for (const auto &[xy, i] : index)
        result[xy] = dist[i];
    return result;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void theHandNetworkHasItsJunctionsAsNodes()
    {
        const RoadGraph g = handNetwork();
        QCOMPARE(g.nodeCount(), 5);  // A, B, C, D, E; the bend of AC is no junction
        QCOMPARE(g.pieceCount(), 4);
        QCOMPARE(g.arcCount(), 7);   // BC is one-way
    }

    void travelTimesMatchTheHandComputedOnes_data()
    {
        QTest::addColumn<ProjectedPoint>("origin");
        QTest::addColumn<ProjectedPoint>("target");
        QTest::addColumn<bool>("towardOrigin");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("metres");
        QTest::newRow("from A to B along the two-way road") << at(0, 0) << at(3600, 0) << false << 360.0 << 3600.0;
        QTest::newRow("from B to C down the one-way street") << at(3600, 0) << at(3600, 3600) << false << 180.0 << 3600.0;
        QTest::newRow("from C to B must go round by A") << at(3600, 3600) << at(3600, 0) << false << 792.0 << 10800.0;
        QTest::newRow("to B from C also goes round") << at(3600, 0) << at(3600, 3600) << true << 792.0 << 10800.0;
        QTest::newRow("to C from B takes the one-way street") << at(3600, 3600) << at(3600, 0) << true << 180.0 << 3600.0;
        QTest::newRow("from A to C the slow road beats the detour") << at(0, 0) << at(3600, 3600) << false << 432.0 << 7200.0;
        QTest::newRow("from mid AB to C, time pro-rated") << at(1800, 0) << at(3600, 3600) << false << 360.0 << 5400.0;
        QTest::newRow("to mid AB from C, round by A") << at(1800, 0) << at(3600, 3600) << true << 612.0 << 9000.0;
        QTest::newRow("within one two-way piece") << at(900, 0) << at(2700, 0) << false << 180.0 << 1800.0;
        QTest::newRow("within one two-way piece, backwards") << at(2700, 0) << at(900, 0) << false << 180.0 << 1800.0;
        QTest::newRow("within the one-way piece, with it") << at(3600, 900) << at(3600, 2700) << false << 90.0 << 1800.0;
        QTest::newRow("within the one-way piece, against it") << at(3600, 2700) << at(3600, 900) << false << 882.0 << 12600.0;
        QTest::newRow("a snapped point 30 m off the road") << at(1800, 30) << at(3600, 0) << false << 180.0 << 1800.0;
        QTest::newRow("across disconnected parts is unreachable") << at(0, 0) << at(10500, 0) << false << inf << inf;
        QTest::newRow("inside the detached part") << at(10000, 0) << at(11000, 0) << false << 100.0 << 1000.0;
    }

    void travelTimesMatchTheHandComputedOnes()
    {
        QFETCH(ProjectedPoint, origin);
        QFETCH(ProjectedPoint, target);
        QFETCH(bool, towardOrigin);
        QFETCH(double, seconds);
        QFETCH(double, metres);
        const RoadGraph g = handNetwork();
        const Snapper snapper(g, 100);
        const std::optional<RoadLocation> from = snapper.snap(origin);
        const std::optional<RoadLocation> to = snapper.snap(target);
        QVERIFY(from && to);
        Router router(g);
        const QVector<Route> routes = router.travelTimes(*from, {*to}, towardOrigin ? Direction::ToOrigin : Direction::FromOrigin);
        QCOMPARE(routes.size(), 1);
        const Route &r = routes.first();
        if (seconds == inf) {
            QVERIFY(!r.isReachable());
            QVERIFY(r.path.isEmpty());
            return;
        }
        QVERIFY(qAbs(r.seconds - seconds) < 1e-9);
        QVERIFY(qAbs(r.metres - metres) < 1e-6);
        // The path runs in travel order from the start to the end and is as long as the route.
        const RoadLocation &start = towardOrigin ? *to : *from;
        const RoadLocation &end = towardOrigin ? *from : *to;
        QVERIFY(r.path.size() >= 2);
        QCOMPARE(r.path.first().x, start.point.x);
        QCOMPARE(r.path.first().y, start.point.y);
        QCOMPARE(r.path.last().x, end.point.x);
        QCOMPARE(r.path.last().y, end.point.y);
        QVERIFY2(qAbs(polylineLength(r.path) - metres) < 1e-6, qPrintable(QString::number(polylineLength(r.path))));
    }

    void oneToAllMatchesAnIndependentDijkstra_data()
    {
        QTest::addColumn<bool>("towardOrigin");
        QTest::newRow("driving away from the origin") << false;
        QTest::newRow("driving to the origin") << true;
    }

    void oneToAllMatchesAnIndependentDijkstra()
    {
        QFETCH(bool, towardOrigin);
        const QVector<SyntheticRoad> roads = SyntheticNetwork::grid(9, 7, 250, 42);
        const RoadGraph g = SyntheticNetwork::build(roads);
        QCOMPARE(g.pieceCount(), roads.size());
        Router router(g);
        const int origin = 17;
        const auto reference = referenceTimes(roads, g.nodePoint(origin), towardOrigin);
        const std::vector<double> times = router.timesFromNode(origin, towardOrigin ? Direction::ToOrigin : Direction::FromOrigin);
        QCOMPARE(int(reference.size()), g.nodeCount());
        for (int v = 0; v < g.nodeCount(); ++v) {
            const double expected = reference.at({g.nodePoint(v).x, g.nodePoint(v).y});
            QVERIFY2(qAbs(times[v] - expected) <= 1e-9 * expected, qPrintable(QStringLiteral("node %1: %2 vs %3").arg(v).arg(times[v]).arg(expected)));
        }
    }

    void earlyStopGivesTheSameTimesAsAFullSearch()
    {
        const RoadGraph g = SyntheticNetwork::build(SyntheticNetwork::grid(30, 30, 200, 7));
        const Snapper snapper(g);
        Router router(g);
        QVector<RoadLocation> targets;
        for (int i = 0; i < 5; ++i)
            targets.append(*snapper.snap(g.nodePoint(400 + 13 * i)));
        for (Direction d : {Direction::FromOrigin, Direction::ToOrigin}) {
            const RoadLocation origin = *snapper.snap(g.nodePoint(410));
            const QVector<Route> routes = router.travelTimes(origin, targets, d, false);
            const int originNode = 410;
            const std::vector<double> all = router.timesFromNode(originNode, d);
            for (int i = 0; i < targets.size(); ++i)
                QVERIFY(qAbs(routes[i].seconds - all[size_t(400 + 13 * i)]) <= 1e-9 * routes[i].seconds);
        }
    }

    void matrixRowsEqualOneToManyWhateverTheThreads()
    {
        const RoadGraph g = SyntheticNetwork::build(SyntheticNetwork::grid(25, 20, 300, 3));
        const Snapper snapper(g);
        QVector<RoadLocation> origins;
        QVector<RoadLocation> targets;
        for (int i = 0; i < 12; ++i)
            origins.append(*snapper.snap(at(137.0 * i, 311.0 * i)));
        for (int i = 0; i < 7; ++i)
            targets.append(*snapper.snap(at(6000.0 - 411.0 * i, 97.0 * i)));
        const TravelTimeMatrix one = TravelTimeMatrix::compute(g, origins, targets, Direction::ToOrigin, 1);
        const TravelTimeMatrix many = TravelTimeMatrix::compute(g, origins, targets, Direction::ToOrigin, 4);
        QCOMPARE(one.rows(), 12);
        QCOMPARE(one.columns(), 7);
        Router router(g);
        for (int r = 0; r < one.rows(); ++r) {
            const QVector<Route> row = router.travelTimes(origins[r], targets, Direction::ToOrigin, false);
            for (int c = 0; c < one.columns(); ++c) {
                QCOMPARE(one.seconds(r, c), row[c].seconds);
                QCOMPARE(many.seconds(r, c), row[c].seconds);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
