// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-plan on layers: every model on a small GeoPackage made here whose optimum is worked out by hand,
// the output GeoPackage read back with ogrinfo, the demo data set (as a file and in PostgreSQL), and exit code 2
// with a message on bad input.
#include "pgcluster.h"
#include "pgcounty.h"
#include "testpaths.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run plan(const QStringList &arguments)
{
    return runProgram(cp::test::binaryPath(QStringLiteral("app/commandpost-plan/commandpost-plan")), arguments);
}

struct Point
{
    const char *id;
    double x;
    double y;
    double value; //!< population or capacity
};

/*
 * Villages on a line (EPSG:4548 metres, relative to an origin in the county): A at 0 and B at 1000 with 100 people,
 * C at 10000 and D at 11000 with 50. Candidates X1 at 500 (capacity 150), X2 at 10500 (300), X3 at 5000 (300);
 * an existing site E at 11000. A road along the line at 60 km/h makes a minute of a kilometre.
 */
void writeLine(const QString &path)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDataset *dataset = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    QVERIFY(dataset);
    OGRSpatialReference srs;
    srs.importFromEPSG(4548);
    const double x0 = 420000.0;
    const double y0 = 3960000.0;
    auto pointLayer = [&](const char *name, const char *valueField, const QList<Point> &points) {
        OGRLayer *layer = dataset->CreateLayer(name, &srs, wkbPoint, nullptr);
        OGRFieldDefn id("id", OFTString);
        OGRFieldDefn value(valueField, OFTReal);
        QVERIFY(layer->CreateField(&id) == OGRERR_NONE && layer->CreateField(&value) == OGRERR_NONE);
        for (const Point &p : points) {
            OGRFeature feature(layer->GetLayerDefn());
            feature.SetField("id", p.id);
            feature.SetField(valueField, p.value);
            OGRPoint point(x0 + p.x, y0 + p.y);
            feature.SetGeometry(&point);
            QVERIFY(layer->CreateFeature(&feature) == OGRERR_NONE);
        }
    };
    pointLayer("villages", "population", {{"A", 0, 0, 100}, {"B", 1000, 0, 100}, {"C", 10000, 0, 50}, {"D", 11000, 0, 50}});
    pointLayer("candidates", "capacity", {{"X1", 500, 0, 150}, {"X2", 10500, 0, 300}, {"X3", 5000, 0, 300}});
    pointLayer("existing", "capacity", {{"E", 11000, 0, 300}});
    OGRLayer *roads = dataset->CreateLayer("roads", &srs, wkbLineString, nullptr);
    OGRFieldDefn speed("speed_kmh", OFTReal);
    QVERIFY(roads->CreateField(&speed) == OGRERR_NONE);
    OGRFeature road(roads->GetLayerDefn());
    road.SetField("speed_kmh", 60.0);
    OGRLineString line;
    line.addPoint(x0 - 100, y0);
    line.addPoint(x0 + 11100, y0);
    road.SetGeometry(&line);
    QVERIFY(roads->CreateFeature(&road) == OGRERR_NONE);
    // The same road in UTM zone 50N: projected in metres on the same meridian, but 1.6 km away in its
    // own coordinates, so roads taken as they are would miss the sites.
    OGRSpatialReference utm;
    utm.importFromEPSG(32650);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toUtm(OGRCreateCoordinateTransformation(&srs, &utm));
    QVERIFY(toUtm);
    OGRLayer *utmRoads = dataset->CreateLayer("roads_utm", &utm, wkbLineString, nullptr);
    QVERIFY(utmRoads->CreateField(&speed) == OGRERR_NONE);
    OGRFeature utmRoad(utmRoads->GetLayerDefn());
    utmRoad.SetField("speed_kmh", 60.0);
    OGRLineString utmLine(line);
    QVERIFY(utmLine.transform(toUtm.get()) == OGRERR_NONE);
    utmRoad.SetGeometry(&utmLine);
    QVERIFY(utmRoads->CreateFeature(&utmRoad) == OGRERR_NONE);
    GDALClose(dataset);
}

