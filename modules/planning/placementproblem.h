// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/costmatrix.h"

#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace cp::planning {

//! The placement models of DESIGN.md "Data flow" (planning, offline).
enum class PlacementModel
{
    SetCovering,        //!< LSCP: fewest sites so every demand point is within the limit of an open site
    MaximalCovering,    //!< MCLP: p sites covering the most weight within the limit
    PMedian,            //!< p sites minimising the weighted cost of each point to its nearest open site
    PCenter,            //!< p sites minimising the largest cost of a point to its nearest open site
    CapacitatedPMedian, //!< p-median where a site serves at most its capacity and every point is assigned
};

/*!
 * \brief One placement question: the model, the costs, and the rules on the sites.
 *
 * Sites and demand points are the rows and columns of \a costs, numbered from 0.
 */
struct PlacementProblem
{
    PlacementModel model = PlacementModel::PMedian;
    CostMatrix costs;
    int siteCount = 0;                //!< p: sites to open (ignored by SetCovering), fixed ones included
    double coverageLimit = 0.0;       //!< cost within which a site covers a point (SetCovering, MaximalCovering)
    QList<int> fixedOpen;             //!< sites that are open whatever the model says (existing facilities)
    QList<int> excluded;              //!< sites that may not be opened
    QList<double> capacities;         //!< per site, in weight units (CapacitatedPMedian)
    bool splitDemand = false;         //!< CapacitatedPMedian: a point's people may go to several sites

};

//! How a solve ended.
enum class SolveStatus
{
    Optimal,    //!< proven optimal (exact solver)
    Feasible,   //!< a solution without a proof of optimality (heuristic, or a time limit hit)
    Infeasible, //!< no solution exists; the result's message says why
    Cancelled,  //!< stopped by SolveControl::cancel(); the best solution so far is kept when there is one
    Failed,     //!< bad input or a solver error; the result's message says what
};

//! The answer to a PlacementProblem.
struct PlacementResult
{
    SolveStatus status = SolveStatus::Failed;
    QString message;          //!< translated; says why when status is Infeasible or Failed
    QList<int> openSites;     //!< ascending
    QList<int> assignment;    //!< per demand point: the site serving most of it, or -1 when none (uncovered)
    double objective = std::numeric_limits<double>::quiet_NaN();
    //! A proven bound on the optimum (below for minimising, above for maximising); NaN when none is known.
    double bound = std::numeric_limits<double>::quiet_NaN();
    double milliseconds = 0.0;
    int iterations = 0;       //!< heuristic iterations or branch-and-bound nodes

    bool hasSolution() const { return !openSites.isEmpty(); }
    //! Relative gap |objective − bound| / |objective| in percent; NaN when no bound is known.
    double gapPercent() const;
};

/*!
 * \brief The result to return instead of solving when \a problem cannot be solved as stated; nullopt when it can.
 *
 * Status Failed for wrong sizes, indexes or costs; Infeasible, with a translated message naming the
 * point or the numbers, for p larger than the sites that may open, more fixed sites than p, a demand
 * point no allowed site can cover within the limit (SetCovering) or reach at all, and capacity short
 * of the people to be sheltered (CapacitatedPMedian). Every solver calls it first.
 */
std::optional<PlacementResult> rejectProblem(const PlacementProblem &problem);

//! The sites that may open (not excluded), ascending.
QList<int> allowedSites(const PlacementProblem &problem);

} // namespace cp::planning
