// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/alarm.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<AlarmState> alarmStateKeys[] = {
    {AlarmState::Normal, "normal"},
    {AlarmState::UnacknowledgedActive, "unack_active"},
    {AlarmState::AcknowledgedActive, "ack_active"},
    {AlarmState::UnacknowledgedCleared, "unack_cleared"},
    {AlarmState::Shelved, "shelved"},
    {AlarmState::SuppressedByDesign, "suppressed"},
    {AlarmState::OutOfService, "out_of_service"},
};
const EnumKey<AlarmPriority> alarmPriorityKeys[] = {
    {AlarmPriority::Low, "low"},
    {AlarmPriority::Medium, "medium"},
    {AlarmPriority::High, "high"},
    {AlarmPriority::Emergency, "emergency"},
};
const EnumKey<Verification> verificationKeys[] = {
    {Verification::None, "none"},
    {Verification::Real, "real"},
    {Verification::FalseAlarm, "false_alarm"},
    {Verification::TestOrMaintenance, "test_maintenance"},
};
const EnumKey<EscalationStage> escalationKeys[] = {
    {EscalationStage::None, "none"},
    {EscalationStage::Renotified, "renotified"},
    {EscalationStage::ShiftLeader, "shift_leader"},
};
} // namespace

QString toKey(AlarmState value) { return keyOf(alarmStateKeys, value); }
template<>
std::optional<AlarmState> fromKey<AlarmState>(const QString &key) { return valueOf(alarmStateKeys, key); }

QString displayName(AlarmState value)
{
    switch (value) {
    case AlarmState::Normal: return Tr::tr("Normal");
    case AlarmState::UnacknowledgedActive: return Tr::tr("Unacknowledged");
    case AlarmState::AcknowledgedActive: return Tr::tr("Acknowledged");
    case AlarmState::UnacknowledgedCleared: return Tr::tr("Cleared, unacknowledged");
    case AlarmState::Shelved: return Tr::tr("Shelved");
    case AlarmState::SuppressedByDesign: return Tr::tr("Suppressed by design");
    case AlarmState::OutOfService: return Tr::tr("Out of service");
    }
    return {};
}

QString toKey(AlarmPriority value) { return keyOf(alarmPriorityKeys, value); }
template<>
std::optional<AlarmPriority> fromKey<AlarmPriority>(const QString &key) { return valueOf(alarmPriorityKeys, key); }

QString displayName(AlarmPriority value)
{
    switch (value) {
    case AlarmPriority::Low: return Tr::tr("Low");
    case AlarmPriority::Medium: return Tr::tr("Medium");
    case AlarmPriority::High: return Tr::tr("High");
    case AlarmPriority::Emergency: return Tr::tr("Emergency");
    }
    return {};
}

QString toKey(Verification value) { return keyOf(verificationKeys, value); }
template<>
std::optional<Verification> fromKey<Verification>(const QString &key) { return valueOf(verificationKeys, key); }

QString displayName(Verification value)
{
    switch (value) {
    case Verification::None: return Tr::tr("Not verified");
    case Verification::Real: return Tr::tr("Real alarm");
    case Verification::FalseAlarm: return Tr::tr("False alarm");
    case Verification::TestOrMaintenance: return Tr::tr("Test or maintenance");
    }
    return {};
}

QString toKey(EscalationStage value) { return keyOf(escalationKeys, value); }
template<>
std::optional<EscalationStage> fromKey<EscalationStage>(const QString &key) { return valueOf(escalationKeys, key); }

QString displayName(EscalationStage value)
{
    switch (value) {
    case EscalationStage::None: return QString();
    case EscalationStage::Renotified: return Tr::tr("Duty officer notified again");
    case EscalationStage::ShiftLeader: return Tr::tr("Tell the shift leader");
    }
    return {};
}

bool isUnacknowledged(AlarmState s)
{
    return s == AlarmState::UnacknowledgedActive || s == AlarmState::UnacknowledgedCleared;
}

bool isAnnunciated(AlarmState s) { return isUnacknowledged(s) || s == AlarmState::AcknowledgedActive; }

bool isOpen(AlarmState s) { return s != AlarmState::Normal; }

} // namespace cp::core
