// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/crstransform.h"

#include "routing/tr.h"

#include <ogr_spatialref.h>

namespace cp::routing {

CrsTransform::CrsTransform(const QString &crs)
{
    OGRSpatialReference geo;
    OGRSpatialReference target;
    geo.importFromEPSG(4490);
    geo.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (target.SetFromUserInput(crs.toUtf8().constData()) != OGRERR_NONE) {
        m_error = Tr::tr("The coordinate reference system \"%1\" is not known.").arg(crs);
        return;
    }
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_forward.reset(OGRCreateCoordinateTransformation(&geo, &target));
    m_inverse.reset(OGRCreateCoordinateTransformation(&target, &geo));
    if (!m_forward || !m_inverse)
        m_error = Tr::tr("No transformation between longitude/latitude and \"%1\" is available.").arg(crs);
}

CrsTransform::~CrsTransform() = default;

bool CrsTransform::fromGeo(double *x, double *y, int count) const
{
    if (!m_forward)
        return false;
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_forward->Transform(count, x, y) == TRUE;
}

bool CrsTransform::toGeo(double *x, double *y, int count) const
{
    if (!m_inverse)
        return false;
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_inverse->Transform(count, x, y) == TRUE;
}

} // namespace cp::routing
