// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/shelterplacement.h"

namespace cp::planning {

PlacementProblem shelterPlacementProblem(const QList<core::DemandPoint> &demand, const QList<core::Shelter> &shelters,
                                         int p, const ShelterCapacitySettings &settings, const CostMatrix &costs)
{
    PlacementProblem problem;
    problem.model = PlacementModel::CapacitatedPMedian;
    problem.siteCount = p;
    if (costs.demandCount() == 0 && costs.siteCount() == 0) {
        QList<core::GeoPoint> from, to;
        for (const core::DemandPoint &point : demand)
            from.append(point.position);
        for (const core::Shelter &shelter : shelters)
            to.append(shelter.position);
        problem.costs = CostMatrix::straightLine(from, to);
    } else {
        problem.costs = costs;
    }
    for (int i = 0; i < problem.costs.demandCount() && i < demand.size(); ++i)
        problem.costs.setWeight(i, static_cast<double>(demand.at(i).population));
    for (int j = 0; j < shelters.size(); ++j) {
        if (shelters.at(j).status == core::FacilityStatus::Existing)
            problem.fixedOpen.append(j);
    }
    problem.capacities = settings.capacities(shelters);
    return problem;
}

} // namespace cp::planning