//! \a count points in a row, 10 m apart, in layer \a name of \a dataset (EPSG:4548).
void writeRow(GDALDataset &dataset, const char *name, int count)
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4548);
    OGRLayer *layer = dataset.CreateLayer(name, &srs, wkbPoint, nullptr);
    OGRFieldDefn id("id", OFTString);
    QVERIFY(layer->CreateField(&id) == OGRERR_NONE);
    QVERIFY(layer->StartTransaction() == OGRERR_NONE);
    for (int i = 0; i < count; ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("id", QByteArray::number(i).constData());
        OGRPoint point(420000.0 + 10.0 * i, 3960000.0);
        feature.SetGeometry(&point);
        QVERIFY(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    QVERIFY(layer->CommitTransaction() == OGRERR_NONE);
}

//! "Feature Count: N" of \a layer in \a path as ogrinfo reports it; -1 when ogrinfo cannot tell.
int featureCount(const QString &path, const QString &layer)
{
    const Run run = runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-so"), path, layer});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Feature Count: (\\d+)")).match(run.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestPlanLayers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_gpkg;

    QStringList line(const QStringList &more) const
    {
        return QStringList{QStringLiteral("--demand"), m_gpkg + QStringLiteral(":villages"), QStringLiteral("--candidates"),
                           m_gpkg + QStringLiteral(":candidates")}
               + more;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gpkg = m_dir.filePath(QStringLiteral("line.gpkg"));
        writeLine(m_gpkg);
    }

    void knownOptimum_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("objective");
        QTest::addColumn<QStringList>("sites");
        const QString s = QStringLiteral("straight");
        QTest::newRow("one median is X1, beside the big villages")
            << QStringList{QStringLiteral("--p"), QStringLiteral("1"), QStringLiteral("--cost"), s}
            << QStringLiteral("1100000.0") << QStringList{QStringLiteral("X1")};
        QTest::newRow("two medians sit in the two pairs of villages")
            << QStringList{QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--cost"), s}
            << QStringLiteral("150000.0") << QStringList{QStringLiteral("X1"), QStringLiteral("X2")};
        QTest::newRow("the heuristic finds the same two medians")
            << QStringList{QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--cost"), s,
                           QStringLiteral("--solver"), QStringLiteral("heuristic")}
            << QStringLiteral("150000.0") << QStringList{QStringLiteral("X1"), QStringLiteral("X2")};
        QTest::newRow("on the road a minute is a kilometre")
            << QStringList{QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--cost"), QStringLiteral("road")}
            << QStringLiteral("150.0") << QStringList{QStringLiteral("X1"), QStringLiteral("X2")};
        QTest::newRow("with X1 excluded one median moves to the middle")
            << QStringList{QStringLiteral("--p"), QStringLiteral("1"), QStringLiteral("--cost"), s,
                           QStringLiteral("--exclude"), QStringLiteral("X1")}
            << QStringLiteral("1450000.0") << QStringList{QStringLiteral("X3")};
        QTest::newRow("a fixed existing site at D leaves X1 to the west")
            << QStringList{QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--cost"), s,
                           QStringLiteral("--fixed"), m_gpkg + QStringLiteral(":existing")}
            << QStringLiteral("150000.0") << QStringList{QStringLiteral("X1"), QStringLiteral("E")};
        QTest::newRow("a fixed field that one of two candidate layers lacks keeps the other layer's matches open")
            << QStringList{QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--cost"), s,
                           QStringLiteral("--candidates"), m_gpkg + QStringLiteral(":villages"),
                           QStringLiteral("--fixed"), QStringLiteral("capacity=300")}
            << QStringLiteral("950000.0") << QStringList{QStringLiteral("X2"), QStringLiteral("X3")};
        QTest::newRow("covering all within 600 m takes two sites")
            << QStringList{QStringLiteral("--model"), QStringLiteral("lscp"), QStringLiteral("--limit"),
                           QStringLiteral("600"), QStringLiteral("--cost"), s}
            << QStringLiteral("2.0") << QStringList{QStringLiteral("X1"), QStringLiteral("X2")};
        QTest::newRow("covering all within 6 km takes the middle one")
            << QStringList{QStringLiteral("--model"), QStringLiteral("lscp"), QStringLiteral("--limit"),
                           QStringLiteral("6000"), QStringLiteral("--cost"), s}
            << QStringLiteral("1.0") << QStringList{QStringLiteral("X3")};
        QTest::newRow("one maximal cover takes the 200 people of the west")
            << QStringList{QStringLiteral("--model"), QStringLiteral("mclp"), QStringLiteral("--p"), QStringLiteral("1"),
                           QStringLiteral("--limit"), QStringLiteral("600"), QStringLiteral("--cost"), s}
            << QStringLiteral("200.0") << QStringList{QStringLiteral("X1")};
        QTest::newRow("one centre is the middle one at 6 km from D")
            << QStringList{QStringLiteral("--model"), QStringLiteral("pcenter"), QStringLiteral("--p"),
                           QStringLiteral("1"), QStringLiteral("--cost"), s}
            << QStringLiteral("6000.0") << QStringList{QStringLiteral("X3")};
        QTest::newRow("roads in another projected CRS are brought to the sites' CRS")
            << QStringList{QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--cost"), QStringLiteral("road"),
                           QStringLiteral("--roads"), m_gpkg + QStringLiteral(":roads_utm")}
            << QStringLiteral("150.0") << QStringList{QStringLiteral("X1"), QStringLiteral("X2")};
        QTest::newRow("X1 holds 150 people, so capacities move the west to the middle")
            << QStringList{QStringLiteral("--model"), QStringLiteral("capacitated"), QStringLiteral("--p"),
                           QStringLiteral("2"), QStringLiteral("--cost"), s}
            << QStringLiteral("950000.0") << QStringList{QStringLiteral("X2"), QStringLiteral("X3")};
    }

    void knownOptimum()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, objective);
        QFETCH(QStringList, sites);
        const Run run = plan(line(options));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\nobjective: %1\n").arg(objective)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\nsites_open: %1\n").arg(sites.size())), qPrintable(run.out));
        for (const QString &site : sites)
            QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^  %1 ").arg(site), QRegularExpression::MultilineOption)),
                     qPrintable(site + QLatin1Char('\n') + run.out));
    }

    void outputOpensInOgr()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty())
            QSKIP("ogrinfo (gdal-bin) is not installed");
        const QString out = m_dir.filePath(QStringLiteral("plan.gpkg"));
        const Run run = plan(line({QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--out"), out}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(featureCount(out, QStringLiteral("sites")), 2);
        QCOMPARE(featureCount(out, QStringLiteral("assignments")), 4);
        QCOMPARE(featureCount(out, QStringLiteral("summary")), 1);
        const Run summary = runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-q"), out, QStringLiteral("summary")});
        QVERIFY2(summary.out.contains(QStringLiteral("model (String) = pmedian")), qPrintable(summary.out));
        QVERIFY2(summary.out.contains(QStringLiteral("objective (Real) = 150")), qPrintable(summary.out));
        const Run sites = runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-q"), out, QStringLiteral("sites")});
        QVERIFY2(sites.out.contains(QStringLiteral("load (Real) = 200")), qPrintable(sites.out));
    }

    void demo()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty())
            QSKIP("ogrinfo (gdal-bin) is not installed");
        const QString out = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const Run run = plan({QStringLiteral("--demo"), QStringLiteral("--p"), QStringLiteral("10"), QStringLiteral("--solver"),
                              QStringLiteral("heuristic"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\ndemand_points: 600\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\nweight_assigned: 805000 (100.0 %)\n")), qPrintable(run.out));
        QCOMPARE(featureCount(out, QStringLiteral("sites")), 10);
        QCOMPARE(featureCount(out, QStringLiteral("assignments")), 600);
    }

    void onTheSharedDatabase()
    {
        // The same plan as on the demo file, with the demo county in a real PostgreSQL + PostGIS.
        cp::test::PgCluster cluster;
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        const QString db = cp::test::createCountyDatabase(cluster, QStringLiteral("county"), &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        const QString out = m_dir.filePath(QStringLiteral("shared.gpkg"));
        const Run run = plan({QStringLiteral("--db"), db, QStringLiteral("--p"), QStringLiteral("10"), QStringLiteral("--solver"),
                              QStringLiteral("heuristic"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\ndemand_points: 600\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\nweight_assigned: 805000 (100.0 %)\n")), qPrintable(run.out));
        QCOMPARE(featureCount(out, QStringLiteral("sites")), 10);
        const Run both = plan({QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--p"), QStringLiteral("10")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QStringLiteral("not both")), qPrintable(both.err));
    }

    void outNeedsForceForAFileAndNeverReplacesAStoreOrAnInput()
    {
        const QString old = m_dir.filePath(QStringLiteral("old-plan.gpkg"));
        {
            QFile file(old);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("last week's plan");
        }
        Run run = plan(line({QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--out"), old}));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("commandpost-plan: cannot write %1: the file exists; give --force to replace it\n").arg(old));
        QVERIFY(run.out.isEmpty()); // refused before the plan runs
        QCOMPARE(QFileInfo(old).size(), qint64(16));
        run = plan(line({QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--out"), old, QStringLiteral("--force")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(old).size() > 16);

        // A desk's store (here a copy of the demo data set) is never replaced, --force or not.
        const QString store = m_dir.filePath(QStringLiteral("desk-store.gpkg"));
        QVERIFY(QFile::copy(cp::test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), store));
        const qint64 storeSize = QFileInfo(store).size();
        run = plan(line({QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--out"), store, QStringLiteral("--force")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write %1: it is a CommandPost data set").arg(store)), qPrintable(run.err));
        QCOMPARE(QFileInfo(store).size(), storeSize);
        QVERIFY(QFile::exists(store));

        // Nor is the file the plan reads its layers from.
        const qint64 inputSize = QFileInfo(m_gpkg).size();
        run = plan(line({QStringLiteral("--p"), QStringLiteral("2"), QStringLiteral("--out"), m_gpkg, QStringLiteral("--force")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write %1: it is an input of this plan").arg(m_gpkg)), qPrintable(run.err));
        QCOMPARE(QFileInfo(m_gpkg).size(), inputSize);
    }

    void aPlanTooLargeForItsCostMatrixIsRefusedBeforeItIsAllocated()
    {
        // 5,001 × 5,000 pairs: one row of costs past CostMatrix::cellLimit.
        const QString path = m_dir.filePath(QStringLiteral("large.gpkg"));
        GDALDataset *dataset = GetGDALDriverManager()->GetDriverByName("GPKG")->Create(path.toUtf8().constData(), 0, 0, 0,
                                                                                      GDT_Unknown, nullptr);
        QVERIFY(dataset);
        writeRow(*dataset, "villages", 5001);
        writeRow(*dataset, "candidates", 5000);
        GDALClose(dataset);
        const Run run = plan({QStringLiteral("--demand"), path + QStringLiteral(":villages"), QStringLiteral("--candidates"),
                              path + QStringLiteral(":candidates"), QStringLiteral("--p"), QStringLiteral("3"),
                              QStringLiteral("--weight"), QString(), QStringLiteral("--cost"), QStringLiteral("straight")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("the plan is too large: 5001 demand points × 5000 sites would need 25005000 costs, "
                                                 "more than the limit of 25000000")),
                 qPrintable(run.err));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString missing = m_dir.filePath(QStringLiteral("missing.gpkg"));
        QTest::newRow("a demand file that does not exist")
            << QStringList{QStringLiteral("--demand"), missing, QStringLiteral("--candidates"), m_gpkg, QStringLiteral("--p"),
                           QStringLiteral("1")}
            << QStringLiteral("The file %1 does not exist.").arg(missing);
        QTest::newRow("a candidate layer that does not exist")
            << QStringList{QStringLiteral("--demand"), m_gpkg + QStringLiteral(":villages"), QStringLiteral("--candidates"),
                           m_gpkg + QStringLiteral(":depots"), QStringLiteral("--p"), QStringLiteral("1")}
            << QStringLiteral("The file %1 has no layer \"depots\".").arg(m_gpkg);
        QTest::newRow("a weight field the layer lacks")
            << line({QStringLiteral("--p"), QStringLiteral("1"), QStringLiteral("--weight"), QStringLiteral("people")})
            << QStringLiteral("The layer \"villages\" of %1 has no field \"people\" for the weights.").arg(m_gpkg);
        QTest::newRow("a capacity field the layer lacks")
            << line({QStringLiteral("--model"), QStringLiteral("capacitated"), QStringLiteral("--p"), QStringLiteral("1"),
                     QStringLiteral("--capacity"), QStringLiteral("beds")})
            << QStringLiteral("The layer \"candidates\" of %1 has no field \"beds\" for the capacities.").arg(m_gpkg);
        QTest::newRow("p larger than the candidates")
            << line({QStringLiteral("--p"), QStringLiteral("5")})
            << QStringLiteral("p = 5 sites are asked for, but only 3 candidate sites");
        QTest::newRow("an unknown model")
            << line({QStringLiteral("--model"), QStringLiteral("median")})
            << QStringLiteral("--model \"median\" is not one of lscp, mclp, pmedian, pcenter, capacitated");
        QTest::newRow("a covering model without a limit")
            << line({QStringLiteral("--model"), QStringLiteral("mclp"), QStringLiteral("--p"), QStringLiteral("1")})
            << QStringLiteral("--model mclp needs --limit");
        QTest::newRow("a median without p") << line({}) << QStringLiteral("--model pmedian needs --p N");
        QTest::newRow("an unknown cost source")
            << line({QStringLiteral("--p"), QStringLiteral("1"), QStringLiteral("--cost"), QStringLiteral("air")})
            << QStringLiteral("--cost \"air\" is not road or straight");
        QTest::newRow("the heuristic for the capacitated model")
            << line({QStringLiteral("--model"), QStringLiteral("capacitated"), QStringLiteral("--p"), QStringLiteral("1"),
                     QStringLiteral("--solver"), QStringLiteral("heuristic")})
            << QStringLiteral("--model capacitated has no heuristic");
        QTest::newRow("an excluded id no candidate has")
            << line({QStringLiteral("--p"), QStringLiteral("1"), QStringLiteral("--exclude"), QStringLiteral("X9")})
            << QStringLiteral("no candidate site has the id \"X9\" to exclude");
        QTest::newRow("a fixed value no candidate has")
            << line({QStringLiteral("--p"), QStringLiteral("1"), QStringLiteral("--fixed"), QStringLiteral("id=X9")})
            << QStringLiteral("the fixed sites id=X9 match no candidate site");
        QTest::newRow("no candidates")
            << QStringList{QStringLiteral("--demand"), m_gpkg + QStringLiteral(":villages"), QStringLiteral("--p"),
                           QStringLiteral("1")}
            << QStringLiteral("no candidate sites: give --candidates FILE[:LAYER] or --demo");
        QTest::newRow("a limit no site meets")
            << line({QStringLiteral("--model"), QStringLiteral("lscp"), QStringLiteral("--limit"), QStringLiteral("100"),
                     QStringLiteral("--cost"), QStringLiteral("straight")})
            << QStringLiteral("demand point A of layer \"villages\" has no candidate site within the limit 100 metres");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = plan(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("commandpost-plan: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanLayers)
#include "tst_planlayers.moc"
