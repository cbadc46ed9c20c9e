// SPDX-License-Identifier: GPL-2.0-or-later
#include "qgistestapp.h"

#include "map/enterpriseoverview.h"
#include "map/layerstyles.h"

#include "core/risklevel.h"

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsmaptopixel.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <memory>

using namespace cp;

namespace {

struct Placed
{
    double x;
    double y;
    core::RiskLevel risk;
    core::MajorHazardGrade hazard;
};

//! An enterprises layer (EPSG:4548) styled as the map styles it, with the given enterprises in order.
std::unique_ptr<QgsVectorLayer> enterprises(const QList<Placed> &placed)
{
    auto layer = std::make_unique<QgsVectorLayer>(QStringLiteral("Point?crs=EPSG:4548&field=risk_level:string&field=major_hazard:string"),
                                                  QStringLiteral("enterprises"), QStringLiteral("memory"));
    QgsFeatureList features;
    for (const Placed &p : placed) {
        QgsFeature f(layer->fields());
        f.setAttributes(QgsAttributes() << core::toKey(p.risk) << core::toKey(p.hazard));
        f.setGeometry(QgsGeometry::fromPointXY({p.x, p.y}));
        features << f;
    }
    layer->dataProvider()->addFeatures(features);
    map::applyRegistryStyle(*layer, QStringLiteral("enterprises"));
    return layer;
}

QList<QgsFeature> featuresOf(QgsVectorLayer &layer)
{
    QList<QgsFeature> list;
    QgsFeatureIterator it = layer.getFeatures();
    QgsFeature f;
    while (it.nextFeature(f))
        list << f;
    return list;
}

using Risk = core::RiskLevel;
using Hazard = core::MajorHazardGrade;

} // namespace

class TestEnterpriseOverview : public QObject
{
    Q_OBJECT

private slots:
    void theWorstOfEachCellStandsForItAndDrawsLast()
    {
        // Three enterprises within one 200 m cell, one alone in the next cell.
        auto table = enterprises({{400010, 3960010, Risk::Low, Hazard::None},
                                  {400120, 3960150, Risk::Major, Hazard::None},
                                  {400190, 3960020, Risk::General, Hazard::None},
                                  {400410, 3960010, Risk::Significant, Hazard::None}});
        std::unique_ptr<QgsVectorLayer> overview(map::EnterpriseOverview::build(*table));
        const QList<QgsFeature> discs = featuresOf(*overview);
        QCOMPARE(discs.size(), 2);
        QCOMPARE(discs.first().attribute(QStringLiteral("risk_level")).toString(), core::toKey(Risk::Significant));
        QCOMPARE(discs.first().attribute(QStringLiteral("enterprises")).toInt(), 1);
        const QgsFeature &worst = discs.last();
        QCOMPARE(worst.attribute(QStringLiteral("risk_level")).toString(), core::toKey(Risk::Major));
        QCOMPARE(worst.attribute(QStringLiteral("enterprises")).toInt(), 3);
        QCOMPARE(worst.geometry().asPoint(), QgsPointXY(400120, 3960150)); // at the enterprise, not the cell's centre
    }

    void aMajorHazardSourceDecidesBetweenEqualRiskGrades()
    {
        auto table = enterprises({{400010, 3960010, Risk::Major, Hazard::Three},
                                  {400050, 3960050, Risk::Major, Hazard::One},
                                  {400090, 3960090, Risk::Major, Hazard::None}});
        std::unique_ptr<QgsVectorLayer> overview(map::EnterpriseOverview::build(*table));
        const QList<QgsFeature> discs = featuresOf(*overview);
        QCOMPARE(discs.size(), 1);
        QCOMPARE(discs.first().attribute(QStringLiteral("major_hazard")).toString(), core::toKey(Hazard::One));
    }

    void theOverviewShowsBeyondTheSwitchScaleAndTheTableWithin()
    {
        auto table = enterprises({{400010, 3960010, Risk::Low, Hazard::None}});
        std::unique_ptr<QgsVectorLayer> overview(map::EnterpriseOverview::build(*table));
        const double county = 150000, town = 50000;
        QVERIFY(overview->isInScaleRange(county));
        QVERIFY(!overview->isInScaleRange(town));
        QVERIFY(!table->isInScaleRange(county));
        QVERIFY(table->isInScaleRange(town));
    }

    void atCountyScaleTheWorstRiskIsTheColourSeen()
    {
        // The major enterprise comes first in the table, so drawn in table order it would lie under the others.
        auto table = enterprises({{400100, 3960100, Risk::Major, Hazard::None},
                                  {400110, 3960110, Risk::General, Hazard::None},
                                  {400120, 3960100, Risk::Low, Hazard::None}});
        std::unique_ptr<QgsVectorLayer> overview(map::EnterpriseOverview::build(*table));
        QgsMapSettings settings;
        settings.setLayers({overview.get(), table.get()});
        settings.setDestinationCrs(overview->crs());
        settings.setOutputSize({400, 400});
        settings.setOutputDpi(96);
        settings.setExtent(QgsRectangle(385000, 3945000, 415000, 3975000)); // 30 km on 400 px: about 1:280,000
        settings.setBackgroundColor(Qt::white);
        QgsMapRendererParallelJob job(settings);
        job.start();
        job.waitForFinished();
        const QgsPointXY px = settings.mapToPixel().transform(QgsPointXY(400110, 3960105));
        const QColor seen = job.renderedImage().pixelColor(qRound(px.x()), qRound(px.y()));
        const QColor red(core::riskColorName(Risk::Major));
        QVERIFY2(std::abs(seen.red() - red.red()) < 12 && std::abs(seen.green() - red.green()) < 12 && std::abs(seen.blue() - red.blue()) < 12,
                 qPrintable(seen.name()));
    }

    void identifyingADiscGivesItsEnterprise()
    {
        auto table = enterprises({{400010, 3960010, Risk::Low, Hazard::None}, {400020, 3960020, Risk::Major, Hazard::None}});
        const QList<QgsFeature> rows = featuresOf(*table);
        std::unique_ptr<QgsVectorLayer> overview(map::EnterpriseOverview::build(*table));
        const QgsFeature disc = featuresOf(*overview).first();
        QCOMPARE(map::EnterpriseOverview::sourceLayerId(*overview), table->id());
        QCOMPARE(map::EnterpriseOverview::sourceFeatureId(*overview, disc.id()), std::optional<long long>(rows.at(1).id()));
        QVERIFY(!map::EnterpriseOverview::sourceFeatureId(*table, rows.at(0).id()));
        QVERIFY(map::EnterpriseOverview::sourceLayerId(*table).isEmpty());
    }
};

COMMANDPOST_QGIS_TEST_MAIN(TestEnterpriseOverview)
#include "tst_enterpriseoverview.moc"
