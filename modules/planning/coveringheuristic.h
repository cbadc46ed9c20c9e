// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"
#include "planning/solvecontrol.h"

#include <QtGlobal>

namespace cp::planning {

//! Knobs of CoveringHeuristic.
struct CoveringHeuristicSettings
{
    quint64 seed = 1;       //!< same seed, same problem → same answer
    int iterations = 200;   //!< VNS shakes after the first local optimum (MaximalCovering)
    int maxShakeSize = 5;   //!< largest number of random swaps in one shake
};

/*!
 * \brief Fast heuristics for the covering models (and p-center, solved by covering), for sizes CBC does not solve in reasonable time.
 *
 * SetCovering: Chvátal's greedy (fixed sites first, then the site covering most uncovered points),
 * then redundant sites dropped, fewest-covering first. No bound: PlacementResult::bound stays NaN.
 *
 * MaximalCovering: greedy start, then best-improvement swaps evaluated in O(Σ coverage + p·m) per pass
 * from how many open sites cover each point (and which one, when only one does), inside a VNS of
 * random swaps as PMedianHeuristic does. Bound: the weight no p allowed sites can exceed (the smaller of
 * all coverable weight and the p largest single-site coverages, fixed sites included); when the
 * objective reaches it the status is Optimal.
 *
 * PCenter: the smallest radius at which the greedy set cover needs at most p sites (binary search over
 * the costs), free slots then filled to lower the largest cost. Bound: the largest over the points of the
 * cost to their nearest allowed site; Optimal when the objective reaches it.
 *
 * Deterministic for a given seed when no time limit cuts it short. Other models get status Failed.
 */
class CoveringHeuristic
{
public:
    explicit CoveringHeuristic(CoveringHeuristicSettings settings = {});

    //! Solves \a problem; \a control (may be nullptr) gives a time limit, progress and cancellation.
    PlacementResult solve(const PlacementProblem &problem, SolveControl *control = nullptr) const;

private:
    CoveringHeuristicSettings m_settings;
};

} // namespace cp::planning
