// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/roadsegment.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<RoadClass> roadClassKeys[] = {
    {RoadClass::Expressway, "expressway"},
    {RoadClass::National, "national"},
    {RoadClass::Provincial, "provincial"},
    {RoadClass::County, "county"},
    {RoadClass::Township, "township"},
    {RoadClass::Village, "village"},
    {RoadClass::Urban, "urban"},
};
} // namespace

QString toKey(RoadClass value) { return keyOf(roadClassKeys, value); }
template<>
std::optional<RoadClass> fromKey<RoadClass>(const QString &key) { return valueOf(roadClassKeys, key); }

QString displayName(RoadClass value)
{
    switch (value) {
    case RoadClass::Expressway: return Tr::tr("Expressway");
    case RoadClass::National: return Tr::tr("National road");
    case RoadClass::Provincial: return Tr::tr("Provincial road");
    case RoadClass::County: return Tr::tr("County road");
    case RoadClass::Township: return Tr::tr("Township road");
    case RoadClass::Village: return Tr::tr("Village road");
    case RoadClass::Urban: return Tr::tr("Urban road");
    }
    return {};
}

} // namespace cp::core
