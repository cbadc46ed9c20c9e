// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <atomic>
#include <functional>

namespace cp::planning {

//! What a solver reports while it runs.
struct SolveProgress
{
    int iteration = 0;       //!< heuristic iteration or branch-and-bound node
    double bestObjective = 0.0; //!< NaN while the exact solver has no solution yet
    double elapsedMilliseconds = 0.0;
};

/*!
 * \brief Time limit, progress reports and cancellation for one solve.
 *
 * The solver polls cancelled() between steps (each heuristic move, each branch-and-bound node), so
 * cancel() may be called from any thread and the solve returns promptly with its best solution.
 * The progress callback runs on the solving thread.
 */
class SolveControl
{
public:
    double timeLimitSeconds = 0.0;                         //!< 0: no limit
    std::function<void(const SolveProgress &)> progress;   //!< may be empty

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace cp::planning
