// SPDX-License-Identifier: GPL-2.0-or-later
// The county map from the shared database (CountyMap::loadPostgres): every layer of the GeoPackage
// loads from PostGIS through QGIS's postgres provider with the same features, and the sector
// attributes read as the JSON text the desk's readers expect.
#include "qgistestapp.h"

#include "map/countymap.h"
#include "pgcluster.h"
#include "pgcounty.h"
#include "testpaths.h"

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <QJsonDocument>

using namespace cp;

class TestCountyMapPostgres : public QObject
{
    Q_OBJECT

    test::PgCluster m_cluster;
    QString m_gpkg;
    QString m_conninfo;

    static QStringList idsOf(QgsVectorLayer &layer)
    {
        QStringList ids;
        QgsFeatureIterator it = layer.getFeatures();
        QgsFeature f;
        while (it.nextFeature(f))
            ids << f.attribute(QStringLiteral("id")).toString();
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_conninfo = test::createCountyDatabase(m_cluster, QStringLiteral("county"), &error);
        QVERIFY2(!m_conninfo.isEmpty(), qPrintable(error));
        m_gpkg = test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg"));
    }

    void everyLayerLoadsWithTheGeoPackagesFeatures()
    {
        QStringList errors;
        const QList<QgsVectorLayer *> fromFile = map::CountyMap::load(m_gpkg, &errors);
        const QList<QgsVectorLayer *> fromDatabase = map::CountyMap::loadPostgres(m_conninfo, QStringLiteral("county"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(fromDatabase.size(), fromFile.size());
        for (const QString &table : map::CountyMap::layerNames()) {
            QgsVectorLayer *file = map::CountyMap::find(fromFile, table);
            QgsVectorLayer *database = map::CountyMap::find(fromDatabase, table);
            QVERIFY2(file && database, qPrintable(table));
            QCOMPARE(database->providerType(), QStringLiteral("postgres"));
            QCOMPARE(database->featureCount(), file->featureCount());
            QCOMPARE(database->crs().authid(), QStringLiteral("EPSG:4548"));
            if (table == QLatin1String("enterprises"))
                QCOMPARE(idsOf(*database), idsOf(*file));
        }
        qDeleteAll(fromFile);
        qDeleteAll(fromDatabase);
    }

    void sectorAttributesReadAsJsonText()
    {
        QStringList errors;
        const QList<QgsVectorLayer *> layers = map::CountyMap::loadPostgres(m_conninfo, QStringLiteral("county"), &errors);
        QgsVectorLayer *enterprises = map::CountyMap::find(layers, QStringLiteral("enterprises"));
        QVERIFY(enterprises);
        const int field = enterprises->fields().indexOf(QStringLiteral("sector_attributes"));
        QVERIFY(field >= 0);
        int withAttributes = 0;
        QgsFeatureIterator it = enterprises->getFeatures();
        QgsFeature f;
        while (it.nextFeature(f)) {
            const QString text = f.attribute(field).toString();
            if (text.isEmpty())
                continue;
            ++withAttributes;
            QVERIFY2(QJsonDocument::fromJson(text.toUtf8()).isObject(), qPrintable(text));
        }
        QVERIFY(withAttributes > 100); // the demo's hazchem, mines, gas stations …
        qDeleteAll(layers);
    }
};

COMMANDPOST_QGIS_TEST_MAIN(TestCountyMapPostgres)
#include "tst_countymappostgres.moc"
