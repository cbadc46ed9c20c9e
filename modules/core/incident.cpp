// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/incident.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<ResponseLevel> responseLevelKeys[] = {
    {ResponseLevel::None, "none"},
    {ResponseLevel::I, "I"},
    {ResponseLevel::II, "II"},
    {ResponseLevel::III, "III"},
    {ResponseLevel::IV, "IV"},
};
const EnumKey<IncidentStatus> incidentStatusKeys[] = {
    {IncidentStatus::Reported, "reported"},
    {IncidentStatus::Verified, "verified"},
    {IncidentStatus::Responding, "responding"},
    {IncidentStatus::UnderControl, "under_control"},
    {IncidentStatus::Closed, "closed"},
};
} // namespace

QString toKey(ResponseLevel value) { return keyOf(responseLevelKeys, value); }
template<>
std::optional<ResponseLevel> fromKey<ResponseLevel>(const QString &key) { return valueOf(responseLevelKeys, key); }

QString displayName(ResponseLevel value)
{
    switch (value) {
    case ResponseLevel::None: return Tr::tr("No response level");
    case ResponseLevel::I: return Tr::tr("Level I response");
    case ResponseLevel::II: return Tr::tr("Level II response");
    case ResponseLevel::III: return Tr::tr("Level III response");
    case ResponseLevel::IV: return Tr::tr("Level IV response");
    }
    return {};
}

QString toKey(IncidentStatus value) { return keyOf(incidentStatusKeys, value); }
template<>
std::optional<IncidentStatus> fromKey<IncidentStatus>(const QString &key) { return valueOf(incidentStatusKeys, key); }

QString displayName(IncidentStatus value)
{
    switch (value) {
    case IncidentStatus::Reported: return Tr::tr("Reported");
    case IncidentStatus::Verified: return Tr::tr("Verified");
    case IncidentStatus::Responding: return Tr::tr("Responding");
    case IncidentStatus::UnderControl: return Tr::tr("Under control");
    case IncidentStatus::Closed: return Tr::tr("Closed");
    }
    return {};
}

} // namespace cp::core
