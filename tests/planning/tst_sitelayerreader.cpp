// SPDX-License-Identifier: GPL-2.0-or-later
// SiteLayerReader: FILE[:LAYER] specs, layers in another CRS moved to EPSG:4548, fixed sites, and the
// messages for values that are not numbers.
#include "planning/sitelayerreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using cp::planning::LayerSpec;
using cp::planning::SiteLayerOptions;
using cp::planning::SiteLayerReader;

class TestSiteLayerReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeGeoJson(const QString &name, const QByteArray &features) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(R"({"type": "FeatureCollection", "name": "places",
                       "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}},
                       "features": [)" + features + "]}");
        return path;
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("layer");
        QTest::newRow("a file alone has no layer") << "/data/a.gpkg" << "/data/a.gpkg" << "";
        QTest::newRow("a layer follows the last colon") << "/data/a.gpkg:towns" << "/data/a.gpkg" << "towns";
        QTest::newRow("a colon inside the folders is part of the path") << "/data/x:y/a.gpkg" << "/data/x:y/a.gpkg" << "";
        QTest::newRow("a leading colon is not a layer") << ":a" << ":a" << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, layer);
        const LayerSpec spec = LayerSpec::parse(text);
        QCOMPARE(spec.path, path);
        QCOMPARE(spec.layer, layer);
        QCOMPARE(spec.toString(), text);
    }

    void geographicLayerIsProjected()
    {
        // 116.1° E, 35.8° N is in Liangshan; in EPSG:4548 (CM 117° E, false easting 500 km) that is about
        // 418.6 km east, 3964 km north.
        const QString path = writeGeoJson(QStringLiteral("geo.geojson"), R"(
            {"type": "Feature", "properties": {"id": "V1", "name": "village", "people": 120, "open": "yes"},
             "geometry": {"type": "Point", "coordinates": [116.1, 35.8]}},
            {"type": "Feature", "properties": {"id": "V2", "name": "hamlet", "people": 0, "open": "no"},
             "geometry": {"type": "Point", "coordinates": [116.2, 35.8]}})");
        SiteLayerOptions options;
        options.weightField = QStringLiteral("people");
        options.fixedField = QStringLiteral("open");
        options.fixedValue = QStringLiteral("yes");
        QString error;
        const auto sites = SiteLayerReader::read({path, {}}, options, &error);
        QVERIFY2(sites, qPrintable(error));
        QCOMPARE(sites->size(), 2);
        const auto &v1 = sites->at(0);
        QCOMPARE(v1.id, QStringLiteral("V1"));
        QCOMPARE(v1.name, QStringLiteral("village"));
        QCOMPARE(v1.layer, QStringLiteral("places"));
        QCOMPARE(v1.weight, 120.0);
        QVERIFY(v1.fixed);
        QVERIFY(!sites->at(1).fixed);

        options.fixedField = QStringLiteral("existing");
        const auto withoutField = SiteLayerReader::read({path, {}}, options, &error);
        QVERIFY2(withoutField, qPrintable(error));
        QVERIFY(!withoutField->at(0).fixed && !withoutField->at(1).fixed);
        QVERIFY2(std::abs(v1.x - 418600.0) < 1000.0, qPrintable(QString::number(v1.x, 'f', 1)));
        QVERIFY2(std::abs(v1.y - 3964000.0) < 2000.0, qPrintable(QString::number(v1.y, 'f', 1)));
        // 0.1° of longitude at 35.8° N is about 9 km.
        QVERIFY(std::abs(sites->at(1).x - v1.x - 9030.0) < 100.0);
    }

    void badValues_data()
    {
        QTest::addColumn<QByteArray>("properties");
        QTest::addColumn<QString>("message");
        QTest::newRow("a weight that is text")
            << QByteArray(R"({"id": "V7", "people": "many"})")
            << QStringLiteral("Feature V7 of the layer \"places\" of %1: field \"people\" is \"many\", not a number 0 or above.");
        QTest::newRow("a negative weight") << QByteArray(R"({"id": "V7", "people": -3})")
                                           << QStringLiteral("field \"people\" is \"-3\", not a number 0 or above.");
        QTest::newRow("a weight that is missing") << QByteArray(R"({"id": "V7", "people": null})")
                                                  << QStringLiteral("field \"people\" is \"\", not a number 0 or above.");
    }

    void badValues()
    {
        QFETCH(QByteArray, properties);
        QFETCH(QString, message);
        const QString path = writeGeoJson(QStringLiteral("bad.geojson"),
                                          R"({"type": "Feature", "properties": )" + properties
                                              + R"(, "geometry": {"type": "Point", "coordinates": [116.1, 35.8]}})");
        SiteLayerOptions options;
        options.weightField = QStringLiteral("people");
        QString error;
        QVERIFY(!SiteLayerReader::read({path, {}}, options, &error));
        QVERIFY2(error.contains(message.arg(path)), qPrintable(error));
    }

    void layerWithoutPoints()
    {
        const QString path = m_dir.filePath(QStringLiteral("lines.geojson"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                      "geometry": {"type": "LineString", "coordinates": [[116.1, 35.8], [116.2, 35.8]]}}]})");
        file.close();
        QString error;
        QVERIFY(!SiteLayerReader::read({path, {}}, {}, &error));
        QCOMPARE(error, QStringLiteral("The file %1 has no point layer; name one as %1:LAYER.").arg(path));
    }
};

QTEST_GUILESS_MAIN(TestSiteLayerReader)
#include "tst_sitelayerreader.moc"
