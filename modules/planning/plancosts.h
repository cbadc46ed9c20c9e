// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/costmatrix.h"
#include "planning/sitelayerreader.h"

#include <QStringList>

#include <optional>

namespace cp::planning {

/*!
 * \brief Cost matrices between demand points (rows) and candidate sites (columns) read by SiteLayerReader.
 *
 * The weights of the matrix are the demand points' weights.
 */
class PlanCosts
{
public:
    //! Straight-line metres in the working CRS (EPSG:4548).
    static CostMatrix straight(const QList<PlanSite> &demand, const QList<PlanSite> &sites);

    /*!
     * \brief Road travel minutes from each demand point to each site over the road layer \a roads.
     *
     * Points are snapped to the nearest road (routing::Snapper, within its default distance); the time
     * runs from that road location, so the walk to the road is not counted. A point or site no road is
     * near gets infinite costs (it cannot be served) and a line in \a warnings (at most 20, then a count).
     * Travel times are computed on \a threads threads (0: every core). Returns nullopt with \a error when
     * the road layer cannot be read.
     */
    static std::optional<CostMatrix> road(const LayerSpec &roads, const QList<PlanSite> &demand,
                                          const QList<PlanSite> &sites, QString *error = nullptr,
                                          QStringList *warnings = nullptr, int threads = 0);
};

} // namespace cp::planning
