// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/roadnetworkimporter.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <map>

using namespace cp::routing;

namespace {

struct TestRoad
{
    const char *id;
    const char *roadClass; //!< nullptr: field left null
    double speed;          //!< 0: field left null
    int oneway;
    std::vector<std::pair<double, double>> line;
};

//! Writes a line layer with GDAL; fields follow the project's roads schema when \a withSchema.
bool writeLayer(const QString &path, const char *driverName, int epsg, bool withSchema, const std::vector<TestRoad> &roads,
                OGRwkbGeometryType type = wkbLineString)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    OGRLayer *layer = ds->CreateLayer("roads", &srs, type, nullptr);
    OGRFieldDefn id("id", OFTString);
    layer->CreateField(&id);
    if (withSchema) {
        OGRFieldDefn roadClass("road_class", OFTString);
        OGRFieldDefn speed("speed_kmh", OFTReal);
        OGRFieldDefn oneway("oneway", OFTInteger);
        layer->CreateField(&roadClass);
        layer->CreateField(&speed);
        layer->CreateField(&oneway);
    }
    for (const TestRoad &r : roads) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("id", r.id);
        if (withSchema) {
            if (r.roadClass)
                feature.SetField("road_class", r.roadClass);
            if (r.speed != 0)
                feature.SetField("speed_kmh", r.speed);
            feature.SetField("oneway", r.oneway);
        }
        OGRLineString line;
        for (const auto &[x, y] : r.line)
            line.addPoint(x, y);
        feature.SetGeometry(&line);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    return true;
}

//! Piece speed (km/h) of every imported line, by its id.
std::map<QString, double> speedsById(const RoadGraph &g)
{
    std::map<QString, double> speeds;
    for (const RoadGraph::Piece &p : g.pieces())
        speeds[g.segmentIds()[int(p.segment)]] = p.metres / p.seconds * 3.6;
    return speeds;
}

