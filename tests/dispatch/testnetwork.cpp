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

bool MemoryJournal::refuse(QString *error) const
{
    if (failing && error)
        *error = QStringLiteral("journal unavailable");
    return !failing;
}

bool MemoryJournal::saveOrder(const core::DispatchOrder &order, QString *error)
{
    if (!refuse(error))
        return false;
    orders.append(order);
    return true;
}

bool MemoryJournal::appendAudit(const QString &, const QDateTime &, const QString &action, const QString &target,
                                const QString &, QString *error)
{
    if (!refuse(error))
        return false;
    audit.append(action + QLatin1Char(' ') + target);
    return true;
}

bool MemoryJournal::saveSupplyMovement(const dispatch::SupplyMovement &movement, QString *error)
{
    if (!refuse(error))
        return false;
    movements.append(movement);
    return true;
}

} // namespace cp::test
