// SPDX-License-Identifier: GPL-2.0-or-later
#include "qgistestapp.h"

#include "map/countymap.h"

#include "core/risklevel.h"

#include <qgscoordinatetransform.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsmaptopixel.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>

using namespace cp;

namespace {

const QgsCoordinateReferenceSystem gk(QStringLiteral("EPSG:4548"));

//! Writes one registry layer of a test GeoPackage from a memory layer.
void writeLayer(QgsVectorLayer &memory, const QString &gpkg, const QString &name, bool first)
{
    QgsVectorFileWriter::SaveVectorOptions o;
    o.driverName = QStringLiteral("GPKG");
    o.layerName = name;
    o.actionOnExistingFile = first ? QgsVectorFileWriter::CreateOrOverwriteFile : QgsVectorFileWriter::CreateOrOverwriteLayer;
    QString error;
    const auto rc = QgsVectorFileWriter::writeAsVectorFormatV3(&memory, gpkg, QgsProject::instance()->transformContext(), o, &error);
    QVERIFY2(rc == QgsVectorFileWriter::NoError, qPrintable(error));
}

QgsFeature pointFeature(QgsVectorLayer &layer, double x, double y, const QgsAttributes &attributes)
{
    QgsFeature f(layer.fields());
    f.setAttributes(attributes);
    f.setGeometry(QgsGeometry::fromPointXY({x, y}));
    return f;
}

} // namespace

