// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/countymap.h"

#include "map/enterpriseoverview.h"
#include "map/layerstyles.h"
#include "map/tr.h"

#include <qgsdatasourceuri.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

#include <functional>

namespace cp::map {

namespace {

const QString viewProperty = QStringLiteral("commandpost/view");
const QString tableProperty = QStringLiteral("commandpost/table");

//! Makes the layer of registry table \a table, named \a name, from wherever the data set is.
using LayerMaker = std::function<QgsVectorLayer *(const QString &table, const QString &name)>;

//! A second view of the enterprises table, drawn above it with its own style.
QgsVectorLayer *enterpriseView(const LayerMaker &make, const QString &view, const sectors::SectorRegistry *sectors)
{
    QgsVectorLayer *layer = make(QStringLiteral("enterprises"), CountyMap::displayName(view));
    layer->setCustomProperty(tableProperty, QStringLiteral("enterprises"));
    layer->setCustomProperty(viewProperty, view); // find() tells the views from the table's own layer by it
    applyRegistryStyle(*layer, view, sectors);
    return layer;
}

//! CountyMap::load() from \a label (a file or a database, for messages) through \a make.
QList<QgsVectorLayer *> loadLayers(const QString &label, const LayerMaker &make, QStringList *errors,
                                   const sectors::SectorRegistry *sectors)
{
    QList<QgsVectorLayer *> layers;
    for (const QString &name : CountyMap::layerNames()) {
        QgsVectorLayer *layer = make(name, CountyMap::displayName(name));
        if (!layer->isValid()) {
            // QgsError::summary() crashes on an empty error (QGIS-NOTES §1), so use message().
            const QString reason = layer->error().isEmpty() ? Tr::tr("the layer is missing or unreadable") : layer->error().message();
            errors->append(Tr::tr("%1, layer \"%2\": %3").arg(label, name, reason));
            delete layer;
            continue;
        }
        layer->setCustomProperty(tableProperty, name);
        if (name == QLatin1String("enterprises")) {
            // Three simple renderers beat one rule-based renderer whose expressions run per feature:
            // sector glyphs (near scales only) and major-hazard rings over the risk-grade discs.
            // Names in a view of their own that QGIS skips entirely outside its scale range: labelling
            // settings alone still make every feature pass through the labelling engine.
            layers.append(enterpriseView(make, CountyMap::enterpriseNameView, sectors));
            if (sectors)
                layers.append(enterpriseView(make, CountyMap::sectorSymbolView, sectors));
            layers.append(enterpriseView(make, CountyMap::majorHazardView, sectors));
        }
        applyRegistryStyle(*layer, name, sectors);
        layers.append(layer);
        if (name == QLatin1String("enterprises"))
            layers.append(EnterpriseOverview::build(*layer));
    }
    return layers;
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
    for (QgsVectorLayer *layer : layers) {
        if (tableOf(*layer) == layerName && !layer->customProperty(viewProperty).isValid())
            return layer;
    }
    return nullptr;
}

int CountyMap::reloadTables(const QList<QgsMapLayer *> &layers, const QStringList &tables)
{
    int reloaded = 0;
    for (QgsMapLayer *layer : layers) {
        if (!tables.contains(tableOf(*layer)))
            continue;
        layer->reload();
        layer->triggerRepaint();
        ++reloaded;
    }
    return reloaded;
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
    if (!QFileInfo(gpkgPath).isFile()) {
        errors->append(Tr::tr("%1: no such file").arg(gpkgPath));
        return {};
    }
    const LayerMaker fromFile = [&gpkgPath](const QString &table, const QString &name) {
        return new QgsVectorLayer(gpkgPath + QStringLiteral("|layername=") + table, name, QStringLiteral("ogr"));
    };
    return loadLayers(gpkgPath, fromFile, errors, sectors);
}

QList<QgsVectorLayer *> CountyMap::loadPostgres(const QString &conninfo, const QString &label, QStringList *errors,
                                                const sectors::SectorRegistry *sectors)
{
    // The tables `commandpost-admin db init` created through GDAL: geometry "geom", key "fid".
    const LayerMaker fromDatabase = [&conninfo](const QString &table, const QString &name) {
        QgsDataSourceUri uri(conninfo);
        uri.setDataSource(QStringLiteral("public"), table, QStringLiteral("geom"), QString(), QStringLiteral("fid"));
        return new QgsVectorLayer(uri.uri(false), name, QStringLiteral("postgres"));
    };
    return loadLayers(label, fromDatabase, errors, sectors);
}

QString CountyMap::tableOf(const QgsMapLayer &layer) { return layer.customProperty(tableProperty).toString(); }

} // namespace cp::map
