// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/layerstyles.h"

#include "map/tr.h"

#include "core/risklevel.h"
#include "core/roadsegment.h"
#include "core/team.h"
#include "sectors/sectorregistry.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslinesymbol.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgsmarkersymbollayer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbollayer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace cp::map {

namespace {

QString colorString(const QColor &c) { return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha()); }

QgsMarkerSymbol *marker(const QString &shape, const QColor &fill, double sizeMm, const QColor &stroke = Qt::black)
{
    return QgsMarkerSymbol::createSimple({{QStringLiteral("name"), shape},
                                          {QStringLiteral("color"), colorString(fill)},
                                          {QStringLiteral("outline_color"), colorString(stroke)},
                                          {QStringLiteral("outline_width"), QStringLiteral("0.2")},
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

void styleEnterprises(QgsVectorLayer &layer, const sectors::SectorRegistry *sectors)
{
    // Two groups of rules, both drawn for every feature: a disc by risk grade, then the sector's
    // glyph over it. The legend so explains both the colours and the symbols.
    auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
    auto *risk = new QgsRuleBasedRenderer::Rule(nullptr, 0, 0, QString(), Tr::tr("Risk grade"));
    for (core::RiskLevel level : {core::RiskLevel::Major, core::RiskLevel::Significant, core::RiskLevel::General, core::RiskLevel::Low}) {
        QgsMarkerSymbol *disc = marker(QStringLiteral("circle"), QColor(core::riskColorName(level)), 2.4, QColor(40, 40, 40));
        // A major hazard source (GB 18218) gets a heavier, darker ring.
        disc->symbolLayer(0)->setDataDefinedProperty(
            QgsSymbolLayer::PropertyStrokeWidth, QgsProperty::fromExpression(QStringLiteral("if(\"major_hazard\" <> 'none', 0.8, 0.2)")));
        // Small at county scale so 500 enterprises stay apart; large enough to carry the glyph nearer in.
        disc->setDataDefinedSize(QgsProperty::fromExpression(
            QStringLiteral("if(@map_scale > 150000, 2.2, 4.4) + if(\"major_hazard\" <> 'none', 1.0, 0)")));
        risk->appendChild(new QgsRuleBasedRenderer::Rule(disc, 0, 0, QStringLiteral("\"risk_level\" = '%1'").arg(core::toKey(level)),
                                                         core::displayName(level)));
    }
    root->appendChild(risk);
    if (sectors) {
        auto *glyphs = new QgsRuleBasedRenderer::Rule(nullptr, 0, 0, QString(), Tr::tr("Sector"));
        for (const sectors::Sector *sector : sectors->sectors()) {
            auto *svg = new QgsSvgMarkerSymbolLayer(sector->metadata.icon, 2.6);
            // Glyphs only from a 1:150,000 view inward: at county scale the discs alone stay readable.
            glyphs->appendChild(new QgsRuleBasedRenderer::Rule(new QgsMarkerSymbol(QgsSymbolLayerList() << svg), 0, 150000,
                                                               QStringLiteral("\"sector\" = '%1'").arg(sector->metadata.id),
                                                               sector->metadata.name.text()));
        }
        root->appendChild(glyphs);
    }
    layer.setRenderer(new QgsRuleBasedRenderer(root));
}

void styleShelters(QgsVectorLayer &layer)
{
    QgsMarkerSymbol *symbol = marker(QStringLiteral("square"), QColor(0x2e, 0x9e, 0x4f), 2.2, Qt::white);
    // Area grows with capacity: 2 mm for a small point up to ~7 mm for the central shelter.
    symbol->setDataDefinedSize(QgsProperty::fromExpression(QStringLiteral("min(7, 1.6 + sqrt(\"capacity\") / 40)")));
    layer.setRenderer(new QgsSingleSymbolRenderer(symbol));
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
    QgsPalLayerSettings pal;
    pal.fieldName = QStringLiteral("name");
    pal.placement = QgsPalLayerSettings::AroundPoint;
    pal.dist = 1.2;
    QgsTextFormat format;
    format.setSize(10);
    format.setColor(QColor(40, 30, 60));
    QgsTextBufferSettings buffer;
    buffer.setEnabled(true);
    buffer.setSize(1.0);
    buffer.setColor(QColor(255, 255, 255, 220));
    format.setBuffer(buffer);
    QFont font = format.font();
    font.setBold(true);
    format.setFont(font);
    pal.setFormat(format);
    layer.setLabeling(new QgsVectorLayerSimpleLabeling(pal));
    layer.setLabelsEnabled(true);
    layer.setRenderer(new QgsSingleSymbolRenderer(marker(QStringLiteral("star"), QColor(0x5b, 0x3f, 0x8c), 3.6, Qt::white)));
}

} // namespace

void applyRegistryStyle(QgsVectorLayer &layer, const QString &layerName, const sectors::SectorRegistry *sectors)
{
    if (layerName == QLatin1String("county_boundary"))
        styleBoundary(layer);
    else if (layerName == QLatin1String("roads"))
        styleRoads(layer);
    else if (layerName == QLatin1String("enterprises"))
        styleEnterprises(layer, sectors);
    else if (layerName == QLatin1String("shelters"))
        styleShelters(layer);
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
