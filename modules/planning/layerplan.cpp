// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/layerplan.h"

#include "planning/coveringheuristic.h"
#include "planning/exactsolver.h"
#include "planning/plancosts.h"
#include "planning/pmedianheuristic.h"
#include "planning/tr.h"

#include <QElapsedTimer>
#include <QSet>

namespace cp::planning {

QString modelKey(PlacementModel model)
{
    switch (model) {
    case PlacementModel::SetCovering:
        return QStringLiteral("lscp");
    case PlacementModel::MaximalCovering:
        return QStringLiteral("mclp");
    case PlacementModel::PCenter:
        return QStringLiteral("pcenter");
    case PlacementModel::CapacitatedPMedian:
        return QStringLiteral("capacitated");
    case PlacementModel::PMedian:
        break;
    }
    return QStringLiteral("pmedian");
}

QString LayerPlanSettings::unit() const
{
    return cost == CostSource::Road ? Tr::tr("minutes") : Tr::tr("metres");
}


std::optional<LayerPlan> LayerPlan::prepare(const LayerPlanSettings &request, QString *error)
{
    const bool capacitated = request.model == PlacementModel::CapacitatedPMedian;
    LayerPlan plan;
    SiteLayerOptions demandOptions;
    demandOptions.weightField = request.weightField;
    std::optional<QList<PlanSite>> demand = SiteLayerReader::read(request.demand, demandOptions, error);
    if (!demand)
        return std::nullopt;
    plan.demand = *demand;

    SiteLayerOptions siteOptions;
    if (capacitated)
        siteOptions.capacityField = request.capacityField;
    const int equals = static_cast<int>(request.fixed.indexOf(QLatin1Char('=')));
    if (equals > 0) {
        siteOptions.fixedField = request.fixed.left(equals);
        siteOptions.fixedValue = request.fixed.mid(equals + 1);
    }
    for (const LayerSpec &spec : request.candidates) {
        std::optional<QList<PlanSite>> sites = SiteLayerReader::read(spec, siteOptions, error);
        if (!sites)
            return std::nullopt;
        plan.sites += *sites;
    }
    if (request.fixedIsLayer()) {
        SiteLayerOptions fixedOptions = siteOptions;
        fixedOptions.allFixed = true;
        std::optional<QList<PlanSite>> fixed
            = SiteLayerReader::read(LayerSpec::parse(request.fixed), fixedOptions, error);
        if (!fixed)
            return std::nullopt;
        plan.sites += *fixed;
    }

    QList<int> excluded;
    for (const QString &id : request.excluded) {
        bool found = false;
        for (int j = 0; j < plan.sites.size(); ++j) {
            if (plan.sites.at(j).id == id) {
                excluded.append(j);
                found = true;
            }
        }
        if (!found) {
            *error = Tr::tr("no candidate site has the id \"%1\" to exclude").arg(id);
            return std::nullopt;
        }
    }
    QList<int> fixedOpen;
    for (int j = 0; j < plan.sites.size(); ++j)
        if (plan.sites.at(j).fixed)
            fixedOpen.append(j);
    if (equals > 0 && fixedOpen.isEmpty()) {
        *error = Tr::tr("the fixed sites %1 match no candidate site").arg(request.fixed);
        return std::nullopt;
    }

    if (const QString tooLarge = CostMatrix::sizeProblem(plan.demand.size(), plan.sites.size()); !tooLarge.isEmpty()) {
        *error = Tr::tr("the plan is too large: %1").arg(tooLarge);
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    CostMatrix costs;
    if (request.cost == CostSource::Straight) {
        costs = PlanCosts::straight(plan.demand, plan.sites);
    } else {
        std::optional<CostMatrix> road
            = PlanCosts::road(request.roads, plan.demand, plan.sites, error, &plan.warnings);
        if (!road)
            return std::nullopt;
        costs = *road;
    }
    plan.costMilliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    // rejectProblem() would name the point by its row; the planner knows it by its id.
    if (request.model == PlacementModel::SetCovering) {
        for (int i = 0; i < costs.demandCount(); ++i) {
            bool covered = false;
            for (int j = 0; j < costs.siteCount() && !covered; ++j)
                covered = !excluded.contains(j) && costs.cost(i, j) <= request.limit;
            if (!covered) {
                const PlanSite &point = plan.demand.at(i);
                const QString what = point.name.isEmpty() ? point.id : point.id + QLatin1Char(' ') + point.name;
                *error = Tr::tr("demand point %1 of layer \"%2\" has no candidate site within the limit %3 %4")
                             .arg(what, point.layer)
                             .arg(request.limit)
                             .arg(request.unit());
                return std::nullopt;
            }
        }
    }
    plan.problem.model = request.model;
    plan.problem.costs = costs;
    plan.problem.siteCount = request.p;
    plan.problem.coverageLimit = request.limit;
    plan.problem.fixedOpen = fixedOpen;
    plan.problem.excluded = excluded;
    if (capacitated)
        for (const PlanSite &site : std::as_const(plan.sites))
            plan.problem.capacities.append(site.capacity);
    return plan;
}

void LayerPlan::solve(const LayerPlanSettings &request, SolveControl *control)
{
    SolveControl ownControl;
    if (!control)
        control = &ownControl;
    control->timeLimitSeconds = request.timeLimitSeconds;
    const double pairs = static_cast<double>(problem.costs.demandCount()) * problem.costs.siteCount();
    // CBC proves p-center optima slowly (over 10 minutes for p = 10 on the demo), so auto leaves it to the heuristic.
    const bool exact = request.solver == SolverChoice::Exact || problem.model == PlacementModel::CapacitatedPMedian
                       || (request.solver == SolverChoice::Auto && problem.model != PlacementModel::PCenter
                           && pairs <= LayerPlanSettings::autoExactPairs);
    if (exact) {
        solverName = Tr::tr("exact (CBC)");
        result = ExactSolver(request.verbose).solve(problem, control);
    } else if (problem.model == PlacementModel::PMedian) {
        solverName = Tr::tr("heuristic (VNS)");
        PMedianHeuristicSettings settings;
        settings.seed = request.seed;
        result = PMedianHeuristic(settings).solve(problem, control);
    } else {
        solverName = Tr::tr("heuristic (greedy and swaps)");
        CoveringHeuristicSettings settings;
        settings.seed = request.seed;
        result = CoveringHeuristic(settings).solve(problem, control);
    }
}

QVector<SiteLoad> LayerPlan::siteLoads() const
{
    QVector<SiteLoad> loads(sites.size());
    for (int i = 0; i < result.assignment.size(); ++i) {
        const int site = result.assignment.at(i);
        if (site < 0)
            continue;
        SiteLoad &load = loads[site];
        const double weight = problem.costs.weight(i);
        const double cost = problem.costs.cost(i, site);
        load.load += weight;
        ++load.points;
        load.meanCost += weight * cost;
        load.maxCost = std::max(load.maxCost, cost);
    }
    for (SiteLoad &load : loads)
        load.meanCost = load.load > 0.0 ? load.meanCost / load.load : 0.0;
    return loads;
}

double LayerPlan::assignedWeight() const
{
    double total = 0.0;
    for (int i = 0; i < result.assignment.size(); ++i)
        if (result.assignment.at(i) >= 0)
            total += problem.costs.weight(i);
    return total;
}

double LayerPlan::weightWithin(double limit) const
{
    double total = 0.0;
    for (int i = 0; i < result.assignment.size(); ++i) {
        const int site = result.assignment.at(i);
        if (site >= 0 && problem.costs.cost(i, site) <= limit)
            total += problem.costs.weight(i);
    }
    return total;
}

} // namespace cp::planning
