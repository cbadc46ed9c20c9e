// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

namespace cp::alarms {

/*!
 * \brief The engine's tunable numbers, each a named default from DOMAIN.md §1.3.
 *
 * Values marked U there (escalation times, the dedupe window) are the bureau's to change in the
 * settings page; the rest carry the cited rule and are changed only to follow a newer standard.
 */
struct AlarmEngineSettings
{
    //! Chattering: occurs and clears ≥3 times in 1 min (alarmkpi; PAS "Fixing chattering").
    int chatterActivations = 3;
    qint64 chatterWindowMs = 60 * 1000;
    //! Flood: >10 alarms in 10 min starts it, <5 in 10 min ends it (EEMUA 191; alarmkpi).
    int floodStartAbove = 10;
    int floodEndBelow = 5;
    qint64 floodWindowMs = 10 * 60 * 1000;
    //! Stale (standing) alarm: active longer than 24 h (glama alarm_bad_actors default).
    qint64 staleAfterMs = 24 * 60 * 60 * 1000LL;
    //! The priority of an alarm no sector rule judged (unknown kind, sector or enterprise): shown
    //! high so it is never quietly low (U: the bureau's choice).
    core::AlarmPriority unclassifiedPriority = core::AlarmPriority::High;
    //! Longest an operator may shelve an alarm (OPC UA MaxTimeShelved; the value is U).
    qint64 maxShelveMs = 8 * 60 * 60 * 1000LL;
    //! How long an alarm back to normal, and a closed episode of the history, stay in memory after
    //! they went back to normal; they stay in the store (U: half a day, longer than a shift).
    qint64 forgetAfterMs = 12 * 60 * 60 * 1000LL;

    //! Escalation of an unacknowledged alarm, per priority (U: the bureau's duty rules).
    struct Escalation
    {
        qint64 renotifyAfterMs;   //!< re-notify the duty officer
        qint64 shiftLeaderAfterMs; //!< raise to the shift leader
    };
    Escalation escalation[4] = {
        {15 * 60 * 1000, 60 * 60 * 1000}, // Low
        {5 * 60 * 1000, 15 * 60 * 1000},  // Medium
        {2 * 60 * 1000, 5 * 60 * 1000},   // High
        {60 * 1000, 3 * 60 * 1000},       // Emergency
    };
    const Escalation &escalationFor(core::AlarmPriority p) const { return escalation[static_cast<int>(p)]; }
};

} // namespace cp::alarms
