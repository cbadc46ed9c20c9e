// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <QString>

#include <memory>

namespace cp::storage {

//! The module's few touch points with GDAL's global state. Internal to the module.
class GdalSupport
{
public:
    //! EPSG code of the stored layers: CGCS2000 / 3-degree Gauss-Kruger CM 117E, metres (Liangshan is near 116.1°E).
    static constexpr int projectedEpsg = 4548;
    //! EPSG code of core::GeoPoint: CGCS2000 geographic, degrees.
    static constexpr int geographicEpsg = 4490;

    //! Registers GDAL's drivers once per process.
    static void registerDrivers();
    //! GDAL's last error message, or a generic text when GDAL left none.
    static QString lastError();
    //! The stored layers' SRS with x = easting, y = northing.
    static OGRSpatialReference projectedSrs();
    //! Opens \a path with the GeoPackage driver only; nullptr when it cannot (see lastError()).
    static GDALDatasetUniquePtr openGeoPackage(const QString &path, bool update);
    //! Opens the PostGIS database of libpq \a conninfo with the PostgreSQL driver only; nullptr when it cannot.
    static GDALDatasetUniquePtr openPostgres(const QString &conninfo, bool update);

    //! Keeps GDAL's messages off stderr for its lifetime; they are reported through lastError() instead.
    class QuietErrors
    {
    public:
        QuietErrors();
        ~QuietErrors();
        QuietErrors(const QuietErrors &) = delete;
        QuietErrors &operator=(const QuietErrors &) = delete;
    };
};

//! Transforms between core::GeoPoint's lon/lat (EPSG:4490) and the stored EPSG:4548, both in x/y order.
class GdalTransforms
{
public:
    GdalTransforms();
    OGRCoordinateTransformation *toProjected() const { return m_toProjected.get(); }
    OGRCoordinateTransformation *toGeographic() const { return m_toGeographic.get(); }

private:
    struct Deleter
    {
        void operator()(OGRCoordinateTransformation *t) const { OGRCoordinateTransformation::DestroyCT(t); }
    };
    std::unique_ptr<OGRCoordinateTransformation, Deleter> m_toProjected;
    std::unique_ptr<OGRCoordinateTransformation, Deleter> m_toGeographic;
};

} // namespace cp::storage
