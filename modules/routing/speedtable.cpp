// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/speedtable.h"

namespace cp::routing {

SpeedTable SpeedTable::defaults()
{
    using core::RoadClass;
    SpeedTable t;
    t.m_classSpeeds = {{int(RoadClass::Expressway), 100}, {int(RoadClass::National), 70},
                       {int(RoadClass::Provincial), 60},  {int(RoadClass::County), 50},
                       {int(RoadClass::Township), 40},    {int(RoadClass::Village), 30},
                       {int(RoadClass::Urban), 30}};
    t.m_highwaySpeeds = {
        {QStringLiteral("motorway"), 100},     {QStringLiteral("motorway_link"), 40},
        {QStringLiteral("trunk"), 70},         {QStringLiteral("trunk_link"), 40},
        {QStringLiteral("primary"), 60},       {QStringLiteral("primary_link"), 40},
        {QStringLiteral("secondary"), 50},     {QStringLiteral("secondary_link"), 40},
        {QStringLiteral("tertiary"), 40},      {QStringLiteral("tertiary_link"), 30},
        {QStringLiteral("unclassified"), 30},  {QStringLiteral("residential"), 30},
        {QStringLiteral("road"), 30},          {QStringLiteral("track"), 20},
        {QStringLiteral("service"), 15},       {QStringLiteral("living_street"), 10},
    };
    return t;
}

double SpeedTable::speed(core::RoadClass roadClass) const { return m_classSpeeds.value(int(roadClass), 30.0); }

void SpeedTable::setSpeed(core::RoadClass roadClass, double kmh) { m_classSpeeds.insert(int(roadClass), kmh); }

std::optional<double> SpeedTable::highwaySpeed(const QString &highway) const
{
    const auto it = m_highwaySpeeds.constFind(highway);
    if (it == m_highwaySpeeds.constEnd())
        return std::nullopt;
    return it.value();
}

void SpeedTable::setHighwaySpeed(const QString &highway, double kmh) { m_highwaySpeeds.insert(highway, kmh); }

} // namespace cp::routing
