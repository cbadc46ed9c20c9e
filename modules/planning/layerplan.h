// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"
#include "planning/sitelayerreader.h"
#include "planning/solvecontrol.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace cp::planning {

//! How the costs between demand points and sites are measured.
enum class CostSource
{
    Road,     //!< travel minutes over the road layer
    Straight, //!< straight-line metres in EPSG:4548
};

//! Which solver runs.
enum class SolverChoice
{
    Exact,     //!< CBC
    Heuristic, //!< PMedianHeuristic or CoveringHeuristic
    Auto,      //!< CBC up to autoExactPairs demand–site pairs (always for capacitated, never for pcenter), else the heuristic
};

//! The key of \a model on the command line and in the output ("pmedian" …).
QString modelKey(PlacementModel model);

//! What to place on which layers, and how to solve it.
struct LayerPlanSettings
{
    //! Largest demand × candidate count that SolverChoice::Auto hands to CBC.
    static constexpr double autoExactPairs = 100000.0;

    PlacementModel model = PlacementModel::PMedian;
    int p = 0;
    double limit = 0.0; //!< minutes (road) or metres (straight); 0: none (required by the covering models)
    LayerSpec demand;
    QString weightField = QStringLiteral("population");
    QList<LayerSpec> candidates;
    QString capacityField = QStringLiteral("capacity"); //!< read for CapacitatedPMedian only
    //! "FIELD=VALUE" (candidates whose field equals VALUE), or a layer "FILE[:LAYER]" whose features join the candidates; empty: none
    QString fixed;
    //! Whether fixed names a layer of existing sites ("FILE[:LAYER]") rather than "FIELD=VALUE".
    bool fixedIsLayer() const { return !fixed.isEmpty() && fixed.indexOf(QLatin1Char('=')) <= 0; }
    QStringList excluded; //!< candidate ids
    CostSource cost = CostSource::Road;
    LayerSpec roads;
    SolverChoice solver = SolverChoice::Auto;
    double timeLimitSeconds = 0.0;
    quint64 seed = 1;
    bool verbose = false; //!< CBC's log on stdout

    //! Minutes or metres, translated.
    QString unit() const;
};

//! What one open site serves in a plan.
struct SiteLoad
{
    double load = 0.0;     //!< weight (people) assigned
    int points = 0;        //!< demand points assigned
    double meanCost = 0.0; //!< weight-averaged cost of its points; 0 when it serves none
    double maxCost = 0.0;
};

//! A placement run on layers: its inputs as read, the problem and the answer.
struct LayerPlan
{
    QList<PlanSite> demand;
    QList<PlanSite> sites; //!< the candidates, fixed ones included, in problem column order
    PlacementProblem problem;
    PlacementResult result;
    QString solverName;
    QStringList warnings; //!< about the input (points far from roads …)
    double costMilliseconds = 0.0;

    /*!
     * \brief Reads the layers and builds the problem of \a settings.
     *
     * Returns nullopt with a translated \a error naming the file, layer, field, option or id when the input is bad.
     */
    static std::optional<LayerPlan> prepare(const LayerPlanSettings &settings, QString *error);

    //! Solves with the solver \a settings chooses; \a control (may be nullptr) adds progress and cancel, its time limit set from \a settings.
    void solve(const LayerPlanSettings &settings, SolveControl *control = nullptr);

    //! Per site (problem column), what it serves under result.assignment.
    QVector<SiteLoad> siteLoads() const;
    //! Weight assigned to some open site.
    double assignedWeight() const;
    //! Weight assigned to an open site within \a limit.
    double weightWithin(double limit) const;
};

} // namespace cp::planning