class TestRendering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gpkg = m_dir.filePath(QStringLiteral("county.gpkg"));
        // A 10 km square county with one enterprise of each risk grade and one road.
        QgsVectorLayer boundary(QStringLiteral("Polygon?crs=EPSG:4548&field=name:string"), QStringLiteral("b"), QStringLiteral("memory"));
        QgsFeature area(boundary.fields());
        area.setAttributes(QgsAttributes() << QStringLiteral("county"));
        area.setGeometry(QgsGeometry::fromRect(QgsRectangle(400000, 3960000, 410000, 3970000)));
        QgsFeatureList areas{area};
        boundary.dataProvider()->addFeatures(areas);
        writeLayer(boundary, m_gpkg, QStringLiteral("county_boundary"), true);

        QgsVectorLayer enterprises(QStringLiteral("Point?crs=EPSG:4548&field=id:string&field=name:string&field=risk_level:string&field=major_hazard:string"),
                                   QStringLiteral("e"), QStringLiteral("memory"));
        QgsFeatureList list;
        int i = 0;
        for (core::RiskLevel level : {core::RiskLevel::Major, core::RiskLevel::Significant, core::RiskLevel::General, core::RiskLevel::Low}) {
            const QgsPointXY p(402000 + 2000 * i, 3965000);
            m_enterprisePoints.append({level, p});
            list << pointFeature(enterprises, p.x(), p.y(),
                                 QgsAttributes() << QStringLiteral("E%1").arg(i) << QStringLiteral("企业%1").arg(i) << core::toKey(level) << QStringLiteral("none"));
            ++i;
        }
        enterprises.dataProvider()->addFeatures(list);
        writeLayer(enterprises, m_gpkg, QStringLiteral("enterprises"), false);

        // One feature of each other point layer along y = 3968000, and a national road along y = 3962000.
        const QList<std::tuple<QString, QString, QgsAttributes>> points = {
            {QStringLiteral("shelters"), QStringLiteral("field=name:string&field=capacity:integer&field=status:string"),
             QgsAttributes() << QStringLiteral("S") << 2000 << QStringLiteral("existing")},
            {QStringLiteral("rescue_stations"), QStringLiteral("field=name:string"), QgsAttributes() << QStringLiteral("R")},
            {QStringLiteral("teams"), QStringLiteral("field=name:string&field=status:string"), QgsAttributes() << QStringLiteral("T") << QStringLiteral("available")},
            {QStringLiteral("supply_depots"), QStringLiteral("field=name:string"), QgsAttributes() << QStringLiteral("D")},
            {QStringLiteral("towns"), QStringLiteral("field=name:string"), QgsAttributes() << QStringLiteral("X")},
        };
        int k = 0;
        for (const auto &[name, fields, attributes] : points) {
            QgsVectorLayer layer(QStringLiteral("Point?crs=EPSG:4548&") + fields, name, QStringLiteral("memory"));
            const QgsPointXY p(401500 + 1500 * k++, 3968000);
            m_pointLayers.append({name, p});
            QgsFeatureList one{pointFeature(layer, p.x(), p.y(), attributes)};
            if (name == QLatin1String("shelters")) // and a planned one, of an adopted plan
                one << pointFeature(layer, m_plannedShelter.x(), m_plannedShelter.y(),
                                    QgsAttributes() << QStringLiteral("P") << 2000 << QStringLiteral("planned"));
            layer.dataProvider()->addFeatures(one);
            writeLayer(layer, m_gpkg, name, false);
        }
        QgsVectorLayer roads(QStringLiteral("LineString?crs=EPSG:4548&field=name:string&field=road_class:string"), QStringLiteral("r"), QStringLiteral("memory"));
        QgsFeature road(roads.fields());
        road.setAttributes(QgsAttributes() << QStringLiteral("G220") << QStringLiteral("national"));
        road.setGeometry(QgsGeometry::fromPolylineXY({QgsPointXY(400500, 3962000), QgsPointXY(409500, 3962000)}));
        QgsFeatureList roadList{road};
        roads.dataProvider()->addFeatures(roadList);
        writeLayer(roads, m_gpkg, QStringLiteral("roads"), false);
    }

    void everyPointLayerAndTheRoadsDrawInTheirColours_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QColor>("expected");
        QTest::newRow("shelters are green squares") << "shelters" << QColor(0x2e, 0x9e, 0x4f);
        QTest::newRow("rescue stations are red crosses") << "rescue_stations" << QColor(0xc6, 0x28, 0x28);
        QTest::newRow("available teams are blue triangles") << "teams" << QColor(0x1f, 0x78, 0xb4);
        QTest::newRow("supply depots are brown diamonds") << "supply_depots" << QColor(0x8c, 0x51, 0x0a);
        QTest::newRow("towns are purple stars") << "towns" << QColor(0x5b, 0x3f, 0x8c);
    }

    void everyPointLayerAndTheRoadsDrawInTheirColours()
    {
        QFETCH(QString, layer);
        QFETCH(QColor, expected);
        QStringList errors;
        const QList<QgsVectorLayer *> layers = map::CountyMap::load(m_gpkg, &errors);
        const QImage image = render(layers);
        qDeleteAll(layers);
        QgsPointXY at;
        for (const auto &[name, point] : std::as_const(m_pointLayers))
            if (name == layer)
                at = point;
        QVERIFY2(near(image.pixelColor(pixelOf(at)), expected), qPrintable(image.pixelColor(pixelOf(at)).name()));
        QVERIFY2(near(image.pixelColor(pixelOf({405000, 3962000})), QColor(0xe8, 0x8e, 0x2a)), "the national road");
    }

    void aPlannedShelterIsAHollowGreenSquare()
    {
        QStringList errors;
        const QList<QgsVectorLayer *> layers = map::CountyMap::load(m_gpkg, &errors);
        const QImage image = render(layers);
        qDeleteAll(layers);
        const QPoint centre = pixelOf(m_plannedShelter);
        QVERIFY2(!near(image.pixelColor(centre), QColor(0x2e, 0x9e, 0x4f)), "the planned shelter is filled");
        bool outlined = false;
        for (int dx = -10; dx <= 10 && !outlined; ++dx)
            outlined = near(image.pixelColor(centre + QPoint(dx, 0)), QColor(0x2e, 0x9e, 0x4f));
        QVERIFY2(outlined, "no green outline around the planned shelter");
    }

    void eachLayerDrawsItsFeaturesInTheirColours()
    {
        QStringList errors;
        const QList<QgsVectorLayer *> layers = map::CountyMap::load(m_gpkg, &errors);
        QCOMPARE(layers.size(), 11); // every layer but the demand points; the enterprises' name, major-hazard and overview views
        const QImage image = render(layers);
        qDeleteAll(layers);

        for (const auto &[level, point] : std::as_const(m_enterprisePoints)) {
            const QColor expected(core::riskColorName(level));
            const QColor actual = image.pixelColor(pixelOf(point));
            QVERIFY2(near(actual, expected), qPrintable(QStringLiteral("%1: expected %2 got %3").arg(core::toKey(level), expected.name(), actual.name())));
        }
        // The boundary's fill between the enterprises.
        QCOMPARE(image.pixelColor(pixelOf({401000, 3960800})), QColor(246, 243, 236));
    }

    void aMissingLayerIsReportedAndTheRestStillDraws()
    {
        QStringList errors;
        const QList<QgsVectorLayer *> layers = map::CountyMap::load(m_gpkg, &errors);
        // The test file lacks the demand points; the message names the file and the layer.
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QLatin1String("\"demand_points\"")), qPrintable(errors.first()));
        QVERIFY(errors.first().contains(m_gpkg));
        const QImage image = render(layers);
        qDeleteAll(layers);
        QCOMPARE(image.pixelColor(pixelOf(m_enterprisePoints.first().second)), QColor(core::riskColorName(core::RiskLevel::Major)));
    }

    void aFileThatIsNotAGeoPackageGivesOneMessagePerLayer()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.gpkg"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a GeoPackage");
        f.close();
        QStringList errors;
        const QList<QgsVectorLayer *> layers = map::CountyMap::load(junk, &errors);
        QVERIFY(layers.isEmpty());
        QCOMPARE(errors.size(), map::CountyMap::layerNames().size());
        QStringList missing;
        QVERIFY(map::CountyMap::load(m_dir.filePath(QStringLiteral("absent.gpkg")), &missing).isEmpty());
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing.first().contains(QLatin1String("absent.gpkg")));
    }

