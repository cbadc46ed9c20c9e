// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/layerstyles.h"

#include "map/countymap.h"
#include "map/tr.h"

#include "core/facilitystatus.h"
#include "core/risklevel.h"
#include "core/roadsegment.h"
#include "core/team.h"
#include "sectors/sectorregistry.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgsnullsymbolrenderer.h>
#include <qgsproperty.h>
#include <qgsmarkersymbollayer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbollayer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <tuple>

namespace cp::map {

namespace {

QString colorString(const QColor &c) { return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha()); }

QgsMarkerSymbol *marker(const QString &shape, const QColor &fill, double sizeMm, const QColor &stroke = Qt::black,
                        double strokeWidthMm = 0.2)
{
    return QgsMarkerSymbol::createSimple({{QStringLiteral("name"), shape},
                                          {QStringLiteral("color"), colorString(fill)},
                                          {QStringLiteral("outline_color"), colorString(stroke)},
                                          {QStringLiteral("outline_width"), QString::number(strokeWidthMm)},
                                          {QStringLiteral("size"), QString::number(sizeMm)}});
}

void styleBoundary(QgsVectorLayer &layer)
{
    auto *symbol = QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("246,243,236,255")},
                                                {QStringLiteral("outline_color"), QStringLiteral("90,70,120,255")},
                                                {QStringLiteral("outline_width"), QStringLiteral("0.8")}});
    layer.setRenderer(new QgsSingleSymbolRenderer(symbol));
}

void styleRoads(QgsVectorLayer &layer)
{
    struct Style { core::RoadClass roadClass; QColor color; double width; };
    const Style styles[] = {
        {core::RoadClass::Expressway, QColor(0xe0, 0x6c, 0x00), 1.4}, {core::RoadClass::National, QColor(0xe8, 0x8e, 0x2a), 1.1},
        {core::RoadClass::Provincial, QColor(0xf2, 0xc0, 0x3c), 0.9}, {core::RoadClass::County, QColor(0xd9, 0xc2, 0x7a), 0.7},
        {core::RoadClass::Township, QColor(0xb8, 0xb0, 0xa0), 0.45},  {core::RoadClass::Village, QColor(0xc8, 0xc4, 0xbc), 0.3},
        {core::RoadClass::Urban, QColor(0x9a, 0x94, 0x8a), 0.4},
    };
    QgsCategoryList categories;
    for (const Style &s : styles) {
        auto *symbol = QgsLineSymbol::createSimple({{QStringLiteral("line_color"), colorString(s.color)},
                                                    {QStringLiteral("line_width"), QString::number(s.width)},
                                                    {QStringLiteral("capstyle"), QStringLiteral("round")}});
        categories << QgsRendererCategory(core::toKey(s.roadClass), symbol, core::displayName(s.roadClass));
    }
    layer.setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("road_class"), categories));
}

void styleEnterprises(QgsVectorLayer &layer)
{
    // Categorised on a stored key, not on expressions, so 100,000 enterprises draw in a fraction of a second.
    QgsCategoryList categories;
    for (core::RiskLevel level : {core::RiskLevel::Major, core::RiskLevel::Significant, core::RiskLevel::General, core::RiskLevel::Low})
        categories << QgsRendererCategory(core::toKey(level), marker(QStringLiteral("circle"), QColor(core::riskColorName(level)), 2.6, QColor(40, 40, 40)),
                                          core::displayName(level));
    layer.setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("risk_level"), categories));
}

void styleMajorHazards(QgsVectorLayer &layer)
{
    // A dark ring around the disc of an enterprise holding a major hazard source (GB 18218), thicker
    // for the higher grades. "none" has no category, so those features are not drawn at all.
    QgsCategoryList categories;
    const QPair<core::MajorHazardGrade, double> grades[] = {{core::MajorHazardGrade::One, 1.1}, {core::MajorHazardGrade::Two, 0.9},
                                                             {core::MajorHazardGrade::Three, 0.7}, {core::MajorHazardGrade::Four, 0.5}};
    for (const auto &[grade, width] : grades)
        categories << QgsRendererCategory(core::toKey(grade), marker(QStringLiteral("circle"), Qt::transparent, 4.0, QColor(0x5a, 0x00, 0x10), width),
                                          core::displayName(grade));
    layer.setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("major_hazard"), categories));
}

void styleSectorSymbols(QgsVectorLayer &layer, const sectors::SectorRegistry &sectors)
{
    QgsCategoryList categories;
    for (const sectors::Sector *sector : sectors.sectors()) {
        auto *svg = new QgsSvgMarkerSymbolLayer(sector->metadata.icon, 3.2);
        svg->setOffset(QPointF(2.4, -2.4)); // a badge at the disc's upper right, so the risk colour stays visible
        categories << QgsRendererCategory(sector->metadata.id, new QgsMarkerSymbol(QgsSymbolLayerList() << svg), sector->metadata.name.text());
    }
    layer.setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("sector"), categories));
    // Glyphs only from 1:100,000 inward: at county scale the discs alone stay readable.
    layer.setScaleBasedVisibility(true);
    layer.setMinimumScale(100000);
}

