// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planrequest.h"

namespace cp::plantool {

/*!
 * \brief Writes a solved LayerPlan to a GeoPackage that QGIS opens (EPSG:4548).
 *
 * Layers: `sites` (the open sites, points, with the load and people they serve), `assignments` (a line from
 * each assigned demand point to its site, with its weight and cost) and `summary` (one row, no geometry:
 * model, parameters, objective, bound, gap, times). An existing file is replaced only with --force, and
 * never when it is a CommandPost data set (a desk's store) or one of the plan's inputs (refusal()).
 */
class PlanWriter
{
public:
    //! Empty when \a request's out may be written, else a translated message naming the file and why not.
    static QString refusal(const PlanRequest &request);
    //! False with a translated \a error naming the file when it cannot be written.
    static bool write(const QString &path, const PlanRequest &request, const planning::LayerPlan &plan, QString *error);
};

} // namespace cp::plantool
