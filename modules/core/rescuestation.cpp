// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/rescuestation.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<StationLevel> stationLevelKeys[] = {
    {StationLevel::County, "county"},
    {StationLevel::Town, "town"},
    {StationLevel::Village, "village"},
};
} // namespace

QString toKey(StationLevel value) { return keyOf(stationLevelKeys, value); }
template<>
std::optional<StationLevel> fromKey<StationLevel>(const QString &key) { return valueOf(stationLevelKeys, key); }

QString displayName(StationLevel value)
{
    switch (value) {
    case StationLevel::County: return Tr::tr("County station");
    case StationLevel::Town: return Tr::tr("Town station");
    case StationLevel::Village: return Tr::tr("Village station");
    }
    return {};
}

} // namespace cp::core
