// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/shelter.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<ShelterType> shelterTypeKeys[] = {
    {ShelterType::Emergency, "emergency"},
    {ShelterType::FixedShortTerm, "fixed_short"},
    {ShelterType::FixedMediumTerm, "fixed_medium"},
    {ShelterType::FixedLongTerm, "fixed_long"},
    {ShelterType::Central, "central"},
};
} // namespace

QString toKey(ShelterType value) { return keyOf(shelterTypeKeys, value); }
template<>
std::optional<ShelterType> fromKey<ShelterType>(const QString &key) { return valueOf(shelterTypeKeys, key); }

QString displayName(ShelterType value)
{
    switch (value) {
    case ShelterType::Emergency: return Tr::tr("Emergency shelter");
    case ShelterType::FixedShortTerm: return Tr::tr("Short-term fixed shelter");
    case ShelterType::FixedMediumTerm: return Tr::tr("Medium-term fixed shelter");
    case ShelterType::FixedLongTerm: return Tr::tr("Long-term fixed shelter");
    case ShelterType::Central: return Tr::tr("Central shelter");
    }
    return {};
}

} // namespace cp::core
