// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"
#include "planning/solvecontrol.h"

namespace cp::planning {

/*!
 * \brief Solves any PlacementModel exactly as a mixed-integer programme with COIN-OR CBC.
 *
 * Formulations (y_j = site j open, x_ij = share of point i served by j):
 * - SetCovering: min Σ y_j, Σ_{j: c_ij ≤ limit} y_j ≥ 1 for every i.
 * - MaximalCovering: max Σ w_i u_i, u_i ≤ Σ_{j: c_ij ≤ limit} y_j, Σ y_j = p, 0 ≤ u_i ≤ 1.
 * - PMedian: min Σ w_i c_ij x_ij, Σ_j x_ij = 1, x_ij ≤ y_j, Σ y_j = p (the strong formulation,
 *   whose LP bound is tight on most instances).
 * - PCenter: min z, z ≥ Σ_j c_ij x_ij, plus the PMedian constraints.
 * - CapacitatedPMedian: PMedian plus Σ_i w_i x_ij ≤ capacity_j y_j; x_ij binary (each point goes
 *   whole to one site) unless splitDemand.
 * Fixed sites get y_j = 1, excluded ones y_j = 0; pairs of infinite cost get x_ij = 0.
 *
 * The result's bound is CBC's best possible objective (its LP-based bound), so gapPercent() is the
 * proven gap when the time limit stops the search. CBC's own log is silent unless \a verbose.
 */
class ExactSolver
{
public:
    explicit ExactSolver(bool verbose = false);

    //! Solves \a problem; \a control (may be nullptr) gives the time limit, progress per node and cancellation.
    PlacementResult solve(const PlacementProblem &problem, SolveControl *control = nullptr) const;

private:
    bool m_verbose = false;
};

} // namespace cp::planning
