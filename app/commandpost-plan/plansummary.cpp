// SPDX-License-Identifier: GPL-2.0-or-later
#include "plansummary.h"

#include "planformat.h"
#include "tr.h"

#include <cmath>

namespace cp::plantool {

namespace {

QString oneDecimal(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : formatNumber(value);
}

} // namespace

void printSummary(QTextStream &out, const PlanRequest &request, const planning::LayerPlan &plan)
{
    const planning::PlacementResult &result = plan.result;
    const double total = plan.problem.costs.totalWeight();
    auto share = [total](double weight) {
        return total > 0.0 ? QStringLiteral(" (%1 %)").arg(QString::number(100.0 * weight / total, 'f', 1)) : QString();
    };
    out << "model: " << planning::modelKey(request.model) << '\n';
    if (request.model != planning::PlacementModel::SetCovering)
        out << "p: " << request.p << '\n';
    if (request.limit > 0.0)
        out << "limit: " << formatNumber(request.limit) << ' ' << request.unit() << '\n';
    out << "cost: " << (request.cost == planning::CostSource::Road ? "road" : "straight") << " (" << request.unit() << ")\n"
        << "demand_points: " << plan.demand.size() << '\n'
        << "candidates: " << plan.sites.size() << '\n'
        << "solver: " << plan.solverName << '\n'
        << "status: " << statusKey(result.status) << '\n'
        << "objective: " << oneDecimal(result.objective) << '\n'
        << "bound: " << oneDecimal(result.bound) << '\n'
        << "gap_percent: " << (std::isnan(result.gapPercent()) ? QStringLiteral("none")
                                                              : QString::number(result.gapPercent(), 'f', 2))
        << '\n'
        << "time_ms: " << QString::number(result.milliseconds, 'f', 1) << '\n'
        << "cost_ms: " << QString::number(plan.costMilliseconds, 'f', 1) << '\n'
        << "weight_total: " << formatNumber(total) << '\n'
        << "weight_assigned: " << formatNumber(plan.assignedWeight()) << share(plan.assignedWeight()) << '\n';
    if (request.limit > 0.0)
        out << "weight_within_limit: " << formatNumber(plan.weightWithin(request.limit))
            << share(plan.weightWithin(request.limit)) << '\n';
    out << "sites_open: " << result.openSites.size() << '\n';
    const QVector<planning::SiteLoad> loads = plan.siteLoads();
    for (int j : result.openSites) {
        const planning::PlanSite &site = plan.sites.at(j);
        out << "  " << site.id << ' ' << site.name << (site.fixed ? QStringLiteral(" [%1]").arg(Tr::tr("fixed")) : QString())
            << "  " << Tr::tr("serves %1 people at %2 points, mean %3 %4, max %5 %4")
                           .arg(formatNumber(loads.at(j).load))
                           .arg(loads.at(j).points)
                           .arg(oneDecimal(loads.at(j).meanCost), request.unit(), oneDecimal(loads.at(j).maxCost))
            << '\n';
    }
}

} // namespace cp::plantool
