// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/demandpoint.h"
#include "core/shelter.h"
#include "planning/placementproblem.h"
#include "planning/sheltercapacitysettings.h"

#include <QList>

namespace cp::planning {

/*!
 * \brief The capacitated p-median that places \a p shelters for the people of \a demand.
 *
 * Candidate sites are \a shelters in order: existing ones (FacilityStatus::Existing) are fixed open,
 * planned ones may open. Each shelter holds settings.capacity() people from its effective area and type;
 * the weights are the populations, and every person must be assigned. \a costs gives the cost of each
 * demand point (rows) to each shelter (columns), e.g. road travel seconds; when it is empty (0 × 0)
 * the cost is straight-line metres. Solve it with ExactSolver; rejectProblem() names what is wrong with it.
 */
PlacementProblem shelterPlacementProblem(const QList<core::DemandPoint> &demand, const QList<core::Shelter> &shelters,
                                         int p, const ShelterCapacitySettings &settings = {},
                                         const CostMatrix &costs = {});

} // namespace cp::planning
