// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/placementproblem.h"

#include "planning/tr.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace cp::planning {

namespace {

PlacementResult rejected(SolveStatus status, const QString &message)
{
    PlacementResult result;
    result.status = status;
    result.message = message;
    return result;
}

bool usesSiteCount(PlacementModel model)
{
    return model != PlacementModel::SetCovering;
}

} // namespace

double PlacementResult::gapPercent() const
{
    if (std::isnan(bound) || std::isnan(objective))
        return std::numeric_limits<double>::quiet_NaN();
    if (objective == 0.0)
        return bound == 0.0 ? 0.0 : std::numeric_limits<double>::infinity();
    return 100.0 * std::abs(objective - bound) / std::abs(objective);
}

QList<int> allowedSites(const PlacementProblem &problem)
{
    QList<int> sites;
    for (int j = 0; j < problem.costs.siteCount(); ++j) {
        if (!problem.excluded.contains(j))
            sites.append(j);
    }
    return sites;
}

std::optional<PlacementResult> rejectProblem(const PlacementProblem &problem)
{
    const CostMatrix &costs = problem.costs;
    if (costs.demandCount() == 0 || costs.siteCount() == 0)
        return rejected(SolveStatus::Failed, Tr::tr("The problem has no demand points or no candidate sites."));
    for (int i = 0; i < costs.demandCount(); ++i) {
        if (!(costs.weight(i) >= 0.0) || std::isinf(costs.weight(i)))
            return rejected(SolveStatus::Failed, Tr::tr("Demand point %1 has the weight %2; a weight must be finite "
                                                        "and not negative.").arg(i + 1).arg(costs.weight(i)));
        for (int j = 0; j < costs.siteCount(); ++j) {
            if (!(costs.cost(i, j) >= 0.0))
                return rejected(SolveStatus::Failed, Tr::tr("The cost from demand point %1 to site %2 is %3; a cost "
                                                            "must not be negative.")
                                                         .arg(i + 1).arg(j + 1).arg(costs.cost(i, j)));
        }
    }
    const auto checkIndexes = [&](const QList<int> &sites, const QString &listName) -> std::optional<PlacementResult> {
        for (int site : sites) {
            if (site < 0 || site >= costs.siteCount())
                return rejected(SolveStatus::Failed, Tr::tr("Site %1 in the %2 list does not exist (there are %3 "
                                                            "sites).").arg(site + 1).arg(listName).arg(costs.siteCount()));
        }
        return std::nullopt;
    };
    if (auto bad = checkIndexes(problem.fixedOpen, Tr::tr("fixed-open")))
        return bad;
    if (auto bad = checkIndexes(problem.excluded, Tr::tr("excluded")))
        return bad;
    for (int site : problem.fixedOpen) {
        if (problem.excluded.contains(site))
            return rejected(SolveStatus::Failed, Tr::tr("Site %1 is both fixed open and excluded.").arg(site + 1));
    }

    const QList<int> allowed = allowedSites(problem);
    QList<int> fixed = problem.fixedOpen;
    std::sort(fixed.begin(), fixed.end());
    fixed.erase(std::unique(fixed.begin(), fixed.end()), fixed.end());
    if (usesSiteCount(problem.model)) {
        if (problem.siteCount < 1)
            return rejected(SolveStatus::Failed, Tr::tr("p = %1: at least one site must be opened.").arg(problem.siteCount));
        if (problem.siteCount > allowed.size())
            return rejected(SolveStatus::Infeasible, Tr::tr("p = %1 sites are asked for, but only %2 candidate sites "
                                                            "may open.").arg(problem.siteCount).arg(allowed.size()));
        if (fixed.size() > problem.siteCount)
            return rejected(SolveStatus::Infeasible, Tr::tr("%1 sites are fixed open, more than p = %2.")
                                                         .arg(fixed.size()).arg(problem.siteCount));
    }
    const bool covering = problem.model == PlacementModel::SetCovering
                          || problem.model == PlacementModel::MaximalCovering;
    if (covering && !(problem.coverageLimit >= 0.0 && std::isfinite(problem.coverageLimit)))
        return rejected(SolveStatus::Failed, Tr::tr("The coverage limit %1 must be a finite number not below 0.")
                                                 .arg(problem.coverageLimit));

    if (problem.model != PlacementModel::MaximalCovering) {
        // Every point must be reachable (PMedian, PCenter, capacitated) or covered (SetCovering) by an allowed site.
        const double limit = problem.model == PlacementModel::SetCovering ? problem.coverageLimit
                                                                         : std::numeric_limits<double>::max();
        for (int i = 0; i < costs.demandCount(); ++i) {
            double nearest = std::numeric_limits<double>::infinity();
            for (int j : allowed)
                nearest = std::min(nearest, costs.cost(i, j));
            if (nearest > limit) {
                if (problem.model == PlacementModel::SetCovering)
                    return rejected(SolveStatus::Infeasible,
                                    Tr::tr("Demand point %1 is farther than the limit %2 from every allowed site "
                                           "(the nearest is at %3).").arg(i + 1).arg(problem.coverageLimit).arg(nearest));
                return rejected(SolveStatus::Infeasible,
                                Tr::tr("Demand point %1 cannot be reached from any allowed site.").arg(i + 1));
            }
        }
    }

    if (problem.model == PlacementModel::CapacitatedPMedian) {
        if (problem.capacities.size() != costs.siteCount())
            return rejected(SolveStatus::Failed, Tr::tr("%1 capacities are given for %2 sites.")
                                                     .arg(problem.capacities.size()).arg(costs.siteCount()));
        for (int j = 0; j < costs.siteCount(); ++j) {
            if (!(problem.capacities.at(j) >= 0.0))
                return rejected(SolveStatus::Failed, Tr::tr("Site %1 has the capacity %2; a capacity must not be "
                                                            "negative.").arg(j + 1).arg(problem.capacities.at(j)));
        }
        // The most the p sites can hold: the fixed ones plus the largest of the rest.
        double held = 0.0;
        QList<double> others;
        for (int j : allowed) {
            if (fixed.contains(j))
                held += problem.capacities.at(j);
            else
                others.append(problem.capacities.at(j));
        }
        std::sort(others.begin(), others.end(), std::greater<double>());
        for (int k = 0; k < problem.siteCount - fixed.size() && k < others.size(); ++k)
            held += others.at(k);
        if (held < costs.totalWeight())
            return rejected(SolveStatus::Infeasible, Tr::tr("%1 sites can hold at most %2 people, fewer than the %3 to "
                                                            "be sheltered.")
                                                         .arg(problem.siteCount).arg(held).arg(costs.totalWeight()));
    }
    return std::nullopt;
}

} // namespace cp::planning
