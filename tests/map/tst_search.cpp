// SPDX-License-Identifier: GPL-2.0-or-later
#include "qgistestapp.h"

#include "map/canvasdecorations.h"
#include "map/featuredescription.h"
#include "map/pinyin.h"
#include "map/searchindex.h"

#include "core/translations.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsvectorlayer.h>

using namespace cp;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void pinyinInitials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("initials");
        QTest::addColumn<QString>("full");
        QTest::newRow("a sub-district") << QString::fromUtf8("水泊街道") << "spjd" << "shuipojiedao";
        QTest::newRow("a rare character keeps its reading") << QString::fromUtf8("赵堌堆乡") << "zgdx" << "zhaoguduixiang";
        QTest::newRow("latin and digits pass through") << QString::fromUtf8("110kV变电站") << "110kvbdz" << "110kvbiandianzhan";
    }

    void pinyinInitials()
    {
        QFETCH(QString, text);
        QFETCH(QString, initials);
        QFETCH(QString, full);
        QCOMPARE(map::pinyinInitials(text), initials);
        QCOMPARE(map::pinyinFull(text), full);
    }

    void findsByChineseInitialsAndFullPinyin()
    {
        QgsVectorLayer layer(QStringLiteral("Point?crs=EPSG:4548&field=name:string"), QStringLiteral("towns"), QStringLiteral("memory"));
        QgsFeatureList features;
        for (const char *name : {"水泊街道", "梁山街道", "拳铺镇", "梁山经济开发区"}) {
            QgsFeature f(layer.fields());
            f.setAttributes(QgsAttributes() << QString::fromUtf8(name));
            f.setGeometry(QgsGeometry::fromPointXY({0, 0}));
            features << f;
        }
        layer.dataProvider()->addFeatures(features);
        map::SearchIndex index;
        index.build({&layer});
        QCOMPARE(index.size(), 4);
        auto names = [&](const QString &q) {
            QStringList out;
            for (const auto &hit : index.find(q))
                out << hit.name;
            return out;
        };
        QCOMPARE(names(QString::fromUtf8("拳铺")), QStringList{QString::fromUtf8("拳铺镇")});
        QCOMPARE(names(QStringLiteral("spjd")), QStringList{QString::fromUtf8("水泊街道")});
        QCOMPARE(names(QStringLiteral("liangshan")), (QStringList{QString::fromUtf8("梁山街道"), QString::fromUtf8("梁山经济开发区")}));
        // "jd" is inside two names' initials: substring hits come after prefix hits, here none are prefixes.
        QCOMPARE(names(QStringLiteral("jd")).size(), 2);
        QVERIFY(names(QString()).isEmpty());
        QVERIFY(names(QStringLiteral("xyz")).isEmpty());
    }

    void scaleBarLengthsAreRound_data()
    {
        QTest::addColumn<double>("view");
        QTest::addColumn<double>("bar");
        QTest::newRow("a 40 km county view gets a 5 km bar") << 40000.0 << 5000.0;
        QTest::newRow("a 12 km view gets 2 km") << 12000.0 << 2000.0;
        QTest::newRow("a 600 m street view gets 100 m") << 600.0 << 100.0;
    }

    void scaleBarLengthsAreRound()
    {
        QFETCH(double, view);
        QFETCH(double, bar);
        QCOMPARE(map::CanvasDecorations::roundBarLength(view), bar);
    }

    void attributesAreShownWithTranslatedLabelsAndValues()
    {
        core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
        QgsFields fields;
        fields.append(QgsField(QStringLiteral("fid"), QVariant::LongLong));
        fields.append(QgsField(QStringLiteral("risk_level"), QVariant::String));
        fields.append(QgsField(QStringLiteral("capabilities"), QVariant::String));
        fields.append(QgsField(QStringLiteral("gis_note"), QVariant::String));
        QgsFeature f(fields);
        f.setAttributes(QgsAttributes() << 7 << QStringLiteral("major") << QStringLiteral("hazmat,fire") << QStringLiteral("x"));
        const auto rows = map::describeFeature(fields, f);
        QCOMPARE(rows.size(), 3); // the GeoPackage fid is internal
        QCOMPARE(rows.at(0), qMakePair(QString::fromUtf8("风险等级"), QString::fromUtf8("重大风险")));
        QCOMPARE(rows.at(1).second, QString::fromUtf8("危化品处置、灭火"));
        QCOMPARE(rows.at(2), qMakePair(QStringLiteral("gis_note"), QStringLiteral("x")));
    }
};

COMMANDPOST_QGIS_TEST_MAIN(TestSearch)
#include "tst_search.moc"
