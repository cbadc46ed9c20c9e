// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/incident.h"
#include "core/supplydepot.h"
#include "dispatch/dispatchjournal.h"
#include "routing/router.h"
#include "routing/snapper.h"

#include <QList>
#include <QString>

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
 * like the teams'); a depot gives what it holds up to what is still missing, so a request is split
 * across depots when the nearest is short. Each issue decrements the depot's inventory here and is
 * recorded through the journal; what no reachable depot holds is reported as a shortage.
 */
class SupplyAllocator
{
public:
    SupplyAllocator(routing::RoadGraph graph, QList<core::SupplyDepot> depots,
                    double maxSnapMetres = routing::Snapper::defaultMaxDistanceMetres);

    //! The depots with their inventory as it stands after the issues made so far.
    const QList<core::SupplyDepot> &depots() const { return m_depots; }

    /*!
     * \brief Issues \a request for \a incident, recorded as made by \a user at \a time.
     *
     * \a journal (may be nullptr) records each movement. Returns nothing and sets \a error when a line
     * names no item or a quantity that is not positive, when the incident is not near a road, or when
     * the journal fails (the movements recorded before the failure stay issued).
     */
    std::optional<SupplyAllocation> allocate(const core::Incident &incident, const QList<SupplyRequestLine> &request,
                                             const QString &user, const QDateTime &time, DispatchJournal *journal,
                                             QString *error);

private:
    QList<core::SupplyDepot> m_depots;
    routing::Snapper m_snapper;
    routing::Router m_router;
};

} // namespace cp::dispatch
