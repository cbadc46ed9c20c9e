// SPDX-License-Identifier: GPL-2.0-or-later
#include "planfigures.h"

#include <QLocale>

#include <algorithm>
#include <functional>
#include <cmath>

namespace cp::app {

using planning::CostSource;

PlanFigures PlanFigures::of(const planning::LayerPlan &plan, const planning::LayerPlanSettings &settings,
                            const QString &existingLayer)
{
    PlanFigures f;
    f.model = planning::modelKey(settings.model);
    f.cost = settings.cost;
    f.objective = plan.result.objective;
    f.gapPercent = plan.result.gapPercent();
    f.sites = plan.result.openSites.size();
    for (int site : plan.result.openSites)
        if (!isExisting(plan.sites.at(site), existingLayer))
            ++f.newSites;
    f.weightTotal = plan.problem.costs.totalWeight();
    f.weightAssigned = plan.assignedWeight();
    f.withinNear = plan.weightWithin(f.nearLimit());
    f.withinFar = plan.weightWithin(f.farLimit());
    for (const planning::SiteLoad &load : plan.siteLoads())
        f.maxCost = std::max(f.maxCost, load.maxCost);
    f.milliseconds = plan.result.milliseconds;
    return f;
}

double PlanFigures::nearLimit() const
{
    return cost == CostSource::Road ? 10.0 : 4000.0;
}

double PlanFigures::farLimit() const
{
    return cost == CostSource::Road ? 15.0 : 6000.0;
}

bool isExisting(const planning::PlanSite &site, const QString &existingLayer)
{
    return site.fixed || site.layer == existingLayer;
}

QVector<double> bandEdges(CostSource cost)
{
    if (cost == CostSource::Road)
        return {5.0, 10.0, 15.0, 20.0};
    return {2000.0, 4000.0, 6000.0, 8000.0};
}

QVector<double> populationByBand(const planning::LayerPlan &plan, const QVector<double> &edges)
{
    QVector<double> bands(edges.size() + 2, 0.0);
    for (int i = 0; i < plan.problem.costs.demandCount(); ++i) {
        const int site = i < plan.result.assignment.size() ? plan.result.assignment.at(i) : -1;
        const double weight = plan.problem.costs.weight(i);
        if (site < 0) {
            bands.last() += weight;
            continue;
        }
        const double cost = plan.problem.costs.cost(i, site);
        const auto band = std::lower_bound(edges.cbegin(), edges.cend(), cost) - edges.cbegin();
        bands[static_cast<int>(band)] += weight;
    }
    return bands;
}

namespace {

QString reach(double value, CostSource cost)
{
    const QLocale locale;
    return cost == CostSource::Road ? locale.toString(value, 'f', 0) : locale.toString(value / 1000.0, 'f', 0);
}

QString unitSuffix(CostSource cost)
{
    return cost == CostSource::Road ? PlanFigures::tr("min") : PlanFigures::tr("km");
}

QString number(double value, int decimals = 0)
{
    return std::isnan(value) ? PlanFigures::tr("none") : QLocale().toString(value, 'f', decimals);
}

QString people(double within, double total)
{
    return PlanFigures::tr("%1 (%2 %)").arg(number(within), number(total > 0.0 ? 100.0 * within / total : 0.0, 1));
}

} // namespace

QStringList bandLabels(const QVector<double> &edges, CostSource cost)
{
    QStringList labels;
    const QString unit = unitSuffix(cost);
    for (int i = 0; i < edges.size(); ++i) {
        if (i == 0)
            labels << PlanFigures::tr("≤ %1 %2").arg(reach(edges.at(i), cost), unit);
        else
            labels << PlanFigures::tr("%1–%2 %3").arg(reach(edges.at(i - 1), cost), reach(edges.at(i), cost), unit);
    }
    if (!edges.isEmpty())
        labels << PlanFigures::tr("> %1 %2").arg(reach(edges.last(), cost), unit);
    labels << PlanFigures::tr("not served");
    return labels;
}

QList<ComparisonRow> comparePlans(const PlanFigures &first, const PlanFigures *second)
{
    using Figure = std::function<QString(const PlanFigures &)>;
    const auto travel = [](const PlanFigures &f, double value) {
        return QStringLiteral("%1 %2").arg(f.cost == CostSource::Road ? number(value, 1) : number(value / 1000.0, 1),
                                           unitSuffix(f.cost));
    };
    const QList<std::pair<QString, Figure>> figures = {
        {PlanFigures::tr("Model"), [](const PlanFigures &f) { return f.model; }},
        {PlanFigures::tr("Objective"), [](const PlanFigures &f) { return number(f.objective, 1); }},
        {PlanFigures::tr("Gap"), [](const PlanFigures &f) { return std::isnan(f.gapPercent) ? PlanFigures::tr("none") : PlanFigures::tr("%1 %").arg(number(f.gapPercent, 2)); }},
        {PlanFigures::tr("Sites open (new)"), [](const PlanFigures &f) { return PlanFigures::tr("%1 (%2)").arg(f.sites).arg(f.newSites); }},
        {PlanFigures::tr("People served"), [](const PlanFigures &f) { return people(f.weightAssigned, f.weightTotal); }},
        {PlanFigures::tr("People within near reach"), [travel](const PlanFigures &f) {
             return PlanFigures::tr("%1 within %2").arg(people(f.withinNear, f.weightTotal), travel(f, f.nearLimit())); }},
        {PlanFigures::tr("People within far reach"), [travel](const PlanFigures &f) {
             return PlanFigures::tr("%1 within %2").arg(people(f.withinFar, f.weightTotal), travel(f, f.farLimit())); }},
        {PlanFigures::tr("Longest trip"), [travel](const PlanFigures &f) { return travel(f, f.maxCost); }},
        {PlanFigures::tr("Solve time"), [](const PlanFigures &f) { return PlanFigures::tr("%1 ms").arg(number(f.milliseconds, 0)); }},
    };
    QList<ComparisonRow> rows;
    for (const auto &[name, figure] : figures)
        rows.append({name, figure(first), second ? figure(*second) : QString()});
    return rows;
}

} // namespace cp::app
