// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/countymap.h"

#include "map/enterpriseoverview.h"
#include "map/layerstyles.h"
#include "map/tr.h"

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

namespace cp::map {

namespace {

const QString viewProperty = QStringLiteral("commandpost/view");

//! A second view of the enterprises table, drawn above it with its own style.
QgsVectorLayer *enterpriseView(const QString &gpkgPath, const QString &view, const sectors::SectorRegistry *sectors)
{
    auto *layer = new QgsVectorLayer(gpkgPath + QStringLiteral("|layername=enterprises"), CountyMap::displayName(view),
                                     QStringLiteral("ogr"));
    layer->setCustomProperty(viewProperty, view); // find() tells the views from the table's own layer by it
    applyRegistryStyle(*layer, view, sectors);
    return layer;
}

} // namespace

const QString CountyMap::majorHazardView = QStringLiteral("major_hazard_sources");
const QString CountyMap::sectorSymbolView = QStringLiteral("sector_symbols");
const QString CountyMap::enterpriseNameView = QStringLiteral("enterprise_names");
const QString CountyMap::enterpriseOverviewView = QStringLiteral("enterprise_overview");

QStringList CountyMap::layerNames()
{
    return {QStringLiteral("teams"),        QStringLiteral("rescue_stations"), QStringLiteral("supply_depots"),
            QStringLiteral("shelters"),     QStringLiteral("enterprises"),     QStringLiteral("towns"),
            QStringLiteral("demand_points"), QStringLiteral("roads"),          QStringLiteral("county_boundary")};
}

QString CountyMap::displayName(const QString &layerName)
{
    if (layerName == QLatin1String("teams")) return Tr::tr("Rescue teams");
    if (layerName == QLatin1String("rescue_stations")) return Tr::tr("Rescue stations");
    if (layerName == QLatin1String("supply_depots")) return Tr::tr("Supply depots");
    if (layerName == QLatin1String("shelters")) return Tr::tr("Shelters");
    if (layerName == QLatin1String("enterprises")) return Tr::tr("Enterprises");
    if (layerName == QLatin1String("towns")) return Tr::tr("Towns");
    if (layerName == QLatin1String("demand_points")) return Tr::tr("Villages and quarters");
    if (layerName == QLatin1String("roads")) return Tr::tr("Roads");
    if (layerName == QLatin1String("county_boundary")) return Tr::tr("County boundary");
    if (layerName == majorHazardView) return Tr::tr("Major hazard sources");
    if (layerName == enterpriseNameView) return Tr::tr("Enterprise names");
    if (layerName == sectorSymbolView) return Tr::tr("Sector symbols");
    if (layerName == enterpriseOverviewView) return Tr::tr("Enterprises (county view)");
    return layerName;
}

QgsVectorLayer *CountyMap::find(const QList<QgsVectorLayer *> &layers, const QString &layerName)
{
    const QString suffix = QStringLiteral("|layername=") + layerName;
    for (QgsVectorLayer *layer : layers) {
        if (layer->source().endsWith(suffix) && !layer->customProperty(viewProperty).isValid())
            return layer;
    }
    return nullptr;
}

QMap<QString, int> CountyMap::countBy(QgsVectorLayer &layer, const QString &field)
{
    QMap<QString, int> counts;
    const int index = layer.fields().indexOf(field);
    if (index < 0)
        return counts;
    QgsFeatureRequest request;
    request.setFlags(QgsFeatureRequest::NoGeometry);
    request.setSubsetOfAttributes(QgsAttributeList{index});
    QgsFeatureIterator it = layer.getFeatures(request);
    QgsFeature f;
    while (it.nextFeature(f))
        ++counts[f.attribute(index).toString()];
    return counts;
}

QList<QgsVectorLayer *> CountyMap::load(const QString &gpkgPath, QStringList *errors, const sectors::SectorRegistry *sectors)
{
    QList<QgsVectorLayer *> layers;
    if (!QFileInfo(gpkgPath).isFile()) {
        errors->append(Tr::tr("%1: no such file").arg(gpkgPath));
        return layers;
    }
    for (const QString &name : layerNames()) {
        auto *layer = new QgsVectorLayer(gpkgPath + QStringLiteral("|layername=") + name, displayName(name), QStringLiteral("ogr"));
        if (!layer->isValid()) {
            // QgsError::summary() crashes on an empty error (QGIS-NOTES §1), so use message().
            const QString reason = layer->error().isEmpty() ? Tr::tr("the layer is missing or unreadable") : layer->error().message();
            errors->append(Tr::tr("%1, layer \"%2\": %3").arg(gpkgPath, name, reason));
            delete layer;
            continue;
        }
        if (name == QLatin1String("enterprises")) {
            // Three simple renderers beat one rule-based renderer whose expressions run per feature:
            // sector glyphs (near scales only) and major-hazard rings over the risk-grade discs.
            // Names in a view of their own that QGIS skips entirely outside its scale range: labelling
            // settings alone still make every feature pass through the labelling engine.
            layers.append(enterpriseView(gpkgPath, enterpriseNameView, sectors));
            if (sectors)
                layers.append(enterpriseView(gpkgPath, sectorSymbolView, sectors));
            layers.append(enterpriseView(gpkgPath, majorHazardView, sectors));
        }
        applyRegistryStyle(*layer, name, sectors);
        layers.append(layer);
        if (name == QLatin1String("enterprises"))
            layers.append(EnterpriseOverview::build(*layer));
    }
    return layers;
}

} // namespace cp::map
