// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/sitelayerreader.h"

#include "planning/tr.h"

#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

namespace cp::planning {

namespace {

constexpr int workingEpsg = 4548; // CGCS2000 / 3-degree Gauss-Kruger CM 117E, as the stored layers (docs/data-model.md)

struct QuietGdal
{
    QuietGdal() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdal() { CPLPopErrorHandler(); }
};

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};

bool isPointLayer(OGRLayer *layer)
{
    const OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
    return type == wkbPoint || type == wkbMultiPoint;
}

} // namespace

LayerSpec LayerSpec::parse(const QString &text)
{
    const int colon = static_cast<int>(text.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0 || text.indexOf(QLatin1Char('/'), colon) >= 0)
        return {text, {}};
    return {text.left(colon), text.mid(colon + 1)};
}

QString LayerSpec::toString() const
{
    return layer.isEmpty() ? path : path + QLatin1Char(':') + layer;
}

std::optional<QList<PlanSite>> SiteLayerReader::read(const LayerSpec &spec, const SiteLayerOptions &options,
                                                     QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QList<PlanSite>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // "PG:conninfo" is the shared database (GDAL's PostgreSQL driver); the rest are files.
    if (!spec.path.startsWith(QLatin1String("PG:")) && !QFileInfo(spec.path).isFile())
        return fail(Tr::tr("The file %1 does not exist.").arg(spec.path));

    GDALAllRegister();
    QuietGdal quiet;
    std::unique_ptr<GDALDataset, DatasetCloser> dataset(GDALDataset::FromHandle(
        GDALOpenEx(spec.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!dataset)
        return fail(Tr::tr("The file %1 cannot be read: %2").arg(spec.path, QString::fromUtf8(CPLGetLastErrorMsg())));

    OGRLayer *layer = nullptr;
    if (!spec.layer.isEmpty()) {
        layer = dataset->GetLayerByName(spec.layer.toUtf8().constData());
        if (!layer)
            return fail(Tr::tr("The file %1 has no layer \"%2\".").arg(spec.path, spec.layer));
    } else {
        for (int i = 0; !layer && i < dataset->GetLayerCount(); ++i)
            if (isPointLayer(dataset->GetLayer(i)))
                layer = dataset->GetLayer(i);
        if (!layer)
            return fail(Tr::tr("The file %1 has no point layer; name one as %1:LAYER.").arg(spec.path));
    }
    const QString layerName = QString::fromUtf8(layer->GetName());
    const QString where = Tr::tr("layer \"%1\" of %2").arg(layerName, spec.path);

    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    auto requiredField = [&](const QString &field, int *index) {
        *index = field.isEmpty() ? -1 : defn->GetFieldIndex(field.toUtf8().constData());
        return field.isEmpty() || *index >= 0;
    };
    int weightIndex = -1;
    int capacityIndex = -1;
    int fixedIndex = -1;
    if (!requiredField(options.weightField, &weightIndex))
        return fail(Tr::tr("The %1 has no field \"%2\" for the weights.").arg(where, options.weightField));
    if (!requiredField(options.capacityField, &capacityIndex))
        return fail(Tr::tr("The %1 has no field \"%2\" for the capacities.").arg(where, options.capacityField));
    // Several candidate layers share one --fixed FIELD=VALUE; a layer without the field has no fixed sites.
    requiredField(options.fixedField, &fixedIndex);
    const int idIndex = defn->GetFieldIndex("id");
    const int nameIndex = defn->GetFieldIndex("name");

    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        OGRSpatialReference working;
        working.importFromEPSG(workingEpsg);
        working.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!srs->IsSame(&working)) {
            OGRSpatialReference from(*srs);
            from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            transform.reset(OGRCreateCoordinateTransformation(&from, &working));
            if (!transform)
                return fail(Tr::tr("The %1 cannot be transformed to EPSG:%2.").arg(where).arg(workingEpsg));
        }
    }

    QList<PlanSite> sites;
    layer->ResetReading();
    for (const auto &feature : *layer) {
        PlanSite site;
        site.layer = layerName;
        site.id = idIndex >= 0 && feature->IsFieldSetAndNotNull(idIndex)
                      ? QString::fromUtf8(feature->GetFieldAsString(idIndex))
                      : QString::number(feature->GetFID());
        if (nameIndex >= 0)
            site.name = QString::fromUtf8(feature->GetFieldAsString(nameIndex));
        const OGRGeometry *geometry = feature->GetGeometryRef();
        OGRPoint point;
        if (!geometry || geometry->IsEmpty() || geometry->Centroid(&point) != OGRERR_NONE)
            return fail(Tr::tr("Feature %1 of the %2 has no geometry.").arg(site.id, where));
        site.x = point.getX();
        site.y = point.getY();
        if (transform && !transform->Transform(1, &site.x, &site.y))
            return fail(Tr::tr("Feature %1 of the %2 cannot be transformed to EPSG:%3.").arg(site.id, where).arg(workingEpsg));

        auto number = [&](int index, const QString &field, double *value) {
            bool ok = feature->IsFieldSetAndNotNull(index);
            if (ok) {
                *value = QString::fromUtf8(feature->GetFieldAsString(index)).toDouble(&ok);
                ok = ok && std::isfinite(*value) && *value >= 0.0;
            }
            if (!ok && error)
                *error = Tr::tr("Feature %1 of the %2: field \"%3\" is \"%4\", not a number 0 or above.")
                             .arg(site.id, where, field, QString::fromUtf8(feature->GetFieldAsString(index)));
            return ok;
        };
        if (weightIndex >= 0 && !number(weightIndex, options.weightField, &site.weight))
            return std::nullopt;
        if (capacityIndex >= 0 && !number(capacityIndex, options.capacityField, &site.capacity))
            return std::nullopt;
        site.fixed = options.allFixed
                     || (fixedIndex >= 0
                         && QString::fromUtf8(feature->GetFieldAsString(fixedIndex)) == options.fixedValue);
        sites.append(site);
    }
    if (sites.isEmpty())
        return fail(Tr::tr("The %1 holds no features.").arg(where));
    return sites;
}

} // namespace cp::planning
