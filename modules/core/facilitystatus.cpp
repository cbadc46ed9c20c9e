// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/facilitystatus.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<FacilityStatus> facilityStatusKeys[] = {
    {FacilityStatus::Existing, "existing"},
    {FacilityStatus::Planned, "planned"},
};
} // namespace

QString toKey(FacilityStatus value) { return keyOf(facilityStatusKeys, value); }
template<>
std::optional<FacilityStatus> fromKey<FacilityStatus>(const QString &key) { return valueOf(facilityStatusKeys, key); }

QString displayName(FacilityStatus value)
{
    switch (value) {
    case FacilityStatus::Existing: return Tr::tr("Existing");
    case FacilityStatus::Planned: return Tr::tr("Planned");
    }
    return {};
}

} // namespace cp::core
