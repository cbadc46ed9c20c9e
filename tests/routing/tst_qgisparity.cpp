// SPDX-License-Identifier: GPL-2.0-or-later
// Our travel times against QGIS's own network analysis on the same small network (full flavour only).
#include "qgisroadnetwork.h"

#include "routing/router.h"
#include "routing/syntheticnetwork.h"

#include <qgsapplication.h>
#include <qgsgraph.h>
#include <qgsvectorlayer.h>

#include <QtTest>

using namespace cp::routing;
using cp::bench::QgisRoadNetwork;

class TestQgisParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
        QgsApplication::initQgis();
    }

    void cleanupTestCase() { QgsApplication::exitQgis(); }

    void travelTimesEqualQgisDijkstraFromEverySource_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("a 12 x 9 grid with one-way streets") << 12 << 9 << quint64(5);
        QTest::newRow("a narrow 30 x 3 grid") << 30 << 3 << quint64(8);
    }

    void travelTimesEqualQgisDijkstraFromEverySource()
    {
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(quint64, seed);
        const QVector<SyntheticRoad> roads = SyntheticNetwork::grid(columns, rows, 150, seed);
        const RoadGraph ours = SyntheticNetwork::build(roads);
        const std::unique_ptr<QgsVectorLayer> layer = QgisRoadNetwork::memoryLayer(roads);
        QString error;
        const std::unique_ptr<QgsGraph> theirs = QgisRoadNetwork::build(*layer, &error);
        QVERIFY2(theirs, qPrintable(error));
        QCOMPARE(theirs->vertexCount(), ours.nodeCount());
        Router router(ours);
        for (int node = 0; node < ours.nodeCount(); node += 7) {
            const int vertex = QgisRoadNetwork::vertexAt(*theirs, ours.nodePoint(node));
            QVERIFY(vertex >= 0);
            const QgisRoadNetwork::Agreement a = QgisRoadNetwork::compare(
                *theirs, QgisRoadNetwork::oneToAll(*theirs, vertex), ours, router.timesFromNode(node, Direction::FromOrigin));
            QCOMPARE(a.compared, ours.nodeCount());
            QCOMPARE(a.disagreeing, 0);
            QVERIFY(a.maxRelativeDifference < 1e-6);
        }
    }
};

int main(int argc, char **argv)
{
    QgsApplication app(argc, argv, false);
    TestQgisParity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qgisparity.moc"
