// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QList>
#include <QString>

#include <optional>

namespace cp::alarms {

//! What can happen to an alarm: a process event from the feed, an operator action, or a timer.
enum class AlarmTrigger
{
    ConditionActive,   //!< the source reports the condition active
    ConditionCleared,  //!< the process returns to normal
    Acknowledge,
    Shelve,
    Unshelve,
    ShelveExpired,     //!< the shelve timer ran out
    Suppress,          //!< design suppression becomes true
    Unsuppress,
    RemoveFromService,
    ReturnToService,
};

//! The stable key of \a trigger ("acknowledge", "shelve" …), as the audit log writes it.
QString toKey(AlarmTrigger trigger);
//! True for the triggers an operator causes (the others come from the process or a timer).
bool isOperatorAction(AlarmTrigger trigger);
QList<AlarmTrigger> allTriggers();
QList<core::AlarmState> allStates();

/*!
 * \brief One row of the ISA-18.2 transition table (DOMAIN.md §1.2).
 *
 * When recompute is set the new state follows the condition: UnacknowledgedActive when the
 * condition is active (a shelved alarm whose time runs out comes back unacknowledged), Normal
 * when it is not; \c to is then ignored.
 */
struct Transition
{
    core::AlarmState from;
    AlarmTrigger trigger;
    core::AlarmState to;
    bool recompute;
    bool confirmed; //!< false where DOMAIN.md marks the row U (a standard figure not read in full)
};

//! Every row, in DOMAIN.md's order; process events in a shelved/suppressed/out-of-service state
//! are rows that keep the state (the condition is still tracked).
const QList<Transition> &transitionTable();

/*!
 * \brief The state \a trigger leads to from \a from, given whether the condition is active now.
 * \returns nullopt when the table has no row: an operator action is then refused and a process
 * event changes only the recorded value.
 */
std::optional<core::AlarmState> nextState(core::AlarmState from, AlarmTrigger trigger, bool conditionActive);

} // namespace cp::alarms
