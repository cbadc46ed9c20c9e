// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/feedstatus.h"
#include "core/incident.h"
#include "core/team.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace cp::storage {

class Store;

/*!
 * \brief What a store holds now, for the IT staff: its feeds, its open alarms and its incidents' resources.
 *
 * Read without counting the event log (the counts are kept with each batch), so it is fast on a
 * store of months. `commandpost-admin status` prints it; its JSON keys are stable (toJson()).
 */
struct StoreStatus
{
    QList<core::FeedStatus> feeds;
    int openAlarms = 0;
    int unacknowledged = 0;
    int unclassified = 0;
    QMap<core::AlarmState, int> byState;       //!< open alarms by state
    QMap<core::AlarmPriority, int> byPriority; //!< open alarms by priority
    int openIncidents = 0;
    QMap<core::ResponseLevel, int> openIncidentsByLevel;
    QMap<core::TeamStatus, int> teamsByStatus; //!< every registered team, as the incident workflow left it
    int depotsBelowMinimum = 0;                //!< depots with at least one item below its minimum stock
    int openShelters = 0;
    int shelteredPeople = 0; //!< people present in the open shelters

    //! Reads the status of \a store; nullopt with \a error set when it cannot be read.
    static std::optional<StoreStatus> read(const Store &store, QString *error);

    /*!
     * {"feeds":[{"id", "url", "cursor", "health", "health_reason", "events", "quarantined",
     * "events_today", "lag_ms", "last_success", "last_error", "last_error_at", "updated_at"}],
     * "alarms":{"open", "unacknowledged", "unclassified", "by_state":{key: N}, "by_priority":{key: N}},
     * "incidents":{"open", "by_level":{key: N}}, "teams":{"by_status":{key: N}}, "depots_below_minimum",
     * "shelters":{"open", "people"}};
     * times ISO 8601 UTC, null when unknown.
     */
    QJsonObject toJson() const;
};

} // namespace cp::storage
