// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"

#include <QList>

#include <cmath>
#include <random>
#include <utility>

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

/*!
 * \a n random points in a 1000 × 1000 square (seeded by \a seed), each a demand point and a site, with
 * weights 1 … 10 and Euclidean costs; for comparing a heuristic with CBC.
 */
inline planning::PlacementProblem randomProblem(planning::PlacementModel model, int n, int p, unsigned seed,
                                               double coverageLimit = 0.0)
{
    std::mt19937 rng(seed);
    QList<std::pair<double, double>> points;
    for (int i = 0; i < n; ++i)
        points.append({static_cast<double>(rng() % 1000), static_cast<double>(rng() % 1000)});
    planning::PlacementProblem problem;
    problem.model = model;
    problem.siteCount = p;
    problem.coverageLimit = coverageLimit;
    problem.costs = planning::CostMatrix(n, n);
    for (int i = 0; i < n; ++i) {
        problem.costs.setWeight(i, 1 + rng() % 10);
        for (int j = 0; j < n; ++j)
            problem.costs.setCost(i, j, std::hypot(points.at(i).first - points.at(j).first,
                                                   points.at(i).second - points.at(j).second));
    }
    return problem;
}

} // namespace cp::test
