// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/enterpriseoverview.h"

#include "core/risklevel.h"
#include "map/countymap.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsrenderer.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cp::map {

namespace {

const QString overviewOfProperty = QStringLiteral("commandpost/overview-of");

//! Higher is worse: red 重大 above orange 较大 above yellow 一般 above blue 低, unknown grades last.
int riskRank(const QString &key)
{
    const std::optional<core::RiskLevel> level = core::fromKey<core::RiskLevel>(key);
    return level ? 4 - static_cast<int>(*level) : 0;
}

//! Higher is worse: grade 一级 (R ≥ 100, GB 18218) above 二级 … above none.
int hazardRank(const QString &key)
{
    const std::optional<core::MajorHazardGrade> grade = core::fromKey<core::MajorHazardGrade>(key);
    return grade && *grade != core::MajorHazardGrade::None ? 5 - static_cast<int>(*grade) : 0;
}

struct Cell
{
    QgsFeature representative;
    int risk = -1;
    int hazard = -1;
    int count = 0;
};

} // namespace

QgsVectorLayer *EnterpriseOverview::build(QgsVectorLayer &enterprises)
{
    const int riskField = enterprises.fields().indexOf(QStringLiteral("risk_level"));
    const int hazardField = enterprises.fields().indexOf(QStringLiteral("major_hazard"));
    // The grid is laid in metres: the county's Gauss–Krüger zone unless the layer already has metres.
    const QgsCoordinateReferenceSystem metric = enterprises.crs().mapUnits() == QgsUnitTypes::DistanceMeters
                                                    ? enterprises.crs()
                                                    : QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548"));
    const QgsCoordinateTransform toMetres(enterprises.crs(), metric, QgsProject::instance()->transformContext());

    QHash<QPair<qint64, qint64>, Cell> cells;
    QgsFeatureRequest request;
    QgsAttributeList wanted;
    for (int field : {riskField, hazardField})
        if (field >= 0)
            wanted << field;
    request.setSubsetOfAttributes(wanted);
    QgsFeatureIterator it = enterprises.getFeatures(request);
    QgsFeature f;
    while (it.nextFeature(f)) {
        if (!f.hasGeometry())
            continue;
        QgsPointXY p = f.geometry().asPoint();
        try {
            p = toMetres.transform(p);
        } catch (const QgsCsException &) {
            continue; // outside the zone: not on the county map anyway
        }
        Cell &cell = cells[{static_cast<qint64>(std::floor(p.x() / cellMetres)), static_cast<qint64>(std::floor(p.y() / cellMetres))}];
        ++cell.count;
        const int risk = riskField >= 0 ? riskRank(f.attribute(riskField).toString()) : 0;
        const int hazard = hazardField >= 0 ? hazardRank(f.attribute(hazardField).toString()) : 0;
        if (std::make_pair(risk, hazard) > std::make_pair(cell.risk, cell.hazard)) {
            cell.representative = f;
            cell.risk = risk;
            cell.hazard = hazard;
        }
    }

    QList<const Cell *> order;
    order.reserve(cells.size());
    for (const Cell &cell : std::as_const(cells))
        order << &cell;
    // Worst last, so it is drawn on top where discs of neighbouring cells overlap.
    std::stable_sort(order.begin(), order.end(), [](const Cell *a, const Cell *b) {
        return std::make_pair(a->risk, a->hazard) < std::make_pair(b->risk, b->hazard);
    });

    auto *overview = new QgsVectorLayer(QStringLiteral("Point?crs=%1&field=source_fid:long&field=risk_level:string"
                                                       "&field=major_hazard:string&field=enterprises:integer")
                                            .arg(enterprises.crs().authid()),
                                        CountyMap::displayName(CountyMap::enterpriseOverviewView), QStringLiteral("memory"));
    QgsFeatureList features;
    features.reserve(order.size());
    for (const Cell *cell : std::as_const(order)) {
        QgsFeature out(overview->fields());
        out.setGeometry(cell->representative.geometry());
        out.setAttributes(QgsAttributes() << cell->representative.id()
                                          << (riskField >= 0 ? cell->representative.attribute(riskField) : QVariant())
                                          << (hazardField >= 0 ? cell->representative.attribute(hazardField) : QVariant())
                                          << cell->count);
        features << out;
    }
    overview->dataProvider()->addFeatures(features);
    overview->setCustomProperty(overviewOfProperty, enterprises.id());
    if (enterprises.renderer())
        overview->setRenderer(enterprises.renderer()->clone());
    // QGIS's minimum scale is the zoomed-out limit: the full layer inside 1:switchScale, the overview beyond.
    enterprises.setScaleBasedVisibility(true);
    enterprises.setMinimumScale(switchScale);
    overview->setScaleBasedVisibility(true);
    overview->setMaximumScale(switchScale);
    return overview;
}

std::optional<long long> EnterpriseOverview::sourceFeatureId(QgsVectorLayer &overview, long long featureId)
{
    if (sourceLayerId(overview).isEmpty())
        return std::nullopt;
    const QgsFeature f = overview.getFeature(featureId);
    const QVariant source = f.attribute(QStringLiteral("source_fid"));
    if (!f.isValid() || !source.isValid())
        return std::nullopt;
    return source.toLongLong();
}

QString EnterpriseOverview::sourceLayerId(const QgsVectorLayer &layer)
{
    return layer.customProperty(overviewOfProperty).toString();
}

} // namespace cp::map
