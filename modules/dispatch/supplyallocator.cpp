// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/supplyallocator.h"

#include "dispatch/tr.h"

#include <algorithm>
#include <cmath>

namespace cp::dispatch {

SupplyAllocator::SupplyAllocator(routing::RoadGraph graph, QList<core::SupplyDepot> depots, double maxSnapMetres)
    : m_depots(std::move(depots))
    , m_snapper(graph, maxSnapMetres)
    , m_router(graph)
{
}

std::optional<SupplyAllocation> SupplyAllocator::allocate(const core::Incident &incident,
                                                          const QList<SupplyRequestLine> &request, const StockOf &stock,
                                                          const QString &user, const QDateTime &time,
                                                          QString *error) const
{
    for (int i = 0; i < request.size(); ++i) {
        const SupplyRequestLine &line = request[i];
        QString problem;
        if (line.item.trimmed().isEmpty())
            problem = Tr::tr("supply request line %1 names no item").arg(i + 1);
        else if (!(line.quantity > 0) || !std::isfinite(line.quantity))
            problem = Tr::tr("supply request line %1 (%2): quantity %3 is not a positive number")
                          .arg(i + 1)
                          .arg(line.item)
                          .arg(line.quantity);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
    }
    QString snapError;
    const std::optional<routing::RoadLocation> target = m_snapper.snap(incident.position, &snapError);
    if (!target) {
        if (error)
            *error = Tr::tr("Incident %1 cannot be reached by road: %2").arg(incident.id, snapError);
        return std::nullopt;
    }

    // The existing depots on the network, by travel time to the incident (ties by id).
    QVector<routing::RoadLocation> places;
    QList<int> placed;
    for (int d = 0; d < m_depots.size(); ++d) {
        if (m_depots[d].status != core::FacilityStatus::Existing)
            continue;
        if (const std::optional<routing::RoadLocation> place = m_snapper.snap(m_depots[d].position)) {
            places.append(*place);
            placed.append(d);
        }
    }
    const QVector<routing::Route> routes = m_router.travelTimes(*target, places, routing::Direction::ToOrigin, false);
    QList<QPair<double, int>> order;
    for (int k = 0; k < placed.size(); ++k) {
        if (routes[k].isReachable())
            order.append({routes[k].seconds, placed[k]});
    }
    std::sort(order.begin(), order.end(), [this](const QPair<double, int> &a, const QPair<double, int> &b) {
        return a.first != b.first ? a.first < b.first : m_depots[a.second].id < m_depots[b.second].id;
    });

    SupplyAllocation result;
    for (const SupplyRequestLine &line : request) {
        double missing = line.quantity;
        for (const QPair<double, int> &depot : order) {
            if (missing <= 0)
                break;
            const core::SupplyDepot &from = m_depots[depot.second];
            for (const core::InventoryLine &registered : from.inventory) {
                if (registered.item != line.item)
                    continue;
                const double held = stock(from.id, line.item);
                if (held <= 0)
                    break;
                const double taken = std::min(missing, held);
                result.movements.append({from.id, line.item, taken, registered.unit, incident.id, time, user, depot.first, SupplyMovementKind::Issue, {}});
                missing -= taken;
                break;
            }
        }
        if (missing > 0)
            result.shortages.append({line.item, missing});
    }
    return result;
}

} // namespace cp::dispatch
