// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/team.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<TeamStatus> teamStatusKeys[] = {
    {TeamStatus::Available, "available"},
    {TeamStatus::Dispatched, "dispatched"},
    {TeamStatus::EnRoute, "en_route"},
    {TeamStatus::OnScene, "on_scene"},
    {TeamStatus::Returning, "returning"},
    {TeamStatus::OffDuty, "off_duty"},
    {TeamStatus::Maintenance, "maintenance"},
};
} // namespace

QString toKey(TeamStatus value) { return keyOf(teamStatusKeys, value); }
template<>
std::optional<TeamStatus> fromKey<TeamStatus>(const QString &key) { return valueOf(teamStatusKeys, key); }

QString displayName(TeamStatus value)
{
    switch (value) {
    case TeamStatus::Available: return Tr::tr("Available");
    case TeamStatus::Dispatched: return Tr::tr("Dispatched");
    case TeamStatus::EnRoute: return Tr::tr("En route");
    case TeamStatus::OnScene: return Tr::tr("On scene");
    case TeamStatus::Returning: return Tr::tr("Returning");
    case TeamStatus::OffDuty: return Tr::tr("Off duty");
    case TeamStatus::Maintenance: return Tr::tr("In maintenance");
    }
    return {};
}

} // namespace cp::core