void styleShelters(QgsVectorLayer &layer)
{
    const QColor green(0x2e, 0x9e, 0x4f);
    QgsMarkerSymbol *existing = marker(QStringLiteral("square"), green, 2.2, Qt::white);
    // Planned shelters (an adopted plan) are hollow, so they never pass for ones that exist.
    QgsMarkerSymbol *planned = marker(QStringLiteral("square"), Qt::transparent, 2.2, green, 0.7);
    QgsCategoryList categories;
    // The empty value is QGIS's "all other values": anything not planned (or a layer without status) exists.
    for (const auto &[value, symbol, label] :
         {std::tuple{core::toKey(core::FacilityStatus::Planned), planned, core::displayName(core::FacilityStatus::Planned)},
          std::tuple{QString(), existing, core::displayName(core::FacilityStatus::Existing)}}) {
        // Area grows with capacity: 2 mm for a small point up to ~7 mm for the central shelter.
        symbol->setDataDefinedSize(QgsProperty::fromExpression(QStringLiteral("min(7, 1.6 + sqrt(\"capacity\") / 40)")));
        categories << QgsRendererCategory(value, symbol, label);
    }
    layer.setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("status"), categories));
}

void styleTeams(QgsVectorLayer &layer)
{
    QgsCategoryList categories;
    const QPair<core::TeamStatus, QColor> colors[] = {{core::TeamStatus::Available, QColor(0x1f, 0x78, 0xb4)},
                                                      {core::TeamStatus::Dispatched, QColor(0xe3, 0x1a, 0x1c)},
                                                      {core::TeamStatus::OffDuty, QColor(0x99, 0x99, 0x99)},
                                                      {core::TeamStatus::Maintenance, QColor(0x6a, 0x3d, 0x9a)}};
    for (const auto &c : colors)
        categories << QgsRendererCategory(core::toKey(c.first), marker(QStringLiteral("triangle"), c.second, 3.0, Qt::white), core::displayName(c.first));
    layer.setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("status"), categories));
}

void labelTowns(QgsVectorLayer &layer)
{
    PointLabels labels;
    labels.distanceMm = 1.2;
    labels.sizePt = 10;
    labels.ink = QColor(40, 30, 60);
    labels.bold = true;
    labels.haloMm = 1.0;
    labels.haloAlpha = 220;
    labelPoints(layer, labels);
    layer.setRenderer(new QgsSingleSymbolRenderer(marker(QStringLiteral("star"), QColor(0x5b, 0x3f, 0x8c), 3.6, Qt::white)));
}

} // namespace

void labelPoints(QgsVectorLayer &layer, const PointLabels &labels)
{
    QgsPalLayerSettings pal;
    pal.fieldName = labels.field;
    pal.placement = QgsPalLayerSettings::AroundPoint;
    pal.dist = labels.distanceMm;
    pal.priority = labels.priority;
    pal.scaleVisibility = labels.maximumScale > 0;
    pal.minimumScale = labels.maximumScale; // QGIS: "minimum" is the most zoomed-out scale shown
    QgsTextFormat format;
    format.setSize(labels.sizePt);
    format.setColor(labels.ink);
    QFont font = format.font();
    font.setBold(labels.bold);
    format.setFont(font);
    QgsTextBufferSettings buffer;
    buffer.setEnabled(true);
    buffer.setSize(labels.haloMm);
    buffer.setColor(QColor(255, 255, 255, labels.haloAlpha));
    format.setBuffer(buffer);
    pal.setFormat(format);
    layer.setLabeling(new QgsVectorLayerSimpleLabeling(pal));
    layer.setLabelsEnabled(true);
}

void applyRegistryStyle(QgsVectorLayer &layer, const QString &layerName, const sectors::SectorRegistry *sectors)
{
    if (layerName == QLatin1String("county_boundary"))
        styleBoundary(layer);
    else if (layerName == QLatin1String("roads"))
        styleRoads(layer);
    else if (layerName == QLatin1String("enterprises"))
        styleEnterprises(layer);
    else if (layerName == CountyMap::enterpriseNameView) {
        layer.setRenderer(new QgsNullSymbolRenderer()); // labels only
        labelPoints(layer, PointLabels());
        layer.setScaleBasedVisibility(true);
        layer.setMinimumScale(25000); // names from 1:25,000 inward
    }
    else if (layerName == CountyMap::majorHazardView)
        styleMajorHazards(layer);
    else if (layerName == CountyMap::sectorSymbolView && sectors)
        styleSectorSymbols(layer, *sectors);
    else if (layerName == QLatin1String("shelters")) {
        styleShelters(layer);
        PointLabels names;
        names.maximumScale = 50000; // shelter names from 1:50,000 inward
        labelPoints(layer, names);
    }
    else if (layerName == QLatin1String("teams"))
        styleTeams(layer);
    else if (layerName == QLatin1String("towns"))
        labelTowns(layer);
    else if (layerName == QLatin1String("rescue_stations"))
        layer.setRenderer(new QgsSingleSymbolRenderer(marker(QStringLiteral("cross_fill"), QColor(0xc6, 0x28, 0x28), 3.2, Qt::white)));
    else if (layerName == QLatin1String("supply_depots"))
        layer.setRenderer(new QgsSingleSymbolRenderer(marker(QStringLiteral("diamond"), QColor(0x8c, 0x51, 0x0a), 3.2, Qt::white)));
    else if (layerName == QLatin1String("demand_points"))
        layer.setRenderer(new QgsSingleSymbolRenderer(marker(QStringLiteral("circle"), QColor(120, 120, 120, 120), 0.9, Qt::transparent)));
}

} // namespace cp::map
