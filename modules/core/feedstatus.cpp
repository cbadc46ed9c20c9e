// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/feedstatus.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<FeedHealthState> healthKeys[] = {
    {FeedHealthState::Up, "up"},
    {FeedHealthState::Degraded, "degraded"},
    {FeedHealthState::Stale, "stale"},
    {FeedHealthState::Down, "down"},
    {FeedHealthState::Blocked, "blocked"},
    {FeedHealthState::Standby, "standby"},
};
} // namespace

QString toKey(FeedHealthState state) { return keyOf(healthKeys, state); }
template<>
std::optional<FeedHealthState> fromKey<FeedHealthState>(const QString &key) { return valueOf(healthKeys, key); }

QString displayName(FeedHealthState state)
{
    switch (state) {
    case FeedHealthState::Up: return Tr::tr("up");
    case FeedHealthState::Degraded: return Tr::tr("degraded");
    case FeedHealthState::Stale: return Tr::tr("stale");
    case FeedHealthState::Down: return Tr::tr("down");
    case FeedHealthState::Blocked: return Tr::tr("blocked");
    case FeedHealthState::Standby: return Tr::tr("standby");
    }
    return {};
}

bool isLost(FeedHealthState state)
{
    return state == FeedHealthState::Down || state == FeedHealthState::Blocked || state == FeedHealthState::Stale;
}

} // namespace cp::core
