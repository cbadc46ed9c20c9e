// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/roadnetworkimporter.h"

#include "routing/roadgraphbuilder.h"
#include "routing/tr.h"

#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

namespace cp::routing {

namespace {

constexpr int maxWarnings = 20;

//! Silences GDAL's own printing while we turn its errors into our messages.
struct QuietGdal
{
    QuietGdal() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdal() { CPLPopErrorHandler(); }
};

struct GdalDatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};

bool isLineLayer(OGRLayer *layer)
{
    const OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
    return type == wkbLineString || type == wkbMultiLineString || type == wkbUnknown;
}

//! One value of an OSM hstore-like other_tags string ("a"=>"b","c"=>"d").
QString otherTag(const QString &tags, const QString &key)
{
    const QString needle = QLatin1Char('"') + key + QStringLiteral("\"=>\"");
    const int at = tags.indexOf(needle);
    if (at < 0)
        return {};
    const int start = at + needle.size();
    const int end = tags.indexOf(QLatin1Char('"'), start);
    return end < 0 ? QString() : tags.mid(start, end - start);
}

//! 1: digitised direction only, -1: against it, 0: both; OSM and integer spellings.
int onewayOf(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("yes") || v == QLatin1String("true"))
        return 1;
    if (v == QLatin1String("-1") || v == QLatin1String("reverse"))
        return -1;
    return 0;
}

struct Fields
{
    int speed = -1;
    int roadClass = -1;
    int oneway = -1;
    int highway = -1;
    int otherTags = -1;
    int id = -1;
};

} // namespace

RoadNetworkImporter::RoadNetworkImporter() : m_speeds(SpeedTable::defaults()) {}

void RoadNetworkImporter::warn(const QString &message)
{
    ++m_skipped;
    if (m_warnings.size() < maxWarnings)
        m_warnings.append(message);
}

