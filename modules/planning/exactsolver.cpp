// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/exactsolver.h"

#include "planning/tr.h"

#include <QElapsedTimer>

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace cp::planning {

namespace {

//! The MIP in row-triplet form, built model by model.
struct Programme
{
    std::vector<double> columnLower, columnUpper, objective;
    std::vector<char> integer;
    std::vector<double> rowLower, rowUpper;
    std::vector<int> rows, columns;
    std::vector<double> elements;
    bool maximise = false;

    int addColumn(double lower, double upper, double cost, bool isInteger)
    {
        columnLower.push_back(lower);
        columnUpper.push_back(upper);
        objective.push_back(cost);
        integer.push_back(isInteger ? 1 : 0);
        return static_cast<int>(objective.size()) - 1;
    }
    int addRow(double lower, double upper)
    {
        rowLower.push_back(lower);
        rowUpper.push_back(upper);
        return static_cast<int>(rowLower.size()) - 1;
    }
    void set(int row, int column, double value)
    {
        rows.push_back(row);
        columns.push_back(column);
        elements.push_back(value);
    }
};

//! Stops CBC when the control is cancelled and reports progress at each node.
class ControlHandler : public CbcEventHandler
{
public:
    ControlHandler(SolveControl *control, const QElapsedTimer *timer, double sign)
        : m_control(control), m_timer(timer), m_sign(sign)
    {
    }

    CbcAction event(CbcEvent whichEvent) override
    {
        // Only between nodes: "stop" answered to a solution event makes CBC drop that solution.
        if (whichEvent != node && whichEvent != treeStatus)
            return noAction;
        if (m_control->cancelled())
            return stop;
        if (whichEvent == node && m_control->progress && model_)
            m_control->progress({model_->getNodeCount(),
                                 model_->bestSolution() ? m_sign * model_->getObjValue()
                                                        : std::numeric_limits<double>::quiet_NaN(),
                                 static_cast<double>(m_timer->nsecsElapsed()) / 1e6});
        return noAction;
    }

    CbcEventHandler *clone() const override { return new ControlHandler(*this); }

private:
    SolveControl *m_control;
    const QElapsedTimer *m_timer;
    double m_sign;
};

/*!
 * Adds y_j per site (columns 0 … m−1) with the fixed and excluded bounds, and Σ y_j = p when the
 * model has a p.
 */
void addSites(Programme &mip, const PlacementProblem &problem, double cost)
{
    for (int j = 0; j < problem.costs.siteCount(); ++j) {
        const double lower = problem.fixedOpen.contains(j) ? 1.0 : 0.0;
        const double upper = problem.excluded.contains(j) ? 0.0 : 1.0;
        mip.addColumn(lower, upper, cost, true);
    }
    if (problem.model != PlacementModel::SetCovering) {
        const int row = mip.addRow(problem.siteCount, problem.siteCount);
        for (int j = 0; j < problem.costs.siteCount(); ++j)
            mip.set(row, j, 1.0);
    }
}

/*!
 * Adds x_ij (point i served by site j) with Σ_j x_ij = 1 and x_ij ≤ y_j; returns the first x column
 * (x_ij at first + i·m + j). The objective coefficient of x_ij is w_i c_ij when \a weighted.
 */
int addAssignment(Programme &mip, const PlacementProblem &problem, bool weighted, bool integer)
{
    const CostMatrix &costs = problem.costs;
    const int m = costs.siteCount();
    const int first = static_cast<int>(mip.objective.size());
    for (int i = 0; i < costs.demandCount(); ++i) {
        const int once = mip.addRow(1.0, 1.0);
        for (int j = 0; j < m; ++j) {
            const double c = costs.cost(i, j);
            const bool usable = std::isfinite(c) && !problem.excluded.contains(j);
            const int x = mip.addColumn(0.0, usable ? 1.0 : 0.0,
                                        usable && weighted ? costs.weight(i) * c : 0.0, integer);
            mip.set(once, x, 1.0);
            const int link = mip.addRow(-COIN_DBL_MAX, 0.0);
            mip.set(link, x, 1.0);
            mip.set(link, j, -1.0);
        }
    }
    return first;
}

} // namespace

ExactSolver::ExactSolver(bool verbose) : m_verbose(verbose) {}

PlacementResult ExactSolver::solve(const PlacementProblem &problem, SolveControl *control) const
{
    QElapsedTimer timer;
    timer.start();
    if (auto rejection = rejectProblem(problem))
        return *rejection;

    const CostMatrix &costs = problem.costs;
    const int n = costs.demandCount();
    const int m = costs.siteCount();
    Programme mip;
    int firstAssignment = -1;
    switch (problem.model) {
    case PlacementModel::SetCovering:
        addSites(mip, problem, 1.0);
        for (int i = 0; i < n; ++i) {
            const int row = mip.addRow(1.0, COIN_DBL_MAX);
            for (int j = 0; j < m; ++j) {
                if (costs.cost(i, j) <= problem.coverageLimit)
                    mip.set(row, j, 1.0);
            }
        }
        break;
    case PlacementModel::MaximalCovering:
        mip.maximise = true;
        addSites(mip, problem, 0.0);
        for (int i = 0; i < n; ++i) {
            const int u = mip.addColumn(0.0, 1.0, -costs.weight(i), false);
            const int row = mip.addRow(-COIN_DBL_MAX, 0.0);
            mip.set(row, u, 1.0);
            for (int j = 0; j < m; ++j) {
                if (costs.cost(i, j) <= problem.coverageLimit)
                    mip.set(row, j, -1.0);
            }
        }
        break;
    case PlacementModel::PMedian:
        addSites(mip, problem, 0.0);
        firstAssignment = addAssignment(mip, problem, true, false);
        break;
    case PlacementModel::PCenter: {
        addSites(mip, problem, 0.0);
        firstAssignment = addAssignment(mip, problem, false, false);
        const int z = mip.addColumn(0.0, COIN_DBL_MAX, 1.0, false);
        for (int i = 0; i < n; ++i) {
            const int row = mip.addRow(0.0, COIN_DBL_MAX);
            mip.set(row, z, 1.0);
            for (int j = 0; j < m; ++j) {
                if (mip.columnUpper[static_cast<size_t>(firstAssignment + i * m + j)] > 0.0)
                    mip.set(row, firstAssignment + i * m + j, -costs.cost(i, j));
            }
        }
        break;
    }
    case PlacementModel::CapacitatedPMedian:
        addSites(mip, problem, 0.0);
        firstAssignment = addAssignment(mip, problem, true, !problem.splitDemand);
        for (int j = 0; j < m; ++j) {
            const int row = mip.addRow(-COIN_DBL_MAX, 0.0);
            for (int i = 0; i < n; ++i)
                mip.set(row, firstAssignment + i * m + j, costs.weight(i));
            mip.set(row, j, -problem.capacities.at(j));
        }
        break;
    }

    CoinPackedMatrix matrix(false, mip.rows.data(), mip.columns.data(), mip.elements.data(),
                            static_cast<CoinBigIndex>(mip.elements.size()));
    // The triplets size the matrix by their largest indexes; a trailing site that covers no point has none.
    matrix.setDimensions(static_cast<int>(mip.rowLower.size()), static_cast<int>(mip.objective.size()));
    OsiClpSolverInterface lp;
    lp.messageHandler()->setLogLevel(m_verbose ? 1 : 0);
    lp.loadProblem(matrix, mip.columnLower.data(), mip.columnUpper.data(), mip.objective.data(),
                   mip.rowLower.data(), mip.rowUpper.data());
    for (size_t c = 0; c < mip.integer.size(); ++c) {
        if (mip.integer[c])
            lp.setInteger(static_cast<int>(c));
    }
    CbcModel model(lp);
    model.setLogLevel(m_verbose ? 1 : 0);
    model.messageHandler()->setLogLevel(m_verbose ? 1 : 0);
    model.solver()->messageHandler()->setLogLevel(m_verbose ? 1 : 0);
    if (control && control->timeLimitSeconds > 0)
        model.setMaximumSeconds(control->timeLimitSeconds);
    const double sign = mip.maximise ? -1.0 : 1.0;
    if (control) {
        const ControlHandler handler(control, &timer, sign);
        model.passInEventHandler(&handler);
    }
    model.initialSolve();
    model.branchAndBound();

    PlacementResult result;
    result.iterations = model.getNodeCount();
    const double *solution = model.bestSolution();
    if (control && control->cancelled())
        result.status = SolveStatus::Cancelled;
    else if (model.isProvenOptimal() && solution)
        result.status = SolveStatus::Optimal;
    else if (solution)
        result.status = SolveStatus::Feasible;
    else if (model.isProvenInfeasible())
        result.status = SolveStatus::Infeasible;
    else
        result.status = SolveStatus::Failed;
    if (result.status == SolveStatus::Infeasible)
        result.message = Tr::tr("The solver proved that no solution meets every constraint.");
    else if (!solution && result.status != SolveStatus::Cancelled)
        result.message = Tr::tr("The solver stopped without a solution (time limit %1 s).")
                             .arg(control ? control->timeLimitSeconds : 0.0);
    if (solution) {
        for (int j = 0; j < m; ++j) {
            if (solution[j] > 0.5)
                result.openSites.append(j);
        }
        for (int i = 0; i < n; ++i) {
            int site = -1;
            if (firstAssignment >= 0) {
                double share = 0.0;
                for (int j = 0; j < m; ++j) {
                    if (solution[firstAssignment + i * m + j] > share + 1e-9)
                        share = solution[firstAssignment + i * m + j], site = j;
                }
            } else {
                for (int j : std::as_const(result.openSites)) {
                    if (costs.cost(i, j) <= problem.coverageLimit && (site < 0 || costs.cost(i, j) < costs.cost(i, site)))
                        site = j;
                }
            }
            result.assignment.append(site);
        }
        result.objective = sign * model.getObjValue();
        result.bound = result.status == SolveStatus::Optimal ? result.objective
                                                             : sign * model.getBestPossibleObjValue();
    }
    result.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace cp::planning
