// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"

#include <QList>

#include <cmath>

namespace cp::test {

/*!
 * Six points on a line at 0, 1, 2, 10, 11, 12, each a demand point and a candidate site, cost = distance.
 * Small enough that every optimum below is worked out by hand in the test that uses it.
 */
inline planning::PlacementProblem lineProblem(planning::PlacementModel model, const QList<double> &weights = {})
{
    const QList<double> positions{0, 1, 2, 10, 11, 12};
    planning::PlacementProblem problem;
    problem.model = model;
    problem.costs = planning::CostMatrix(6, 6);
    for (int i = 0; i < 6; ++i) {
        for (int j = 0; j < 6; ++j)
            problem.costs.setCost(i, j, std::abs(positions.at(i) - positions.at(j)));
        if (!weights.isEmpty())
            problem.costs.setWeight(i, weights.at(i));
    }
    return problem;
}

} // namespace cp::test
