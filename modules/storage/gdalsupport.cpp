// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/gdalsupport.h"

#include "storage/tr.h"

#include <cpl_error.h>

#include <mutex>

namespace cp::storage {

namespace {
OGRSpatialReference srsFor(int epsg)
{
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    // Both ends in x = longitude/easting, y = latitude/northing, whatever the EPSG axis order says.
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}
} // namespace

void GdalSupport::registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

QString GdalSupport::lastError()
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg());
    return message.isEmpty() ? Tr::tr("GDAL reported no reason") : message;
}

OGRSpatialReference GdalSupport::projectedSrs() { return srsFor(projectedEpsg); }

GDALDatasetUniquePtr GdalSupport::openGeoPackage(const QString &path, bool update)
{
    registerDrivers();
    const char *const drivers[] = {"GPKG", nullptr};
    const unsigned flags = GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(), flags, drivers, nullptr, nullptr));
}

GDALDatasetUniquePtr GdalSupport::openPostgres(const QString &conninfo, bool update)
{
    registerDrivers();
    const char *const drivers[] = {"PostgreSQL", nullptr};
    const unsigned flags = GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : GDAL_OF_READONLY);
    const QByteArray name = "PG:" + conninfo.toUtf8();
    return GDALDatasetUniquePtr(GDALDataset::Open(name.constData(), flags, drivers, nullptr, nullptr));
}

GdalSupport::QuietErrors::QuietErrors()
{
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
}

GdalSupport::QuietErrors::~QuietErrors() { CPLPopErrorHandler(); }

GdalTransforms::GdalTransforms()
{
    const OGRSpatialReference geographic = srsFor(GdalSupport::geographicEpsg);
    const OGRSpatialReference projected = srsFor(GdalSupport::projectedEpsg);
    m_toProjected.reset(OGRCreateCoordinateTransformation(&geographic, &projected));
    m_toGeographic.reset(OGRCreateCoordinateTransformation(&projected, &geographic));
}

} // namespace cp::storage
