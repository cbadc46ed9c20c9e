// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"
#include "planning/solvecontrol.h"

#include <QtGlobal>

namespace cp::planning {

//! Knobs of PMedianHeuristic; the defaults meet the OR-Library targets in docs/performance.md.
struct PMedianHeuristicSettings
{
    quint64 seed = 1;           //!< same seed, same problem → same answer
    //! VNS shakes after the first local optimum: iterationsPerSite · p, within [minIterations, maxIterations].
    int iterationsPerSite = 10;
    int minIterations = 50;
    int maxIterations = 600;
    int maxShakeSize = 10;      //!< largest number of swaps in one shake (capped by the problem)
    int shakeReach = 6;         //!< a shake swaps in one of the shakeReach sites nearest a random point
};

/*!
 * \brief Fast p-median heuristic: greedy start, fast interchange local search, variable-neighbourhood search.
 *
 * The local search takes the best improving swap of an open and a closed site until none improves,
 * evaluated from Resende & Werneck's gain/loss/extra tables (2003, "A fast swap-based local search
 * procedure for location problems"), which a swap updates only for the points whose nearest or
 * second-nearest open site changes, so evaluating all p·m swaps costs O(p·m) instead of O(n·m).
 * The VNS (Hansen & Mladenović 1997) shakes the best solution by k random local swaps, k = 1 …
 * maxShakeSize, repairs it by local search, and moves to it when it is no worse. Deterministic for a given seed when no time
 * limit cuts it short. It proves no bound: PlacementResult::bound stays NaN. Solves PMedian problems
 * only (fixed and excluded sites respected); other models are refused with status Failed.
 */
class PMedianHeuristic
{
public:
    explicit PMedianHeuristic(PMedianHeuristicSettings settings = {});

    const PMedianHeuristicSettings &settings() const { return m_settings; }

    //! Solves \a problem; \a control (may be nullptr) gives a time limit, progress and cancellation.
    PlacementResult solve(const PlacementProblem &problem, SolveControl *control = nullptr) const;

private:
    PMedianHeuristicSettings m_settings;
};

} // namespace cp::planning
