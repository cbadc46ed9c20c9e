// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/plancosts.h"

#include "planning/tr.h"
#include "routing/roadnetworkimporter.h"
#include "routing/snapper.h"
#include "routing/traveltimematrix.h"

#include <cmath>
#include <limits>

namespace cp::planning {

namespace {

constexpr int maxWarnings = 20;

} // namespace

CostMatrix PlanCosts::straight(const QList<PlanSite> &demand, const QList<PlanSite> &sites)
{
    CostMatrix matrix(static_cast<int>(demand.size()), static_cast<int>(sites.size()));
    for (int i = 0; i < matrix.demandCount(); ++i) {
        const PlanSite &d = demand.at(i);
        for (int j = 0; j < matrix.siteCount(); ++j)
            matrix.setCost(i, j, std::hypot(d.x - sites.at(j).x, d.y - sites.at(j).y));
        matrix.setWeight(i, d.weight);
    }
    return matrix;
}

std::optional<CostMatrix> PlanCosts::road(const LayerSpec &roads, const QList<PlanSite> &demand,
                                          const QList<PlanSite> &sites, QString *error, QStringList *warnings,
                                          int threads)
{
    QString source = roads.path;
    if (!roads.layer.isEmpty())
        source += QStringLiteral("|layername=") + roads.layer;
    routing::RoadNetworkImporter importer;
    importer.setAlwaysTarget(true); // the sites are in EPSG:4548 (SiteLayerReader), whatever the roads' CRS
    QString importError;
    routing::RoadGraph graph = importer.import(source, &importError);
    if (graph.isEmpty()) {
        if (error)
            *error = importError;
        return std::nullopt;
    }
    const routing::Snapper snapper(graph);

    int unsnapped = 0;
    auto snapAll = [&](const QList<PlanSite> &points, QVector<routing::RoadLocation> *locations,
                       std::vector<bool> *snapped) {
        for (const PlanSite &p : points) {
            const std::optional<routing::RoadLocation> location = snapper.snap(routing::ProjectedPoint{p.x, p.y});
            snapped->push_back(location.has_value());
            locations->append(location.value_or(routing::RoadLocation()));
            if (!location && warnings && ++unsnapped <= maxWarnings)
                warnings->append(Tr::tr("%1 %2 of layer \"%3\" is more than %4 m from any road; it cannot be served by road.")
                                     .arg(p.id, p.name, p.layer)
                                     .arg(snapper.maxDistance()));
        }
    };
    QVector<routing::RoadLocation> origins;
    QVector<routing::RoadLocation> targets;
    std::vector<bool> demandSnapped;
    std::vector<bool> siteSnapped;
    snapAll(demand, &origins, &demandSnapped);
    snapAll(sites, &targets, &siteSnapped);
    if (warnings && unsnapped > maxWarnings)
        warnings->append(Tr::tr("… and %n more far from any road.", nullptr, unsnapped - maxWarnings));

    const routing::TravelTimeMatrix times = routing::TravelTimeMatrix::compute(
        graph, origins, targets, routing::Direction::FromOrigin, threads);
    CostMatrix matrix(static_cast<int>(demand.size()), static_cast<int>(sites.size()));
    for (int i = 0; i < matrix.demandCount(); ++i) {
        for (int j = 0; j < matrix.siteCount(); ++j)
            matrix.setCost(i, j, demandSnapped[static_cast<size_t>(i)] && siteSnapped[static_cast<size_t>(j)]
                                     ? times.seconds(i, j) / 60.0
                                     : std::numeric_limits<double>::infinity());
        matrix.setWeight(i, demand.at(i).weight);
    }
    return matrix;
}

} // namespace cp::planning
