// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"

namespace cp::core {

//! Whether a fixed facility exists or is only in an adopted plan (shown apart on the map).
enum class FacilityStatus
{
    Existing,
    Planned,
};

QString toKey(FacilityStatus status);
template<>
std::optional<FacilityStatus> fromKey<FacilityStatus>(const QString &key);
QString displayName(FacilityStatus status);

} // namespace cp::core