private:
    static bool near(const QColor &a, const QColor &b)
    {
        return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 && std::abs(a.blue() - b.blue()) < 12;
    }

    QgsMapSettings settings(const QList<QgsVectorLayer *> &layers) const
    {
        QgsMapSettings ms;
        QList<QgsMapLayer *> mapLayers;
        for (QgsVectorLayer *l : layers)
            mapLayers << l;
        ms.setLayers(mapLayers);
        ms.setDestinationCrs(gk);
        ms.setOutputSize({400, 400});
        ms.setOutputDpi(96);
        ms.setExtent(QgsRectangle(400000, 3960000, 410000, 3970000));
        ms.setBackgroundColor(Qt::white);
        return ms;
    }

    QImage render(const QList<QgsVectorLayer *> &layers)
    {
        m_settings = settings(layers);
        QgsMapRendererParallelJob job(m_settings);
        job.start();
        job.waitForFinished();
        return job.renderedImage();
    }

    QPoint pixelOf(const QgsPointXY &p) const
    {
        const QgsPointXY px = m_settings.mapToPixel().transform(p);
        return QPoint(qRound(px.x()), qRound(px.y()));
    }

    QTemporaryDir m_dir;
    const QgsPointXY m_plannedShelter{409000, 3968000};
    QString m_gpkg;
    QgsMapSettings m_settings;
    QList<std::pair<core::RiskLevel, QgsPointXY>> m_enterprisePoints;
    QList<std::pair<QString, QgsPointXY>> m_pointLayers;
};

COMMANDPOST_QGIS_TEST_MAIN(TestRendering)
#include "tst_rendering.moc"
