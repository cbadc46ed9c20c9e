// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <mutex>

class OGRCoordinateTransformation;
class OGRSpatialReference;

namespace cp::routing {

/*!
 * \brief Transforms between a CRS and CGCS2000 longitude/latitude (EPSG:4490), both ways.
 *
 * Axis order is longitude first (OAMS_TRADITIONAL_GIS_ORDER) whatever the CRS definition says. The
 * PROJ objects behind a transformation are not safe to share between threads, so calls are serialised.
 */
class CrsTransform
{
public:
    //! \a crs is anything OGRSpatialReference::SetFromUserInput accepts ("EPSG:4548", WKT, PROJ string).
    explicit CrsTransform(const QString &crs);
    ~CrsTransform();
    CrsTransform(const CrsTransform &) = delete;
    CrsTransform &operator=(const CrsTransform &) = delete;

    //! False, with error() set, when either CRS or the transformation could not be set up.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    //! Longitude/latitude to the CRS, in place; false when PROJ cannot transform any of the points.
    bool fromGeo(double *x, double *y, int count) const;
    //! The CRS to longitude/latitude, in place.
    bool toGeo(double *x, double *y, int count) const;

private:
    QString m_error;
    std::unique_ptr<OGRCoordinateTransformation> m_forward;
    std::unique_ptr<OGRCoordinateTransformation> m_inverse;
    mutable std::mutex m_mutex;
};

} // namespace cp::routing
