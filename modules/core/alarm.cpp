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

} // namespace cp::core
