// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/roadgraphbuilder.h"
#include "routing/snapper.h"
#include "routing/syntheticnetwork.h"

#include <QtTest>

using namespace cp::routing;

namespace {

constexpr double baseX = 400000.0;
constexpr double baseY = 3950000.0;

ProjectedPoint at(double x, double y) { return {baseX + x, baseY + y}; }

//! An L-shaped road (0,0)-(1000,0)-(1000,1000) and a separate road (3000,0)-(3000,2000).
RoadGraph network()
{
    RoadGraphBuilder b;
    const ProjectedPoint l[] = {at(0, 0), at(1000, 0), at(1000, 1000)};
    const ProjectedPoint s[] = {at(3000, 0), at(3000, 2000)};
    b.addLine(l, 3, 40, false, QStringLiteral("L"));
    b.addLine(s, 2, 40, false, QStringLiteral("S"));
    return b.build();
}

} // namespace

class TestSnapper : public QObject
{
    Q_OBJECT

private slots:
    void pointsSnapToTheNearestPlaceOnARoad_data()
    {
        QTest::addColumn<ProjectedPoint>("point");
        QTest::addColumn<ProjectedPoint>("expected");
        QTest::addColumn<QString>("road");
        QTest::addColumn<double>("fraction");
        QTest::newRow("beside the first leg") << at(250, 40) << at(250, 0) << "L" << 0.125;
        QTest::newRow("beside the second leg") << at(950, 500) << at(1000, 500) << "L" << 0.75;
        QTest::newRow("beyond the corner snaps to the corner") << at(1100, -100) << at(1000, 0) << "L" << 0.5;
        QTest::newRow("before the start snaps to the end node") << at(-70, 0) << at(0, 0) << "L" << 0.0;
        QTest::newRow("on the road itself") << at(3000, 1500) << at(3000, 1500) << "S" << 0.75;
        QTest::newRow("between the roads, nearer the separate one") << at(2200, 300) << at(3000, 300) << "S" << 0.15;
    }

    void pointsSnapToTheNearestPlaceOnARoad()
    {
        QFETCH(ProjectedPoint, point);
        QFETCH(ProjectedPoint, expected);
        QFETCH(QString, road);
        QFETCH(double, fraction);
        const RoadGraph g = network();
        const Snapper snapper(g, 1000);
        QString error;
        const std::optional<RoadLocation> loc = snapper.snap(point, &error);
        QVERIFY2(loc, qPrintable(error));
        QVERIFY(qAbs(loc->point.x - expected.x) < 1e-6 && qAbs(loc->point.y - expected.y) < 1e-6);
        QCOMPARE(g.segmentIds()[int(g.pieces()[loc->piece].segment)], road);
        QVERIFY(qAbs(loc->fraction - fraction) < 1e-9);
        QVERIFY(qAbs(loc->snapDistance - std::hypot(point.x - expected.x, point.y - expected.y)) < 1e-6);
    }

    void aPointFarFromAnyRoadIsRefusedWithItsDistance()
    {
        const Snapper snapper(network(), 500);
        QString error;
        QVERIFY(!snapper.snap(at(2000, 5000), &error));
        QVERIFY2(error.contains(QLatin1String("farther than 500 m")), qPrintable(error));
        QVERIFY(snapper.snap(at(3000, 2450), &error)); // 450 m beyond the end of S
    }

    void longitudeLatitudeIsProjectedBeforeSnapping()
    {
        const RoadGraph g = network();
        const QList<cp::core::GeoPoint> geo = g.toGeo({at(500, 0)});
        const Snapper snapper(g);
        const std::optional<RoadLocation> loc = snapper.snap(geo.first());
        QVERIFY(loc);
        QVERIFY(loc->snapDistance < 1e-3);
        QString error;
        QVERIFY(!snapper.snap(cp::core::GeoPoint{116.5, 36.5}, &error));
        QVERIFY2(error.contains(QLatin1String("116.500000")), qPrintable(error));
    }

    void anEmptyNetworkSaysSo()
    {
        QString error;
        QVERIFY(!Snapper(RoadGraph()).snap(at(0, 0), &error));
        QVERIFY2(error.contains(QLatin1String("empty")), qPrintable(error));
    }

    void theGridFindsWhatABruteForceScanFinds()
    {
        const RoadGraph g = SyntheticNetwork::build(SyntheticNetwork::grid(40, 30, 150, 11));
        const Snapper snapper(g, 5000);
        for (int i = 0; i < 200; ++i) {
            const ProjectedPoint p = at(-300 + 31.7 * i, -200 + 23.3 * (i % 97));
            double best = std::numeric_limits<double>::max();
            for (const RoadGraph::Piece &piece : g.pieces()) {
                const ProjectedPoint &a = g.points()[piece.firstPoint];
                const ProjectedPoint &b = g.points()[piece.firstPoint + 1];
                const double dx = b.x - a.x, dy = b.y - a.y;
                const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
                best = std::min(best, std::hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
            }
            const std::optional<RoadLocation> loc = snapper.snap(p);
            QVERIFY(loc);
            QVERIFY2(qAbs(loc->snapDistance - best) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(loc->snapDistance).arg(best)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapper)
#include "tst_snapper.moc"
