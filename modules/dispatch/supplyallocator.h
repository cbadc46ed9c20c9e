// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/incident.h"
#include "core/supplydepot.h"
#include "dispatch/incidentrecords.h"
#include "routing/router.h"
#include "routing/snapper.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cp::dispatch {

//! One line of a supply request: \a quantity of \a item (the inventory line's item name).
struct SupplyRequestLine
{
    QString item;
    double quantity = 0;
};

//! What could not be supplied: \a missing of \a item beyond all stock within reach.
struct SupplyShortage
{
    QString item;
    double missing = 0;
};

struct SupplyAllocation
{
    QList<SupplyMovement> movements;
    QList<SupplyShortage> shortages;
};

/*!
 * \brief Issues supplies to an incident from the depots, nearest by road first.
 *
 * Only existing depots take part (planned ones hold nothing). For each requested item the depots are
 * taken in order of road travel time from the depot to the incident (a search towards the incident,
 * like the teams'); a depot gives what it holds now (the stock the caller passes) up to what is still
 * missing, so a request is split across depots when the nearest is short; what no reachable depot
 * holds is reported as a shortage. The allocator only plans: IncidentSession stores the movements and
 * changes the stock.
 */
class SupplyAllocator
{
public:
    SupplyAllocator(routing::RoadGraph graph, QList<core::SupplyDepot> depots,
                    double maxSnapMetres = routing::Snapper::defaultMaxDistanceMetres);

    //! What a depot holds of an item now.
    using StockOf = std::function<double(const QString &depotId, const QString &item)>;

    //! The depots as registered (positions, units, registered quantities).
    const QList<core::SupplyDepot> &depots() const { return m_depots; }

    /*!
     * \brief The issues that fill \a request for \a incident from \a stock, made by \a user at \a time.
     *
     * Returns nothing and sets \a error when a line names no item or a quantity that is not positive,
     * or when the incident is not near a road.
     */
    std::optional<SupplyAllocation> allocate(const core::Incident &incident, const QList<SupplyRequestLine> &request,
                                             const StockOf &stock, const QString &user, const QDateTime &time,
                                             QString *error) const;

private:
    QList<core::SupplyDepot> m_depots;
    routing::Snapper m_snapper;
    mutable routing::Router m_router; // its search buffers are reused between requests
};

} // namespace cp::dispatch
