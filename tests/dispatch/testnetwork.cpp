// SPDX-License-Identifier: GPL-2.0-or-later
#include "testnetwork.h"

#include "routing/roadgraphbuilder.h"

namespace cp::test {

namespace {
constexpr double baseX = 400000.0;
constexpr double baseY = 3950000.0;
} // namespace

core::GeoPoint place(const routing::RoadGraph &graph, double x, double y)
{
    return graph.toGeo({routing::ProjectedPoint{baseX + x, baseY + y}}).first();
}

routing::RoadGraph straightRoad()
{
    routing::RoadGraphBuilder builder;
    const routing::ProjectedPoint main[] = {{baseX, baseY}, {baseX + 20000, baseY}};
    const routing::ProjectedPoint apart[] = {{baseX, baseY + 5000}, {baseX + 1000, baseY + 5000}};
    builder.addLine(main, 2, 36, false, QStringLiteral("main"));
    builder.addLine(apart, 2, 36, false, QStringLiteral("apart"));
    return builder.build();
}

bool MemoryJournal::commitIncidentRecords(const dispatch::IncidentRecords &change, QString *error)
{
    if (failing) {
        if (error)
            *error = QStringLiteral("journal unavailable");
        return false;
    }
    changes.append(change);
    return true;
}

std::optional<dispatch::IncidentRecords> MemoryJournal::incidentRecords(QString *error) const
{
    if (failing) {
        if (error)
            *error = QStringLiteral("journal unavailable");
        return std::nullopt;
    }
    // Later rows of a key win, as they do in the store's upserts.
    dispatch::IncidentRecords all;
    for (const dispatch::IncidentRecords &c : changes) {
        all.incidents += c.incidents;
        all.orders += c.orders;
        all.teams += c.teams;
        all.stock += c.stock;
        all.shelters += c.shelters;
        all.planTicks += c.planTicks;
        all.supplyMovements += c.supplyMovements;
        all.shelterMovements += c.shelterMovements;
        all.events += c.events;
    }
    return all;
}

} // namespace cp::test
