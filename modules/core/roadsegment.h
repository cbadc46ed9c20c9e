// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"
#include "core/geopoint.h"

#include <QList>
#include <QString>

namespace cp::core {

//! Administrative road class (公路行政等级 plus urban and village roads), which sets the default speed.
enum class RoadClass
{
    Expressway, //!< 高速公路
    National,   //!< 国道
    Provincial, //!< 省道
    County,     //!< 县道
    Township,   //!< 乡道
    Village,    //!< 村道
    Urban,      //!< 城市道路
};

QString toKey(RoadClass roadClass);
template<>
std::optional<RoadClass> fromKey<RoadClass>(const QString &key);
QString displayName(RoadClass roadClass);

//! One polyline of the road network between two junctions or ends.
struct RoadSegment
{
    QString id;
    QString name;
    RoadClass roadClass = RoadClass::Village;
    double speedKmh = 30;
    //! Drivable only from the first to the last vertex.
    bool oneWay = false;
    QList<GeoPoint> line;
};

} // namespace cp::core
