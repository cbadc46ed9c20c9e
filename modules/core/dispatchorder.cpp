// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/dispatchorder.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<DispatchStatus> dispatchStatusKeys[] = {
    {DispatchStatus::Dispatched, "dispatched"},
    {DispatchStatus::EnRoute, "en_route"},
    {DispatchStatus::OnScene, "on_scene"},
    {DispatchStatus::Returning, "returning"},
    {DispatchStatus::Available, "available"},
};
} // namespace

QString toKey(DispatchStatus value) { return keyOf(dispatchStatusKeys, value); }
template<>
std::optional<DispatchStatus> fromKey<DispatchStatus>(const QString &key) { return valueOf(dispatchStatusKeys, key); }

QString displayName(DispatchStatus value)
{
    switch (value) {
    case DispatchStatus::Dispatched: return Tr::tr("Dispatched");
    case DispatchStatus::EnRoute: return Tr::tr("En route");
    case DispatchStatus::OnScene: return Tr::tr("On scene");
    case DispatchStatus::Returning: return Tr::tr("Returning");
    case DispatchStatus::Available: return Tr::tr("Back, available");
    }
    return {};
}

} // namespace cp::core
