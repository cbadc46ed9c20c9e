// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/facilitystatus.h"
#include "core/geopoint.h"

#include <QString>

namespace cp::core {

//! Level of a rescue station in the county's three-level system.
enum class StationLevel
{
    County,   //!< 县级 (professional teams' base)
    Town,     //!< 乡镇（街道）、开发区应急救援站
    Village,  //!< 村（社区）应急救援站
};

QString toKey(StationLevel level);
template<>
std::optional<StationLevel> fromKey<StationLevel>(const QString &key);
QString displayName(StationLevel level);

struct RescueStation
{
    QString id;
    QString name;
    StationLevel level = StationLevel::Town;
    QString townId;
    QString dutyPhone;
    FacilityStatus status = FacilityStatus::Existing;
    GeoPoint position;
};

} // namespace cp::core
