// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/facilitystatus.h"
#include "core/geopoint.h"

#include <QString>

namespace cp::core {

/*!
 * \brief Kind of emergency shelter (应急避难场所).
 *
 * Types per GB 51143-2015 (紧急 / 固定: 短期, 中期, 长期 / 中心); GB/T 35624 levels Ⅲ, Ⅱ, Ⅰ group
 * them by how long people stay (DOMAIN.md §5).
 */
enum class ShelterType
{
    Emergency,        //!< 紧急避难场所: minutes to hours
    FixedShortTerm,   //!< 短期固定避难场所
    FixedMediumTerm,  //!< 中期固定避难场所
    FixedLongTerm,    //!< 长期固定避难场所
    Central,          //!< 中心避难场所
};

QString toKey(ShelterType type);
template<>
std::optional<ShelterType> fromKey<ShelterType>(const QString &key);
QString displayName(ShelterType type);

struct Shelter
{
    QString id;
    QString name;
    ShelterType type = ShelterType::Emergency;
    QString townId;
    int capacity = 0;           //!< persons
    double effectiveAreaM2 = 0; //!< effective (usable) area in m²
    FacilityStatus status = FacilityStatus::Existing;
    GeoPoint position;
};

} // namespace cp::core
