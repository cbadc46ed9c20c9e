// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/transitiontable.h"

#include "core/enumkeys.h"

namespace cp::alarms {

using core::AlarmState;
using T = AlarmTrigger;

namespace {
const core::EnumKey<AlarmTrigger> triggerKeys[] = {
    {T::ConditionActive, "condition_active"},
    {T::ConditionCleared, "condition_cleared"},
    {T::Acknowledge, "acknowledge"},
    {T::Shelve, "shelve"},
    {T::Unshelve, "unshelve"},
    {T::ShelveExpired, "shelve_expired"},
    {T::Suppress, "suppress"},
    {T::Unsuppress, "unsuppress"},
    {T::RemoveFromService, "remove_from_service"},
    {T::ReturnToService, "return_to_service"},
};

constexpr AlarmState N = AlarmState::Normal;
constexpr AlarmState B = AlarmState::UnacknowledgedActive;
constexpr AlarmState C = AlarmState::AcknowledgedActive;
constexpr AlarmState D = AlarmState::UnacknowledgedCleared;
constexpr AlarmState E = AlarmState::Shelved;
constexpr AlarmState F = AlarmState::SuppressedByDesign;
constexpr AlarmState G = AlarmState::OutOfService;
constexpr bool Recompute = true;
constexpr bool Fixed = false;
constexpr bool Confirmed = true;
constexpr bool Unconfirmed = false;
} // namespace

const QList<Transition> &transitionTable()
{
    // DOMAIN.md §1.2 (sources: pyautomation alarm API, ISA-18.2 figure, OPC UA Part 9 §4.8/5.8).
    static const QList<Transition> table = {
        {N, T::ConditionActive, B, Fixed, Confirmed},
        {N, T::Shelve, E, Fixed, Confirmed},
        {B, T::Shelve, E, Fixed, Confirmed},
        {C, T::Shelve, E, Fixed, Confirmed},
        {N, T::Suppress, F, Fixed, Confirmed},
        {B, T::Suppress, F, Fixed, Confirmed},
        {C, T::Suppress, F, Fixed, Confirmed},
        {N, T::RemoveFromService, G, Fixed, Confirmed},
        {B, T::RemoveFromService, G, Fixed, Confirmed},
        {C, T::RemoveFromService, G, Fixed, Confirmed},
        {B, T::Acknowledge, C, Fixed, Confirmed},
        {B, T::ConditionCleared, D, Fixed, Confirmed},
        {C, T::ConditionCleared, N, Fixed, Confirmed},
        {D, T::Acknowledge, N, Fixed, Unconfirmed},
        {D, T::ConditionActive, B, Fixed, Unconfirmed},
        {E, T::Unshelve, B, Recompute, Unconfirmed},
        {E, T::ShelveExpired, B, Recompute, Confirmed}, // OPC UA TimedShelved implies the timeout
        {F, T::Unsuppress, B, Recompute, Unconfirmed},
        {G, T::ReturnToService, B, Recompute, Unconfirmed},
        // Shelved, suppressed and out-of-service alarms are forced inactive in the list even while
        // the condition is present (DEIF PPM-300 p.105): the condition is tracked, the state kept.
        {E, T::ConditionActive, E, Fixed, Confirmed},
        {E, T::ConditionCleared, E, Fixed, Confirmed},
        {F, T::ConditionActive, F, Fixed, Confirmed},
        {F, T::ConditionCleared, F, Fixed, Confirmed},
        {G, T::ConditionActive, G, Fixed, Confirmed},
        {G, T::ConditionCleared, G, Fixed, Confirmed},
    };
    return table;
}

std::optional<AlarmState> nextState(AlarmState from, AlarmTrigger trigger, bool conditionActive)
{
    for (const Transition &t : transitionTable()) {
        if (t.from == from && t.trigger == trigger) {
            if (t.recompute)
                return conditionActive ? AlarmState::UnacknowledgedActive : AlarmState::Normal;
            return t.to;
        }
    }
    return std::nullopt;
}

QString toKey(AlarmTrigger trigger) { return core::keyOf(triggerKeys, trigger); }

bool isOperatorAction(AlarmTrigger trigger)
{
    return trigger != T::ConditionActive && trigger != T::ConditionCleared && trigger != T::ShelveExpired;
}

QList<AlarmTrigger> allTriggers()
{
    QList<AlarmTrigger> all;
    for (const auto &row : triggerKeys)
        all.append(row.value);
    return all;
}

QList<AlarmState> allStates() { return {N, B, C, D, E, F, G}; }

} // namespace cp::alarms
