// SPDX-License-Identifier: GPL-2.0-or-later
// The store as QGIS desktop sees it through its OGR provider: every layer loads with its features
// in EPSG:4548, is editable, and an edit made in QGIS is what the store reads back.
#include "sampleregistry.h"
#include "storage/geopackagestore.h"

#include <qgsapplication.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using namespace cp::storage;

class TestQgisProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
        QgsApplication::initQgis();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("qgis.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(m_path, &error);
        QVERIFY2(store && store->writeRegistry(test::sampleRegistry(), &error), qPrintable(error));
    }

    void cleanupTestCase() { QgsApplication::exitQgis(); }

    void everyLayerLoadsEditableInQgis_data()
    {
        const Registry r = test::sampleRegistry();
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("features");
        QTest::addColumn<bool>("spatial");
        QTest::newRow("QGIS loads county_boundary") << "county_boundary" << 1 << true;
        QTest::newRow("QGIS loads towns") << "towns" << int(r.towns.size()) << true;
        QTest::newRow("QGIS loads enterprises") << "enterprises" << int(r.enterprises.size()) << true;
        QTest::newRow("QGIS loads shelters") << "shelters" << int(r.shelters.size()) << true;
        QTest::newRow("QGIS loads rescue_stations") << "rescue_stations" << int(r.rescueStations.size()) << true;
        QTest::newRow("QGIS loads teams") << "teams" << int(r.teams.size()) << true;
        QTest::newRow("QGIS loads supply_depots") << "supply_depots" << int(r.supplyDepots.size()) << true;
        QTest::newRow("QGIS loads roads") << "roads" << int(r.roads.size()) << true;
        QTest::newRow("QGIS loads demand_points") << "demand_points" << int(r.demandPoints.size()) << true;
        QTest::newRow("QGIS loads the sectors table") << "sectors" << int(r.sectors.size()) << false;
        QTest::newRow("QGIS loads the alarms table") << "alarms" << 0 << false;
    }

    void everyLayerLoadsEditableInQgis()
    {
        QFETCH(QString, layer);
        QFETCH(int, features);
        QFETCH(bool, spatial);
        QgsVectorLayer vl(m_path + QStringLiteral("|layername=") + layer, layer, QStringLiteral("ogr"));
        QVERIFY2(vl.isValid(), qPrintable(layer));
        QCOMPARE(vl.featureCount(), static_cast<long long>(features));
        QCOMPARE(vl.isSpatial(), spatial);
        if (spatial)
            QCOMPARE(vl.crs().authid(), QStringLiteral("EPSG:4548"));
        QVERIFY(vl.dataProvider()->capabilities() & QgsVectorDataProvider::ChangeAttributeValues);
    }

    void anEditMadeInQgisIsReadBack()
    {
        {
            QgsVectorLayer towns(m_path + QStringLiteral("|layername=towns"), QStringLiteral("towns"), QStringLiteral("ogr"));
            QVERIFY(towns.isValid());
            QgsFeature first;
            QVERIFY(towns.getFeatures().nextFeature(first));
            QVERIFY(towns.startEditing());
            QVERIFY(towns.changeAttributeValue(first.id(), towns.fields().indexOf(QStringLiteral("population")), 130000));
            QVERIFY(towns.commitChanges());
        }
        QString error;
        auto store = GeoPackageStore::open(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        const std::optional<Registry> read = store->readRegistry(&error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->towns.first().population, qint64(130000));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

int main(int argc, char **argv)
{
    QgsApplication app(argc, argv, false);
    TestQgisProvider test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qgisprovider.moc"
