// SPDX-License-Identifier: GPL-2.0-or-later
#include "simenterprise.h"

#include "tr.h"

#include <QRandomGenerator>

#include <gdal.h>
#include <ogr_api.h>

namespace cp::feedsim {

QList<SimEnterprise> loadEnterprises(const QString &path, QString *error)
{
    GDALAllRegister();
    const QByteArray file = path.toUtf8();
    GDALDatasetH dataset = GDALOpenEx(file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!dataset) {
        *error = Tr::tr("%1: cannot open as a GeoPackage").arg(path);
        return {};
    }
    QList<SimEnterprise> result;
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset, "enterprises");
    if (!layer) {
        *error = Tr::tr("%1: no layer \"enterprises\"").arg(path);
    } else {
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
        const int idField = OGR_FD_GetFieldIndex(definition, "id");
        const int sectorField = OGR_FD_GetFieldIndex(definition, "sector");
        const int categoryField = OGR_FD_GetFieldIndex(definition, "category");
        if (idField < 0 || sectorField < 0) {
            *error = Tr::tr("%1: layer \"enterprises\" lacks the field \"%2\"")
                         .arg(path, idField < 0 ? QStringLiteral("id") : QStringLiteral("sector"));
        } else {
            OGR_L_ResetReading(layer);
            while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
                SimEnterprise e;
                e.id = QString::fromUtf8(OGR_F_GetFieldAsString(feature, idField));
                e.sectorId = QString::fromUtf8(OGR_F_GetFieldAsString(feature, sectorField));
                if (categoryField >= 0)
                    e.category = QString::fromUtf8(OGR_F_GetFieldAsString(feature, categoryField));
                OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
                const bool point = geometry && wkbFlatten(OGR_G_GetGeometryType(geometry)) == wkbPoint;
                if (point) {
                    e.x = OGR_G_GetX(geometry, 0);
                    e.y = OGR_G_GetY(geometry, 0);
                }
                const qint64 fid = OGR_F_GetFID(feature);
                OGR_F_Destroy(feature);
                if (e.id.isEmpty() || !point) {
                    *error = Tr::tr("%1: enterprises feature %2: %3")
                                 .arg(path)
                                 .arg(fid)
                                 .arg(e.id.isEmpty() ? Tr::tr("empty id") : Tr::tr("no point geometry"));
                    result.clear();
                    break;
                }
                result.append(e);
            }
            if (result.isEmpty() && error->isEmpty())
                *error = Tr::tr("%1: layer \"enterprises\" is empty").arg(path);
        }
    }
    GDALClose(dataset);
    return result;
}

QList<SimEnterprise> syntheticEnterprises(int count, quint32 seed)
{
    static const char *const sectors[] = {"hazchem", "coalmine", "gas", "fireworks"};
    QRandomGenerator random(seed);
    QList<SimEnterprise> result;
    for (int i = 0; i < count; ++i) {
        SimEnterprise e;
        e.id = QStringLiteral("E%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        e.sectorId = QString::fromLatin1(sectors[i % 4]);
        // Liangshan County in EPSG:4548 (CGCS2000 / 3-degree GK CM 117E): roughly 40 km × 40 km.
        e.x = 390000 + random.bounded(40000);
        e.y = 3940000 + random.bounded(40000);
        result.append(e);
    }
    return result;
}

} // namespace cp::feedsim
