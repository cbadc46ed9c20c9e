// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "demorandom.h"

#include "core/demandpoint.h"

#include <QString>

namespace cp::demo {

/*!
 * \brief The county outline and the local metric approximations the generator places things with.
 *
 * Offsets are in metres on a local tangent plane; at Liangshan's latitude the error against the
 * ellipsoid over 40 km is a few metres, irrelevant for illustrative positions.
 */
class CountyShape
{
public:
    /*!
     * Reads the first polygon of a GeoJSON FeatureCollection (lon/lat).
     * Returns false and sets \a error (naming the file and what is wrong) when it cannot.
     */
    bool load(const QString &geojsonPath, QString *error);

    const core::Boundary &boundary() const { return m_boundary; }
    bool contains(const core::GeoPoint &p) const;
    //! \a origin moved by \a eastMetres and \a northMetres.
    static core::GeoPoint offset(const core::GeoPoint &origin, double eastMetres, double northMetres);
    /*!
     * A point drawn around \a centre with a normal spread of \a sigmaMetres, redrawn until it is
     * inside the county (the centre itself after 200 misses, which must then be inside).
     */
    core::GeoPoint scatter(DemoRandom &random, const core::GeoPoint &centre, double sigmaMetres) const;

private:
    core::Boundary m_boundary;
};

} // namespace cp::demo