const RoadGraph::Piece &pieceOf(const RoadGraph &g, const QString &id)
{
    for (const RoadGraph::Piece &p : g.pieces())
        if (g.segmentIds()[int(p.segment)] == id)
            return p;
    qFatal("no piece for %s", qPrintable(id));
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void aProjectGeoPackageKeepsItsSpeedsClassesAndOneWays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roads.gpkg"));
        QVERIFY(writeLayer(path, "GPKG", 4548, true,
                           {{"r1", "county", 45, 0, {{400000, 3950000}, {401000, 3950000}}},
                            {"r2", "national", 0, 1, {{401000, 3950000}, {401000, 3951000}}},
                            {"r3", "footpath", 0, 0, {{401000, 3951000}, {400000, 3951000}}},
                            {"r4", nullptr, 0, -1, {{400000, 3950000}, {400000, 3951000}}}}));
        RoadNetworkImporter importer;
        QString error;
        const RoadGraph g = importer.import(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(importer.featuresRead(), 4);
        QCOMPARE(importer.roadsImported(), 3);
        QCOMPARE(importer.warnings().size(), 1);
        QVERIFY2(importer.warnings().first().contains(QLatin1String("\"footpath\"")), qPrintable(importer.warnings().first()));
        QVERIFY(importer.warnings().first().contains(path));
        const auto speeds = speedsById(g);
        QCOMPARE(speeds.at(QStringLiteral("r1")), 45.0);                                // speed_kmh wins
        QCOMPARE(speeds.at(QStringLiteral("r2")), SpeedTable::defaults().speed(cp::core::RoadClass::National));
        QCOMPARE(speeds.at(QStringLiteral("r4")), importer.defaultSpeedKmh());         // no class, no speed
        QVERIFY(pieceOf(g, QStringLiteral("r1")).forwardAllowed);
        QVERIFY(pieceOf(g, QStringLiteral("r1")).backwardAllowed);
        QVERIFY(!pieceOf(g, QStringLiteral("r2")).backwardAllowed);
        // oneway = -1 is stored turned round, drivable from (400000, 3951000) to (400000, 3950000).
        const RoadGraph::Piece &r4 = pieceOf(g, QStringLiteral("r4"));
        QVERIFY(!r4.backwardAllowed);
        QCOMPARE(g.points()[r4.firstPoint].y, 3951000.0);
        QCOMPARE(g.pieceCount(), 3);
        QCOMPARE(g.nodeCount(), 4);
    }

    void aGeographicShapefileIsProjectedToTheCountyCrs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roads.shp"));
        QVERIFY(writeLayer(path, "ESRI Shapefile", 4326, false,
                           {{"a", nullptr, 0, 0, {{116.08, 35.80}, {116.09, 35.80}, {116.09, 35.81}}}}));
        RoadNetworkImporter importer;
        QString error;
        const RoadGraph g = importer.import(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(g.crs(), QStringLiteral("EPSG:4548"));
        QCOMPARE(g.pieceCount(), 1);
        const double expected = cp::core::haversineMetres({116.08, 35.80}, {116.09, 35.80})
                                + cp::core::haversineMetres({116.09, 35.80}, {116.09, 35.81});
        QVERIFY2(qAbs(g.pieces()[0].metres - expected) < 0.005 * expected, qPrintable(QString::number(g.pieces()[0].metres)));
        // 116.08°E lies west of the zone's 117°E meridian: x below the 500 km false easting.
        QVERIFY(g.nodePoint(0).x < 500000.0 && g.nodePoint(0).x > 400000.0);
        const QList<cp::core::GeoPoint> back = g.toGeo({g.nodePoint(0)});
        QCOMPARE(back.size(), 1);
        QVERIFY(qAbs(back.first().lon - 116.08) < 1e-7 || qAbs(back.first().lon - 116.09) < 1e-7);
    }

    void openStreetMapWaysGetSpeedsAndDirectionsFromTheirTags()
    {
        RoadNetworkImporter importer;
        QString error;
        const RoadGraph g = importer.import(cp::test::testDataPath(QStringLiteral("routing/tiny.osm")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(importer.roadsImported(), 4); // the river and the footway are no roads
        QVERIFY(importer.warnings().isEmpty());
        const SpeedTable table = SpeedTable::defaults();
        const auto speeds = speedsById(g);
        QCOMPARE(int(speeds.size()), 4);
        QVERIFY(qAbs(speeds.at(QStringLiteral("101")) - *table.highwaySpeed(QStringLiteral("primary"))) < 1e-9);
        QVERIFY(qAbs(speeds.at(QStringLiteral("102")) - *table.highwaySpeed(QStringLiteral("residential"))) < 1e-9);
        QVERIFY(qAbs(speeds.at(QStringLiteral("104")) - *table.highwaySpeed(QStringLiteral("motorway"))) < 1e-9);
        QVERIFY(pieceOf(g, QStringLiteral("101")).backwardAllowed);
        QVERIFY(!pieceOf(g, QStringLiteral("102")).backwardAllowed);
        QVERIFY(!pieceOf(g, QStringLiteral("104")).backwardAllowed); // motorways are one-way in OSM
        // oneway=-1 on 3 -> 4: drivable from node 4 (35.810°N) to node 3 (35.805°N) only.
        const RoadGraph::Piece &w103 = pieceOf(g, QStringLiteral("103"));
        QVERIFY(!w103.backwardAllowed);
        const QList<cp::core::GeoPoint> ends = g.toGeo({g.nodePoint(int(w103.from)), g.nodePoint(int(w103.to))});
        QVERIFY(qAbs(ends[0].lat - 35.810) < 1e-7);
        QVERIFY(qAbs(ends[1].lat - 35.805) < 1e-7);
    }

    void badSourcesGetAMessageNamingThem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a file that does not exist") << "missing" << "does not exist";
        QTest::newRow("a file GDAL cannot read") << "garbage" << "cannot be read";
        QTest::newRow("a layer name that is not there") << "nolayer" << "has no layer \"streets\"";
        QTest::newRow("a layer of points") << "points" << "holds no lines";
        QTest::newRow("an empty layer") << "empty" << "has no features";
        QTest::newRow("a layer with no usable road") << "unusable" << "has no usable road";
        QTest::newRow("an unknown source option") << "option" << "Unknown option";
    }

    void badSourcesGetAMessageNamingThem()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString source = dir.filePath(QStringLiteral("roads.gpkg"));
        if (kind == QLatin1String("garbage")) {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a GeoPackage\n");
        } else if (kind == QLatin1String("nolayer") || kind == QLatin1String("option")) {
            QVERIFY(writeLayer(source, "GPKG", 4548, true, {{"r1", "county", 0, 0, {{400000, 3950000}, {401000, 3950000}}}}));
            source += kind == QLatin1String("nolayer") ? QStringLiteral("|layername=streets") : QStringLiteral("|where=1");
        } else if (kind == QLatin1String("points")) {
            QVERIFY(writeLayer(source, "GPKG", 4548, true, {}, wkbPoint));
            source += QStringLiteral("|layername=roads");
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(writeLayer(source, "GPKG", 4548, true, {}));
        } else if (kind == QLatin1String("unusable")) {
            QVERIFY(writeLayer(source, "GPKG", 4548, true, {{"r1", "county", -5, 0, {{400000, 3950000}, {401000, 3950000}}},
                                                            {"r2", "county", 0, 0, {{400000, 3950000}, {400000, 3950000}}}}));
        }
        RoadNetworkImporter importer;
        QString error;
        const RoadGraph g = importer.import(source, &error);
        QVERIFY(g.isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
        if (kind != QLatin1String("option"))
            QVERIFY2(error.contains(source.section(QLatin1Char('|'), 0, 0)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