RoadGraph RoadNetworkImporter::import(const QString &source, QString *error)
{
    m_featuresRead = 0;
    m_roadsImported = 0;
    m_skipped = 0;
    m_warnings.clear();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return RoadGraph();
    };

    const QStringList parts = source.split(QLatin1Char('|'));
    const QString path = parts.first();
    QString layerName;
    for (const QString &option : parts.mid(1)) {
        if (option.startsWith(QLatin1String("layername=")))
            layerName = option.mid(10);
        else
            return fail(Tr::tr("Unknown option \"%1\" in road network source %2; only layername= is understood.")
                            .arg(option, source));
    }
    // "PG:conninfo" is the shared database's road layer (GDAL's PostgreSQL driver); the rest are files.
    if (!path.startsWith(QLatin1String("PG:")) && !QFileInfo::exists(path))
        return fail(Tr::tr("The road network file %1 does not exist.").arg(path));

    GDALAllRegister();
    QuietGdal quiet;
    std::unique_ptr<GDALDataset, GdalDatasetCloser> dataset(GDALDataset::FromHandle(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!dataset)
        return fail(Tr::tr("The road network file %1 cannot be read: %2")
                        .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));

    OGRLayer *layer = nullptr;
    if (!layerName.isEmpty()) {
        layer = dataset->GetLayerByName(layerName.toUtf8().constData());
        if (!layer)
            return fail(Tr::tr("The road network file %1 has no layer \"%2\".").arg(path, layerName));
        if (!isLineLayer(layer))
            return fail(Tr::tr("The layer \"%2\" of %1 holds no lines, so it is not a road network.")
                            .arg(path, layerName));
    } else {
        for (const char *preferred : {"roads", "lines"})
            if (OGRLayer *l = dataset->GetLayerByName(preferred); l && isLineLayer(l))
                layer = l;
        for (int i = 0; !layer && i < dataset->GetLayerCount(); ++i)
            if (isLineLayer(dataset->GetLayer(i)))
                layer = dataset->GetLayer(i);
        if (!layer)
            return fail(Tr::tr("The road network file %1 has no line layer.").arg(path));
        layerName = QString::fromUtf8(layer->GetName());
    }

    // Geographic (or non-metre) layers are projected; a projected metre CRS is kept as it is unless
    // the caller needs the target CRS whatever the layer's.
    QString crs = m_targetCrs;
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (const OGRSpatialReference *srs = layer->GetSpatialRef()) {
        OGRSpatialReference to;
        if (to.SetFromUserInput(m_targetCrs.toUtf8().constData()) != OGRERR_NONE)
            return fail(Tr::tr("The coordinate reference system \"%1\" is not known.").arg(m_targetCrs));
        to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        const bool projectedInMetres = srs->IsProjected() && std::abs(srs->GetLinearUnits() - 1.0) < 1e-9;
        if (projectedInMetres && (!m_alwaysTarget || srs->IsSame(&to))) {
            char *wkt = nullptr;
            srs->exportToWkt(&wkt);
            crs = QString::fromUtf8(wkt);
            CPLFree(wkt);
        } else {
            OGRSpatialReference from(*srs);
            from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            transform.reset(OGRCreateCoordinateTransformation(&from, &to));
            if (!transform)
                return fail(Tr::tr("The layer \"%2\" of %1 cannot be transformed to %3.").arg(path, layerName, m_targetCrs));
        }
    }

    Fields f;
    const OGRFeatureDefn *defn = layer->GetLayerDefn();
    f.speed = defn->GetFieldIndex("speed_kmh");
    f.roadClass = defn->GetFieldIndex("road_class");
    f.oneway = defn->GetFieldIndex("oneway");
    if (f.oneway < 0)
        f.oneway = defn->GetFieldIndex("one_way"); // the demo data set's spelling (a boolean)
    f.highway = defn->GetFieldIndex("highway");
    f.otherTags = defn->GetFieldIndex("other_tags");
    f.id = defn->GetFieldIndex("id");
    if (f.id < 0)
        f.id = defn->GetFieldIndex("osm_id");

    RoadGraphBuilder builder(crs);
    const bool osmDriver = QLatin1String(dataset->GetDriver()->GetDescription()) == QLatin1String("OSM");
    std::vector<ProjectedPoint> line;
    std::vector<double> xs;
    std::vector<double> ys;

    auto addFeature = [&](const OGRFeature &feature) {
        ++m_featuresRead;
        const QString id = f.id >= 0 && feature.IsFieldSetAndNotNull(f.id)
                               ? QString::fromUtf8(feature.GetFieldAsString(f.id))
                               : QString::number(feature.GetFID());
        // Built only for a warning: a translated, formatted string per feature would cost more than the import.
        auto where = [&] { return Tr::tr("feature %1 of layer \"%2\" in %3").arg(id, layerName, path); };

        double speed = m_defaultSpeed;
        int oneway = 0;
        QString highway;
        if (f.speed >= 0 && feature.IsFieldSetAndNotNull(f.speed)) {
            speed = feature.GetFieldAsDouble(f.speed);
        } else if (f.roadClass >= 0 && feature.IsFieldSetAndNotNull(f.roadClass)) {
            const QString key = QString::fromUtf8(feature.GetFieldAsString(f.roadClass));
            const std::optional<core::RoadClass> roadClass = core::fromKey<core::RoadClass>(key);
            if (!roadClass) {
                warn(Tr::tr("Skipped %1: road_class \"%2\" is not a known road class.").arg(where(), key));
                return;
            }
            speed = m_speeds.speed(*roadClass);
        } else if (f.highway >= 0) {
            highway = QString::fromUtf8(feature.GetFieldAsString(f.highway));
            const std::optional<double> s = m_speeds.highwaySpeed(highway);
            if (!s)
                return; // a river, a footpath, a power line: not a road for vehicles
            speed = *s;
        }
        if (f.oneway >= 0 && feature.IsFieldSetAndNotNull(f.oneway))
            oneway = onewayOf(QString::fromUtf8(feature.GetFieldAsString(f.oneway)));
        if (f.otherTags >= 0 && feature.IsFieldSetAndNotNull(f.otherTags)) {
            const QString tags = QString::fromUtf8(feature.GetFieldAsString(f.otherTags));
            const QString value = otherTag(tags, QStringLiteral("oneway"));
            oneway = onewayOf(value);
            if (value.isEmpty() && (highway == QLatin1String("motorway")
                                    || otherTag(tags, QStringLiteral("junction")) == QLatin1String("roundabout")))
                oneway = 1;
        } else if (highway == QLatin1String("motorway")) {
            oneway = 1;
        }

        const OGRGeometry *geometry = feature.GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            warn(Tr::tr("Skipped %1: it has no geometry.").arg(where()));
            return;
        }
        std::vector<const OGRLineString *> parts;
        if (wkbFlatten(geometry->getGeometryType()) == wkbLineString) {
            parts.push_back(geometry->toLineString());
        } else if (wkbFlatten(geometry->getGeometryType()) == wkbMultiLineString) {
            for (const OGRLineString *part : *geometry->toMultiLineString())
                parts.push_back(part);
        } else {
            warn(Tr::tr("Skipped %1: its geometry is a %2, not a line.")
                     .arg(where(), QString::fromUtf8(geometry->getGeometryName())));
            return;
        }
        for (const OGRLineString *part : parts) {
            const int n = part->getNumPoints();
            xs.resize(static_cast<size_t>(n));
            ys.resize(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i) {
                xs[static_cast<size_t>(i)] = part->getX(i);
                ys[static_cast<size_t>(i)] = part->getY(i);
            }
            if (transform && n > 0 && !transform->Transform(n, xs.data(), ys.data())) {
                warn(Tr::tr("Skipped %1: its coordinates cannot be transformed to %2.").arg(where(), m_targetCrs));
                return;
            }
            line.resize(static_cast<size_t>(n));
            for (size_t i = 0; i < line.size(); ++i)
                line[oneway < 0 ? line.size() - 1 - i : i] = {xs[i], ys[i]};
            QString why;
            if (!builder.addLine(line.data(), n, speed, oneway != 0, id, &why)) {
                warn(Tr::tr("Skipped %1: %2").arg(where(), why));
                return;
            }
        }
        ++m_roadsImported;
    };

    if (osmDriver) {
        // The OSM driver streams all layers together; reading one layer alone would buffer the others.
        dataset->ResetReading();
        OGRLayer *from = nullptr;
        while (OGRFeature *feature = dataset->GetNextFeature(&from, nullptr, nullptr, nullptr)) {
            if (from == layer)
                addFeature(*feature);
            OGRFeature::DestroyFeature(feature);
        }
    } else {
        layer->ResetReading();
        while (OGRFeature *feature = layer->GetNextFeature()) {
            addFeature(*feature);
            OGRFeature::DestroyFeature(feature);
        }
    }
    if (m_skipped > maxWarnings)
        m_warnings.append(Tr::tr("... and %n more skipped features.", nullptr, m_skipped - maxWarnings));

    if (m_featuresRead == 0)
        return fail(Tr::tr("The layer \"%2\" of %1 has no features.").arg(path, layerName));
    if (m_roadsImported == 0)
        return fail(Tr::tr("The layer \"%2\" of %1 has no usable road among its %n features.", nullptr, m_featuresRead)
                        .arg(path, layerName)
                    + (m_warnings.isEmpty() ? QString() : QLatin1Char(' ') + m_warnings.first()));
    return builder.build(error);
}

} // namespace cp::routing
