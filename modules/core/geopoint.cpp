// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/geopoint.h"

#include <cmath>

namespace cp::core {

bool GeoPoint::isValid() const
{
    return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0;
}

double haversineMetres(const GeoPoint &a, const GeoPoint &b)
{
    constexpr double meanRadius = 6371008.8; // GRS80 mean radius R1, metres
    constexpr double toRad = M_PI / 180.0;
    const double dLat = (b.lat - a.lat) * toRad;
    const double dLon = (b.lon - a.lon) * toRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a.lat * toRad) * std::cos(b.lat * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * meanRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace cp::core
