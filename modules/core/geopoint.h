// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>

namespace cp::core {

/*!
 * \brief A position as geographic longitude/latitude in degrees (CGCS2000, EPSG:4490).
 *
 * CGCS2000 and WGS 84 differ by centimetres, far below what a county map shows, so feeds in
 * either datum can be taken as they are. Projection to metres happens where metres are needed
 * (storage writes EPSG:4548, routing projects for its spatial index).
 */
struct GeoPoint
{
    double lon = 0.0;
    double lat = 0.0;

    //! True when both coordinates are finite and inside [-180, 180] x [-90, 90].
    bool isValid() const;

    friend bool operator==(const GeoPoint &a, const GeoPoint &b) { return a.lon == b.lon && a.lat == b.lat; }
    friend bool operator!=(const GeoPoint &a, const GeoPoint &b) { return !(a == b); }
};

//! Great-circle distance in metres on the GRS80 mean sphere; good to ~0.5 % at county scale.
double haversineMetres(const GeoPoint &a, const GeoPoint &b);

} // namespace cp::core

Q_DECLARE_METATYPE(cp::core::GeoPoint)
