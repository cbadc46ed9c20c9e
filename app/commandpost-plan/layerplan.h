// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planrequest.h"

#include "planning/placementproblem.h"
#include "planning/sitelayerreader.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace cp::plantool {

//! What one open site serves in a plan.
struct SiteLoad
{
    double load = 0.0;    //!< weight (people) assigned
    int points = 0;       //!< demand points assigned
    double meanCost = 0.0; //!< weight-averaged cost of its points; 0 when it serves none
    double maxCost = 0.0;
};

//! A placement run on layers: its inputs as read, the problem and the answer.
struct LayerPlan
{
    QList<planning::PlanSite> demand;
    QList<planning::PlanSite> sites; //!< the candidates, fixed ones included, in problem column order
    planning::PlacementProblem problem;
    planning::PlacementResult result;
    QString solverName;
    QStringList warnings;     //!< about the input (points far from roads …)
    double costMilliseconds = 0.0;

    /*!
     * \brief Reads the layers and builds the problem of \a request.
     *
     * Returns nullopt with a translated \a error naming the file, layer, field, option or id when the input is bad.
     */
    static std::optional<LayerPlan> prepare(const PlanRequest &request, QString *error);

    //! Solves the problem with the solver \a request chooses; the result says how it went.
    void solve(const PlanRequest &request);

    //! Per site (problem column), what it serves under result.assignment.
    QVector<SiteLoad> siteLoads() const;
    //! Weight assigned to some open site.
    double assignedWeight() const;
    //! Weight assigned to an open site within \a limit.
    double weightWithin(double limit) const;
};

} // namespace cp::plantool
